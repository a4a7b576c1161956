"""Signing out and back in; in local mode the sign-in page asks only for the passphrase."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.e2e.conftest import NAME, PASSPHRASE, check_page, set_up_account, sign_in, sign_out


def test_it_signs_out_and_back_in_with_the_passphrase(page: Page) -> None:
    set_up_account(page)

    sign_out(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome back")
    expect(page.get_by_label("Sign-in name")).to_have_count(0)
    expect(page.get_by_role("navigation", name="Main")).to_have_count(0)
    check_page(page)

    page.get_by_label("Passphrase", exact=True).fill("not my passphrase")
    page.get_by_role("button", name="Open Nearer").click()
    expect(page.get_by_role("alert")).to_have_text("That passphrase does not open Nearer.")
    expect(page).to_have_url(re.compile(r"/sign-in/"))
    check_page(page)

    sign_in(page, PASSPHRASE)
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
    check_page(page)


def test_it_asks_to_sign_in_for_a_page_and_returns_to_it(page: Page) -> None:
    set_up_account(page)
    sign_out(page)

    page.goto("/people/")
    expect(page).to_have_url(re.compile(r"/sign-in/\?next="))
    page.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
    page.get_by_role("button", name="Open Nearer").click()
    expect(page).to_have_url(re.compile(r"/people/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Your circle")


def test_it_shows_nothing_private_after_signing_out_and_going_back(page: Page) -> None:
    set_up_account(page)
    page.goto("/people/")
    sign_out(page)

    page.go_back()
    page.wait_for_load_state("load")
    expect(page.get_by_role("heading", level=1)).not_to_have_text("Your circle")
    assert f"Hello, {NAME}" not in page.content()
