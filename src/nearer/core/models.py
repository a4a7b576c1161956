"""The one base model for everything a person owns, and the one way private contents are stored.

Each record keeps what the person wrote as a single encrypted JSON payload ("sealed") instead of one
ciphertext per field: one decryption per record keeps lists fast, and the plaintext columns stay few
and obvious (see docs/security.md). The payload is bound to its table and row through the associated
data, so a ciphertext copied onto another row fails to decrypt instead of showing the wrong text.
"""

from __future__ import annotations

import uuid
from typing import Any, ClassVar, Self

from django.conf import settings
from django.db import models
from django.utils import timezone
from pydantic import AfterValidator, BaseModel, StringConstraints, ValidationError

from nearer.core.crypto import DecryptionFailed, decrypt, encrypt


class OwnedModel(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created = models.DateTimeField(default=timezone.now, editable=False)
    updated = models.DateTimeField(auto_now=True)
    sealed = models.BinaryField()

    # Subclasses name the pydantic model that describes their private contents.
    private_schema: ClassVar[type[BaseModel]]
    private: BaseModel

    class Meta:
        abstract = True

    def associated_data(self) -> bytes:
        return f"nearer:{self._meta.label_lower}:{self.uuid}:sealed".encode()

    def seal(self, data_key: bytes, private: BaseModel) -> None:
        """Encrypt the private contents into this row (the caller saves it)."""
        payload = private.model_dump_json().encode("utf-8")
        self.sealed = encrypt(data_key, payload, self.associated_data())
        self.private = private

    def unseal(self, data_key: bytes) -> Self:
        try:
            payload = decrypt(data_key, bytes(self.sealed), self.associated_data())
            self.private = self.private_schema.model_validate_json(payload)
        except ValidationError:
            raise DecryptionFailed("The stored record decrypted but is not in the expected shape.") from None
        return self

    @classmethod
    def unseal_all(cls, records: Any, data_key: bytes) -> list[Self]:
        return [record.unseal(data_key) for record in records]


def _without_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value


# Free text as the forms accept it: trimmed, and without NUL characters.
NoNul = AfterValidator(_without_nul)
Trimmed = StringConstraints(strip_whitespace=True)
