"""The one settings module, fed by environment variables (django-environ).

Development is the default: `make run` needs no configuration at all. Set
DJANGO_ENV=production to get the hardened profile (secret key required,
secure cookies with the __Host- prefix, HSTS, manifest static files).

Every secret (SECRET_KEY, DATABASE_URL, CACHE_URL, EMAIL_URL) can instead be
read from a file named by NAME_FILE, as Docker and systemd hand secrets over.
Importing this module creates nothing on disk: `make` and manage.py create
var/ and staticfiles/ where they are needed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import environ
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

#: The settings that hold a password or a key, and may come from a file.
SECRET_SETTINGS = ("SECRET_KEY", "DATABASE_URL", "CACHE_URL", "EMAIL_URL")


def secret(name: str, default: str) -> str:
    """The variable `name`, or the content of the file that `name`_FILE
    names (its trailing newline dropped); setting both is a mistake."""
    path = env.str(f"{name}_FILE", default="")
    if not path:
        value: str = env.str(name, default=default)
        return value
    if name in os.environ:
        raise ImproperlyConfigured(f"Set {name} or {name}_FILE, not both.")
    try:
        return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as error:
        raise ImproperlyConfigured(f"{name}_FILE: cannot read {path} ({error}).") from error


#: The only profiles there are; anything else stops the start (a typo such as
#: "prod" must not quietly run the development profile in production).
PROFILES = ("development", "production")
DJANGO_ENV = env.str("DJANGO_ENV", default="development")
if DJANGO_ENV not in PROFILES:
    raise ImproperlyConfigured(
        f"DJANGO_ENV must be one of {', '.join(PROFILES)} (got {DJANGO_ENV!r})."
    )
PRODUCTION = DJANGO_ENV == "production"

# Production never shows debug pages, whatever DEBUG says.
DEBUG = False if PRODUCTION else env.bool("DEBUG", default=True)


def strong_secret_key(key: str) -> bool:
    """Django's own rule for a usable key (check --deploy, security.W009)."""
    return len(key) >= 50 and len(set(key)) >= 5 and not key.startswith("django-insecure-")


if PRODUCTION:
    # No fallback: a production server must never run with a known or weak key.
    SECRET_KEY = secret("SECRET_KEY", default="")
    if not strong_secret_key(SECRET_KEY):
        raise ImproperlyConfigured(
            "SECRET_KEY must be set (50+ characters) in production: a long random string "
            "with at least 5 different characters, e.g. "
            "python -c 'import secrets; print(secrets.token_urlsafe(64))'."
        )
else:
    SECRET_KEY = secret("SECRET_KEY", default="insecure-development-key-never-used-in-production")

# How many reverse proxies stand in front of the app and append to
# X-Forwarded-For (1 behind the Caddy of docker-compose.yml). The client's
# address, used by every per-IP throttle, is the one the last trusted proxy saw;
# 0 (the default, no proxy) uses the connection's address.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

DJANGO_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]
THIRD_PARTY_APPS = [
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    "csp",
    "allauth",
    "allauth.account",
]
LOCAL_APPS = [
    "messages_app",
    "guide",
]
INSTALLED_APPS = DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages compressed for browsers that accept gzip (a step's HTML: ~28 KB ->
    # ~6 KB on a phone's slow network). Static files are already compressed by
    # whitenoise, above. Against BREACH, Django pads each compressed response
    # with random bytes ("Heal The Breach") and masks the CSRF token per response.
    "django.middleware.gzip.GZipMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "messages_app.middleware.RefuseUploadsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

ROOT_URLCONF = "decliner.urls"
WSGI_APPLICATION = "decliner.wsgi.application"

TEMPLATES: list[dict[str, Any]] = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: embedded SQLite (absolute path) unless DATABASE_URL says otherwise.
DATABASES = {
    "default": env.db_url_config(
        secret("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
    ),
}
# Persistent connections (checked before reuse): opening one per request costs
# more than many of our pages take to render.
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# A database that accepts connections but never answers must not hang a
# worker: connecting and every statement give up after DATABASE_TIMEOUT
# seconds, and the user gets the 503 page (see messages_app.errors.server_error).
DATABASE_TIMEOUT = env.int("DATABASE_TIMEOUT", default=5)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        connect_timeout=DATABASE_TIMEOUT,
        options=f"-c statement_timeout={DATABASE_TIMEOUT * 1000}",
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("timeout", DATABASE_TIMEOUT)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache shared by every server process: login and password-reset throttling
# must count across gunicorn workers, so the default is the database cache.
CACHES = {
    "default": env.cache_url_config(secret("CACHE_URL", default="dbcache://decliner_cache")),
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Internationalisation: French is the default interface language.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("French")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Paris")
USE_I18N = True
USE_TZ = True

# Static files: our own from static/, front-end libraries straight from the
# npm packages (package-lock.json), served by whitenoise.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/bootstrap", BASE_DIR / "node_modules" / "bootstrap" / "dist"),
    ("vendor/htmx", BASE_DIR / "node_modules" / "htmx.org" / "dist"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        ),
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION

# Forms
CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Sessions and messages: messages live in the session, never in their own cookie.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=60 * 60 * 24 * 14)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "messages_app.errors.csrf_failure"

# Security headers on every response.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

if PRODUCTION:
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    # The health probes (messages_app/health.py) come from inside the container
    # over plain HTTP, not through the TLS proxy: never redirect them to HTTPS.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    # ASVS L1: host-only cookies that can only be set over HTTPS.
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"

# Content Security Policy (django-csp 4): nothing inline, nothing third-party.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
        "manifest-src": [SELF],
    },
}

# Accounts (django-allauth): email + password only, no social login.
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "messages_app:history"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
# Sign-up answers the same for a known and an unknown address (allauth emails
# the existing owner instead), which needs mandatory verification. The code is
# typed in the same tab, so a visitor saving a draft midway stays on it.
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
# Adding or changing an email address, changing the password and deleting the
# account ask for the password again unless it was typed in the last 5 minutes.
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_REAUTHENTICATION_TIMEOUT = 300
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_RATE_LIMITS = {
    # Failed logins per (IP, account); password reset mails per IP and per address.
    "login_failed": "10/m/ip,5/5m/key",
    "reset_password": "20/m/ip,5/5m/key",
    "signup": "20/m/ip",
    # PDF renders, per client IP and per session (messages_app/pdf).
    "pdf_render": "20/m/ip,10/m/key",
}
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if PRODUCTION else "http"
# Finishes a "save to my history" asked for before logging in (inside the login POST).
ACCOUNT_ADAPTER = "messages_app.adapters.AccountAdapter"
# People are named by their email address, never the username allauth makes up.
ACCOUNT_USER_DISPLAY = "messages_app.adapters.user_display"
# Sentence-case labels on the password forms, like the rest of the interface.
ACCOUNT_FORMS = {
    "change_password": "messages_app.forms.account.ChangePasswordForm",
    "reset_password_from_key": "messages_app.forms.account.ResetPasswordKeyForm",
}

# Email: printed on the console unless EMAIL_URL points to an SMTP server.
_email = env.email_url_config(secret("EMAIL_URL", default="consolemail://"))
vars().update(_email)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Decliner <no-reply@decliner.localhost>")

# PDF rendering limits (see messages_app/pdf/).
PDF_RENDER_TIMEOUT = env.float("PDF_RENDER_TIMEOUT", default=3.0)
PDF_MAX_PAGES = env.int("PDF_MAX_PAGES", default=4)
# How many PDFs one server renders at once, across all its web processes:
# fewer than the web workers, so a flood of PDF requests leaves a worker free
# for everybody else's pages.
PDF_RENDER_SLOTS = env.int("PDF_RENDER_SLOTS", default=1)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
    "loggers": {
        # WeasyPrint warns about every refused URL; our fetcher logs those itself.
        "weasyprint": {"level": "ERROR"},
        "fontTools": {"level": "ERROR"},
    },
}
