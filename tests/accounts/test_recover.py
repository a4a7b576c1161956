import pytest
from django.test import Client
from django.urls import reverse

from nearer.accounts import actions
from nearer.accounts.models import Account
from nearer.people.models import Person, PersonPrivate
from tests.conftest import TestAccount, make_account, page_text

NEW = "remembered this time, truly"


@pytest.fixture
def me(db: None) -> TestAccount:
    owner = make_account("me", "Sam")
    person = Person(owner=owner.account)
    person.seal(owner.data_key, PersonPrivate(name="Jordan", relationship="partner"))
    person.save()
    return owner


def test_it_sets_a_new_passphrase_with_the_recovery_code(me: TestAccount, client: Client) -> None:
    response = client.post(
        reverse("accounts:recover"),
        {"recovery_code": me.recovery_code, "passphrase": NEW, "passphrase_again": NEW},
    )
    assert response["Location"] == reverse("accounts:recovery_code")
    page = client.get(response["Location"]).content.decode()
    new_code = page.split('id="recovery-code"')[1].split(">")[1].split("<")[0]
    assert new_code != me.recovery_code
    client.post(reverse("accounts:recovery_code_saved"))
    assert "Jordan" in page_text(client.get("/people/"))
    account = Account.objects.get(pk=me.account.pk)
    assert actions.open_with_passphrase(account, NEW) == me.data_key


def test_it_says_when_the_code_does_not_match(me: TestAccount, client: Client) -> None:
    response = client.post(
        reverse("accounts:recover"),
        {"recovery_code": "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ", "passphrase": NEW, "passphrase_again": NEW},
    )
    assert response.status_code == 200
    assert "That recovery code does not match" in page_text(response)
    assert client.get("/")["Location"].startswith("/sign-in/")


def test_it_asks_for_the_sign_in_name_only_when_hosted(me: TestAccount, client: Client, settings: object) -> None:
    assert "Sign-in name" not in page_text(client.get(reverse("accounts:recover")))
    settings.HOSTED = True  # type: ignore[attr-defined]
    assert "Sign-in name" in page_text(client.get(reverse("accounts:recover")))


def test_it_signs_out_sessions_opened_with_the_old_passphrase(me: TestAccount, client: Client) -> None:
    from tests.conftest import unlocked_client

    old = unlocked_client(me)
    client.post(
        reverse("accounts:recover"), {"recovery_code": me.recovery_code, "passphrase": NEW, "passphrase_again": NEW}
    )
    assert old.get("/")["Location"].startswith("/sign-in/")
    assert client.get("/people/").status_code == 200
