"""Security headers, CSRF and safe methods (SECURITY.md, "Headers" and "CSRF")."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from tests.clients import FormClient

BASE_DIR = Path(__file__).resolve().parent.parent
ONE_YEAR = 60 * 60 * 24 * 365

HTML_PAGES = [
    "/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
]


def csp_directives(header: str) -> dict[str, list[str]]:
    directives: dict[str, list[str]] = {}
    for part in header.split(";"):
        if part.strip():
            name, *values = part.split()
            directives[name] = values
    return directives


@pytest.fixture
def alice(django_user_model):
    return django_user_model.objects.create_user(
        username="alice", email="alice@example.com", password="correct horse battery staple"
    )


@pytest.mark.django_db
@pytest.mark.parametrize("url", HTML_PAGES)
def test_html_pages_allow_no_inline_code_and_nothing_from_elsewhere(client, url):
    response = client.get(url)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    header = response["Content-Security-Policy"]
    csp = csp_directives(header)
    assert csp["default-src"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert "unsafe-inline" not in header
    assert "unsafe-eval" not in header


@pytest.mark.django_db
@pytest.mark.parametrize("url", HTML_PAGES)
def test_html_pages_send_the_browser_hardening_headers(client, url):
    response = client.get(url)

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.slow
def test_production_profile_forces_https_with_hsts_and_host_only_cookies(tmp_path):
    """The real production settings in their own process: plain HTTP is
    redirected, HTTPS answers carry HSTS for at least a year, and the cookies
    are `__Host-` and Secure. Only the static files storage is swapped, since
    collectstatic (the manifest) belongs to the image build, not to this test."""
    script = """
import json
import django
django.setup()
from django.conf import settings
from django.core.management import call_command
from django.test import Client

from tests.clients import FormClient
from django.test.utils import override_settings

call_command("migrate", verbosity=0)
static = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
with override_settings(STORAGES={**settings.STORAGES, "staticfiles": static}):
    plain = FormClient().get("/")
    secure = FormClient().get("/", secure=True)
print(json.dumps({
    "plain_status": plain.status_code,
    "plain_location": plain.get("Location"),
    "status": secure.status_code,
    "hsts": secure.get("Strict-Transport-Security"),
    "cookies": {name: {"secure": bool(c["secure"]), "httponly": bool(c["httponly"])}
                for name, c in secure.cookies.items()},
}))
"""
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "DEBUG",
            "SECRET_KEY",
            "DATABASE_URL",
            "SECURE_SSL_REDIRECT",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    env.update(
        DJANGO_SETTINGS_MODULE="decliner.settings",
        DJANGO_ENV="production",
        SECRET_KEY=secrets.token_urlsafe(64),
        DATABASE_URL=f"sqlite:///{tmp_path / 'production.sqlite3'}",
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])

    assert seen["plain_status"] == 301
    assert seen["plain_location"] == "https://testserver/"
    assert seen["status"] == 200
    hsts = dict(
        part.strip().partition("=")[::2] for part in seen["hsts"].split(";") if part.strip()
    )
    assert int(hsts["max-age"]) >= ONE_YEAR
    assert "includeSubDomains" in hsts
    assert seen["cookies"]["__Host-csrftoken"]["secure"] is True
    assert "csrftoken" not in seen["cookies"]


@pytest.mark.django_db
def test_switching_language_without_a_csrf_token_is_refused_and_changes_nothing():
    client = FormClient(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="fr")

    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})

    assert response.status_code == 403
    assert '<html lang="fr">' in response.text
    assert "django_language" not in response.cookies
    assert '<html lang="fr">' in client.get("/").text


@pytest.mark.django_db
def test_switching_language_with_the_token_of_the_page_works():
    client = FormClient(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="fr")
    client.get("/")
    token = client.cookies["csrftoken"].value

    response = client.post(
        "/i18n/setlang/", {"language": "en", "next": "/", "csrfmiddlewaretoken": token}
    )

    assert response.status_code == 302
    assert '<html lang="en">' in client.get("/").text


@pytest.mark.django_db
def test_login_post_without_a_csrf_token_gets_the_explaining_page_with_the_email_back(alice):
    client = FormClient(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")

    response = client.post(
        "/accounts/login/",
        {"login": "alice@example.com", "password": "correct horse battery staple"},
    )

    assert response.status_code == 403
    assert "This page had expired" in response.text
    assert "not sent from a Decliner page" in response.text
    assert "alice@example.com" in response.text
    assert "correct horse battery staple" not in response.text
    assert "alice@example.com" not in client.get("/").text  # not logged in


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "head"])
def test_visiting_the_logout_address_does_not_log_out(client, alice, method):
    client.force_login(alice)

    getattr(client, method)("/accounts/logout/")

    assert "alice@example.com" in client.get("/").text


@pytest.mark.django_db
def test_the_logout_button_logs_out(alice):
    client = FormClient(enforce_csrf_checks=True)
    client.force_login(alice)
    client.get("/")
    token = client.cookies["csrftoken"].value

    response = client.post("/accounts/logout/", {"csrfmiddlewaretoken": token})

    assert response.status_code == 302
    assert "alice@example.com" not in client.get("/").text


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "head"])
def test_a_language_link_does_not_switch_the_interface_language(client, method):
    getattr(client, method)("/i18n/setlang/?language=en&next=/")

    assert '<html lang="fr">' in client.get("/").text
