"""The key hierarchy: a random data key per person, wrapped by their passphrase and their recovery code.

Everything here is built from AES-256-GCM (cryptography), Argon2id (argon2-cffi) and HKDF-SHA256.
Formats carry a version byte so they can change without guessing. docs/security.md describes the design.
"""

from __future__ import annotations

import os
import secrets
import threading
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
FORMAT_V1 = b"\x01"

# Crockford's base32 alphabet: no I, L, O or U, so a code copied by hand is hard to misread.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LENGTH = 5  # 30 characters, 150 bits


# Each derivation holds 64 MiB for about a third of a second: at most two at a time per process keeps a
# burst of sign-ins from exhausting memory; the rest wait their turn.
ARGON2_AT_ONCE = threading.BoundedSemaphore(2)


class DecryptionFailed(Exception):
    """A ciphertext did not authenticate: wrong key, or the stored bytes were changed."""


@dataclass(frozen=True)
class Argon2Parameters:
    time_cost: int
    memory_cost_kib: int
    parallelism: int

    def as_dict(self) -> dict[str, int]:
        return {"time_cost": self.time_cost, "memory_cost_kib": self.memory_cost_kib, "parallelism": self.parallelism}


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def encrypt(key: bytes, plaintext: bytes, associated_data: bytes) -> bytes:
    """AES-256-GCM with a fresh random nonce; the associated data binds the result to where it is stored."""
    nonce = os.urandom(NONCE_BYTES)
    return FORMAT_V1 + nonce + AESGCM(key).encrypt(nonce, plaintext, associated_data)


def decrypt(key: bytes, ciphertext: bytes, associated_data: bytes) -> bytes:
    if len(ciphertext) < 1 + NONCE_BYTES + 16 or ciphertext[:1] != FORMAT_V1:
        raise DecryptionFailed("The stored data is not in a format Nearer recognises.")
    nonce = ciphertext[1 : 1 + NONCE_BYTES]
    try:
        return AESGCM(key).decrypt(nonce, ciphertext[1 + NONCE_BYTES :], associated_data)
    except InvalidTag:
        raise DecryptionFailed("The stored data does not match its key or has been changed.") from None


def passphrase_key(passphrase: str, salt: bytes, params: Argon2Parameters) -> bytes:
    """Argon2id, so each guess at a passphrase costs real time and memory.

    The passphrase is NFC-normalised first, so "é" typed as one character or as e + accent opens the same key.
    """
    with ARGON2_AT_ONCE:
        return _argon2id(unicodedata.normalize("NFC", passphrase), salt, params)


def _argon2id(passphrase: str, salt: bytes, params: Argon2Parameters) -> bytes:
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def recovery_key(code: str, salt: bytes) -> bytes:
    """HKDF is enough here: the recovery code is 150 random bits, not something a person chose."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"nearer recovery v1").derive(
        normalise_recovery_code(code).encode("ascii")
    )


def new_recovery_code() -> str:
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH))
    return "-".join(chars[i : i + RECOVERY_GROUP_LENGTH] for i in range(0, len(chars), RECOVERY_GROUP_LENGTH))


def normalise_recovery_code(code: str) -> str:
    """Forgive what people do when copying a code: case, spaces, dashes, and O/I/L for 0/1/1."""
    cleaned = code.upper().replace("-", "").replace(" ", "").strip()
    return cleaned.translate(str.maketrans("OIL", "011"))


def wrap_key(wrapping_key: bytes, data_key: bytes, purpose: bytes) -> bytes:
    return encrypt(wrapping_key, data_key, b"nearer key wrap:" + purpose)


def unwrap_key(wrapping_key: bytes, wrapped: bytes, purpose: bytes) -> bytes:
    return decrypt(wrapping_key, wrapped, b"nearer key wrap:" + purpose)
