from django.test import Client
from django.urls import reverse

from nearer.accounts import actions
from nearer.accounts.models import Account
from tests.conftest import PASSPHRASE, TestAccount, page_text, unlocked_client

NEW = "a new passphrase for winter"


def test_it_changes_the_passphrase(alice: TestAccount, alice_client: Client) -> None:
    response = alice_client.post(
        reverse("accounts:change_passphrase"),
        {"current_passphrase": PASSPHRASE, "passphrase": NEW, "passphrase_again": NEW},
    )
    assert response["Location"] == reverse("accounts:preferences")
    account = Account.objects.get(pk=alice.account.pk)
    assert actions.open_with_passphrase(account, NEW) == alice.data_key
    # Still unlocked: the data key did not change.
    assert alice_client.get("/").status_code == 200


def test_it_needs_the_current_passphrase(alice: TestAccount, alice_client: Client) -> None:
    response = alice_client.post(
        reverse("accounts:change_passphrase"),
        {"current_passphrase": "not it at all", "passphrase": NEW, "passphrase_again": NEW},
    )
    assert "That is not your current passphrase" in page_text(response)
    assert actions.open_with_passphrase(Account.objects.get(pk=alice.account.pk), PASSPHRASE) == alice.data_key


def test_it_refuses_a_short_new_passphrase(alice: TestAccount, alice_client: Client) -> None:
    response = alice_client.post(
        reverse("accounts:change_passphrase"),
        {"current_passphrase": PASSPHRASE, "passphrase": "tiny", "passphrase_again": "tiny"},
    )
    assert "at least 10 characters" in page_text(response)


def test_it_makes_a_new_recovery_code_after_the_passphrase(alice: TestAccount, alice_client: Client) -> None:
    bad = alice_client.post(reverse("accounts:new_recovery_code"), {"passphrase": "wrong one here"})
    assert "does not match" in page_text(bad)
    response = alice_client.post(reverse("accounts:new_recovery_code"), {"passphrase": PASSPHRASE})
    assert response["Location"] == reverse("accounts:recovery_code")
    page = alice_client.get(response["Location"]).content.decode()
    code = page.split('id="recovery-code"')[1].split(">")[1].split("<")[0]
    account = Account.objects.get(pk=alice.account.pk)
    assert actions.open_with_recovery_code(account, code) == alice.data_key
    assert code != alice.recovery_code


def test_it_signs_out_other_sessions_on_change(alice: TestAccount, alice_client: Client) -> None:
    other = unlocked_client(alice)
    assert other.get("/").status_code == 200
    alice_client.post(
        reverse("accounts:change_passphrase"),
        {"current_passphrase": PASSPHRASE, "passphrase": NEW, "passphrase_again": NEW},
    )
    assert "Anywhere else you were signed in has been signed out" in page_text(
        alice_client.get(reverse("accounts:preferences"))
    )
    assert other.get("/")["Location"].startswith("/sign-in/")
    assert alice_client.get("/").status_code == 200


def test_it_pauses_guessing_from_an_unlocked_session(alice: TestAccount, alice_client: Client) -> None:
    url = reverse("accounts:change_passphrase")
    for _ in range(4):
        alice_client.post(url, {"current_passphrase": "a guess at it", "passphrase": NEW, "passphrase_again": NEW})
    response = alice_client.post(
        url, {"current_passphrase": "a guess at it", "passphrase": NEW, "passphrase_again": NEW}
    )
    assert response.status_code == 429
    response = alice_client.post(url, {"current_passphrase": PASSPHRASE, "passphrase": NEW, "passphrase_again": NEW})
    assert response.status_code == 429
    assert actions.open_with_passphrase(Account.objects.get(pk=alice.account.pk), PASSPHRASE) == alice.data_key
