from __future__ import annotations

from typing import Annotated, ClassVar

from django.db import models, transaction
from pydantic import BaseModel, Field, StringConstraints

from nearer.core.models import NoNul, OwnedModel

ITEM_MAX = 300
ITEMS_MAX = 30

# The Stanley-Brown safety plan, in the order a person works through it in a hard moment.
SECTIONS: list[tuple[str, str, str]] = [
    (
        "warning_signs",
        "Signs that a hard time is starting",
        "Thoughts, feelings, situations or things you do that tell you things are getting harder.",
    ),
    (
        "coping_alone",
        "Things I can do on my own",
        "Small things that help you ride it out for a while: a walk, a shower, music, breathing slowly.",
    ),
    (
        "distractions",
        "People and places that take my mind off it",
        "A friend to be around without talking about it, a café, a park, a library.",
    ),
    (
        "people_to_ask",
        "People I can ask for help",
        "People you could tell that you are struggling, with a number if you like.",
    ),
    (
        "professionals",
        "Professionals and services I can contact",
        "Your doctor, therapist or a local service, with how to reach them. Crisis lines are listed above.",
    ),
    (
        "safe_surroundings",
        "Making where I am safer",
        "What you could move away, lock up or hand to someone while things are hard.",
    ),
    (
        "reasons_for_living",
        "What matters to me",
        "People, animals, plans, hopes: the things worth staying for.",
    ),
]
SECTION_KEYS = [key for key, _, _ in SECTIONS]

PlanItem = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=ITEM_MAX), NoNul]


class SafetyPlanPrivate(BaseModel):
    warning_signs: list[PlanItem] = Field(default_factory=list, max_length=ITEMS_MAX)
    coping_alone: list[PlanItem] = Field(default_factory=list, max_length=ITEMS_MAX)
    distractions: list[PlanItem] = Field(default_factory=list, max_length=ITEMS_MAX)
    people_to_ask: list[PlanItem] = Field(default_factory=list, max_length=ITEMS_MAX)
    professionals: list[PlanItem] = Field(default_factory=list, max_length=ITEMS_MAX)
    safe_surroundings: list[PlanItem] = Field(default_factory=list, max_length=ITEMS_MAX)
    reasons_for_living: list[PlanItem] = Field(default_factory=list, max_length=ITEMS_MAX)

    def is_empty(self) -> bool:
        return not any(getattr(self, key) for key in SECTION_KEYS)


class SafetyPlan(OwnedModel):
    private_schema = SafetyPlanPrivate
    private: SafetyPlanPrivate

    class Meta:
        constraints: ClassVar = [models.UniqueConstraint(fields=["owner"], name="one_safety_plan_per_account")]


def safety_plan_for(owner_id: int, data_key: bytes) -> SafetyPlan:
    """The person's plan, decrypted; an empty, unsaved one if they have not written it yet."""
    plan = SafetyPlan.objects.filter(owner_id=owner_id).first()
    if plan is None:
        plan = SafetyPlan(owner_id=owner_id)
        plan.private = SafetyPlanPrivate()
        return plan
    return plan.unseal(data_key)


def save_safety_plan(owner_id: int, data_key: bytes, private: SafetyPlanPrivate) -> SafetyPlan:
    """Create or replace the person's plan; two first saves at once (a double click) make one plan."""
    with transaction.atomic():
        plan, _ = SafetyPlan.objects.select_for_update().get_or_create(owner_id=owner_id, defaults={"sealed": b""})
        plan.seal(data_key, private)
        plan.save(update_fields=["sealed", "updated"])
    return plan
