"""Sign-in checks a passphrase by unwrapping the data key: no separate password hash exists to attack."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from nearer.accounts.actions import (
    WrongSecret,
    current_argon2_parameters,
    open_with_passphrase,
    spend_time_like_a_passphrase_check,
    upgrade_passphrase_wrapping,
)
from nearer.accounts.models import Account


class PassphraseBackend:
    def authenticate(
        self, request: HttpRequest | None, username: str | None = None, password: str | None = None, **kwargs: Any
    ) -> Account | None:
        if not username or not password:
            return None
        try:
            account = Account.objects.get(username=username, is_active=True)
        except Account.DoesNotExist:
            # Spend the same time as a real check, so response times do not reveal which names exist.
            spend_time_like_a_passphrase_check(password)
            return None
        try:
            data_key = open_with_passphrase(account, password)
        except WrongSecret:
            return None
        if account.argon2_parameters != current_argon2_parameters():
            # Made with other (older) Argon2 parameters: re-wrap under today's while the passphrase is at hand.
            upgrade_passphrase_wrapping(account, data_key, password)
        if request is not None:
            # Handed to the view that called authenticate(), which keeps it in the session.
            request.nearer_opened_data_key = data_key  # type: ignore[attr-defined]
        return account

    def get_user(self, user_id: int) -> Account | None:
        return Account.objects.filter(pk=user_id, is_active=True).first()
