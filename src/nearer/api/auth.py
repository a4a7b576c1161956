from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import SessionAuth


class UnlockedSession(SessionAuth):
    """The browser session, with CSRF, and only while Nearer is unlocked (the data key is needed)."""

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        if request.user.is_authenticated and getattr(request, "data_key", None) is not None:
            return request.user
        return None
