from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from django.db import models
from pydantic import BaseModel, StringConstraints

from nearer.core.models import NoNul, OwnedModel, Trimmed

NAME_MAX = 80
NOTE_MAX = 2000
PersonName = Annotated[str, Trimmed, StringConstraints(min_length=1, max_length=NAME_MAX), NoNul]
PersonNote = Annotated[str, Trimmed, StringConstraints(max_length=NOTE_MAX), NoNul]
RelationshipKind = Literal["partner", "parent", "sibling", "child", "friend", "colleague", "other"]


class PersonPrivate(BaseModel):
    name: PersonName
    relationship: RelationshipKind
    note: PersonNote = ""


class Person(OwnedModel):
    """Someone in the person's circle. Archived people stay linked to old records but leave the lists."""

    archived = models.BooleanField(default=False)

    private_schema = PersonPrivate
    private: PersonPrivate

    class Meta:
        indexes: ClassVar = [models.Index(fields=["owner", "archived"])]


def people_for(owner_id: int, data_key: bytes, *, include_archived: bool = False) -> list[Person]:
    """The circle, decrypted and sorted by name: what other apps call to offer a choice of person."""
    records = Person.objects.filter(owner_id=owner_id)
    if not include_archived:
        records = records.filter(archived=False)
    people = Person.unseal_all(records, data_key)
    return sorted(people, key=lambda p: (p.archived, p.private.name.casefold()))
