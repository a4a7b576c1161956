"""The one way to fetch a record a person owns. Anything else, including a malformed id, is a 404."""

import uuid
from typing import TypeVar

from django.http import Http404

from nearer.core.http import UnlockedRequest
from nearer.core.models import OwnedModel

Owned = TypeVar("Owned", bound=OwnedModel)


def parse_uuid(value: object) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise Http404("No such record.") from None


def get_owned_or_404(request: UnlockedRequest, model: type[Owned], record_id: object, *, decrypt: bool = True) -> Owned:
    """The requester's record with this public id, decrypted; 404 for anyone else's or none at all.

    decrypt=False is for deleting: a record whose ciphertext was damaged can still be removed.
    """
    try:
        record = model._default_manager.get(uuid=parse_uuid(record_id), owner=request.user)
    except model.DoesNotExist:
        raise Http404("No such record.") from None
    return record.unseal(request.data_key) if decrypt else record
