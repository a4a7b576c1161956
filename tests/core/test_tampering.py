"""A changed or swapped ciphertext stops with a clear page, and nothing is overwritten."""

import pytest
from django.test import Client
from django.urls import reverse

from nearer.people.models import Person, PersonPrivate
from tests.conftest import TestAccount, page_text


def _person(owner: TestAccount, name: str) -> Person:
    person = Person(owner=owner.account)
    person.seal(owner.data_key, PersonPrivate(name=name, relationship="friend"))
    person.save()
    return person


@pytest.fixture
def tampered(alice: TestAccount) -> Person:
    person = _person(alice, "Jordan")
    sealed = bytearray(person.sealed)
    sealed[-5] ^= 0x01
    Person.objects.filter(pk=person.pk).update(sealed=bytes(sealed))
    return Person.objects.get(pk=person.pk)


def test_it_shows_a_clear_page_for_a_changed_record(tampered: Person, alice_client: Client) -> None:
    response = alice_client.get(reverse("people:detail", args=[tampered.uuid]))
    assert response.status_code == 500
    assert "Something stored could not be opened" in page_text(response)
    assert "Nothing was changed" in page_text(response)


def test_it_does_not_overwrite_a_changed_record(tampered: Person, alice_client: Client) -> None:
    before = bytes(tampered.sealed)
    response = alice_client.post(
        reverse("people:edit", args=[tampered.uuid]), {"name": "Overwritten", "relationship": "friend"}
    )
    assert response.status_code == 500
    assert bytes(Person.objects.get(pk=tampered.pk).sealed) == before
    response = alice_client.post(reverse("people:archive", args=[tampered.uuid]), {"archived": "1"})
    assert response.status_code == 500
    assert not Person.objects.get(pk=tampered.pk).archived


def test_it_refuses_a_ciphertext_moved_to_another_row(alice: TestAccount, alice_client: Client) -> None:
    jordan, robin = _person(alice, "Jordan"), _person(alice, "Robin")
    Person.objects.filter(pk=robin.pk).update(sealed=jordan.sealed)
    response = alice_client.get(reverse("people:detail", args=[robin.uuid]))
    assert response.status_code == 500
    assert "Jordan" not in page_text(response)


def test_it_answers_the_api_with_a_clear_error(tampered: Person, alice_client: Client) -> None:
    response = alice_client.get(f"/api/v1/people/{tampered.uuid}")
    assert response.status_code == 500
    assert "could not be decrypted" in response.json()["detail"]
    response = alice_client.patch(
        f"/api/v1/people/{tampered.uuid}", '{"name": "Overwritten"}', content_type="application/json"
    )
    assert response.status_code == 500
    assert bytes(Person.objects.get(pk=tampered.pk).sealed) == bytes(tampered.sealed)


def test_it_can_still_delete_a_damaged_record(tampered: Person, alice: TestAccount, alice_client: Client) -> None:
    url = reverse("people:delete", args=[tampered.uuid])
    assert "Delete this damaged record?" in page_text(alice_client.get(url))
    assert alice_client.post(url)["Location"] == reverse("people:list")
    assert not Person.objects.filter(pk=tampered.pk).exists()
    other = _person(alice, "Robin")
    sealed = bytearray(other.sealed)
    sealed[-1] ^= 1
    Person.objects.filter(pk=other.pk).update(sealed=bytes(sealed))
    assert alice_client.delete(f"/api/v1/people/{other.uuid}").status_code == 204
    assert alice_client.get("/people/").status_code == 200
