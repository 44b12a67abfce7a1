"""Running the app in a process of its own, as a server would start it."""

from __future__ import annotations

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

#: Variables of the test run that must not reach the server's environment
#: (the browser tests, for one, set DJANGO_ALLOW_ASYNC_UNSAFE in this process).
_TEST_RUN_ONLY = frozenset(
    {
        "DJANGO_ENV",
        "DEBUG",
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "SECURE_SSL_REDIRECT",
        "DATABASE_URL",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
    }
)


def server_environment(**settings: str) -> dict[str, str]:
    """This process's environment without the test run's own settings, plus
    `settings` (DJANGO_ENV, DATABASE_URL, …). The database stays the test
    run's unless `settings` names another one."""
    env = {key: value for key, value in os.environ.items() if key not in _TEST_RUN_ONLY}
    if "DATABASE_URL" in os.environ:
        env["DATABASE_URL"] = os.environ["DATABASE_URL"]
    env.update(DJANGO_SETTINGS_MODULE="decliner.settings", PYTHONPATH=str(BASE_DIR), **settings)
    return env
