"""Deleting everything from Settings."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.e2e.conftest import PASSPHRASE, add_person, check_page, set_up_account

CONFIRM = re.compile("I understand that everything I have written")


def test_it_deletes_everything_and_starts_again_from_welcome(page: Page) -> None:
    set_up_account(page)
    add_person(page, "Jordan", "Partner")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Settings").click()
    page.get_by_role("link", name=re.compile("^Delete everything")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Delete everything")
    check_page(page)

    # Without the box ticked, or with the wrong passphrase, nothing happens.
    page.get_by_label("Your passphrase").fill(PASSPHRASE)
    page.get_by_role("button", name="Delete everything").click()
    expect(page.get_by_text("Please tick the box to confirm.")).to_be_visible()
    check_page(page)
    page.get_by_label("Your passphrase").fill("not my passphrase")
    page.get_by_label(CONFIRM).check()
    page.get_by_role("button", name="Delete everything").click()
    expect(page.get_by_text("That passphrase does not match, so nothing was deleted.")).to_be_visible()

    page.get_by_label("Your passphrase").fill(PASSPHRASE)
    page.get_by_label(CONFIRM).check()
    page.get_by_role("button", name="Delete everything").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Everything is deleted")
    expect(page.get_by_role("navigation", name="Main")).to_have_count(0)
    check_page(page)

    page.goto("/")
    expect(page).to_have_url(re.compile(r"/welcome/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome to Nearer")
    page.goto("/people/")
    expect(page).to_have_url(re.compile(r"/welcome/$"))
    assert "Jordan" not in page.content()
