from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from nearer.accounts.models import Profile
from nearer.core.decorators import unlocked_required
from nearer.core.http import UnlockedRequest
from nearer.people.models import Person
from nearer.safety.models import SafetyPlan


@unlocked_required
def today(request: UnlockedRequest) -> HttpResponse:
    profile = Profile.objects.get(owner=request.user).unseal(request.data_key)
    has_people = Person.objects.filter(owner=request.user, archived=False).exists()
    has_plan = SafetyPlan.objects.filter(owner=request.user).exists()
    return render(
        request,
        "core/today.html",
        {
            "display_name": profile.private.display_name,
            "has_people": has_people,
            "has_plan": has_plan,
            "has_country": bool(request.user.country),
        },
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(request, "core/csrf_failure.html", status=403)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "core/error.html", {"title": "Not found", "status": 404}, status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "core/error.html", {"title": "Something went wrong", "status": 500}, status=500)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "core/error.html", {"title": "That request did not make sense", "status": 400}, status=400)


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "core/error.html", {"title": "Not allowed", "status": 403}, status=403)
