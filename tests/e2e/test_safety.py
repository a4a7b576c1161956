"""Need help now: the safety plan a person writes, and the crisis lines everyone can see."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.e2e.conftest import check_page, set_up_account, sign_out

PLAN = {
    "Signs that a hard time is starting": ["Cancelling plans twice in a row", "Not answering messages"],
    "Things I can do on my own": ["A walk by the river", "Cold water on my face", "Slow breathing"],
    "People I can ask for help": ["Jordan 07700 900123"],
}


def test_it_saves_the_safety_plan_and_shows_it_under_need_help_now(page: Page) -> None:
    set_up_account(page)
    page.get_by_role("banner").get_by_role("link", name="Need help now").click()
    expect(page).to_have_url(re.compile(r"/help/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Need help now")
    check_page(page)

    page.get_by_role("link", name="Write your safety plan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your safety plan")
    check_page(page)
    for label, items in PLAN.items():
        # Blank lines and stray spaces are how people type; they do not become items.
        page.get_by_label(label).fill("\n".join(items[:1] + ["", "  "] + [f"  {item} " for item in items[1:]]))
    page.get_by_role("button", name="Save safety plan").click()

    expect(page).to_have_url(re.compile(r"/help/$"))
    expect(page.get_by_text("Your safety plan is saved.")).to_be_visible()
    for label, items in PLAN.items():
        heading = page.get_by_role("heading", name=re.compile(re.escape(label)))
        section = page.locator(".plan-section").filter(has=heading)
        expect(section.get_by_role("listitem")).to_have_text(items)
    distractions = page.locator(".plan-section").filter(has_text="People and places that take my mind off it")
    expect(distractions).to_contain_text("Nothing here yet.")
    check_page(page)

    page.get_by_role("link", name="Edit your safety plan").click()
    expect(page.get_by_label("Things I can do on my own")).to_have_value("\n".join(PLAN["Things I can do on my own"]))
    page.get_by_role("link", name="Cancel").click()

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Today").click()
    expect(page.get_by_role("link", name=re.compile("^Your safety plan"))).to_be_visible()


def test_it_shows_crisis_lines_but_not_the_plan_when_signed_out(page: Page) -> None:
    set_up_account(page)
    page.goto("/help/plan/")
    page.get_by_label("What matters to me").fill("My sister's children")
    page.get_by_role("button", name="Save safety plan").click()
    expect(page.get_by_text("My sister's children")).to_be_visible()
    sign_out(page)

    page.get_by_role("banner").get_by_role("link", name="Need help now").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Need help now")
    lines = page.get_by_role("region", name="Talk to someone now")
    expect(lines.get_by_role("link", name="Call 988").first).to_be_visible()
    expect(lines.get_by_text("Samaritans").first).to_be_visible()
    expect(page.get_by_text("My sister's children")).to_have_count(0)
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()
    check_page(page)

    page.get_by_label("Show the lines for").select_option(label="United Kingdom")
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(r"country=GB"))
    expect(lines.get_by_role("heading", level=3).first).to_have_text("United Kingdom")
    expect(lines.get_by_role("link", name="Call 116 123").first).to_be_visible()
    check_page(page)
