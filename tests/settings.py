"""Settings for the test suite: the real settings, with a throwaway data folder and cheap key derivation."""

import atexit
import os
import shutil
import tempfile

if "NEARER_DATA_DIR" not in os.environ:
    os.environ["NEARER_DATA_DIR"] = tempfile.mkdtemp(prefix="nearer-tests-")
    atexit.register(shutil.rmtree, os.environ["NEARER_DATA_DIR"], True)
os.environ.setdefault("NEARER_SECRET_KEY", "tests-only-" + "x" * 40)

from nearer.settings import *  # noqa: E402,F403
from nearer.settings import DATA_DIR, DATABASES  # noqa: E402

# Argon2id at its cheapest, in tests only; production parameters are measured in bench/.
NEARER_ARGON2 = {"time_cost": 1, "memory_cost_kib": 8, "parallelism": 1}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file (not memory), so privacy tests can read the bytes on disk; browser tests share it across threads.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test.sqlite3")}

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
