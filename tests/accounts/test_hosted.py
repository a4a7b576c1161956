"""Hosted mode: many people on one server, each seeing only their own things."""

import hashlib
import os
import subprocess
import sys
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from nearer.accounts.models import Account, Invite
from tests.conftest import PASSPHRASE, TestAccount, page_text

SIGN_UP = {"username": "River", "display_name": "River", "passphrase": PASSPHRASE, "passphrase_again": PASSPHRASE}


@pytest.fixture
def hosted(settings: Any) -> Any:
    settings.HOSTED = True
    settings.SIGNUP = "open"
    return settings


def test_it_lets_anyone_sign_up_when_open(db: None, hosted: Any, client: Client) -> None:
    response = client.post(reverse("accounts:sign_up"), SIGN_UP)
    assert response["Location"] == reverse("accounts:recovery_code")
    assert Account.objects.get().username == "river"


def test_it_refuses_a_taken_or_odd_sign_in_name(alice: TestAccount, hosted: Any, client: Client) -> None:
    response = client.post(reverse("accounts:sign_up"), {**SIGN_UP, "username": "Alice"})
    assert "That sign-in name is taken" in page_text(response)
    response = client.post(reverse("accounts:sign_up"), {**SIGN_UP, "username": "a b"})
    assert "Use 3 to 40 letters" in page_text(response)
    assert Account.objects.count() == 1


def test_it_needs_a_valid_unused_invitation_when_invite_only(db: None, hosted: Any, client: Client) -> None:
    hosted.SIGNUP = "invite"
    Invite.objects.create(code_hash=hashlib.sha256(b"abc-def-123").hexdigest())
    response = client.post(reverse("accounts:sign_up"), SIGN_UP)
    assert "This field is required" in page_text(response)
    response = client.post(reverse("accounts:sign_up"), {**SIGN_UP, "invite_code": "not-a-code"})
    assert "That invitation code is not valid" in page_text(response)
    assert not Account.objects.exists()

    response = client.post(reverse("accounts:sign_up"), {**SIGN_UP, "invite_code": "abc-def-123"})
    assert response.status_code == 302
    assert Invite.objects.get().used is not None
    response = Client().post(reverse("accounts:sign_up"), {**SIGN_UP, "username": "sky", "invite_code": "abc-def-123"})
    assert "has been used" in page_text(response)
    assert Account.objects.count() == 1


def test_it_signs_in_by_name_and_passphrase(alice: TestAccount, bob: TestAccount, hosted: Any) -> None:
    client = Client()
    response = client.post(reverse("accounts:sign_in"), {"username": "bob", "passphrase": PASSPHRASE})
    assert response["Location"] == "/"
    assert "Hello, Bob" in page_text(client.get("/"))
    wrong = Client().post(reverse("accounts:sign_in"), {"username": "nobody", "passphrase": PASSPHRASE})
    assert "That sign-in name and passphrase do not match" in page_text(wrong)


def test_it_keeps_two_people_apart_at_the_same_time(alice: TestAccount, bob: TestAccount, hosted: Any) -> None:
    alice_client, bob_client = Client(), Client()
    alice_client.post(reverse("accounts:sign_in"), {"username": "alice", "passphrase": PASSPHRASE})
    bob_client.post(reverse("accounts:sign_in"), {"username": "bob", "passphrase": PASSPHRASE})
    alice_client.post(reverse("people:add"), {"name": "Jordan", "relationship": "partner"})
    bob_client.post(reverse("people:add"), {"name": "Robin", "relationship": "sibling"})
    assert "Jordan" in page_text(alice_client.get("/people/"))
    assert "Robin" not in page_text(alice_client.get("/people/"))
    assert "Robin" in page_text(bob_client.get("/people/"))
    assert "Jordan" not in page_text(bob_client.get("/people/"))


def _settings_error(**env: str) -> str:
    """Import the settings in a fresh interpreter with this environment; return what it said."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("NEARER_", "DATABASE_URL"))}
    result = subprocess.run(
        [sys.executable, "-c", "import nearer.settings"],
        env={**clean, "NEARER_DATA_DIR": "/tmp/nearer-hosted-check", **env},
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stderr if result.returncode else ""


GOOD_HOSTED = {
    "NEARER_HOSTED": "1",
    "NEARER_SECRET_KEY": "k" * 20 + "Zq9" * 10,
    "DATABASE_URL": "postgresql://nearer@127.0.0.1:5432/nearer",
    "NEARER_ALLOWED_HOSTS": "nearer.example.org",
}


def test_it_starts_hosted_with_a_real_configuration() -> None:
    assert _settings_error(**GOOD_HOSTED) == ""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"NEARER_SECRET_KEY": ""}, "needs NEARER_SECRET_KEY"),
        ({"NEARER_SECRET_KEY": "changeme"}, "needs NEARER_SECRET_KEY"),
        ({"NEARER_SECRET_KEY": "django-insecure-" + "x" * 40}, "needs NEARER_SECRET_KEY"),
        ({"NEARER_DEBUG": "1"}, "refuses to start with NEARER_DEBUG on"),
        ({"DATABASE_URL": ""}, "needs DATABASE_URL pointing at PostgreSQL"),
        ({"NEARER_ALLOWED_HOSTS": ""}, "needs NEARER_ALLOWED_HOSTS"),
        ({"NEARER_HOSTED": "perhaps"}, "NEARER_HOSTED must be"),
        ({"NEARER_SIGNUP": "sometimes"}, "NEARER_SIGNUP must be"),
    ],
)
def test_it_refuses_to_start_hosted_unsafely(change: dict[str, str], message: str) -> None:
    assert message in _settings_error(**{**GOOD_HOSTED, **change})


def test_it_sets_secure_cookies_and_hsts_when_hosted() -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("NEARER_", "DATABASE_URL"))}
    code = (
        "import nearer.settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS, s.DEBUG, s.SECURE_SSL_REDIRECT)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, "NEARER_DATA_DIR": "/tmp/nearer-hosted-check", **GOOD_HOSTED},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == ["True", "True", "31536000", "False", "True"]
