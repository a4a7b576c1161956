from __future__ import annotations

from ninja import Router, Schema

from nearer.core.http import UnlockedRequest
from nearer.safety.crisis_lines import CRISIS_LINES
from nearer.safety.models import SafetyPlanPrivate, safety_plan_for, save_safety_plan

router = Router()


class CrisisLineOut(Schema):
    name: str
    description: str
    call: str
    text: str


class CountryLinesOut(Schema):
    country: str
    name: str
    emergency: str
    lines: list[CrisisLineOut]


@router.get("/", response=SafetyPlanPrivate, summary="The safety plan: seven lists, in Stanley-Brown order")
def get_plan(request: UnlockedRequest) -> SafetyPlanPrivate:
    return safety_plan_for(request.user.pk, request.data_key).private


@router.put("/", response=SafetyPlanPrivate, summary="Replace the safety plan")
def put_plan(request: UnlockedRequest, payload: SafetyPlanPrivate) -> SafetyPlanPrivate:
    return save_safety_plan(request.user.pk, request.data_key, payload).private


@router.get("/crisis-lines", response=list[CountryLinesOut], auth=None, summary="Crisis lines (no sign-in needed)")
def crisis_lines(request: UnlockedRequest) -> list[CountryLinesOut]:
    return [
        CountryLinesOut(
            country=c.code,
            name=c.name,
            emergency=c.emergency,
            lines=[CrisisLineOut(name=x.name, description=x.description, call=x.call, text=x.text) for x in c.lines],
        )
        for c in CRISIS_LINES.values()
    ]
