from typing import Any

from django.conf import settings
from django.http import HttpRequest


def shell(request: HttpRequest) -> dict[str, Any]:
    """What the page shell needs: whether to show navigation, and when the page should lock itself."""
    user = request.user
    unlocked = user.is_authenticated and getattr(request, "data_key", None) is not None
    match = request.resolver_match
    return {
        "nav_section": (match.namespace or match.url_name) if match else "",
        "hosted": settings.HOSTED,
        "unlocked": unlocked,
        "signed_in": user.is_authenticated,
        "lock_after_seconds": user.lock_after_minutes * 60 if unlocked else 0,  # type: ignore[union-attr]
    }
