"""Browser tests: the real server (pytest-django's live_server) driven by Debian's Chromium through Playwright.

Each test starts with an empty database, so it sets Nearer up through the welcome page like a person would.
Helpers for the steps many tests share (set up, sign in, sign out, check accessibility) live here; tests import
them with `from tests.e2e.conftest import ...`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Playwright's sync API keeps an event loop running in the test thread; Django's ORM (flushing the database
# between tests) refuses to run beside one unless told it is safe, which it is here: nothing else uses the loop.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from axe_playwright_python.sync_playwright import Axe  # noqa: E402
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
PHONE = {"width": 390, "height": 844}

NAME = "Robin"
PASSPHRASE = "harbour lantern fig window"
NEW_PASSPHRASE = "quiet meadow copper spoon"

E2E_DIR = Path(__file__).resolve().parent
_axe = Axe()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in tests/e2e drives a real browser: mark it so `-m "not browser"` leaves them out."""
    for item in items:
        if E2E_DIR in item.path.resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        message = f"Browser tests need Chromium at {CHROMIUM}. Install it with: apt-get install -y chromium"
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def viewport() -> dict[str, int]:
    """A phone-sized window; a test overrides this fixture (or opens its own context) for other sizes."""
    return dict(PHONE)


@pytest.fixture
def context(browser: Browser, live_server: Any, viewport: dict[str, int]) -> Iterator[BrowserContext]:
    context = browser.new_context(base_url=live_server.url, viewport=viewport, accept_downloads=True)
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    page = context.new_page()
    # Script errors and blocked resources (for example a Content-Security-Policy refusal) are collected here and
    # checked with every accessibility check: a page that half-works is something a person would notice.
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(f"script error: {error}"))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.nearer_errors = errors  # type: ignore[attr-defined]
    return page


# Helpers -------------------------------------------------------------------------------------------------------


def check_page(page: Page) -> None:
    """The page as it stands has no serious or critical accessibility problem (axe-core) and no script error."""
    page.wait_for_load_state("load")
    results = _axe.run(page)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    report = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}\n"
        + "\n".join(f"    {', '.join(map(str, n['target']))}: {n['html'][:200]}" for n in v["nodes"])
        for v in bad
    )
    assert not bad, f"Accessibility problems on {page.url}:\n{report}"
    errors = getattr(page, "nearer_errors", [])
    assert not errors, f"Errors in the browser console on {page.url}: {errors}"


def fill_new_passphrase(page: Page, passphrase: str, *, new_label: str = "Passphrase") -> None:
    page.get_by_label(new_label, exact=True).fill(passphrase)
    page.get_by_label(re.compile(r"passphrase again$")).fill(passphrase)


def set_up_account(page: Page, name: str = NAME, passphrase: str = PASSPHRASE, *, check: bool = False) -> str:
    """First run: welcome page, recovery code, continue to Today. Returns the recovery code shown."""
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/welcome/$"))
    if check:
        check_page(page)
    page.get_by_label("What should Nearer call you?").fill(name)
    fill_new_passphrase(page, passphrase)
    page.get_by_role("button", name="Set up Nearer").click()
    expect(page).to_have_url(re.compile(r"/recovery-code/$"))
    code = page.locator("#recovery-code").inner_text().strip()
    assert code, "the recovery code page shows no code"
    if check:
        check_page(page)
    page.get_by_role("button", name="I have saved it, continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Hello, {name}")
    return code


def sign_out(page: Page) -> None:
    page.get_by_role("contentinfo").get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/sign-in/"))
    expect(page.get_by_text("You have signed out.")).to_be_visible()


def sign_in(page: Page, passphrase: str = PASSPHRASE, name: str = NAME) -> None:
    """From anywhere: the local sign-in page asks only for the passphrase, then shows Today."""
    if "/sign-in/" not in page.url:
        page.goto("/sign-in/")
    page.get_by_label("Passphrase", exact=True).fill(passphrase)
    page.get_by_role("button", name="Open Nearer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Hello, {name}")


def add_person(page: Page, name: str, relationship: str = "Friend", note: str = "") -> None:
    page.goto("/people/")
    page.get_by_role("link", name="Add someone").click()
    page.get_by_label("Name", exact=True).fill(name)
    page.get_by_label("Who they are to you").select_option(label=relationship)
    if note:
        page.get_by_label("A note (optional)").fill(note)
    page.get_by_role("button", name="Add to my circle").click()
    expect(page).to_have_url(re.compile(r"/people/$"))
    expect(page.get_by_text(f"{name} is in your circle.")).to_be_visible()
