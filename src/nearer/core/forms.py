from typing import Any

from django import forms


class Form(forms.Form):
    """Nearer's base form: labels are whole phrases or questions, so no colon is added after them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
