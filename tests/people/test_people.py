import pytest
from django.test import Client
from django.urls import reverse

from nearer.people.models import Person, PersonPrivate
from tests.conftest import TestAccount, page_text


@pytest.fixture
def jordan(alice: TestAccount) -> Person:
    person = Person(owner=alice.account)
    person.seal(alice.data_key, PersonPrivate(name="Jordan", relationship="partner", note="Met in spring"))
    person.save()
    return person


def test_it_lists_the_circle_by_name(alice: TestAccount, alice_client: Client) -> None:
    for name in ["zoe", "Ann", "mo"]:
        alice_client.post(reverse("people:add"), {"name": name, "relationship": "friend"})
    page = page_text(alice_client.get(reverse("people:list")))
    assert page.index(">Ann</a>") < page.index(">mo</a>") < page.index(">zoe</a>")


def test_it_invites_a_first_person_when_the_circle_is_empty(alice_client: Client) -> None:
    assert "No one here yet" in page_text(alice_client.get(reverse("people:list")))


def test_it_adds_a_person(alice: TestAccount, alice_client: Client) -> None:
    response = alice_client.post(
        reverse("people:add"), {"name": "Jordan", "relationship": "partner", "note": "Met in spring"}
    )
    assert response["Location"] == reverse("people:list")
    person = Person.objects.get(owner=alice.account).unseal(alice.data_key)
    assert person.private == PersonPrivate(name="Jordan", relationship="partner", note="Met in spring")
    assert "Jordan is in your circle" in page_text(alice_client.get(reverse("people:list")))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": "", "relationship": "friend"}, "This field is required"),
        ({"name": "x" * 81, "relationship": "friend"}, "at most 80 characters"),
        ({"name": "Jo", "relationship": "enemy"}, "Select a valid choice"),
        ({"name": "Jo", "relationship": "friend", "note": "n" * 2001}, "at most 2000 characters"),
    ],
)
def test_it_explains_bad_input_and_keeps_what_was_typed(
    alice: TestAccount, alice_client: Client, data: dict[str, str], message: str
) -> None:
    response = alice_client.post(reverse("people:add"), data)
    assert response.status_code == 200
    assert message in page_text(response)
    assert not Person.objects.filter(owner=alice.account).exists()


def test_it_shows_a_person(jordan: Person, alice_client: Client) -> None:
    page = page_text(alice_client.get(reverse("people:detail", args=[jordan.uuid])))
    assert "Jordan" in page and "Partner" in page and "Met in spring" in page


def test_it_edits_a_person(alice: TestAccount, jordan: Person, alice_client: Client) -> None:
    url = reverse("people:edit", args=[jordan.uuid])
    assert 'value="Jordan"' in alice_client.get(url).content.decode()
    response = alice_client.post(url, {"name": "Jordan B", "relationship": "friend", "note": ""})
    assert response["Location"] == reverse("people:detail", args=[jordan.uuid])
    person = Person.objects.get(pk=jordan.pk).unseal(alice.data_key)
    assert person.private == PersonPrivate(name="Jordan B", relationship="friend", note="")


def test_it_archives_and_brings_back(alice: TestAccount, jordan: Person, alice_client: Client) -> None:
    url = reverse("people:archive", args=[jordan.uuid])
    alice_client.post(url, {"archived": "1"})
    assert Person.objects.get(pk=jordan.pk).archived
    page = page_text(alice_client.get(reverse("people:list")))
    assert "Archived" in page and "Bring back" in page
    alice_client.post(url, {"archived": "0"})
    assert not Person.objects.get(pk=jordan.pk).archived


def test_it_archives_in_place_with_htmx(jordan: Person, alice_client: Client) -> None:
    response = alice_client.post(
        reverse("people:archive", args=[jordan.uuid]), {"archived": "1"}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    fragment = page_text(response)
    assert fragment.startswith('<li class="person-row archived"')
    assert "Bring back" in fragment
    assert 'role="status"' in fragment and "Jordan is archived" in fragment
    assert "<html" not in fragment


def test_it_only_archives_by_post(jordan: Person, alice_client: Client) -> None:
    assert alice_client.get(reverse("people:archive", args=[jordan.uuid])).status_code == 405


def test_it_deletes_a_person_after_asking(jordan: Person, alice_client: Client) -> None:
    url = reverse("people:delete", args=[jordan.uuid])
    assert "Delete Jordan?" in page_text(alice_client.get(url))
    assert Person.objects.filter(pk=jordan.pk).exists()
    response = alice_client.post(url)
    assert response["Location"] == reverse("people:list")
    assert not Person.objects.filter(pk=jordan.pk).exists()


@pytest.mark.parametrize("name", ["people:detail", "people:edit", "people:archive", "people:delete"])
def test_it_answers_404_to_someone_else(jordan: Person, charlie_client: Client, name: str) -> None:
    url = reverse(name, args=[jordan.uuid])
    assert charlie_client.get(url).status_code in (404, 405)
    assert charlie_client.post(url, {"name": "Hacked", "relationship": "friend", "archived": "1"}).status_code == 404
    person = Person.objects.get(pk=jordan.pk)
    assert not person.archived
    assert "Jordan" not in page_text(charlie_client.get(reverse("people:list")))


@pytest.mark.parametrize("bad_id", ["123", "not-a-uuid", "00000000-0000-0000-0000-000000000000", "%00", "' OR 1=1"])
def test_it_answers_404_to_malformed_or_unknown_ids(alice_client: Client, bad_id: str) -> None:
    assert alice_client.get(f"/people/{bad_id}/").status_code == 404


def test_it_needs_to_be_unlocked(jordan: Person, client: Client) -> None:
    for url in [reverse("people:list"), reverse("people:detail", args=[jordan.uuid])]:
        assert client.get(url)["Location"].startswith("/sign-in/")
