from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render

from nearer.core.decorators import unlocked_required
from nearer.core.http import NearerRequest, UnlockedRequest
from nearer.core.vocabularies import COUNTRIES
from nearer.safety.crisis_lines import ELSEWHERE_EMERGENCY, FIND_A_HELPLINE, lines_in_order
from nearer.safety.forms import SafetyPlanForm
from nearer.safety.models import SECTIONS, SafetyPlanPrivate, safety_plan_for, save_safety_plan


def help_now(request: NearerRequest) -> HttpResponse:
    """Crisis lines for everyone, signed in or not; the person's own plan below when it can be opened."""
    country = request.GET.get("country", "")
    if not country and request.user.is_authenticated:
        country = request.user.country
    plan = None
    if request.user.is_authenticated and request.data_key is not None:
        plan = safety_plan_for(request.user.pk, request.data_key)
    sections = [(title, getattr(plan.private, key)) for key, title, _ in SECTIONS] if plan else []
    return render(
        request,
        "safety/help.html",
        {
            "countries": lines_in_order(country),
            "country": country,
            "country_choices": COUNTRIES,
            "elsewhere_emergency": ELSEWHERE_EMERGENCY,
            "find_a_helpline": FIND_A_HELPLINE,
            "plan": plan,
            "sections": sections,
        },
    )


@unlocked_required
def plan_edit(request: UnlockedRequest) -> HttpResponse:
    plan = safety_plan_for(request.user.pk, request.data_key)
    initial = {key: "\n".join(getattr(plan.private, key)) for key, _, _ in SECTIONS}
    form = SafetyPlanForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        private = SafetyPlanPrivate(**{key: form.cleaned_data[key] for key, _, _ in SECTIONS})
        save_safety_plan(request.user.pk, request.data_key, private)
        messages.success(request, "Your safety plan is saved. It is always one click away, under “Need help now”.")
        return redirect("safety:help")
    return render(request, "safety/plan_edit.html", {"form": form})
