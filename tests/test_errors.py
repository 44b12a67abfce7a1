"""Error pages: a database outage (503), any other failure (500), and the
page that takes over when a form's CSRF token has gone stale (403)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.http import HttpRequest, HttpResponse
from django.test import Client
from django.urls import include, path

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
handler500 = "messages_app.views.server_error"


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def unreachable_databases(tmp_path: Path) -> dict[str, str]:
    return {
        "sqlite": f"sqlite:///{tmp_path / 'missing-dir' / 'db.sqlite3'}",
        "postgresql": f"postgres://decliner:secret@127.0.0.1:{closed_port()}/decliner",
    }


def visit_with_database_down(database_url: str, language: str) -> dict:
    """The whole site in its own process, configured with a database that cannot
    be reached: a returning visitor (session cookie) opens the home page, whose
    header needs the session, hence the database."""
    script = """
import json, sys
import django
django.setup()
from django.test import Client

client = Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE=sys.argv[1])
client.cookies["sessionid"] = "returningvisitor0123456789abcdef"
response = client.get("/")
print(json.dumps({
    "status": response.status_code,
    "retry_after": response.get("Retry-After"),
    "csp": response.get("Content-Security-Policy"),
    "body": response.content.decode(),
}))
"""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_ENV", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="decliner.settings",
        DEBUG="false",
        DATABASE_URL=database_url,
        LOG_LEVEL="CRITICAL",
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


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_database_outage_gives_a_503_to_retry_later_in_english(tmp_path, backend):
    seen = visit_with_database_down(unreachable_databases(tmp_path)[backend], "en")

    assert seen["status"] == 503
    assert int(seen["retry_after"]) > 0
    assert '<html lang="en">' in seen["body"]
    assert UNAVAILABLE_EN in seen["body"]
    assert "Nothing you typed has been lost" in seen["body"]
    assert "default-src 'none'" in seen["csp"]


def test_database_outage_page_speaks_french_to_a_french_visitor(tmp_path):
    seen = visit_with_database_down(unreachable_databases(tmp_path)["sqlite"], "fr")

    assert seen["status"] == 503
    assert '<html lang="fr">' in seen["body"]
    assert UNAVAILABLE_EN not in seen["body"]


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_any_other_failure_gives_the_500_page_without_internal_details():
    client = Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE="en")

    response = client.get("/test-only/broken/")

    assert response.status_code == 500
    assert "Retry-After" not in response
    assert '<html lang="en">' in response.text
    assert "Something went wrong on our side" in response.text
    assert "secret internal detail" not in response.text
    assert "RuntimeError" not in response.text
    assert "default-src 'none'" in response["Content-Security-Policy"]


class FormReader(HTMLParser):
    """Collects the fields of the forms on a page, as a browser would send them."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "form":
            self.forms.append({"action": attributes.get("action"), "fields": []})
        elif tag == "input" and self.forms and attributes.get("name"):
            self.forms[-1]["fields"].append((attributes["name"], attributes.get("value") or ""))


def stale_form_post(client: Client, url: str, data: dict) -> tuple:
    """Posts a form whose token no longer matches (as after logging in elsewhere)."""
    client.cookies["csrftoken"] = "A" * 32
    return client.post(url, {**data, "csrfmiddlewaretoken": "B" * 32})


@pytest.mark.django_db
def test_stale_form_page_shows_the_posted_text_back_escaped():
    client = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")
    typed = "Dear Ms <b>Martin</b>,\nThank you <script>alert('x')</script> & goodbye"

    response = stale_form_post(client, "/accounts/signup/", {"email": typed})

    assert response.status_code == 403
    assert "This page had expired" in response.text
    assert "Nothing is lost" in response.text
    assert "Dear Ms &lt;b&gt;Martin&lt;/b&gt;," in response.text
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; goodbye" in response.text
    assert "<script>alert" not in response.text


@pytest.mark.django_db
def test_stale_form_page_never_writes_passwords_back():
    client = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")

    response = stale_form_post(
        client,
        "/accounts/signup/",
        {"email": "bob@example.com", "password1": "Tr0ub4dor&3x", "password2": "Tr0ub4dor&3x"},
    )

    assert response.status_code == 403
    assert "bob@example.com" in response.text
    assert "Tr0ub4dor" not in response.text


@pytest.mark.django_db
def test_stale_form_page_keeps_every_value_of_a_multiple_choice():
    client = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")

    response = stale_form_post(client, "/accounts/signup/", {"reasons": ["salary", "location"]})

    reader = FormReader()
    reader.feed(response.text)
    resent = [form for form in reader.forms if form["action"] == "/accounts/signup/"]
    assert ("reasons", "salary") in resent[0]["fields"]
    assert ("reasons", "location") in resent[0]["fields"]


@pytest.mark.django_db
def test_sending_the_kept_text_again_from_the_stale_form_page_goes_through():
    client = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")
    response = stale_form_post(client, "/accounts/login/", {"login": "carol@example.com"})
    reader = FormReader()
    reader.feed(response.text)
    resent = next(form for form in reader.forms if form["action"] == "/accounts/login/")

    again = client.post(resent["action"], dict(resent["fields"]))

    assert again.status_code == 200  # the login form itself, not another refusal
    assert "This page had expired" not in again.text
    assert "carol@example.com" in again.text
