from django.test import Client
from django.urls import reverse

from nearer.accounts.models import LOCAL_USERNAME, Account, Profile
from nearer.core import session_keys
from tests.conftest import PASSPHRASE

SETUP = {"display_name": "Sam", "passphrase": PASSPHRASE, "passphrase_again": PASSPHRASE}


def test_it_sends_every_page_to_the_welcome_page_before_setup(db: None, client: Client) -> None:
    for path in ["/", "/people/", "/settings/", "/sign-in/"]:
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"] == "/welcome/"


def test_it_explains_nearer_before_setup(db: None, client: Client) -> None:
    page = client.get("/welcome/").content.decode()
    assert "not therapy" in page
    assert "not a crisis service" in page
    assert "Nothing leaves this computer" in page
    assert "Need help now" in page


def test_it_keeps_help_reachable_before_setup(db: None, client: Client) -> None:
    assert client.get("/help/").status_code == 200


def test_it_creates_the_account_and_shows_the_recovery_code_once(db: None, client: Client) -> None:
    response = client.post("/welcome/", SETUP)
    assert response["Location"] == reverse("accounts:recovery_code")
    account = Account.objects.get()
    assert account.username == LOCAL_USERNAME
    page = client.get(response["Location"]).content.decode()
    assert "nobody can" in page
    code = page.split('id="recovery-code"')[1].split(">")[1].split("<")[0]
    assert len(code) == 35

    download = client.get(reverse("accounts:recovery_code_download"))
    assert download["Content-Disposition"] == 'attachment; filename="nearer-recovery-code.txt"'
    assert code in download.content.decode()

    assert client.post(reverse("accounts:recovery_code_saved"))["Location"] == "/"
    # Shown once: afterwards the page has nothing to show and goes to Today.
    assert client.get(reverse("accounts:recovery_code"))["Location"] == "/"
    assert b"Hello, Sam" in client.get("/").content


def test_it_keeps_the_recovery_code_encrypted_in_the_session(db: None, client: Client) -> None:
    client.post("/welcome/", SETUP)
    page = client.get(reverse("accounts:recovery_code")).content.decode()
    code = page.split('id="recovery-code"')[1].split(">")[1].split("<")[0]
    stored = client.session[session_keys.SESSION_PENDING_CODE]
    assert code not in stored
    assert code.replace("-", "") not in stored


def test_it_stores_the_display_name_encrypted(db: None, client: Client) -> None:
    client.post("/welcome/", SETUP)
    profile = Profile.objects.get()
    assert b"Sam" not in bytes(profile.sealed)


def test_it_asks_again_for_a_short_passphrase_and_keeps_the_name(db: None, client: Client) -> None:
    response = client.post("/welcome/", {**SETUP, "passphrase": "short", "passphrase_again": "short"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "at least 10 characters" in page
    assert 'value="Sam"' in page
    assert not Account.objects.exists()


def test_it_notices_passphrases_that_differ(db: None, client: Client) -> None:
    response = client.post("/welcome/", {**SETUP, "passphrase_again": PASSPHRASE + "x"})
    assert "The two passphrases are different" in response.content.decode()
    assert not Account.objects.exists()


def test_it_rejects_an_overlong_display_name(db: None, client: Client) -> None:
    response = client.post("/welcome/", {**SETUP, "display_name": "x" * 61})
    assert response.status_code == 200
    assert not Account.objects.exists()


def test_it_makes_only_one_account_in_local_mode(db: None, client: Client) -> None:
    client.post("/welcome/", SETUP)
    other = Client()
    response = other.post("/welcome/", {**SETUP, "display_name": "Intruder"})
    assert response["Location"] == reverse("accounts:sign_in")
    assert Account.objects.count() == 1


def test_it_requires_the_csrf_token(db: None) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post("/welcome/", SETUP)
    assert response.status_code == 403
    assert b"Please try that again" in response.content
    assert not Account.objects.exists()
