import json
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from nearer.accounts.models import Account, Profile
from nearer.people.models import Person, PersonPrivate
from tests.conftest import TestAccount, unlocked_client


def post_json(client: Client, url: str, data: Any, method: str = "post") -> Any:
    if method in ("get", "delete"):
        return getattr(client, method)(url)
    return getattr(client, method)(url, json.dumps(data), content_type="application/json")


@pytest.fixture
def jordan(alice: TestAccount) -> Person:
    person = Person(owner=alice.account)
    person.seal(alice.data_key, PersonPrivate(name="Jordan", relationship="partner"))
    person.save()
    return person


def test_it_publishes_the_openapi_schema_and_docs(db: None, client: Client) -> None:
    schema = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/people/", "/api/v1/preferences/", "/api/v1/safety-plan/"} <= set(schema["paths"])
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200
    assert b"/static/ninja/swagger-ui-bundle.js" in docs.content
    assert b"cdn." not in docs.content


def test_it_needs_an_unlocked_session(alice: TestAccount, jordan: Person, client: Client) -> None:
    assert client.get("/api/v1/people/").status_code == 401
    locked = unlocked_client(alice)
    locked.post(reverse("accounts:lock"))
    assert locked.get("/api/v1/people/").status_code == 401


def test_it_lists_and_creates_people(alice: TestAccount, jordan: Person, alice_client: Client) -> None:
    response = post_json(alice_client, "/api/v1/people/", {"name": "Robin", "relationship": "sibling"})
    assert response.status_code == 201
    created = response.json()
    assert created["name"] == "Robin" and created["note"] == "" and not created["archived"]
    names = [p["name"] for p in alice_client.get("/api/v1/people/").json()]
    assert names == ["Jordan", "Robin"]
    stored = Person.objects.get(uuid=created["id"]).unseal(alice.data_key)
    assert stored.private.name == "Robin"


def test_it_answers_422_with_a_message_per_field(alice: TestAccount, alice_client: Client) -> None:
    response = post_json(alice_client, "/api/v1/people/", {"name": "x" * 81, "relationship": "enemy", "note": 5})
    assert response.status_code == 422
    fields = response.json()["fields"]
    assert set(fields) == {"name", "relationship", "note"}
    assert "80 characters" in fields["name"]
    assert not Person.objects.filter(owner=alice.account).exists()


def test_it_rejects_broken_json(alice_client: Client) -> None:
    response = alice_client.post("/api/v1/people/", "{not json", content_type="application/json")
    assert response.status_code in (400, 422)


def test_it_updates_archives_and_deletes(alice: TestAccount, jordan: Person, alice_client: Client) -> None:
    url = f"/api/v1/people/{jordan.uuid}"
    response = post_json(alice_client, url, {"note": "Likes mornings", "archived": True}, method="patch")
    assert response.status_code == 200
    body = response.json()
    assert body["name"] == "Jordan" and body["note"] == "Likes mornings" and body["archived"]
    assert alice_client.get("/api/v1/people/").json() == []
    assert len(alice_client.get("/api/v1/people/?include_archived=true").json()) == 1
    assert alice_client.delete(url).status_code == 204
    assert not Person.objects.filter(pk=jordan.pk).exists()


@pytest.mark.parametrize("method", ["get", "patch", "delete"])
def test_it_answers_404_to_someone_else(jordan: Person, charlie_client: Client, method: str) -> None:
    response = post_json(charlie_client, f"/api/v1/people/{jordan.uuid}", {"name": "Hacked"}, method=method)
    assert response.status_code == 404
    assert Person.objects.filter(pk=jordan.pk).exists()
    assert charlie_client.get("/api/v1/people/").json() == []


@pytest.mark.parametrize("bad_id", ["1", "nope", "00000000-0000-0000-0000-000000000000"])
def test_it_answers_404_to_malformed_ids(alice_client: Client, bad_id: str) -> None:
    assert alice_client.get(f"/api/v1/people/{bad_id}").status_code == 404


def test_it_needs_the_csrf_token_for_changes(alice: TestAccount) -> None:
    client = unlocked_client(alice)
    client.handler.enforce_csrf_checks = True
    response = post_json(client, "/api/v1/people/", {"name": "Robin", "relationship": "sibling"})
    assert response.status_code == 403
    assert not Person.objects.filter(owner=alice.account).exists()
    assert client.get("/api/v1/people/").status_code == 200


def test_it_reads_and_changes_preferences(alice: TestAccount, alice_client: Client) -> None:
    assert alice_client.get("/api/v1/preferences/").json() == {
        "display_name": "Alice",
        "country": "",
        "lock_after_minutes": 30,
    }
    response = post_json(
        alice_client, "/api/v1/preferences/", {"country": "NZ", "lock_after_minutes": 15, "display_name": "Al"}, "patch"
    )
    assert response.json() == {"display_name": "Al", "country": "NZ", "lock_after_minutes": 15}
    account = Account.objects.get(pk=alice.account.pk)
    assert (account.country, account.lock_after_minutes) == ("NZ", 15)
    assert Profile.objects.get(owner=account).unseal(alice.data_key).private.display_name == "Al"
    bad = post_json(alice_client, "/api/v1/preferences/", {"country": "XX", "lock_after_minutes": 7}, "patch")
    assert bad.status_code == 422
    assert set(bad.json()["fields"]) == {"country", "lock_after_minutes"}


def test_it_reads_and_replaces_the_safety_plan(
    alice: TestAccount, alice_client: Client, charlie_client: Client
) -> None:
    assert alice_client.get("/api/v1/safety-plan/").json()["warning_signs"] == []
    response = post_json(alice_client, "/api/v1/safety-plan/", {"warning_signs": ["  quiet  "]}, method="put")
    assert response.status_code == 200
    assert response.json()["warning_signs"] == ["quiet"]
    assert charlie_client.get("/api/v1/safety-plan/").json()["warning_signs"] == []
    bad = post_json(alice_client, "/api/v1/safety-plan/", {"warning_signs": ["x" * 301]}, method="put")
    assert bad.status_code == 422
    assert "warning_signs.0" in bad.json()["fields"]
    assert alice_client.get("/api/v1/safety-plan/").json()["warning_signs"] == ["quiet"]


def test_it_lists_crisis_lines_without_signing_in(db: None, client: Client) -> None:
    lines = client.get("/api/v1/safety-plan/crisis-lines").json()
    assert {c["country"] for c in lines} == {"US", "CA", "GB", "IE", "AU", "NZ"}


def test_it_keeps_api_choices_in_step_with_the_forms() -> None:
    from nearer.accounts.api import CountryCode, LockMinutes
    from nearer.accounts.models import LOCK_CHOICES
    from nearer.core.vocabularies import COUNTRIES, RELATIONSHIP_KINDS
    from nearer.people.models import RelationshipKind

    assert set(CountryCode.__args__) == {c for c, _ in COUNTRIES} | {""}
    assert set(LockMinutes.__args__) == {m for m, _ in LOCK_CHOICES}
    assert set(RelationshipKind.__args__) == {k for k, _ in RELATIONSHIP_KINDS}


@pytest.mark.parametrize("name", ["   ", "Jo\x00rdan"])
def test_it_refuses_names_the_forms_would_refuse(alice: TestAccount, alice_client: Client, name: str) -> None:
    response = post_json(alice_client, "/api/v1/people/", {"name": name, "relationship": "friend"})
    assert response.status_code == 422
    assert "name" in response.json()["fields"]
    bad = post_json(alice_client, "/api/v1/preferences/", {"display_name": name}, method="patch")
    assert bad.status_code == 422
    assert not Person.objects.filter(owner=alice.account).exists()


def test_it_trims_what_it_stores(alice: TestAccount, alice_client: Client) -> None:
    created = post_json(alice_client, "/api/v1/people/", {"name": "  Robin ", "relationship": "friend"}).json()
    assert created["name"] == "Robin"
