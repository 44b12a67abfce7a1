"""Error pages: a database outage (503), any other failure (500). The
stale-form page (403) is in test_csrf_failure.py, 400 and 404 in
test_error_pages.py."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.http import HttpRequest, HttpResponse
from django.urls import include, path

from tests.clients import FormClient
from tests.processes import server_environment

BASE_DIR = Path(__file__).resolve().parent.parent
UNAVAILABLE_EN = "Decliner is temporarily unavailable"


# This module doubles as the URLconf of the 500 test: the whole site plus one
# view with a programming error in it.
def broken_view(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("secret internal detail")


urlpatterns = [
    path("test-only/broken/", broken_view),
    path("", include("decliner.urls")),
]
handler500 = "messages_app.errors.server_error"


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def unreachable_databases(tmp_path: Path) -> dict[str, str]:
    return {
        "sqlite": f"sqlite:///{tmp_path / 'missing-dir' / 'db.sqlite3'}",
        "postgresql": f"postgres://decliner:secret@127.0.0.1:{closed_port()}/decliner",
    }


def visit_with_database_down(database_url: str, language: str, **settings: str) -> dict:
    """The whole site in its own process, configured with a database that cannot
    be reached: a returning visitor (session cookie) opens the home page, whose
    header needs the session, hence the database."""
    script = """
import json, sys, time
import django
django.setup()
from django.test import Client

client = Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE=sys.argv[1])
started = time.monotonic()
client.cookies["sessionid"] = "returningvisitor0123456789abcdef"
response = client.get("/")
print(json.dumps({
    "seconds": time.monotonic() - started,
    "status": response.status_code,
    "retry_after": response.get("Retry-After"),
    "csp": response.get("Content-Security-Policy"),
    "body": response.content.decode(),
}))
"""
    env = server_environment(
        DEBUG="false", DATABASE_URL=database_url, LOG_LEVEL="CRITICAL", **settings
    )
    result = subprocess.run(
        [sys.executable, "-c", script, language],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_a_hung_database_gives_the_503_within_seconds_not_a_hang(silent_database):
    seen = visit_with_database_down(silent_database, "en", DATABASE_TIMEOUT="1")

    assert seen["status"] == 503
    assert int(seen["retry_after"]) > 0
    assert UNAVAILABLE_EN in seen["body"]
    # DATABASE_TIMEOUT (1 s here, 5 s by default) and a little time to render
    # (1.8-4.7 s seen, the most on a loaded machine), not gunicorn's 30 s.
    assert seen["seconds"] < 10


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_database_outage_gives_a_503_to_retry_later_in_english(tmp_path, backend):
    seen = visit_with_database_down(unreachable_databases(tmp_path)[backend], "en")

    assert seen["status"] == 503
    assert int(seen["retry_after"]) > 0
    assert '<html lang="en">' in seen["body"]
    assert UNAVAILABLE_EN in seen["body"]
    assert "Nothing you typed has been lost" in seen["body"]
    assert "default-src 'none'" in seen["csp"]


@pytest.mark.slow
def test_database_outage_page_speaks_french_to_a_french_visitor(tmp_path):
    seen = visit_with_database_down(unreachable_databases(tmp_path)["sqlite"], "fr")

    assert seen["status"] == 503
    assert '<html lang="fr">' in seen["body"]
    assert UNAVAILABLE_EN not in seen["body"]


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_any_other_failure_gives_the_500_page_without_internal_details():
    client = FormClient(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE="en")

    response = client.get("/test-only/broken/")

    assert response.status_code == 500
    assert "Retry-After" not in response
    assert '<html lang="en">' in response.text
    assert "Something went wrong on our side" in response.text
    assert "secret internal detail" not in response.text
    assert "RuntimeError" not in response.text
    assert "default-src 'none'" in response["Content-Security-Policy"]
