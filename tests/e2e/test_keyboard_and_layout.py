"""What every page shares: the skip link first, "Need help now" always there, and no sideways scrolling."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import PASSPHRASE, add_person, check_page, fill_new_passphrase, set_up_account, sign_out


def assert_shell(page: Page) -> None:
    """The first Tab reaches a visible "Skip to content" link, which moves on to the page's content."""
    expect(page.get_by_role("banner").get_by_role("link", name="Need help now")).to_be_visible()
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip, f"the first Tab on {page.url} does not reach the skip link").to_be_focused()
    box = skip.bounding_box()
    assert box is not None and box["y"] >= 0 and box["x"] >= 0, f"the focused skip link is off screen: {box}"
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_it_starts_every_page_with_the_skip_link_and_need_help_now(page: Page) -> None:
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome to Nearer")
    assert_shell(page)

    set_up_account(page)
    assert_shell(page)

    page.get_by_role("navigation", name="Main").get_by_role("button", name="Lock").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nearer is locked")
    assert_shell(page)
    page.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
    page.get_by_role("button", name="Unlock").click()

    sign_out(page)
    assert_shell(page)

    page.goto("/help/")
    assert_shell(page)


@pytest.mark.parametrize("viewport", [{"width": 360, "height": 740}])
def test_it_fits_a_360_pixel_wide_phone_without_sideways_scrolling(page: Page) -> None:
    def assert_fits() -> None:
        page.wait_for_load_state("load")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 360, f"{page.url} is {width} px wide at a 360 px wide window"

    page.goto("/welcome/")
    assert_fits()
    page.get_by_role("button", name="Set up Nearer").click()  # the page with every error showing
    assert_fits()
    page.get_by_label("What should Nearer call you?").fill("Robin")
    fill_new_passphrase(page, PASSPHRASE)
    page.get_by_role("button", name="Set up Nearer").click()
    expect(page).to_have_url(re.compile(r"/recovery-code/$"))
    assert_fits()
    check_page(page)
    page.get_by_role("button", name="I have saved it, continue").click()
    assert_fits()

    add_person(page, "Alexandra-Josephine", "Colleague", "Sits two desks away. " * 10)
    for path in ["/people/", "/people/add/", "/help/", "/help/plan/", "/settings/", "/settings/passphrase/"]:
        page.goto(path)
        assert_fits()
    page.get_by_role("link", name="Cancel").click()
    sign_out(page)
    assert_fits()
    check_page(page)


def test_it_has_no_serious_accessibility_problems_in_dark_mode(page: Page) -> None:
    page.emulate_media(color_scheme="dark")
    set_up_account(page, check=True)
    add_person(page, "Jordan", "Partner")
    for path in ["/", "/people/", "/help/", "/settings/"]:
        page.goto(path)
        check_page(page)
    page.get_by_role("navigation", name="Main").get_by_role("button", name="Lock").click()
    check_page(page)
