"""Request plumbing: the strict Content-Security-Policy, the data key and inactivity lock, and a clear
page when stored data fails to decrypt."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from nearer.core import session_keys
from nearer.core.crypto import DecryptionFailed

logger = logging.getLogger(__name__)

Handler = Callable[[HttpRequest], HttpResponse]

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
# The API docs page (Swagger UI, served from our own static files) sets inline styles from JavaScript.
API_DOCS_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")


def content_security_policy(get_response: Handler) -> Handler:
    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        policy = API_DOCS_POLICY if request.path.startswith("/api/v1/docs") else CONTENT_SECURITY_POLICY
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
        # Pages are never stored by the browser: after locking or signing out, Back must not show
        # private pages from the cache, nor a recovery code that was already shown. (Static files
        # come with their own Cache-Control from WhiteNoise.)
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    return middleware


def data_key(get_response: Handler) -> Handler:
    """Open the signed-in person's data key for this request, or lock after too long without activity."""

    def middleware(request: HttpRequest) -> HttpResponse:
        request.data_key = None  # type: ignore[attr-defined]
        user = request.user
        if user.is_authenticated and session_keys.SESSION_WRAPPED_KEY in request.session:
            lock_after_seconds = user.lock_after_minutes * 60
            if session_keys.seconds_since_last_seen(request) > lock_after_seconds:
                session_keys.forget_data_key(request)
            else:
                key = session_keys.session_data_key(request)
                if key is None:
                    # The cookie is missing or does not match: behave as locked, never as an error.
                    session_keys.forget_data_key(request)
                else:
                    request.data_key = key  # type: ignore[attr-defined]
                    session_keys.mark_seen(request)
        response = get_response(request)
        session_keys.apply_cookie_changes(request, response)
        return response

    return middleware


class DecryptionFailureMiddleware:
    """A record that does not decrypt stops the request with a clear page; nothing is written after it."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, DecryptionFailed):
            return None
        logger.error("Decryption failed for %s: %s", request.path, exception)
        return render(request, "core/decryption_failed.html", status=500)


decryption_failure = DecryptionFailureMiddleware
