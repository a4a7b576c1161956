"""Shared fixtures: alice owns things, bob is another person, charlie must never see alice's things."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse

from nearer.accounts.actions import create_account
from nearer.accounts.models import Account
from nearer.core.models import OwnedModel

PASSPHRASE = "kettle orbit violet tuesday"


class TestAccount:
    """An account plus the secrets a test needs to act as its owner."""

    __test__ = False

    def __init__(self, account: Account, data_key: bytes, recovery_code: str, passphrase: str) -> None:
        self.account = account
        self.data_key = data_key
        self.recovery_code = recovery_code
        self.passphrase = passphrase


def page_text(response: HttpResponse) -> str:
    """The page as a person reads it: tags kept, runs of whitespace folded to one space."""
    return " ".join(response.content.decode().split())


def make_account(username: str, display_name: str, passphrase: str = PASSPHRASE) -> TestAccount:
    account, data_key, code = create_account(username, display_name, passphrase)
    return TestAccount(account, data_key, code, passphrase)


def unlocked_client(owner: TestAccount) -> Client:
    """A browser session that signed in and unlocked through the real unlock page."""
    client = Client()
    client.force_login(owner.account, backend="nearer.accounts.backends.PassphraseBackend")
    response = client.post(reverse("accounts:unlock"), {"passphrase": owner.passphrase})
    assert response.status_code == 302, response.content[:500]
    return client


@pytest.fixture
def alice(db: None) -> TestAccount:
    return make_account("alice", "Alice")


@pytest.fixture
def bob(db: None) -> TestAccount:
    return make_account("bob", "Bob")


@pytest.fixture
def charlie(db: None) -> TestAccount:
    return make_account("charlie", "Charlie")


@pytest.fixture
def alice_client(alice: TestAccount) -> Client:
    return unlocked_client(alice)


@pytest.fixture
def charlie_client(charlie: TestAccount) -> Client:
    return unlocked_client(charlie)


@pytest.fixture
def seal() -> Callable[..., OwnedModel]:
    """Save a record for an owner with the given private contents, as the app would."""

    def save(record: OwnedModel, owner: TestAccount, private: object) -> OwnedModel:
        record.owner = owner.account
        record.seal(owner.data_key, private)  # type: ignore[arg-type]
        record.save()
        return record

    return save
