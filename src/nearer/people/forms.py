from django import forms

from nearer.core.forms import Form
from nearer.core.vocabularies import RELATIONSHIP_KINDS
from nearer.people.models import NAME_MAX, NOTE_MAX


class PersonForm(Form):
    name = forms.CharField(
        label="Name",
        max_length=NAME_MAX,
        help_text="However you think of them: a first name, a nickname, “Mum”.",
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    relationship = forms.ChoiceField(label="Who they are to you", choices=RELATIONSHIP_KINDS)
    note = forms.CharField(
        label="A note (optional)",
        max_length=NOTE_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Anything you want to remember about them or about how things are between you.",
    )
