"""Changing the passphrase, and setting a new one with the recovery code."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.e2e.conftest import (
    NAME,
    NEW_PASSPHRASE,
    PASSPHRASE,
    add_person,
    check_page,
    fill_new_passphrase,
    set_up_account,
    sign_in,
    sign_out,
)


def test_it_changes_the_passphrase_and_only_the_new_one_opens_nearer(page: Page) -> None:
    set_up_account(page)
    page.goto("/settings/")
    page.get_by_role("link", name=re.compile("Change your passphrase")).click()
    expect(page).to_have_url(re.compile(r"/settings/passphrase/$"))
    check_page(page)

    page.get_by_label("Current passphrase").fill("not my passphrase")
    fill_new_passphrase(page, NEW_PASSPHRASE, new_label="New passphrase")
    page.get_by_role("button", name="Change passphrase").click()
    expect(page.get_by_text("That is not your current passphrase.")).to_be_visible()
    check_page(page)

    page.get_by_label("Current passphrase").fill(PASSPHRASE)
    fill_new_passphrase(page, NEW_PASSPHRASE, new_label="New passphrase")
    page.get_by_role("button", name="Change passphrase").click()
    expect(page).to_have_url(re.compile(r"/settings/$"))
    expect(page.get_by_text("Your passphrase is changed.")).to_be_visible()

    sign_out(page)
    page.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
    page.get_by_role("button", name="Open Nearer").click()
    expect(page.get_by_role("alert")).to_have_text("That passphrase does not open Nearer.")

    sign_in(page, NEW_PASSPHRASE)


def test_it_recovers_with_the_recovery_code_and_keeps_everything(page: Page) -> None:
    first_code = set_up_account(page)
    add_person(page, "Jordan", "Partner", "We used to walk on Sundays.")
    sign_out(page)

    page.get_by_role("link", name="Use your recovery code").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Use your recovery code")
    check_page(page)

    page.get_by_label("Recovery code").fill(first_code)
    fill_new_passphrase(page, NEW_PASSPHRASE, new_label="New passphrase")
    page.get_by_role("button", name="Set new passphrase").click()
    expect(page).to_have_url(re.compile(r"/recovery-code/$"))
    expect(page.get_by_text("Your new passphrase is set.")).to_be_visible()
    second_code = page.locator("#recovery-code").inner_text().strip()
    assert second_code
    assert second_code != first_code
    check_page(page)

    page.get_by_role("button", name="I have saved it, continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Hello, {NAME}")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="People").click()
    page.get_by_role("link", name="Jordan").click()
    expect(page.get_by_text("We used to walk on Sundays.")).to_be_visible()

    # The used code and the old passphrase no longer open anything; the new passphrase does.
    sign_out(page)
    page.get_by_role("link", name="Use your recovery code").click()
    page.get_by_label("Recovery code").fill(first_code)
    fill_new_passphrase(page, "another passphrase again", new_label="New passphrase")
    page.get_by_role("button", name="Set new passphrase").click()
    expect(page.get_by_text("That recovery code does not match.")).to_be_visible()
    check_page(page)

    page.goto("/sign-in/")
    page.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
    page.get_by_role("button", name="Open Nearer").click()
    expect(page.get_by_role("alert")).to_have_text("That passphrase does not open Nearer.")
    sign_in(page, NEW_PASSPHRASE)
