import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nearer.core import crypto
from nearer.core.crypto import Argon2Parameters, DecryptionFailed

CHEAP = Argon2Parameters(time_cost=1, memory_cost_kib=8, parallelism=1)


@given(plaintext=st.binary(max_size=4096), associated=st.binary(max_size=64))
def test_it_round_trips_any_bytes(plaintext: bytes, associated: bytes) -> None:
    key = crypto.new_data_key()
    assert crypto.decrypt(key, crypto.encrypt(key, plaintext, associated), associated) == plaintext


@given(plaintext=st.binary(min_size=1, max_size=256))
def test_it_uses_a_fresh_nonce_each_time(plaintext: bytes) -> None:
    key = crypto.new_data_key()
    assert crypto.encrypt(key, plaintext, b"x") != crypto.encrypt(key, plaintext, b"x")


def test_it_rejects_the_wrong_key() -> None:
    ciphertext = crypto.encrypt(crypto.new_data_key(), b"secret", b"row 1")
    with pytest.raises(DecryptionFailed):
        crypto.decrypt(crypto.new_data_key(), ciphertext, b"row 1")


def test_it_rejects_other_associated_data() -> None:
    key = crypto.new_data_key()
    ciphertext = crypto.encrypt(key, b"secret", b"row 1")
    with pytest.raises(DecryptionFailed):
        crypto.decrypt(key, ciphertext, b"row 2")


@given(position=st.integers(min_value=0, max_value=40), flip=st.integers(min_value=1, max_value=255))
def test_it_detects_any_changed_byte(position: int, flip: int) -> None:
    key = crypto.new_data_key()
    ciphertext = bytearray(crypto.encrypt(key, b"a line from a safety plan", b"aad"))
    ciphertext[position % len(ciphertext)] ^= flip
    with pytest.raises(DecryptionFailed):
        crypto.decrypt(key, bytes(ciphertext), b"aad")


def test_it_rejects_truncated_or_unknown_formats() -> None:
    key = crypto.new_data_key()
    with pytest.raises(DecryptionFailed):
        crypto.decrypt(key, b"", b"")
    with pytest.raises(DecryptionFailed):
        crypto.decrypt(key, b"\x02" + crypto.encrypt(key, b"x", b"")[1:], b"")


@settings(max_examples=20, deadline=None)
@given(passphrase=st.text(min_size=1, max_size=40))
def test_it_wraps_and_unwraps_with_a_passphrase(passphrase: str) -> None:
    data_key, salt = crypto.new_data_key(), crypto.new_salt()
    wrapped = crypto.wrap_key(crypto.passphrase_key(passphrase, salt, CHEAP), data_key, b"passphrase")
    assert crypto.unwrap_key(crypto.passphrase_key(passphrase, salt, CHEAP), wrapped, b"passphrase") == data_key
    with pytest.raises(DecryptionFailed):
        crypto.unwrap_key(crypto.passphrase_key(passphrase + "!", salt, CHEAP), wrapped, b"passphrase")


def test_it_derives_different_keys_from_different_salts() -> None:
    assert crypto.passphrase_key("same words", crypto.new_salt(), CHEAP) != crypto.passphrase_key(
        "same words", crypto.new_salt(), CHEAP
    )


def test_it_makes_readable_recovery_codes() -> None:
    code = crypto.new_recovery_code()
    groups = code.split("-")
    assert len(groups) == 6 and all(len(g) == 5 for g in groups)
    assert not set(code.replace("-", "")) & set("ILOU")


def test_it_forgives_how_people_copy_a_recovery_code() -> None:
    salt = crypto.new_salt()
    code = "0A1B2-CDEFG-HJKMN-PQRST-VWXYZ-01234"
    typed = " oa1b2 cdefg hjkmn pqrst vwxyz ol234 "
    assert crypto.recovery_key(code, salt) == crypto.recovery_key(typed, salt)


def test_it_treats_both_unicode_spellings_of_a_passphrase_alike() -> None:
    salt = crypto.new_salt()
    composed, decomposed = "caf\u00e9 au lait ensemble", "cafe\u0301 au lait ensemble"
    assert crypto.passphrase_key(composed, salt, CHEAP) == crypto.passphrase_key(decomposed, salt, CHEAP)
