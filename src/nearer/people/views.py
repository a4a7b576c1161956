from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from nearer.core.crypto import DecryptionFailed
from nearer.core.decorators import unlocked_required
from nearer.core.http import UnlockedRequest
from nearer.core.ownership import get_owned_or_404
from nearer.people.forms import PersonForm
from nearer.people.models import Person, PersonPrivate, people_for


@unlocked_required
def person_list(request: UnlockedRequest) -> HttpResponse:
    people = people_for(request.user.pk, request.data_key, include_archived=True)
    active = [p for p in people if not p.archived]
    archived = [p for p in people if p.archived]
    return render(request, "people/list.html", {"active": active, "archived": archived})


@unlocked_required
def person_add(request: UnlockedRequest) -> HttpResponse:
    form = PersonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        person = Person(owner=request.user)
        person.seal(request.data_key, PersonPrivate(**form.cleaned_data))
        person.save()
        messages.success(request, f"{person.private.name} is in your circle.")
        return redirect("people:list")
    return render(request, "people/form.html", {"form": form, "person": None})


@unlocked_required
def person_detail(request: UnlockedRequest, person_id: str) -> HttpResponse:
    person = get_owned_or_404(request, Person, person_id)
    return render(request, "people/detail.html", {"person": person})


@unlocked_required
def person_edit(request: UnlockedRequest, person_id: str) -> HttpResponse:
    person = get_owned_or_404(request, Person, person_id)
    form = PersonForm(request.POST or None, initial=person.private.model_dump())
    if request.method == "POST" and form.is_valid():
        person.seal(request.data_key, PersonPrivate(**form.cleaned_data))
        person.save(update_fields=["sealed", "updated"])
        messages.success(request, "Saved.")
        return redirect("people:detail", person_id=person.uuid)
    return render(request, "people/form.html", {"form": form, "person": person})


@require_POST
@unlocked_required
def person_archive(request: UnlockedRequest, person_id: str) -> HttpResponse:
    """Archive or bring back: the row moves between the two lists (in place with htmx)."""
    person = get_owned_or_404(request, Person, person_id)
    person.archived = request.POST.get("archived") == "1"
    person.save(update_fields=["archived", "updated"])
    if request.htmx:
        return render(request, "people/list.html#person-row", {"person": person, "just_changed": True})
    if person.archived:
        messages.info(request, f"{person.private.name} is archived. You can bring them back at any time.")
    else:
        messages.success(request, f"{person.private.name} is back in your circle.")
    return redirect("people:list")


@unlocked_required
def person_delete(request: UnlockedRequest, person_id: str) -> HttpResponse:
    # Fetched without decrypting, so even a damaged record can be deleted.
    person = get_owned_or_404(request, Person, person_id, decrypt=False)
    try:
        name = person.unseal(request.data_key).private.name
    except DecryptionFailed:
        name = ""
    if request.method == "POST":
        person.delete()
        messages.info(request, f"{name} is deleted from Nearer." if name else "The damaged record is deleted.")
        return redirect("people:list")
    return render(request, "people/delete.html", {"person": person, "name": name})
