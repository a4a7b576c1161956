"""Access decorators: every page that shows a person's data is behind unlocked_required."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django_htmx.http import HttpResponseClientRedirect

View = Callable[..., HttpResponse]


def _go(request: HttpRequest, url_name: str) -> HttpResponse:
    url = reverse(url_name) + "?" + urlencode({"next": request.get_full_path()})
    if getattr(request, "htmx", False):
        return HttpResponseClientRedirect(url)
    return redirect(url)


def unlocked_required(view: View) -> View:
    """Signed in and unlocked; otherwise off to sign in, or to unlock, and back afterwards."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return _go(request, "accounts:sign_in")
        if getattr(request, "data_key", None) is None:
            return _go(request, "accounts:unlock")
        return view(request, *args, **kwargs)

    return wrapper


def signed_in_required(view: View) -> View:
    """Signed in, locked or not (the unlock page itself)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return _go(request, "accounts:sign_in")
        return view(request, *args, **kwargs)

    return wrapper
