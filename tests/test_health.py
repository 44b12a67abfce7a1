"""Health probes: /healthz (the process answers) and /readyz (the database
answers too), as the container's HEALTHCHECK and an operator call them."""

from __future__ import annotations

import json
import secrets
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.test import Client

from tests.processes import server_environment

BASE_DIR = Path(__file__).resolve().parent.parent

# What the web service runs with in docker-compose.yml, SITE_ADDRESS set.
COMPOSE_ALLOWED_HOSTS = "decliner.example.org,localhost"

PROBE_SCRIPT = """
import json, sys, time

import django


def main():
    django.setup()
    from django.test import Client

    # As the container probes itself: plain HTTP, Host: localhost, no cookie.
    client = Client(raise_request_exception=False, HTTP_HOST="localhost")
    seen = {}
    for path in sys.argv[1:]:
        started = time.monotonic()
        response = client.get(path)
        seen[path] = {
            "seconds": time.monotonic() - started,
            "status": response.status_code,
            "location": response.get("Location"),
            "body": response.content.decode(),
        }
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
"""


def probe(tmp_path: Path, *paths: str, **environment: str) -> dict[str, dict]:
    """GETs `paths` in a fresh process configured by `environment` (a
    database that cannot be reached cannot be configured in this one)."""
    script = tmp_path / "probe.py"
    script.write_text(PROBE_SCRIPT)
    env = server_environment(LOG_LEVEL="CRITICAL", **environment)
    result = subprocess.run(
        [sys.executable, str(script), *paths],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def refusing_database() -> Iterator[str]:
    """A PostgreSQL address where nothing listens: connections are refused.
    The port stays bound (not listening) so nothing else can take it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"postgres://decliner:secret@127.0.0.1:{sock.getsockname()[1]}/decliner"


# --- in this process, on the test database -----------------------------------------


def test_healthz_answers_without_touching_the_database(db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = Client().get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert response["Content-Type"].startswith("text/plain")


def test_readyz_asks_the_database_one_cheap_question(db, django_assert_num_queries):
    with django_assert_num_queries(1) as captured:
        response = Client().get("/readyz")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    # Only the probe's own query: no session or user was looked up.
    assert captured.captured_queries[0]["sql"] == "SELECT 1"


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probes_set_no_cookie_and_are_never_cached(db, path):
    client = Client()
    client.cookies["sessionid"] = "returningvisitor0123456789abcdef"

    response = client.get(path)

    assert response.status_code == 200
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probes_change_nothing_so_they_refuse_posts(db, path):
    response = Client().post(path, "", content_type="application/x-www-form-urlencoded")

    assert response.status_code == 405


# --- in a process of its own: the database out of reach ----------------------------


@pytest.mark.slow
def test_readyz_is_503_when_the_database_refuses_connections(tmp_path, refusing_database):
    seen = probe(
        tmp_path, "/readyz", "/healthz", DJANGO_ENV="development", DATABASE_URL=refusing_database
    )

    assert seen["/readyz"]["status"] == 503
    assert seen["/readyz"]["body"] == "database unavailable\n"
    # Liveness does not depend on the database: nothing to restart for.
    assert seen["/healthz"]["status"] == 200


@pytest.mark.slow
def test_readyz_is_503_within_the_database_timeout_when_the_database_hangs(
    tmp_path, silent_database
):
    seen = probe(
        tmp_path,
        "/readyz",
        DJANGO_ENV="development",
        DATABASE_URL=silent_database,
        DATABASE_TIMEOUT="1",
    )

    assert seen["/readyz"]["status"] == 503
    assert seen["/readyz"]["body"] == "database unavailable\n"
    # The 1 s connection timeout, not a hang: the probe gives up after 5 s (on
    # a loaded machine the answer has taken up to 3.6 s).
    assert seen["/readyz"]["seconds"] < 5


# --- the production profile, as the container's HEALTHCHECK calls it ---------------


@pytest.mark.slow
def test_probes_answer_plain_http_in_production_while_pages_still_redirect(tmp_path):
    seen = probe(
        tmp_path,
        "/healthz",
        "/readyz",
        "/",
        DJANGO_ENV="production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS=COMPOSE_ALLOWED_HOSTS,
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )

    # No 301 to HTTPS and no 400 for the Host: the probe gets the real answer.
    assert (seen["/healthz"]["status"], seen["/healthz"]["body"]) == (200, "ok\n")
    assert (seen["/readyz"]["status"], seen["/readyz"]["body"]) == (200, "ok\n")
    # The exemption is the probes' alone: a page over plain HTTP goes to HTTPS.
    assert seen["/"]["status"] == 301
    assert seen["/"]["location"] == "https://localhost/"
