"""The `nearer` command: start Nearer on this computer, and a few tools for whoever hosts it."""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import secrets
import signal
import socket
import sys
import threading
import webbrowser
from types import FrameType

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 6327  # N-E-A-R on a phone keypad
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def this_machines_names() -> list[str]:
    """The names and addresses this computer is reached by on the local network (best effort)."""
    names = {"127.0.0.1", "localhost", "[::1]", socket.gethostname(), socket.getfqdn()}
    with contextlib.suppress(OSError):
        names.update(str(info[4][0]) for info in socket.getaddrinfo(socket.gethostname(), None))
    # Connecting a UDP socket sends nothing; it only shows which address the machine would use.
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("192.0.2.1", 9))
        names.add(probe.getsockname()[0])
    return sorted(f"[{n}]" if ":" in n and not n.startswith("[") else n for n in names if n)


def _setup_django(host: str | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nearer.settings")
    if host and host not in LOOPBACK_HOSTS and "NEARER_ALLOWED_HOSTS" not in os.environ:
        # Never "*": a web page could then reach Nearer through a name it controls (DNS rebinding).
        everywhere = host in ("0.0.0.0", "::")  # noqa: S104
        allowed = this_machines_names() if everywhere else [host, "127.0.0.1", "localhost"]
        os.environ["NEARER_ALLOWED_HOSTS"] = ",".join(allowed)
    import django
    from django.core.exceptions import ImproperlyConfigured

    try:
        django.setup()
    except ImproperlyConfigured as error:
        sys.exit(f"Nearer cannot start: {error}")


def serve(host: str, port: int, open_browser: bool) -> int:
    _setup_django(host)
    from django.conf import settings
    from django.core.management import call_command
    from waitress.server import create_server

    from nearer.wsgi import application

    settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
    call_command("migrate", interactive=False, verbosity=0)

    try:
        server = create_server(application, host=host, port=port, threads=8, ident="Nearer")
    except OSError as error:
        if error.errno in (errno.EADDRINUSE, errno.EACCES):
            print(
                f"Port {port} on {host} is already in use (is Nearer already running? Try http://{host}:{port}/).\n"
                f"To start on another port: nearer serve --port {port + 1}",
                file=sys.stderr,
            )
            return 1
        raise

    # Listening everywhere: this computer itself opens it through the loopback address.
    local_host = "127.0.0.1" if host in ("0.0.0.0", "::") else host  # noqa: S104
    display_host = f"[{local_host}]" if ":" in local_host else local_host
    url = f"http://{display_host}:{port}/"
    print(f"Nearer is running at {url}")
    if not settings.HOSTED and "DATABASE_URL" not in os.environ:
        print(f"Your data is in {settings.DATA_DIR}")
    if host not in LOOPBACK_HOSTS:
        print("Note: other devices on your network can reach Nearer, over plain HTTP, as:")
        print("  " + ", ".join(settings.ALLOWED_HOSTS))
        print("  (set NEARER_ALLOWED_HOSTS to use another name)")
    print("Press Ctrl-C to stop.", flush=True)

    def stop(signum: int, frame: FrameType | None) -> None:
        # One request to stop is enough; a second Ctrl-C during shutdown must not cut it short.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise KeyboardInterrupt

    # Set both explicitly: started in the background, a process can inherit an ignored SIGINT.
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    if open_browser:
        threading.Timer(0.5, webbrowser.open, args=(url,)).start()
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        server.close()
    print("\nNearer has stopped. Your data stays where it is.")
    return 0


def invite() -> int:
    """Make an invitation code for invite-only sign-up (hosted mode). Only its hash is stored."""
    _setup_django()
    import hashlib

    from nearer.accounts.models import Invite

    code = "-".join(secrets.token_hex(3) for _ in range(3))
    Invite.objects.create(code_hash=hashlib.sha256(code.encode()).hexdigest())
    print(code)
    return 0


def manage(args: list[str]) -> int:
    """Django's management commands (migrate, collectstatic, check ...) for whoever hosts Nearer."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nearer.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["nearer manage", *args])
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nearer", description="Nearer: a private companion for staying close.")
    commands = parser.add_subparsers(dest="command")
    serve_parser = commands.add_parser("serve", help="start Nearer (the default)")
    for p in (parser, serve_parser):
        p.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default {DEFAULT_HOST})")
        p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port to listen on (default {DEFAULT_PORT})")
        p.add_argument("--no-browser", action="store_true", help="do not open a browser window")
    commands.add_parser("invite", help="print a new invitation code (hosted, invite-only sign-up)")
    manage_parser = commands.add_parser("manage", help="run a Django management command", add_help=False)
    manage_parser.add_argument("args", nargs=argparse.REMAINDER)

    options = parser.parse_args(argv)
    if options.command == "invite":
        return invite()
    if options.command == "manage":
        return manage(options.args)
    if not 1 <= options.port <= 65535:
        parser.error("--port must be between 1 and 65535")
    return serve(options.host, options.port, open_browser=not options.no_browser)


if __name__ == "__main__":
    sys.exit(main())
