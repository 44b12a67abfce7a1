"""The production profile (DJANGO_ENV=production) as a server would start it."""

from __future__ import annotations

import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from tests.processes import server_environment

BASE_DIR = Path(__file__).resolve().parent.parent

# Every test starts manage.py in a process of its own.
pytestmark = pytest.mark.slow


def manage(*args: str, **overrides: str) -> subprocess.CompletedProcess:
    """Runs manage.py in its own process with the production environment."""
    env = server_environment(**{"DJANGO_ENV": "production", **overrides})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_checklist():
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", SECRET_KEY=secrets.token_urlsafe(64)
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    "secret_key",
    ["", "too-short-to-be-a-real-key", "a" * 50, "abab" * 20, "django-insecure-" + "x1y2z3" * 10],
    ids=["missing", "short", "one-letter", "four-letters", "django-insecure"],
)
def test_production_refuses_to_start_without_a_strong_secret_key(secret_key):
    result = manage("check", SECRET_KEY=secret_key)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY must be set (50+ characters) in production" in result.stderr


@pytest.mark.parametrize("profile", ["prod", "Production", "staging", ""])
def test_an_unknown_profile_name_stops_the_start(profile):
    result = manage("check", DJANGO_ENV=profile, SECRET_KEY=secrets.token_urlsafe(64))

    assert result.returncode != 0
    assert "DJANGO_ENV must be one of development, production" in result.stderr


def test_production_never_runs_with_debug_on():
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print('DEBUG', settings.DEBUG)",
        DEBUG="true",
        SECRET_KEY=secrets.token_urlsafe(64),
    )

    assert result.returncode == 0, result.stderr
    assert "DEBUG False" in result.stdout
