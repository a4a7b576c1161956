"""First run: setting Nearer up, the recovery code shown once, and its download."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.e2e.conftest import NAME, PASSPHRASE, check_page, fill_new_passphrase, set_up_account


def test_it_sets_up_nearer_after_a_too_short_passphrase_and_offers_the_code_as_a_file(page: Page) -> None:
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/welcome/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome to Nearer")
    check_page(page)

    page.get_by_label("What should Nearer call you?").fill(NAME)
    fill_new_passphrase(page, "too short")
    page.get_by_role("button", name="Set up Nearer").click()

    expect(page.get_by_role("alert")).to_contain_text("Please look at the highlighted")
    expect(page.get_by_text("Please use at least 10 characters.").first).to_be_visible()
    expect(page.get_by_label("What should Nearer call you?")).to_have_value(NAME)
    check_page(page)

    fill_new_passphrase(page, PASSPHRASE)
    page.get_by_role("button", name="Set up Nearer").click()
    expect(page).to_have_url(re.compile(r"/recovery-code/$"))
    code = page.locator("#recovery-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{4,}(-[A-Z0-9]{4,})+", code), f"unexpected recovery code {code!r}"
    check_page(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download as a text file").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".txt")
    assert code in download.path().read_text(encoding="utf-8")

    page.get_by_role("button", name="I have saved it, continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Hello, {NAME}")
    check_page(page)


def test_it_shows_the_recovery_code_only_once(page: Page) -> None:
    code = set_up_account(page)

    # Back, to the page that showed it: the browser asks again and the code is gone.
    page.go_back()
    page.wait_for_load_state("load")
    assert code not in page.content(), f"going Back shows the recovery code again on {page.url}"

    page.goto("/recovery-code/")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Hello, {NAME}")
    assert code not in page.content()


def test_it_leads_back_to_sign_in_once_set_up(page: Page) -> None:
    set_up_account(page)
    page.context.clear_cookies()

    page.goto("/welcome/")
    expect(page).to_have_url(re.compile(r"/sign-in/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome back")


def test_it_hints_at_passphrase_strength_while_typing(page: Page) -> None:
    page.goto("/welcome/")
    passphrase = page.get_by_label("Passphrase", exact=True)
    hint = page.locator("#id_passphrase-strength")
    expect(hint).to_have_attribute("aria-live", "polite")
    passphrase.press_sequentially("kettle")
    expect(hint).to_have_text("Keep going: at least 10 characters.")
    passphrase.fill("password123")
    expect(hint).to_contain_text("very common password")
    passphrase.fill("kettle orbit violet tuesday")
    expect(hint).to_have_text("Strong. Make sure you will remember it.")
    assert "id_passphrase-strength" in (passphrase.get_attribute("aria-describedby") or "")
