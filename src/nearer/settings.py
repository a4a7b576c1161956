"""Settings, driven by environment variables (see the table in README.md).

Local mode (the default) keeps everything in one folder on the person's computer. Hosted mode
(NEARER_HOSTED=1) serves many people and fails closed: it refuses to start without a real secret
key, with DEBUG on, or without PostgreSQL.
"""

import os
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url
import platformdirs
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent


def envbool(name: str, default: bool) -> bool:
    value = os.environ.get(name, "").strip().lower()
    if value == "":
        return default
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be 1/0, true/false, yes/no or on/off, not {value!r}.")


def envint(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def envlist(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name, "").strip()
    if value == "":
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


HOSTED = envbool("NEARER_HOSTED", False)
DEBUG = envbool("NEARER_DEBUG", False)
DATA_DIR = Path(os.environ.get("NEARER_DATA_DIR") or platformdirs.user_data_dir("nearer", appauthor=False))

# "open" lets anyone sign up; "invite" needs a code from `nearer invite`. Only used in hosted mode.
SIGNUP = os.environ.get("NEARER_SIGNUP", "open").strip().lower()
if SIGNUP not in ("open", "invite"):
    raise ImproperlyConfigured(f"NEARER_SIGNUP must be 'open' or 'invite', not {SIGNUP!r}.")

PLACEHOLDER_SECRET_KEYS = {"", "changeme", "change-me", "secret", "insecure", "django-insecure", "placeholder"}


def _secret_key() -> str:
    key = os.environ.get("NEARER_SECRET_KEY", "").strip()
    if HOSTED:
        if key.lower() in PLACEHOLDER_SECRET_KEYS or key.startswith("django-insecure") or len(key) < 40:
            raise ImproperlyConfigured(
                "Hosted mode needs NEARER_SECRET_KEY: at least 40 random characters "
                '(python -c "import secrets; print(secrets.token_urlsafe(50))").'
            )
        return key
    if key:
        return key
    # Local mode: one random key per installation, kept beside the database, readable only by its owner.
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / "secret_key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = _secret_key()

if HOSTED and DEBUG:
    raise ImproperlyConfigured("Hosted mode refuses to start with NEARER_DEBUG on.")

DATABASE_URL = os.environ.get("DATABASE_URL", "").strip()
if HOSTED and not DATABASE_URL.startswith(("postgres://", "postgresql://")):
    raise ImproperlyConfigured("Hosted mode needs DATABASE_URL pointing at PostgreSQL.")

if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "nearer.sqlite3"),
            "OPTIONS": {
                # WAL lets readers and the writer work at once; secure_delete overwrites deleted rows so
                # a deleted account leaves no bytes behind in the file.
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA secure_delete=ON; "
                    "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;"
                ),
                "transaction_mode": "IMMEDIATE",
            },
        }
    }

ALLOWED_HOSTS = envlist("NEARER_ALLOWED_HOSTS", [] if HOSTED else ["127.0.0.1", "localhost", "[::1]"])
if HOSTED and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Hosted mode needs NEARER_ALLOWED_HOSTS (comma-separated host names).")
CSRF_TRUSTED_ORIGINS = envlist("NEARER_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "ninja",
    "axes",
    "nearer.core",
    "nearer.accounts",
    "nearer.people",
    "nearer.safety",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "nearer.core.middleware.content_security_policy",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "nearer.core.middleware.data_key",
    "nearer.accounts.middleware.first_run",
    "django_htmx.middleware.HtmxMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "nearer.core.middleware.decryption_failure",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "nearer.urls"
WSGI_APPLICATION = "nearer.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "nearer.core.context_processors.shell",
            ],
        },
    }
]

AUTH_USER_MODEL = "accounts.Account"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "nearer.accounts.backends.PassphraseBackend",
]
LOGIN_URL = "accounts:sign_in"
SESSION_ENGINE = "nearer.accounts.session_store"
SESSION_COOKIE_NAME = "nearer_session"
SESSION_COOKIE_AGE = int(timedelta(days=14).total_seconds())
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the page, not the cookie, but the API docs need it.
CSRF_FAILURE_VIEW = "nearer.core.views.csrf_failure"
DATA_KEY_COOKIE_NAME = "nearer_key"
# Flash messages can name people ("Jordan is in your circle"), so they live only in the person's own
# browser for one page view, never in the session table.
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"

# Argon2id parameters for new or changed passphrases; each account stores the ones it was made with.
# Chosen so unlocking takes about 0.3 s on an idle 2-core machine (bench/ measures it; the budget is
# 0.2-1 s). Memory stays at 64 MiB so the server's peak stays under its 200 MiB budget. Tests set cheap ones.
NEARER_ARGON2 = {"time_cost": 10, "memory_cost_kib": 64 * 1024, "parallelism": 2}
PASSPHRASE_MIN_LENGTH = 10
DEFAULT_LOCK_MINUTES = 30

# Repeated wrong passphrases block further tries for a while (django-axes).
AXES_FAILURE_LIMIT = envint("NEARER_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=envint("NEARER_LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_LOCKOUT_CALLABLE = "nearer.accounts.views.locked_out"
AXES_RESET_ON_SUCCESS = True
# W006 warns when lockouts are not per IP address; Nearer always locks out by sign-in name, which stops
# guessing whatever the attacker rotates (at the cost that someone could lock a name out for a while).
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_DISABLE_ACCESS_LOG = True  # no record of successful sign-ins is kept
AXES_USERNAME_FORM_FIELD = "username"
AXES_PASSWORD_FORM_FIELD = "passphrase"  # noqa: S105 (a field name, not a password)
# Axes keeps no request data at all (accounts/throttling.py); these are masked as well, should that change.
AXES_SENSITIVE_PARAMETERS = [
    "username",
    "passphrase",
    "passphrase_again",
    "current_passphrase",
    "recovery_code",
    "invite_code",
    "display_name",
    "csrfmiddlewaretoken",
    "next",
]
AXES_VERBOSE = False
AXES_IPWARE_PROXY_COUNT = envint("NEARER_PROXY_COUNT", 0) or None

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# With NEARER_STATIC_ROOT set (after `nearer manage collectstatic`) files come from there; otherwise straight
# from the package, so `uv run nearer` needs no build step.
STATIC_ROOT = Path(os.environ["NEARER_STATIC_ROOT"]) if os.environ.get("NEARER_STATIC_ROOT") else None
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Local mode serves static files straight from the package, so `uv run nearer` needs no collectstatic.
WHITENOISE_USE_FINDERS = STATIC_ROOT is None
WHITENOISE_AUTOREFRESH = DEBUG

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

if HOSTED:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 365 * 24 * 3600
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_SSL_REDIRECT = envbool("NEARER_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

NINJA_PAGINATION_PER_PAGE = 100

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    # Errors go to the console only: Nearer never sends crash reports anywhere.
    "root": {"handlers": ["console"], "level": "WARNING"},
}
