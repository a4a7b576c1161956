from __future__ import annotations

import re
from typing import Any

from django import forms
from django.conf import settings

from nearer.accounts.models import DISPLAY_NAME_MAX, LOCK_CHOICES, USERNAME_MAX, Account
from nearer.core.forms import Form
from nearer.core.vocabularies import COUNTRIES

PASSPHRASE_MAX = 1024
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,39}$")


def passphrase_field(label: str, *, new: bool) -> forms.CharField:
    return forms.CharField(
        label=label,
        min_length=settings.PASSPHRASE_MIN_LENGTH if new else 1,
        max_length=PASSPHRASE_MAX,
        strip=False,
        widget=forms.PasswordInput(
            attrs={"autocomplete": "new-password" if new else "current-password", "spellcheck": "false"}
        ),
        error_messages={
            "min_length": f"Please use at least {settings.PASSPHRASE_MIN_LENGTH} characters. "
            "A few unrelated words work well.",
            "required": "Please enter your passphrase.",
        },
    )


class NewPassphraseMixin(Form):
    passphrase = passphrase_field("Passphrase", new=True)
    passphrase.help_text = (
        f"At least {settings.PASSPHRASE_MIN_LENGTH} characters. Four or more unrelated words are strong "
        "and easy to remember, like “kettle orbit violet Tuesday”."
    )
    passphrase.widget.attrs["data-strength-hint"] = "true"
    passphrase_again = passphrase_field("The same passphrase again", new=True)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        first, second = cleaned.get("passphrase"), cleaned.get("passphrase_again")
        if first and second and first != second:
            self.add_error("passphrase_again", "The two passphrases are different. Please type them again.")
        return cleaned


def clean_username(value: str) -> str:
    username = value.strip().lower()
    if not USERNAME_PATTERN.match(username):
        raise forms.ValidationError(
            "Use 3 to 40 letters, digits, dots, dashes or underscores, starting with a letter or digit."
        )
    return username


class SetupForm(NewPassphraseMixin):
    display_name = forms.CharField(
        label="What should Nearer call you?",
        max_length=DISPLAY_NAME_MAX,
        help_text="A first name or a nickname. Only you will see it.",
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    field_order = ["display_name", "passphrase", "passphrase_again"]


class SignUpForm(SetupForm):
    username = forms.CharField(
        label="Sign-in name",
        max_length=USERNAME_MAX,
        help_text="You type this to sign in. It is the one thing about you the server can read.",
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"}),
    )
    invite_code = forms.CharField(label="Invitation code", max_length=100, required=False)
    field_order = ["username", "display_name", "passphrase", "passphrase_again", "invite_code"]

    def __init__(self, *args: Any, needs_invite: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if needs_invite:
            self.fields["invite_code"].required = True
        else:
            del self.fields["invite_code"]

    def clean_username(self) -> str:
        username = clean_username(self.cleaned_data["username"])
        if Account.objects.filter(username=username).exists():
            raise forms.ValidationError("That sign-in name is taken. Please choose another.")
        return username


class SignInForm(Form):
    username = forms.CharField(
        label="Sign-in name",
        max_length=USERNAME_MAX,
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"}),
    )
    passphrase = passphrase_field("Passphrase", new=False)

    def clean_username(self) -> str:
        return str(self.cleaned_data["username"]).strip().lower()


class UnlockForm(Form):
    passphrase = passphrase_field("Passphrase", new=False)


class RecoverForm(NewPassphraseMixin):
    username = forms.CharField(
        label="Sign-in name",
        max_length=USERNAME_MAX,
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"}),
    )
    recovery_code = forms.CharField(
        label="Recovery code",
        max_length=100,
        help_text="The code you saved when you set up Nearer, like ABCDE-12345-…",
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )
    field_order = ["username", "recovery_code", "passphrase", "passphrase_again"]

    def __init__(self, *args: Any, hosted: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["passphrase"].label = "New passphrase"
        self.fields["passphrase_again"].label = "The new passphrase again"
        if not hosted:
            del self.fields["username"]

    def clean_username(self) -> str:
        return str(self.cleaned_data["username"]).strip().lower()


class ChangePassphraseForm(NewPassphraseMixin):
    current_passphrase = passphrase_field("Current passphrase", new=False)
    field_order = ["current_passphrase", "passphrase", "passphrase_again"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["passphrase"].label = "New passphrase"
        self.fields["passphrase_again"].label = "The new passphrase again"


class PreferencesForm(Form):
    display_name = forms.CharField(label="What Nearer calls you", max_length=DISPLAY_NAME_MAX)
    country = forms.ChoiceField(
        label="Where you live",
        choices=[("", "Choose a country")] + COUNTRIES,
        required=False,
        help_text="So “Need help now” shows the crisis lines you can call.",
    )
    lock_after_minutes = forms.TypedChoiceField(
        label="Lock Nearer after I have been away for",
        choices=LOCK_CHOICES,
        coerce=int,
    )


class ConfirmWithPassphraseForm(Form):
    passphrase = passphrase_field("Your passphrase", new=False)


class DeleteAccountForm(ConfirmWithPassphraseForm):
    understood = forms.BooleanField(
        label="I understand that everything I have written in Nearer will be deleted and cannot be brought back.",
        error_messages={"required": "Please tick the box to confirm."},
    )
