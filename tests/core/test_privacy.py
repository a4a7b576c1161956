"""Nothing a person writes is readable in the database file or a dump without their key."""

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from tests.conftest import TestAccount

NAME = "Zebulon Marchetti-Okafor"
PLAN_LINE = "Call my aunt Philippa on the blue phone"
NOTE = "We met at the allotment in 2019"
DISPLAY = "Quillon"


def _write_private_things(client: Client) -> None:
    client.post(reverse("people:add"), {"name": NAME, "relationship": "sibling", "note": NOTE})
    client.post(reverse("safety:plan_edit"), {"people_to_ask": PLAN_LINE})
    client.post(reverse("accounts:preferences"), {"display_name": DISPLAY, "country": "GB", "lock_after_minutes": "30"})
    page = client.get(reverse("people:list")).content.decode()
    assert NAME in page  # it was really saved


def _secrets() -> list[bytes]:
    texts = [NAME, PLAN_LINE, NOTE, DISPLAY, "Zebulon", "Philippa", "allotment"]
    encodings = []
    for text in texts:
        encodings += [text.encode("utf-8"), text.encode("utf-16-le"), text.lower().encode()]
    return encodings


def _sqlite_bytes() -> bytes:
    path = Path(connection.settings_dict["NAME"])
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_checkpoint(PASSIVE)")
    data = b""
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = Path(str(path) + suffix)
        if candidate.exists():
            data += candidate.read_bytes()
    return data


@pytest.mark.django_db(transaction=True)
def test_it_keeps_writing_out_of_the_sqlite_file(alice: TestAccount, alice_client: Client) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("reads the SQLite file; the PostgreSQL run checks pg_dump instead")
    _write_private_things(alice_client)
    data = _sqlite_bytes()
    assert len(data) > 10_000
    assert b"alice" in data  # the sign-in name is plaintext by design: the file is what we think it is
    for secret in _secrets():
        assert secret not in data, secret


def _pg_dump_command() -> list[str]:
    pg_dump = shutil.which("pg_dump", path=os.environ.get("PG_BIN", "") + os.pathsep + "/usr/lib/postgresql/15/bin")
    if pg_dump is None:
        pytest.fail("pg_dump is needed for the PostgreSQL privacy test (apt-get install postgresql-client)")
    db = connection.settings_dict
    return [
        pg_dump,
        "--data-only",
        "-h",
        str(db["HOST"] or "127.0.0.1"),
        "-p",
        str(db["PORT"] or 5432),
        "-U",
        str(db["USER"]),
        str(db["NAME"]),
    ]


@pytest.mark.django_db(transaction=True)
def test_it_keeps_writing_out_of_a_postgresql_dump(alice: TestAccount, alice_client: Client) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL; CI runs the whole suite there too (DATABASE_URL)")
    _write_private_things(alice_client)
    env: dict[str, Any] = {**os.environ, "PGPASSWORD": str(connection.settings_dict.get("PASSWORD") or "")}
    dump = subprocess.run(_pg_dump_command(), capture_output=True, check=True, env=env).stdout
    assert b"COPY public.people_person" in dump
    for secret in _secrets():
        assert secret not in dump, secret


@pytest.mark.django_db(transaction=True)
def test_it_leaves_nothing_of_a_deleted_account_in_the_sqlite_file(alice: TestAccount, alice_client: Client) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("reads the SQLite file; on PostgreSQL deleted rows never appear in a dump")
    _write_private_things(alice_client)
    alice_client.post(reverse("accounts:delete_account"), {"passphrase": alice.passphrase, "understood": "on"})
    data = _sqlite_bytes()
    assert b"alice" not in data
    assert alice.account.uuid.hex.encode() not in data


@pytest.mark.django_db(transaction=True)
def test_it_keeps_no_wrong_passphrase_anywhere(alice: TestAccount, alice_client: Client, settings: Any) -> None:
    settings.HOSTED = True
    typo = "kettle orbit violet tuesdya"
    Client().post(reverse("accounts:sign_in"), {"username": "alice", "passphrase": typo})
    alice_client.post(reverse("accounts:lock"))
    alice_client.post(reverse("accounts:unlock"), {"passphrase": typo + "2"})
    alice_client.post(reverse("accounts:recover"), {"username": "alice", "recovery_code": typo + "3"})
    with connection.cursor() as cursor:
        cursor.execute("SELECT failures_since_start, post_data, get_data FROM axes_accessattempt")
        rows = cursor.fetchall()
    assert rows and rows[0][0] >= 2  # the failures were counted...
    assert all(post == "" and get == "" for _, post, get in rows)  # ...and nothing typed was kept
    if connection.vendor == "sqlite":
        data = _sqlite_bytes()
        for text in (typo, typo + "2", typo + "3"):
            assert text.encode() not in data
