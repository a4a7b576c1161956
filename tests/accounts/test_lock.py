import time_machine
from django.test import Client
from django.urls import reverse

from nearer.accounts.models import Account
from nearer.core import session_keys
from tests.conftest import PASSPHRASE, TestAccount, page_text, unlocked_client


def test_it_locks_when_asked_and_unlocks_with_the_passphrase(alice: TestAccount, alice_client: Client) -> None:
    assert alice_client.post(reverse("accounts:lock"))["Location"] == "/unlock/?next=%2F"
    assert session_keys.SESSION_WRAPPED_KEY not in alice_client.session
    response = alice_client.get("/people/")
    assert response["Location"] == "/unlock/?next=%2Fpeople%2F"
    assert "Nearer is locked" in page_text(alice_client.get(response["Location"]))
    response = alice_client.post(response["Location"], {"passphrase": PASSPHRASE, "next": "/people/"})
    assert response["Location"] == "/people/"
    assert alice_client.get("/people/").status_code == 200


def test_it_keeps_locked_with_a_wrong_passphrase(alice: TestAccount, alice_client: Client) -> None:
    alice_client.post(reverse("accounts:lock"))
    response = alice_client.post(reverse("accounts:unlock"), {"passphrase": "wrong wrong wrong"})
    assert "does not open Nearer" in page_text(response)
    assert alice_client.get("/")["Location"].startswith("/unlock/")


def test_it_locks_itself_after_the_chosen_time_away(alice: TestAccount) -> None:
    with time_machine.travel("2026-11-21 10:00", tick=False) as clock:
        client = unlocked_client(alice)
        clock.shift(29 * 60)
        assert client.get("/").status_code == 200
        clock.shift(29 * 60)  # 29 minutes after the last request: still within 30
        assert client.get("/").status_code == 200
        clock.shift(31 * 60)
        assert client.get("/")["Location"] == "/unlock/?next=%2F"
        assert session_keys.SESSION_WRAPPED_KEY not in client.session


def test_it_follows_a_shorter_lock_preference(alice: TestAccount) -> None:
    Account.objects.filter(pk=alice.account.pk).update(lock_after_minutes=5)
    with time_machine.travel("2026-11-21 10:00", tick=False) as clock:
        client = unlocked_client(alice)
        clock.shift(6 * 60)
        assert client.get("/")["Location"].startswith("/unlock/")


def test_it_stays_unlocked_while_the_page_says_the_person_is_active(alice: TestAccount) -> None:
    with time_machine.travel("2026-11-21 10:00", tick=False) as clock:
        client = unlocked_client(alice)
        for _ in range(4):
            clock.shift(20 * 60)
            assert client.post(reverse("accounts:keep_alive")).status_code == 204
        assert client.get("/").status_code == 200


def test_it_shows_the_lock_timer_only_when_unlocked(alice: TestAccount, alice_client: Client) -> None:
    assert 'data-lock-after="1800"' in alice_client.get("/").content.decode()
    alice_client.post(reverse("accounts:lock"))
    assert 'data-lock-after="0"' in alice_client.get(reverse("accounts:unlock")).content.decode()


def test_it_hides_navigation_while_locked(alice: TestAccount, alice_client: Client) -> None:
    assert 'aria-label="Main"' in alice_client.get("/").content.decode()
    alice_client.post(reverse("accounts:lock"))
    page = alice_client.get(reverse("accounts:unlock")).content.decode()
    assert 'aria-label="Main"' not in page
    assert "Need help now" in page


def test_it_sends_a_signed_out_person_to_sign_in_from_unlock(db: None, alice: TestAccount, client: Client) -> None:
    assert client.get(reverse("accounts:unlock"))["Location"].startswith("/sign-in/")


def test_it_pauses_unlocking_after_repeated_wrong_passphrases(alice: TestAccount, alice_client: Client) -> None:
    alice_client.post(reverse("accounts:lock"))
    for _ in range(4):
        alice_client.post(reverse("accounts:unlock"), {"passphrase": "wrong guess again"})
    response = alice_client.post(reverse("accounts:unlock"), {"passphrase": "wrong guess again"})
    assert response.status_code == 429
    assert "not accepting more tries" in page_text(response)
    response = alice_client.post(reverse("accounts:unlock"), {"passphrase": PASSPHRASE})
    assert response.status_code == 429
    assert alice_client.get("/")["Location"].startswith("/unlock/")


def test_it_returns_to_the_locked_page_after_unlocking(alice: TestAccount, alice_client: Client) -> None:
    response = alice_client.post(reverse("accounts:lock"), {"next": "/people/"})
    assert response["Location"] == "/unlock/?next=%2Fpeople%2F"
    response = alice_client.post(response["Location"], {"passphrase": PASSPHRASE, "next": "/people/"})
    assert response["Location"] == "/people/"
    evil = alice_client.post(reverse("accounts:lock"), {"next": "https://evil.example/"})
    assert evil["Location"] == "/unlock/?next=%2F"


def test_it_forgets_wrong_tries_after_the_right_passphrase(alice: TestAccount, alice_client: Client) -> None:
    for _ in range(2):
        alice_client.post(reverse("accounts:lock"))
        for _ in range(3):
            alice_client.post(reverse("accounts:unlock"), {"passphrase": "wrong guess again"})
        response = alice_client.post(reverse("accounts:unlock"), {"passphrase": PASSPHRASE})
        assert response.status_code == 302
    assert alice_client.get("/").status_code == 200
