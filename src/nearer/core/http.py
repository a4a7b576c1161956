"""Typed requests, so views say what they may rely on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails

if TYPE_CHECKING:
    from nearer.accounts.models import Account


class NearerRequest(HttpRequest):
    htmx: HtmxDetails
    # Set by the data_key middleware when a signed-in person's session is unlocked.
    data_key: bytes | None


class UnlockedRequest(NearerRequest):
    """A request from a signed-in person whose data key is open for this request."""

    user: Account
    data_key: bytes
