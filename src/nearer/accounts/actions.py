"""Actions that change an account's keys or remove it: each is one transaction, each has its own tests."""

from __future__ import annotations

import logging
import time

from django.conf import settings
from django.db import connection, transaction

from nearer.accounts.models import Account, AccountSession, Profile, ProfilePrivate
from nearer.core import crypto
from nearer.core.crypto import Argon2Parameters, DecryptionFailed

logger = logging.getLogger(__name__)

PASSPHRASE_PURPOSE = b"passphrase"
RECOVERY_PURPOSE = b"recovery"


class WrongSecret(Exception):
    """The passphrase or recovery code did not open the data key."""


def current_argon2_parameters() -> Argon2Parameters:
    return Argon2Parameters(**settings.NEARER_ARGON2)


def _wrap_with_passphrase(account: Account, data_key: bytes, passphrase: str) -> None:
    params = current_argon2_parameters()
    account.passphrase_salt = crypto.new_salt()
    account.passphrase_params = params.as_dict()
    kek = crypto.passphrase_key(passphrase, account.passphrase_salt, params)
    account.key_wrapped_by_passphrase = crypto.wrap_key(kek, data_key, _purpose(account, PASSPHRASE_PURPOSE))


def _wrap_with_new_recovery_code(account: Account, data_key: bytes) -> str:
    code = crypto.new_recovery_code()
    account.recovery_salt = crypto.new_salt()
    kek = crypto.recovery_key(code, account.recovery_salt)
    account.key_wrapped_by_recovery = crypto.wrap_key(kek, data_key, _purpose(account, RECOVERY_PURPOSE))
    return code


def _purpose(account: Account, purpose: bytes) -> bytes:
    # Binds each wrapped key to its account, so wrapped keys cannot be swapped between accounts.
    return purpose + b":" + str(account.uuid).encode()


def create_account(username: str, display_name: str, passphrase: str) -> tuple[Account, bytes, str]:
    """A new account with a fresh data key. Returns the account, its data key and its recovery code."""
    data_key = crypto.new_data_key()
    account = Account(username=username)
    account.set_unusable_password()
    _wrap_with_passphrase(account, data_key, passphrase)
    code = _wrap_with_new_recovery_code(account, data_key)
    with transaction.atomic():
        account.save()
        profile = Profile(owner=account)
        profile.seal(data_key, ProfilePrivate(display_name=display_name))
        profile.save()
    return account, data_key, code


def open_with_passphrase(account: Account, passphrase: str) -> bytes:
    kek = crypto.passphrase_key(passphrase, bytes(account.passphrase_salt), account.argon2_parameters)
    try:
        return crypto.unwrap_key(kek, bytes(account.key_wrapped_by_passphrase), _purpose(account, PASSPHRASE_PURPOSE))
    except DecryptionFailed:
        raise WrongSecret from None


def open_with_recovery_code(account: Account, code: str) -> bytes:
    kek = crypto.recovery_key(code, bytes(account.recovery_salt))
    try:
        return crypto.unwrap_key(kek, bytes(account.key_wrapped_by_recovery), _purpose(account, RECOVERY_PURPOSE))
    except DecryptionFailed:
        raise WrongSecret from None


def spend_time_like_a_passphrase_check(passphrase: str) -> None:
    crypto.passphrase_key(passphrase, b"\0" * crypto.SALT_BYTES, current_argon2_parameters())


def change_passphrase(account: Account, data_key: bytes, new_passphrase: str) -> None:
    """Re-wrap the same data key under the new passphrase; no record is re-encrypted."""
    _wrap_with_passphrase(account, data_key, new_passphrase)
    account.save(update_fields=["passphrase_salt", "passphrase_params", "key_wrapped_by_passphrase"])


def end_other_sessions(account: Account, keep_session_key: str | None) -> int:
    """Sign the account out everywhere else, e.g. after a passphrase change. Returns how many ended."""
    sessions = AccountSession.objects.filter(account=account)
    if keep_session_key:
        sessions = sessions.exclude(session_key=keep_session_key)
    deleted, _ = sessions.delete()
    return deleted


def upgrade_passphrase_wrapping(account: Account, data_key: bytes, passphrase: str) -> None:
    """Re-wrap under today's Argon2 parameters, unless the passphrase changed since the account was read."""
    old_wrapping = bytes(account.key_wrapped_by_passphrase)
    _wrap_with_passphrase(account, data_key, passphrase)
    Account.objects.filter(pk=account.pk, key_wrapped_by_passphrase=old_wrapping).update(
        passphrase_salt=account.passphrase_salt,
        passphrase_params=account.passphrase_params,
        key_wrapped_by_passphrase=account.key_wrapped_by_passphrase,
    )


def replace_recovery_code(account: Account, data_key: bytes) -> str:
    """A new recovery code; the old one stops working at once."""
    code = _wrap_with_new_recovery_code(account, data_key)
    account.save(update_fields=["recovery_salt", "key_wrapped_by_recovery"])
    return code


def recover_account(account: Account, code: str, new_passphrase: str) -> tuple[bytes, str]:
    """Open with the recovery code, set a new passphrase and a new code (the used one is spent)."""
    data_key = open_with_recovery_code(account, code)
    _wrap_with_passphrase(account, data_key, new_passphrase)
    new_code = _wrap_with_new_recovery_code(account, data_key)
    account.save(
        update_fields=[
            "passphrase_salt",
            "passphrase_params",
            "key_wrapped_by_passphrase",
            "recovery_salt",
            "key_wrapped_by_recovery",
        ]
    )
    return data_key, new_code


def delete_account(account: Account) -> None:
    """Delete the account and everything it owns, leaving nothing of it in the database."""
    from axes.models import AccessAttempt, AccessFailureLog

    username = account.username
    with transaction.atomic():
        # Every owned record cascades from the account (OwnedModel.owner), and so do its sessions.
        account.delete()
        AccessAttempt.objects.filter(username=username).delete()
        AccessFailureLog.objects.filter(username=username).delete()
    if connection.vendor == "sqlite" and not connection.in_atomic_block:
        # secure_delete zeroes the freed pages; a checkpoint also empties the write-ahead log,
        # which would otherwise still hold copies of the deleted rows until SQLite's own checkpoint.
        # A reader in another request can hold the checkpoint up; try a few times, then leave it to SQLite.
        for _ in range(10):
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                busy = cursor.fetchone()[0]
            if not busy:
                break
            time.sleep(0.05)
        else:
            logger.warning("After deleting an account the write-ahead log stayed busy; SQLite will empty it later.")
