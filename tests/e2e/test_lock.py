"""Locking: by hand from the header, and by itself after the time chosen in Settings."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.e2e.conftest import NAME, PASSPHRASE, add_person, check_page, set_up_account


def unlock(page: Page, passphrase: str = PASSPHRASE) -> None:
    page.get_by_label("Passphrase", exact=True).fill(passphrase)
    page.get_by_role("button", name="Unlock").click()


def still_open(page: Page) -> None:
    page.wait_for_timeout(300)  # real time, for a lock form the page might be submitting
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Hello, {NAME}")


def test_it_locks_from_the_header_and_unlocks_with_the_passphrase(page: Page) -> None:
    set_up_account(page)
    add_person(page, "Jordan", "Partner")

    page.get_by_role("navigation", name="Main").get_by_role("button", name="Lock").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nearer is locked")
    expect(page.get_by_role("navigation", name="Main")).to_have_count(0)
    assert "Jordan" not in page.content()
    check_page(page)

    # Someone else at the computer pressing Back sees nothing of what was on screen.
    page.go_back()
    page.wait_for_load_state("load")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nearer is locked")
    assert "Jordan" not in page.content()

    unlock(page, "not my passphrase")
    expect(page.get_by_text("That passphrase does not open Nearer. Please try again.")).to_be_visible()
    check_page(page)

    unlock(page)
    expect(page).to_have_url(re.compile(r"/people/$"))
    expect(page.get_by_role("link", name="Jordan")).to_be_visible()

    # Locking from a page and unlocking again comes back to that same page.
    page.get_by_role("navigation", name="Main").get_by_role("button", name="Lock").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nearer is locked")
    unlock(page)
    expect(page).to_have_url(re.compile(r"/people/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Your circle")


def test_it_locks_itself_after_the_chosen_time_away(page: Page) -> None:
    set_up_account(page)
    page.get_by_role("link", name="Settings").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Settings")
    check_page(page)
    page.get_by_label("Lock Nearer after I have been away for").select_option(label="5 minutes")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_text("Saved.")).to_be_visible()
    expect(page.get_by_label("Lock Nearer after I have been away for")).to_have_value("5")

    page.clock.install()
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Hello, {NAME}")

    # Four minutes away: still open. Then a key press, which counts as being here again.
    page.clock.run_for("04:00")
    still_open(page)
    page.keyboard.press("Shift")
    page.clock.run_for("04:00")
    still_open(page)

    # Past five minutes with nothing happening: the page locks itself.
    page.clock.run_for("01:30")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nearer is locked")
    assert f"Hello, {NAME}" not in page.content()
    check_page(page)

    unlock(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Hello, {NAME}")
