"""Nearer's benchmarks: each figure from docs/performance.md, printed with its budget.

Run from the project folder:

    uv run python bench/run.py

It always uses the production settings (nearer.settings, so the real Argon2id parameters), with a fresh
temporary data folder and a random secret key; nothing of the person's own Nearer data is touched. With
DATABASE_URL set, the in-process figures run against PostgreSQL in a fresh database made for the run and
dropped afterwards. `nearer serve` is always measured in local mode (SQLite in a fresh folder), as a person
starts it: directly, through `uv run`, and (where PYTHONDONTWRITEBYTECODE is set) with compiled bytecode kept
as on a person's computer. The exit status is 1 when any figure is over its budget.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import math
import os
import platform
import random
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
PASSPHRASE = "kettle orbit violet tuesday"
PEOPLE = 60
UNLOCK_RUNS = 7
HTTP_REQUESTS = 20

# Budgets, from "Performance budgets" in shared/design/architecture.md.
UNLOCK_MIN_S, UNLOCK_MAX_S = 0.2, 1.0
PAGE_MEDIAN_MS = 50.0
SERVE_START_S = 3.0
SERVE_RSS_MIB = 200.0
# Above this share of the CPUs in use by something else when the run starts, timings are likely to suffer.
BUSY_PERCENT = 15

FIRST_NAMES = [
    "Alex", "Amara", "Bea", "Chen", "Dana", "Eli", "Farah", "Gus", "Hana", "Ines", "Jon", "Kai", "Lena", "Mo",
    "Nia", "Omar", "Pia", "Quinn", "Rosa", "Sami", "Tess", "Uma", "Vik", "Wren", "Yara", "Zoe",
]  # fmt: skip
LAST_NAMES = ["Adeyemi", "Berg", "Costa", "Dubois", "Evans", "Fischer", "García", "Haddad", "Ito", "Jensen", "Kowal"]
RELATIONSHIPS = ["partner", "parent", "sibling", "child", "friend", "colleague", "other"]
NOTES = [
    "Met at the climbing gym; likes long walks more than phone calls.",
    "Birthday in March. Prefers a text before a call.",
    "We used to talk every Sunday. I miss that.",
    "Always asks how I am and waits for the real answer.",
    "Moved away last year; send photos of the garden.",
    "",
]
PLAN_ITEMS = {
    "warning_signs": ["Cancelling plans", "Not answering messages", "Sleeping badly"],
    "coping_alone": ["A walk by the river", "A hot shower", "Breathing slowly for five minutes"],
    "distractions": ["The library on Elm Street", "Coffee with Sami"],
    "people_to_ask": ["Rosa 07700 900123", "My brother Jon"],
    "professionals": ["Dr Haddad at the practice, 0161 496 0000"],
    "safe_surroundings": ["Give the spare keys to Rosa"],
    "reasons_for_living": ["My niece", "The dog", "Seeing the sea again"],
}


@dataclass
class Figure:
    name: str
    value: str
    budget: str
    ok: bool | None  # None: shown for information, no budget

    @property
    def status(self) -> str:
        return "info" if self.ok is None else ("OK" if self.ok else "OVER")


FIGURES: list[Figure] = []


def report(name: str, value: str, budget: str, ok: bool | None) -> None:
    figure = Figure(name, value, budget, ok)
    FIGURES.append(figure)
    print(f"{figure.name:<52} {figure.value:<46} {figure.budget:<16} {figure.status}", flush=True)


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile: the smallest value with at least pct % of the values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


# --- The machine -------------------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    return {
        "cpus": str(os.cpu_count()),
        "cpu": cpu,
        "ram": ram,
        "python": platform.python_version(),
        "os": platform.platform(),
    }


def cpu_busy_percent(seconds: float = 1.0) -> float:
    """How busy the CPUs are (all processes), sampled from /proc/stat over a short while."""

    def sample() -> tuple[int, int]:
        fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
        return sum(fields), fields[3] + fields[4]  # total, idle + iowait

    total_before, idle_before = sample()
    time.sleep(seconds)
    total_after, idle_after = sample()
    total = total_after - total_before
    return 100 * (total - (idle_after - idle_before)) / total if total else 0.0


# --- PostgreSQL: a fresh database for the run ---------------------------------------------------------------


@contextmanager
def fresh_postgres_database(url: str) -> Iterator[str | None]:
    """Create an empty database beside the one DATABASE_URL names and yield its URL; drop it afterwards.

    Yields None when the role may not create databases: the run then uses DATABASE_URL's own database and
    deletes the account it made (everything else it wrote cascades from the account).
    """
    import dj_database_url
    import psycopg
    from psycopg import sql

    config = dj_database_url.parse(url)
    connect: dict[str, Any] = {
        "dbname": config["NAME"],
        "user": config.get("USER") or None,
        "password": config.get("PASSWORD") or None,
        "host": config.get("HOST") or None,
        "port": config.get("PORT") or None,
        "autocommit": True,
    }
    name = f"nearer_bench_{secrets.token_hex(4)}"
    try:
        with psycopg.connect(**connect) as admin:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        created = True
    except psycopg.errors.InsufficientPrivilege:
        created = False
    if not created:
        print(f"Note: cannot create a database, so the run uses {config['NAME']} and cleans up after itself.")
        yield None
        return
    parts = urllib.parse.urlsplit(url)
    try:
        yield urllib.parse.urlunsplit(parts._replace(path="/" + name))
    finally:
        from django.db import connections

        connections.close_all()
        with psycopg.connect(**connect) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


# --- In process: Argon2id and server time per page ----------------------------------------------------------


def configure_django(data_dir: Path, database_url: str | None) -> None:
    """Production settings with a throwaway data folder; nothing inherited that could change the mode."""
    for name in list(os.environ):
        if name.startswith("NEARER_"):
            del os.environ[name]
    os.environ["DJANGO_SETTINGS_MODULE"] = "nearer.settings"
    os.environ["NEARER_DATA_DIR"] = str(data_dir)
    os.environ["NEARER_SECRET_KEY"] = secrets.token_urlsafe(50)
    if database_url is not None:
        os.environ["DATABASE_URL"] = database_url
    import django

    django.setup()


def circle_names() -> list[str]:
    return [f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {LAST_NAMES[(i * 7) % len(LAST_NAMES)]}" for i in range(PEOPLE)]


def make_circle(account: Any, data_key: bytes) -> list[str]:
    """The circle and a saved safety plan, stored as the app stores them (sealed with the data key)."""
    from nearer.people.models import Person, PersonPrivate
    from nearer.safety.models import SafetyPlan, SafetyPlanPrivate

    rng = random.Random(2026)  # the same circle every run
    names = circle_names()
    for name in names:
        person = Person(owner=account)
        person.seal(data_key, PersonPrivate(name=name, relationship=rng.choice(RELATIONSHIPS), note=rng.choice(NOTES)))
        person.save()
    plan = SafetyPlan(owner=account)
    plan.seal(data_key, SafetyPlanPrivate(**PLAN_ITEMS))
    plan.save()
    return names


def time_requests(client: Any, path: str, requests: int, check: Callable[[Any], None]) -> tuple[list[float], int, int]:
    """Milliseconds per request after one warm-up request, plus the SQL queries and bytes of one response."""
    from django.db import connection

    queries = 0

    def count(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(path)  # warm-up: not counted
    check(response)
    times = []
    for _ in range(requests):
        start = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - start) * 1000)
        check(response)
    return times, queries, len(response.content)


def in_process(requests: int) -> None:
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from nearer.accounts import actions

    call_command("migrate", interactive=False, verbosity=0)
    params = settings.NEARER_ARGON2
    if connection.vendor == "sqlite":
        import sqlite3

        database = f"SQLite {sqlite3.sqlite_version} in {settings.DATA_DIR}"
    else:
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            database = f"PostgreSQL {cursor.fetchone()[0]}, database {connection.settings_dict['NAME']}"
    print(
        f"Database: {database}; "
        f"Argon2id time_cost={params['time_cost']}, memory={params['memory_cost_kib'] // 1024} MiB, "
        f"parallelism={params['parallelism']}",
        flush=True,
    )

    account, data_key, _code = actions.create_account(f"bench-{secrets.token_hex(4)}", "Sam", PASSPHRASE)
    try:
        # Argon2id unlock: derive the key from the passphrase and unwrap the data key, as sign-in does.
        seconds = []
        for _ in range(UNLOCK_RUNS):
            start = time.perf_counter()
            opened = actions.open_with_passphrase(account, PASSPHRASE)
            seconds.append(time.perf_counter() - start)
            assert opened == data_key, "the passphrase did not open the data key"
        median = statistics.median(seconds)
        report(
            f"Argon2id unlock (median of {UNLOCK_RUNS})",
            f"{median:.3f} s (min {min(seconds):.3f}, max {max(seconds):.3f})",
            f"{UNLOCK_MIN_S}-{UNLOCK_MAX_S} s",
            UNLOCK_MIN_S <= median <= UNLOCK_MAX_S,
        )

        names = make_circle(account, data_key)

        # A browser session signed in and unlocked through the real unlock page (as tests/conftest.py does).
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(account, backend="nearer.accounts.backends.PassphraseBackend")
        response = client.post("/unlock/", {"passphrase": PASSPHRASE})
        assert response.status_code == 302 and response["Location"] == "/", f"unlock failed: {response.status_code}"

        def page(*texts: str) -> Callable[[Any], None]:
            def check(response: Any) -> None:
                assert response.status_code == 200, f"{response.status_code} {response.get('Location', '')}"
                body = response.content.decode()
                for text in texts:
                    assert text in body, f"{text!r} is not on the page"

            return check

        def people_json(response: Any) -> None:
            assert response.status_code == 200, response.status_code
            assert len(json.loads(response.content)) == PEOPLE

        pages = [
            ("Today (/)", "/", page("Hello, Sam", "Your safety plan")),
            ("People (/people/)", "/people/", page(*names)),
            ("API people (/api/v1/people/)", "/api/v1/people/", people_json),
            ("Need help now, with plan (/help/)", "/help/", page("Seeing the sea again")),
        ]
        for name, path, check in pages:
            times, queries, size = time_requests(client, path, requests, check)
            median = statistics.median(times)
            report(
                name,
                f"median {median:.1f} ms, p95 {percentile(times, 95):.1f} ms ({queries} SQL, {size // 1024} KiB)",
                f"median < {PAGE_MEDIAN_MS:.0f} ms",
                median < PAGE_MEDIAN_MS,
            )
    finally:
        # Needed when the run shares someone's PostgreSQL database; harmless in a throwaway one.
        actions.delete_account(account)


# --- `nearer serve`: start to first page, memory, clean stop ------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def nearer_command() -> list[str]:
    """The console script beside this Python (.venv/bin/nearer), as `uv run nearer` starts it."""
    script = Path(sys.executable).parent / ("nearer.exe" if os.name == "nt" else "nearer")
    return [str(script)] if script.exists() else [sys.executable, "-m", "nearer.cli"]


def process_tree(pid: int) -> list[int]:
    """A process and all its descendants, from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(children.get(current, []))
    return tree


def process_tree_cpu_seconds(pid: int) -> float:
    """User plus system CPU time used so far by a process and its descendants."""
    ticks = 0
    for current in process_tree(pid):
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def process_tree_rss_kib(pid: int) -> tuple[int, int]:
    """VmRSS summed over a process and its descendants, and the largest VmHWM (peak) among them, in KiB."""
    rss = peak = 0
    for current in process_tree(pid):
        try:
            status = Path(f"/proc/{current}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                rss += int(line.split()[1])
            elif line.startswith("VmHWM:"):
                peak = max(peak, int(line.split()[1]))
    return rss, peak


class Browser:
    """Just enough of a browser: cookies, redirects, the CSRF token. No proxies, even if set."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({}), urllib.request.HTTPCookieProcessor(self.cookies)
        )

    def get(self, path: str, timeout: float = 10) -> tuple[str, str]:
        with self.opener.open(self.base + path, timeout=timeout) as response:
            return response.geturl(), response.read().decode()

    def post_form(self, path: str, fields: dict[str, str]) -> tuple[str, str]:
        _, page = self.get(path)
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        assert match, f"no CSRF token on {path}"
        data = urllib.parse.urlencode({"csrfmiddlewaretoken": match.group(1), **fields}).encode()
        with self.opener.open(self.base + path, data=data, timeout=30) as response:
            return response.geturl(), response.read().decode()

    def send_json(self, method: str, path: str, payload: object) -> Any:
        token = next(c.value for c in self.cookies if c.name == "csrftoken")
        request = urllib.request.Request(
            self.base + path,
            data=json.dumps(payload).encode(),
            method=method,
            headers={"Content-Type": "application/json", "X-CSRFToken": token or ""},
        )
        with self.opener.open(request, timeout=10) as response:
            return json.loads(response.read())


def start_server(
    command: list[str], data_dir: Path, port: int, log: Path, extra_env: dict[str, str | None]
) -> tuple[subprocess.Popen[bytes], float, str, float]:
    """Start `nearer serve` and poll / until it answers.

    Returns the process, the seconds from starting it to the first page, that page's URL, and the CPU seconds
    the server used meanwhile (which, unlike the wall-clock time, hardly depends on what else the machine does).
    """
    hidden = ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEARER_") and k not in hidden}
    env["NEARER_DATA_DIR"] = str(data_dir)
    for name, value in extra_env.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    browser = Browser(f"http://127.0.0.1:{port}")
    with log.open("wb") as out:
        start = time.perf_counter()
        server = subprocess.Popen(
            [*command, "serve", "--no-browser", "--port", str(port)],
            cwd=PROJECT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so nothing is left behind if it must be killed
        )
    deadline = start + 30
    while True:
        try:
            url, _ = browser.get("/", timeout=5)
            return server, time.perf_counter() - start, url, process_tree_cpu_seconds(server.pid)
        except (urllib.error.URLError, ConnectionError):
            if server.poll() is not None or time.perf_counter() > deadline:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
                raise RuntimeError(f"nearer serve did not answer:\n{log.read_text()}") from None
            time.sleep(0.01)


def stop_server(server: subprocess.Popen[bytes], log: Path) -> tuple[int, float]:
    """One SIGINT, like Ctrl-C: its exit status and seconds to stop.

    Sent to the started process only: that is Nearer itself, or uv, which passes it on to Nearer when it has no
    terminal. (SIGINT to the whole group would reach Nearer twice under uv: once directly, once from uv.)
    """
    start = time.perf_counter()
    os.kill(server.pid, signal.SIGINT)
    try:
        code = server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
        code = -9
    seconds = time.perf_counter() - start
    if code != 0 or "Nearer has stopped" not in log.read_text():
        print(log.read_text())
    return code, seconds


def use_pages(browser: Browser, rounds: int = 3) -> None:
    for _ in range(rounds):
        for path in ("/", "/people/", "/help/", "/api/v1/people/", "/api/v1/safety-plan/", "/settings/"):
            url, _ = browser.get(path)
            assert urllib.parse.urlsplit(url).path == path, f"{path} went to {url}"


def set_up_over_http(browser: Browser) -> None:
    """Set Nearer up as a person would, then fill the circle and the safety plan through the API."""
    url, _ = browser.post_form(
        "/welcome/", {"display_name": "Sam", "passphrase": PASSPHRASE, "passphrase_again": PASSPHRASE}
    )
    assert url.endswith("/recovery-code/"), f"set-up went to {url}"
    rng = random.Random(2026)
    for name in circle_names():
        person = {"name": name, "relationship": rng.choice(RELATIONSHIPS), "note": rng.choice(NOTES)}
        browser.send_json("POST", "/api/v1/people/", person)
    browser.send_json("PUT", "/api/v1/safety-plan/", PLAN_ITEMS)


def http_round_trips(browser: Browser) -> None:
    """A cross-check of the in-process figures: the same pages over HTTP through waitress, which also opens a
    database connection per request (the test client keeps one open)."""
    medians = []
    for path in ("/", "/people/", "/api/v1/people/"):
        times = []
        for _ in range(HTTP_REQUESTS):
            start = time.perf_counter()
            browser.get(path)
            times.append((time.perf_counter() - start) * 1000)
        medians.append(f"{path} {statistics.median(times):.1f}")
    report("nearer serve, HTTP round trip (median ms)", ", ".join(medians), "(cross-check)", None)


def serve() -> None:
    work = Path(tempfile.mkdtemp(prefix="nearer-bench-serve-"))
    data_dir = work / "data"
    # (name, what it shows, command, environment changes)
    runs: list[tuple[str, str, list[str], dict[str, str | None]]] = [
        ("first run", "new folder", nearer_command(), {}),
        ("second run", "existing data", nearer_command(), {}),
    ]
    uv = shutil.which("uv")
    if uv:
        # What the README tells people to type; uv checks the environment before starting Nearer.
        runs.append(("uv run", "existing data", [uv, "run", "nearer"], {}))
    else:
        print("Note: uv is not on PATH, so `uv run nearer` is not measured.")
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        # Here Python compiles every module from source at each start. On a person's computer the compiled
        # files are kept after the first start; measure that too, with them kept in a temporary folder.
        cached = {"PYTHONDONTWRITEBYTECODE": None, "PYTHONPYCACHEPREFIX": str(work / "pycache")}
        runs.append(("prime the bytecode cache", "", nearer_command(), cached))
        runs.append(("bytecode cached", "existing data", nearer_command(), cached))
    try:
        for i, (run, label, command, extra_env) in enumerate(runs):
            port = free_port()
            log = work / f"serve-{i}.log"
            try:
                server, seconds, url, cpu = start_server(command, data_dir, port, log, extra_env)
            except RuntimeError as error:
                print(error)
                report(f"nearer serve start to first page ({run})", "did not start (output above)", "< 3 s", False)
                continue
            if run.startswith("prime"):
                stop_server(server, log)
                continue
            try:
                report(
                    f"nearer serve start to first page ({run})",
                    f"{seconds:.2f} s (CPU {cpu:.2f} s; {label}; {urllib.parse.urlsplit(url).path})",
                    f"< {SERVE_START_S:.0f} s",
                    seconds < SERVE_START_S,
                )
                browser = Browser(f"http://127.0.0.1:{port}")
                if i == 0:
                    set_up_over_http(browser)
                else:
                    url, _ = browser.post_form("/sign-in/", {"passphrase": PASSPHRASE})
                    assert urllib.parse.urlsplit(url).path == "/", f"sign-in went to {url}"
                use_pages(browser)
                if i == 1:
                    http_round_trips(browser)
                rss, peak = process_tree_rss_kib(server.pid)
                report(
                    f"nearer serve memory after pages ({run})",
                    f"{rss / 1024:.0f} MiB VmRSS (peak {peak / 1024:.0f} MiB)",
                    f"< {SERVE_RSS_MIB:.0f} MiB",
                    rss / 1024 < SERVE_RSS_MIB,
                )
            finally:
                code, stop_seconds = stop_server(server, log)
            report(f"nearer serve stops on SIGINT ({run})", f"exit {code} in {stop_seconds:.2f} s", "exit 0", code == 0)
    finally:
        shutil.rmtree(work, ignore_errors=True)


# --- Main ---------------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=50, help="timed requests per page (default 50)")
    parser.add_argument("--skip-serve", action="store_true", help="leave out the `nearer serve` figures")
    options = parser.parse_args()
    database_url = os.environ.get("DATABASE_URL", "").strip()
    if database_url and not database_url.startswith(("postgres://", "postgresql://")):
        parser.error("DATABASE_URL must point at PostgreSQL (or be unset for SQLite in a temporary folder).")
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        # Started in the background by a script: SIGINT is ignored here and would be in `nearer serve` too,
        # which then could not be stopped with Ctrl-C. Restore the usual handling (the children inherit it).
        signal.signal(signal.SIGINT, signal.default_int_handler)

    info = machine()
    print(f"Nearer benchmarks, {time.strftime('%Y-%m-%d %H:%M')}")
    print(f"Machine: {info['cpus']} CPUs, {info['cpu']}, {info['ram']} RAM, Python {info['python']}, {info['os']}")
    busy = cpu_busy_percent()
    print(f"CPUs busy before the run: {busy:.0f}% (load average {os.getloadavg()[0]:.2f})", flush=True)
    started = time.perf_counter()

    data_dir = Path(tempfile.mkdtemp(prefix="nearer-bench-"))
    try:
        if database_url:
            with fresh_postgres_database(database_url) as url:
                configure_django(data_dir, url)
                in_process(options.requests)
        else:
            os.environ.pop("DATABASE_URL", None)
            configure_django(data_dir, None)
            in_process(options.requests)
        if not options.skip_serve:
            serve()
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)

    over = [f for f in FIGURES if f.ok is False]
    print(f"{len(FIGURES)} figures, {len(over)} over budget, in {time.perf_counter() - started:.0f} s.")
    if busy > BUSY_PERCENT:
        print(
            f"Note: the CPUs were {busy:.0f}% busy with other work when the run started, so the timings are "
            "probably slower than on an idle machine. Run it again when the machine is quiet before recording them."
        )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
