from __future__ import annotations

from typing import Literal

from django.db import transaction
from ninja import Router, Schema

from nearer.accounts.models import DisplayName, Profile, ProfilePrivate
from nearer.core.http import UnlockedRequest

router = Router()
CountryCode = Literal["", "US", "CA", "GB", "IE", "AU", "NZ", "OTHER"]
LockMinutes = Literal[5, 15, 30, 60, 240]


class PreferencesOut(Schema):
    display_name: str
    country: CountryCode
    lock_after_minutes: LockMinutes


class PreferencesPatch(Schema):
    display_name: DisplayName | None = None
    country: CountryCode | None = None
    lock_after_minutes: LockMinutes | None = None


def _out(request: UnlockedRequest, profile: Profile) -> PreferencesOut:
    account = request.user
    return PreferencesOut(
        display_name=profile.private.display_name,
        country=account.country,  # type: ignore[arg-type]
        lock_after_minutes=account.lock_after_minutes,  # type: ignore[arg-type]
    )


@router.get("/", response=PreferencesOut)
def get_preferences(request: UnlockedRequest) -> PreferencesOut:
    return _out(request, Profile.objects.get(owner=request.user).unseal(request.data_key))


@router.patch("/", response=PreferencesOut)
def update_preferences(request: UnlockedRequest, payload: PreferencesPatch) -> PreferencesOut:
    account = request.user
    profile = Profile.objects.get(owner=account).unseal(request.data_key)
    with transaction.atomic():
        if payload.country is not None:
            account.country = payload.country
        if payload.lock_after_minutes is not None:
            account.lock_after_minutes = payload.lock_after_minutes
        account.save(update_fields=["country", "lock_after_minutes"])
        if payload.display_name is not None:
            profile.seal(request.data_key, ProfilePrivate(display_name=payload.display_name))
            profile.save(update_fields=["sealed", "updated"])
    return _out(request, profile)
