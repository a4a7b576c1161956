"""/api/v1: everything the pages can do, for scripts, tests and future clients."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import ValidationError

from nearer.accounts.api import router as preferences_router
from nearer.api.auth import UnlockedSession
from nearer.core.crypto import DecryptionFailed
from nearer.people.api import router as people_router
from nearer.safety.api import router as safety_router

api = NinjaAPI(
    title="Nearer API",
    version="1",
    description="Session-authenticated (sign in through the web pages first); unsafe methods need the CSRF token "
    "in an X-CSRFToken header. Everything returned is decrypted for the signed-in person only.",
    auth=UnlockedSession(),
    urls_namespace="api",
)
api.add_router("/people", people_router, tags=["people"])
api.add_router("/preferences", preferences_router, tags=["preferences"])
api.add_router("/safety-plan", safety_router, tags=["safety plan"])


@api.exception_handler(ValidationError)
def validation_failed(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    """422 with one readable message per field, beside pydantic's full detail."""
    fields: dict[str, str] = {}
    for error in exc.errors:
        location = [str(part) for part in error.get("loc", ()) if part not in ("body", "payload", "query", "path")]
        fields.setdefault(".".join(location) or "request", str(error.get("msg", "is not valid")))
    return api.create_response(request, {"detail": "Some fields are not valid.", "fields": fields}, status=422)


@api.exception_handler(DecryptionFailed)
def decryption_failed(request: HttpRequest, exc: DecryptionFailed) -> HttpResponse:
    return api.create_response(
        request,
        {
            "detail": "A stored record could not be decrypted: it does not match its key or was changed. "
            "Nothing was written."
        },
        status=500,
    )


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, {"detail": "Not found."}, status=404)
