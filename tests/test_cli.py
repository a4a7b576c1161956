"""`nearer serve` as a person runs it: starts, reuses its data, explains a taken port, stops cleanly."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(data_dir: Path) -> dict[str, str]:
    # Always the local set-up: a fresh folder with SQLite, whatever database the suite itself runs on.
    hidden = ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEARER_") and k not in hidden}
    env["NEARER_DATA_DIR"] = str(data_dir)
    return env


def _stop(server: subprocess.Popen[str], signum: int) -> str:
    server.send_signal(signum)
    try:
        output, _ = server.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()  # never leave a server behind, even when the test fails
        output, _ = server.communicate()
        raise AssertionError(f"nearer serve did not stop on signal {signum}:\n{output}") from None
    return output


def _start(data_dir: Path, port: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "nearer.cli", "serve", "--no-browser", "--port", str(port)],
        env=_env(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _wait_for(url: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (a local URL)
                return str(response.geturl())
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "nearer data"


def test_it_serves_reuses_data_and_stops_cleanly(data_dir: Path) -> None:
    port = _free_port()
    server = _start(data_dir, port)
    try:
        assert _wait_for(f"http://127.0.0.1:{port}/").endswith("/welcome/")
    finally:
        output = _stop(server, signal.SIGINT)
    assert server.returncode == 0, output
    assert f"Nearer is running at http://127.0.0.1:{port}/" in output
    assert f"Your data is in {data_dir}" in output
    assert "Nearer has stopped" in output
    assert (data_dir / "nearer.sqlite3").exists()
    assert oct((data_dir / "secret_key").stat().st_mode & 0o777) == "0o600"
    key = (data_dir / "secret_key").read_text()

    # A second run finds the same folder and key, and stops on SIGTERM too.
    server = _start(data_dir, port)
    try:
        _wait_for(f"http://127.0.0.1:{port}/")
    finally:
        output = _stop(server, signal.SIGTERM)
    assert server.returncode == 0, output
    assert (data_dir / "secret_key").read_text() == key


def test_it_explains_a_taken_port(data_dir: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "nearer.cli", "--no-browser", "--port", str(port)],
            env=_env(data_dir),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 1
    assert f"Port {port} on 127.0.0.1 is already in use" in result.stderr
    assert f"nearer serve --port {port + 1}" in result.stderr


def test_it_refuses_a_port_out_of_range(data_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "nearer.cli", "--port", "70000"],
        env=_env(data_dir),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "--port must be between 1 and 65535" in result.stderr


def test_it_makes_an_invitation_code_and_stores_only_its_hash(db: None, capsys: pytest.CaptureFixture[str]) -> None:
    import hashlib

    from nearer.accounts.models import Invite
    from nearer.cli import main

    assert main(["invite"]) == 0
    code = capsys.readouterr().out.strip()
    assert len(code) == 20
    invite = Invite.objects.get()
    assert invite.code_hash == hashlib.sha256(code.encode()).hexdigest()
    assert invite.used is None


def test_it_never_accepts_any_host_name_when_listening_everywhere() -> None:
    from nearer.cli import this_machines_names

    names = this_machines_names()
    assert "*" not in names
    assert {"127.0.0.1", "localhost"} <= set(names)
