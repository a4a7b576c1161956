"""Database sessions tied to their account (SESSION_ENGINE points here)."""

from typing import Any

from django.contrib.sessions.backends.db import SessionStore as DBStore


class SessionStore(DBStore):
    @classmethod
    def get_model_class(cls) -> Any:
        from nearer.accounts.models import AccountSession

        return AccountSession

    def create_model_instance(self, data: dict[str, Any]) -> Any:
        from nearer.accounts.models import AccountSession

        instance = super().create_model_instance(data)
        assert isinstance(instance, AccountSession)
        account_id = data.get("_auth_user_id")
        instance.account_id = int(account_id) if account_id else None
        return instance
