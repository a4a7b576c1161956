from typing import Any

from django.apps import apps
from django.db import connection
from django.test import Client
from django.urls import reverse

from nearer.accounts.models import Account, AccountSession
from nearer.people.models import Person, PersonPrivate
from nearer.safety.models import SafetyPlan, SafetyPlanPrivate
from tests.conftest import PASSPHRASE, TestAccount, page_text


def _give_alice_things(alice: TestAccount) -> None:
    person = Person(owner=alice.account)
    person.seal(alice.data_key, PersonPrivate(name="Jordan", relationship="friend"))
    person.save()
    plan = SafetyPlan(owner=alice.account)
    plan.seal(alice.data_key, SafetyPlanPrivate(reasons_for_living=["my sister"]))
    plan.save()


def test_it_asks_for_the_passphrase_before_deleting(alice: TestAccount, alice_client: Client) -> None:
    _give_alice_things(alice)
    response = alice_client.post(reverse("accounts:delete_account"), {"passphrase": "wrong!", "understood": "on"})
    assert "nothing was deleted" in page_text(response)
    response = alice_client.post(reverse("accounts:delete_account"), {"passphrase": PASSPHRASE})
    assert "Please tick the box" in page_text(response)
    assert Account.objects.filter(pk=alice.account.pk).exists()
    assert Person.objects.filter(owner=alice.account).count() == 1


def test_it_deletes_everything_and_leaves_others_alone(
    alice: TestAccount, bob: TestAccount, alice_client: Client, settings: Any
) -> None:
    settings.HOSTED = True
    _give_alice_things(alice)
    bob_person = Person(owner=bob.account)
    bob_person.seal(bob.data_key, PersonPrivate(name="Robin", relationship="friend"))
    bob_person.save()
    # A failed sign-in leaves a throttling record that names the account: it must go too.
    Client().post("/sign-in/", {"username": "alice", "passphrase": "a wrong guess"})
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM axes_accessattempt WHERE username = %s", ["alice"])
        assert cursor.fetchone()[0] == 1

    response = alice_client.post(reverse("accounts:delete_account"), {"passphrase": PASSPHRASE, "understood": "on"})
    assert "Everything is deleted" in page_text(response)

    alice_id = alice.account.pk
    assert not Account.objects.filter(pk=alice_id).exists()
    for model in apps.get_models():
        fields = {f.name for f in model._meta.get_fields()}
        if "owner" in fields:
            assert not model._default_manager.filter(owner_id=alice_id).exists(), model
    assert not AccountSession.objects.filter(account_id=alice_id).exists()
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM axes_accessattempt WHERE username = %s", ["alice"])
        assert cursor.fetchone()[0] == 0
    assert Person.objects.filter(owner=bob.account).count() == 1
    assert alice_client.get("/")["Location"] == "/sign-in/?next=%2F"
