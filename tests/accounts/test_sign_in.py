import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.conftest import PASSPHRASE, TestAccount, make_account, page_text


@pytest.fixture
def me(db: None) -> TestAccount:
    return make_account("me", "Sam")


def test_it_signs_in_with_the_passphrase_alone_in_local_mode(me: TestAccount, client: Client) -> None:
    page = client.get("/sign-in/").content.decode()
    assert "Sign-in name" not in page
    response = client.post("/sign-in/", {"passphrase": PASSPHRASE})
    assert response["Location"] == "/"
    assert settings.DATA_KEY_COOKIE_NAME in response.cookies
    assert b"Hello, Sam" in client.get("/").content


def test_it_returns_to_the_page_asked_for(me: TestAccount, client: Client) -> None:
    response = client.get("/people/")
    assert response["Location"] == "/sign-in/?next=%2Fpeople%2F"
    response = client.post("/sign-in/?next=/people/", {"passphrase": PASSPHRASE, "next": "/people/"})
    assert response["Location"] == "/people/"


def test_it_ignores_a_next_url_on_another_site(me: TestAccount, client: Client) -> None:
    response = client.post("/sign-in/", {"passphrase": PASSPHRASE, "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_it_says_when_the_passphrase_is_wrong(me: TestAccount, client: Client) -> None:
    response = client.post("/sign-in/", {"passphrase": "not the passphrase"})
    assert response.status_code == 200
    assert "That passphrase does not open Nearer" in response.content.decode()
    assert client.get("/")["Location"].startswith("/sign-in/")


def test_it_pauses_sign_in_after_repeated_wrong_passphrases(me: TestAccount, client: Client) -> None:
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post("/sign-in/", {"passphrase": "a wrong guess!"})
    response = client.post("/sign-in/", {"passphrase": "a wrong guess!"})
    assert response.status_code == 429
    assert "not accepting more tries for 15 minutes" in page_text(response)
    # Even the right passphrase waits until the pause is over.
    response = client.post("/sign-in/", {"passphrase": PASSPHRASE})
    assert response.status_code == 429
    assert client.get("/")["Location"].startswith("/sign-in/")


def test_it_signs_out_and_forgets_the_key(me: TestAccount, client: Client) -> None:
    client.post("/sign-in/", {"passphrase": PASSPHRASE})
    response = client.post(reverse("accounts:sign_out"))
    assert response["Location"] == reverse("accounts:sign_in")
    assert response.cookies[settings.DATA_KEY_COOKIE_NAME].value == ""
    assert client.get("/")["Location"].startswith("/sign-in/")


def test_it_only_signs_out_by_post(me: TestAccount, client: Client) -> None:
    client.post("/sign-in/", {"passphrase": PASSPHRASE})
    assert client.get(reverse("accounts:sign_out")).status_code == 405
    assert client.get("/").status_code == 200


def test_it_treats_a_session_without_the_key_cookie_as_locked(me: TestAccount, client: Client) -> None:
    client.post("/sign-in/", {"passphrase": PASSPHRASE})
    client.cookies.pop(settings.DATA_KEY_COOKIE_NAME)
    assert client.get("/")["Location"] == "/unlock/?next=%2F"


def test_it_treats_a_forged_key_cookie_as_locked(me: TestAccount, client: Client) -> None:
    client.post("/sign-in/", {"passphrase": PASSPHRASE})
    client.cookies[settings.DATA_KEY_COOKIE_NAME] = "AAAA" * 11
    assert client.get("/")["Location"] == "/unlock/?next=%2F"
    client.cookies[settings.DATA_KEY_COOKIE_NAME] = "not base64 at all!!"
    assert client.get("/")["Location"] == "/unlock/?next=%2F"
