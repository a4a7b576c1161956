"""How a signed-in person's data key is usable by the server without being readable from its files.

On unlock, the data key is encrypted under a fresh random "cookie key" that only the person's browser
holds (an HttpOnly cookie). The session row keeps just the encrypted data key. A copy of the database,
or of the server's files, therefore holds nothing that opens a person's data; the cookie alone opens
nothing without the session row. Locking or signing out forgets the session's copy.
"""

from __future__ import annotations

import base64
import os
import time

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from nearer.core.crypto import KEY_BYTES, DecryptionFailed, decrypt, encrypt

SESSION_WRAPPED_KEY = "nearer_wrapped_data_key"
SESSION_LAST_SEEN = "nearer_last_seen"
SESSION_PENDING_CODE = "nearer_pending_recovery_code"
# Writing the session on every request would cost a write per page; a minute of slack is harmless.
LAST_SEEN_RESOLUTION_SECONDS = 60


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text.encode("ascii"))


def _cookie_key(request: HttpRequest) -> bytes | None:
    raw = request.COOKIES.get(settings.DATA_KEY_COOKIE_NAME, "")
    try:
        key = _unb64(raw)
    except (ValueError, UnicodeEncodeError):
        return None
    return key if len(key) == KEY_BYTES else None


def _associated_data(request: HttpRequest, purpose: str) -> bytes:
    return f"nearer session:{purpose}:{request.user.pk}".encode()


def remember_data_key(request: HttpRequest, data_key: bytes) -> None:
    """Keep the data key usable for this session (call after login(), which changes the session)."""
    cookie_key = os.urandom(KEY_BYTES)
    request.session[SESSION_WRAPPED_KEY] = _b64(encrypt(cookie_key, data_key, _associated_data(request, "data key")))
    request.session[SESSION_LAST_SEEN] = int(time.time())
    request.nearer_set_cookie_key = cookie_key  # type: ignore[attr-defined]
    request.data_key = data_key  # type: ignore[attr-defined]


def forget_data_key(request: HttpRequest) -> None:
    request.session.pop(SESSION_WRAPPED_KEY, None)
    request.session.pop(SESSION_PENDING_CODE, None)
    request.nearer_delete_cookie_key = True  # type: ignore[attr-defined]
    request.data_key = None  # type: ignore[attr-defined]


def session_data_key(request: HttpRequest) -> bytes | None:
    wrapped = request.session.get(SESSION_WRAPPED_KEY)
    cookie_key = _cookie_key(request)
    if not wrapped or cookie_key is None:
        return None
    try:
        return decrypt(cookie_key, _unb64(wrapped), _associated_data(request, "data key"))
    except (DecryptionFailed, ValueError):
        return None


def seconds_since_last_seen(request: HttpRequest) -> float:
    return time.time() - float(request.session.get(SESSION_LAST_SEEN, 0))


def mark_seen(request: HttpRequest, *, force: bool = False) -> None:
    if force or seconds_since_last_seen(request) >= LAST_SEEN_RESOLUTION_SECONDS:
        request.session[SESSION_LAST_SEEN] = int(time.time())


def apply_cookie_changes(request: HttpRequest, response: HttpResponse) -> None:
    new_key = getattr(request, "nearer_set_cookie_key", None)
    if new_key is not None:
        response.set_cookie(
            settings.DATA_KEY_COOKIE_NAME,
            _b64(new_key),
            max_age=settings.SESSION_COOKIE_AGE,
            httponly=True,
            secure=settings.SESSION_COOKIE_SECURE,
            samesite="Lax",
        )
    elif getattr(request, "nearer_delete_cookie_key", False):
        response.delete_cookie(settings.DATA_KEY_COOKIE_NAME, samesite="Lax")


def hold_recovery_code(request: HttpRequest, code: str) -> None:
    """Keep a just-made recovery code for the one page that shows it, encrypted like the data key."""
    cookie_key = getattr(request, "nearer_set_cookie_key", None) or _cookie_key(request)
    if cookie_key is None:
        raise RuntimeError("hold_recovery_code needs an unlocked session")
    request.session[SESSION_PENDING_CODE] = _b64(
        encrypt(cookie_key, code.encode("ascii"), _associated_data(request, "recovery code"))
    )


def pending_recovery_code(request: HttpRequest) -> str | None:
    held = request.session.get(SESSION_PENDING_CODE)
    cookie_key = _cookie_key(request)
    if not held or cookie_key is None:
        return None
    try:
        return decrypt(cookie_key, _unb64(held), _associated_data(request, "recovery code")).decode("ascii")
    except (DecryptionFailed, ValueError):
        return None


def release_recovery_code(request: HttpRequest) -> None:
    request.session.pop(SESSION_PENDING_CODE, None)
