"""Accounts hold key material and settings, never anything a person wrote in the clear."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, ClassVar

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.sessions.base_session import AbstractBaseSession
from django.db import models
from django.utils import timezone
from pydantic import BaseModel, StringConstraints

from nearer.core.crypto import Argon2Parameters
from nearer.core.models import NoNul, OwnedModel, Trimmed

DISPLAY_NAME_MAX = 60
USERNAME_MAX = 40
# In local mode there is exactly one account; it still needs a sign-in name internally.
LOCAL_USERNAME = "me"
LOCK_CHOICES = [(5, "5 minutes"), (15, "15 minutes"), (30, "30 minutes"), (60, "1 hour"), (240, "4 hours")]


class AccountManager(BaseUserManager["Account"]):
    def get_by_natural_key(self, username: str | None) -> Account:
        return self.get(username=username)


class Account(AbstractBaseUser):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    username = models.CharField(max_length=USERNAME_MAX, unique=True)
    created = models.DateTimeField(default=timezone.now, editable=False)
    is_active = models.BooleanField(default=True)

    # The data key, wrapped twice. Neither wrapping opens without the passphrase or the recovery code.
    passphrase_salt = models.BinaryField()
    passphrase_params = models.JSONField()
    key_wrapped_by_passphrase = models.BinaryField()
    recovery_salt = models.BinaryField()
    key_wrapped_by_recovery = models.BinaryField()

    # Preferences: settings, not writing, so they stay readable (listed in docs/security.md).
    country = models.CharField(max_length=8, default="", blank=True)
    lock_after_minutes = models.PositiveSmallIntegerField(default=settings.DEFAULT_LOCK_MINUTES)

    USERNAME_FIELD = "username"
    REQUIRED_FIELDS: ClassVar[list[str]] = []
    objects = AccountManager()

    def __str__(self) -> str:
        return f"account {self.uuid}"

    @property
    def argon2_parameters(self) -> Argon2Parameters:
        params: dict[str, Any] = self.passphrase_params
        return Argon2Parameters(params["time_cost"], params["memory_cost_kib"], params["parallelism"])


DisplayName = Annotated[str, Trimmed, StringConstraints(min_length=1, max_length=DISPLAY_NAME_MAX), NoNul]


class ProfilePrivate(BaseModel):
    display_name: DisplayName


class Profile(OwnedModel):
    """What the person calls themselves, encrypted like everything else they write."""

    private_schema = ProfilePrivate
    private: ProfilePrivate

    class Meta:
        constraints: ClassVar = [models.UniqueConstraint(fields=["owner"], name="one_profile_per_account")]


class Invite(models.Model):
    """An invitation code for invite-only hosted sign-up; only a hash of the code is stored."""

    code_hash = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(default=timezone.now)
    used = models.DateTimeField(null=True, blank=True)


class AccountSession(AbstractBaseSession):
    """Django's database session with an owner, so deleting an account deletes its sessions too."""

    account = models.ForeignKey(Account, null=True, on_delete=models.CASCADE, db_index=True)

    @classmethod
    def get_session_store_class(cls) -> type:
        from nearer.accounts.session_store import SessionStore

        return SessionStore
