"""The circle: adding someone, and archiving them in place (htmx) or by a plain form post."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import PHONE, add_person, check_page, set_up_account


def test_it_adds_a_person_and_archives_them_in_place(page: Page) -> None:
    set_up_account(page)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="People").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your circle")
    expect(page.get_by_text("No one here yet.")).to_be_visible()
    check_page(page)

    page.get_by_role("link", name="Add someone").click()
    check_page(page)
    page.get_by_role("button", name="Add to my circle").click()
    expect(page.get_by_role("alert")).to_be_visible()
    check_page(page)

    add_person(page, "Jordan", "Partner", "We used to walk on Sundays.")
    circle = page.get_by_role("list", name="People in your circle")
    row = circle.get_by_role("listitem").filter(has_text="Jordan")
    expect(row).to_contain_text("Partner")
    check_page(page)

    row.get_by_role("link", name="Jordan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Jordan")
    expect(page.get_by_text("We used to walk on Sundays.")).to_be_visible()
    check_page(page)
    page.get_by_role("link", name="Your circle").click()

    # Archiving swaps just this row: no new page load, and the button now offers to bring them back.
    page.evaluate("window.stillTheSamePage = true")
    page.get_by_role("button", name="Archive Jordan").click()
    expect(page.get_by_role("button", name="Bring back Jordan")).to_be_visible()
    expect(page.get_by_role("listitem").filter(has_text="Jordan")).to_contain_text("archived")
    assert page.evaluate("window.stillTheSamePage") is True, "archiving reloaded the whole page"
    expect(page.get_by_role("status").filter(has_text="Jordan is archived.")).to_have_count(1)
    check_page(page)

    page.reload()
    expect(page.get_by_role("heading", name="Archived")).to_be_visible()
    expect(page.get_by_role("list", name="Archived people").get_by_role("link", name="Jordan")).to_be_visible()
    expect(page.get_by_role("list", name="People in your circle")).to_have_count(0)
    check_page(page)

    page.get_by_role("button", name="Bring back Jordan").click()
    expect(page.get_by_role("button", name="Archive Jordan")).to_be_visible()
    page.reload()
    expect(page.get_by_role("list", name="People in your circle").get_by_role("link", name="Jordan")).to_be_visible()
    expect(page.get_by_role("heading", name="Archived")).to_have_count(0)


def test_it_keeps_keyboard_focus_on_the_button_after_archiving(page: Page) -> None:
    set_up_account(page)
    add_person(page, "Jordan", "Partner")
    add_person(page, "Sam", "Friend")

    page.get_by_role("button", name="Archive Jordan").focus()
    page.keyboard.press("Enter")
    bring_back = page.get_by_role("button", name="Bring back Jordan")
    expect(bring_back).to_be_visible()
    focused = page.evaluate("document.activeElement.outerHTML.slice(0, 120)")
    expect(bring_back, f"after archiving with the keyboard, focus is on {focused}").to_be_focused()


def test_it_archives_without_javascript(browser: Browser, live_server: Any) -> None:
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    try:
        set_up_account(page)
        add_person(page, "Jordan", "Partner")
        page.get_by_role("button", name="Archive Jordan").click()
        expect(page).to_have_url(re.compile(r"/people/$"))
        expect(page.get_by_text("Jordan is archived.")).to_be_visible()
        expect(page.get_by_role("list", name="Archived people").get_by_role("link", name="Jordan")).to_be_visible()
    finally:
        context.close()
