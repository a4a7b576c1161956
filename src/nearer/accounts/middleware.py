from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from nearer.accounts.models import Account

# Pages that make sense before anyone has set Nearer up.
FIRST_RUN_OPEN_PREFIXES = ("/welcome/", "/static/", "/help/", "/api/", "/favicon")


def first_run(get_response: Callable[[HttpRequest], HttpResponse]) -> Callable[[HttpRequest], HttpResponse]:
    """In local mode, until the one account exists, every page leads to the welcome page."""

    def middleware(request: HttpRequest) -> HttpResponse:
        if (
            not settings.HOSTED
            and not request.user.is_authenticated
            and not request.path.startswith(FIRST_RUN_OPEN_PREFIXES)
            and not Account.objects.exists()
        ):
            return redirect("accounts:welcome")
        return get_response(request)

    return middleware
