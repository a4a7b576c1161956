from __future__ import annotations

from datetime import datetime
from uuid import UUID

from django.http import HttpResponse
from ninja import Router, Schema, Status

from nearer.core.http import UnlockedRequest
from nearer.core.ownership import get_owned_or_404
from nearer.people.models import Person, PersonName, PersonNote, PersonPrivate, RelationshipKind, people_for

router = Router()


class PersonIn(Schema):
    name: PersonName
    relationship: RelationshipKind
    note: PersonNote = ""


class PersonPatch(Schema):
    name: PersonName | None = None
    relationship: RelationshipKind | None = None
    note: PersonNote | None = None
    archived: bool | None = None


class PersonOut(Schema):
    id: UUID
    name: str
    relationship: RelationshipKind
    note: str
    archived: bool
    created: datetime
    updated: datetime


def _out(person: Person) -> PersonOut:
    return PersonOut(
        id=person.uuid,
        archived=person.archived,
        created=person.created,
        updated=person.updated,
        **person.private.model_dump(),
    )


@router.get("/", response=list[PersonOut], summary="The circle, sorted by name")
def list_people(request: UnlockedRequest, include_archived: bool = False) -> list[PersonOut]:
    return [_out(p) for p in people_for(request.user.pk, request.data_key, include_archived=include_archived)]


@router.post("/", response={201: PersonOut}, summary="Add someone to the circle")
def add_person(request: UnlockedRequest, payload: PersonIn) -> Status[PersonOut]:
    person = Person(owner=request.user)
    person.seal(request.data_key, PersonPrivate(**payload.model_dump()))
    person.save()
    return Status(201, _out(person))


@router.get("/{person_id}", response=PersonOut)
def get_person(request: UnlockedRequest, person_id: str) -> PersonOut:
    return _out(get_owned_or_404(request, Person, person_id))


@router.patch("/{person_id}", response=PersonOut, summary="Change some fields, archive or bring back")
def update_person(request: UnlockedRequest, person_id: str, payload: PersonPatch) -> PersonOut:
    person = get_owned_or_404(request, Person, person_id)
    changes = payload.model_dump(exclude_unset=True, exclude_none=True)
    if "archived" in changes:
        person.archived = changes.pop("archived")
    person.seal(request.data_key, PersonPrivate(**{**person.private.model_dump(), **changes}))
    person.save(update_fields=["sealed", "archived", "updated"])
    return _out(person)


@router.delete("/{person_id}", response={204: None})
def delete_person(request: UnlockedRequest, person_id: str) -> HttpResponse:
    get_owned_or_404(request, Person, person_id, decrypt=False).delete()
    return HttpResponse(status=204)
