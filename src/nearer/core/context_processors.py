from typing import Any

from django.conf import settings
from django.http import HttpRequest

# Account pages that belong under "Settings" in the navigation (others, like sign-in, belong nowhere).
SETTINGS_PAGES = {"preferences", "change_passphrase", "new_recovery_code", "delete_account"}


def _nav_section(request: HttpRequest) -> str:
    match = request.resolver_match
    if match is None:
        return ""
    if match.namespace == "accounts":
        return "settings" if match.url_name in SETTINGS_PAGES else ""
    return match.namespace or match.url_name or ""


def shell(request: HttpRequest) -> dict[str, Any]:
    """What the page shell needs: whether to show navigation, and when the page should lock itself."""
    user = request.user
    unlocked = user.is_authenticated and getattr(request, "data_key", None) is not None
    return {
        "nav_section": _nav_section(request),
        "hosted": settings.HOSTED,
        "unlocked": unlocked,
        "signed_in": user.is_authenticated,
        "lock_after_seconds": user.lock_after_minutes * 60 if unlocked else 0,  # type: ignore[union-attr]
    }
