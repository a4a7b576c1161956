from __future__ import annotations

from typing import Any

from django import forms

from nearer.core.forms import Form
from nearer.safety.models import ITEM_MAX, ITEMS_MAX, SECTIONS


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class SafetyPlanForm(Form):
    """One box per section, one item per line: works the same with a keyboard, a phone or a screen reader."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for key, title, help_text in SECTIONS:
            self.fields[key] = forms.CharField(
                label=title,
                help_text=help_text + " One per line.",
                required=False,
                max_length=ITEMS_MAX * (ITEM_MAX + 2),
                widget=forms.Textarea(attrs={"rows": 4}),
            )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        for key, _, _ in SECTIONS:
            if key not in cleaned:
                continue
            items = lines_of(cleaned[key])
            if len(items) > ITEMS_MAX:
                self.add_error(key, f"Please keep this to {ITEMS_MAX} lines or fewer (there are {len(items)}).")
            too_long = [i + 1 for i, item in enumerate(items) if len(item) > ITEM_MAX]
            if too_long:
                self.add_error(
                    key,
                    f"Line {', '.join(map(str, too_long))} is longer than {ITEM_MAX} characters; please shorten it.",
                )
            cleaned[key] = items
        return cleaned
