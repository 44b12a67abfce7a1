"""Behind the TLS proxy of docker-compose.yml: every request comes from the
proxy's address, and the per-IP throttles must count the real client, the
last X-Forwarded-For entry (TRUSTED_PROXY_COUNT=1)."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse

from tests.factories import PASSWORD

LOGIN = reverse("account_login")
RESET = reverse("account_reset_password")

# Caddy's address on the compose network: REMOTE_ADDR of every request.
PROXY = "172.18.0.5"
# Two visitors (documentation ranges, RFC 5737).
CLIENT_A = "203.0.113.7"
CLIENT_B = "198.51.100.23"

pytestmark = pytest.mark.django_db


@pytest.fixture
def bob_can_log_in(bob):
    # Logging in needs a verified address (mandatory verification).
    EmailAddress.objects.update_or_create(
        user=bob, email=bob.email, defaults={"verified": True, "primary": True}
    )
    return bob


def through_proxy(path: str, data: dict[str, str], *, forwarded_for: str):
    """A form POST from a new visitor (its own session, as a script would
    send it), as the proxy hands it on."""
    return Client(headers={"accept-language": "en"}).post(
        path,
        urlencode(data),
        content_type="application/x-www-form-urlencoded",
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


def login_outcome(response) -> str:
    if response.status_code == 302:
        return "logged in"
    if "Too many failed login attempts" in response.text:
        return "throttled"
    if "not correct" in response.text:
        return "wrong password"
    return f"status {response.status_code}"


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_failed_logins_from_one_client_do_not_lock_out_another_behind_the_proxy(bob_can_log_in):
    # Client A tries 15 addresses (one failure each: no account limit is hit).
    attempts = [
        login_outcome(
            through_proxy(
                LOGIN,
                {"login": f"ghost{n}@example.test", "password": "wrong"},
                forwarded_for=CLIENT_A,
            )
        )
        for n in range(15)
    ]
    # A itself is held at the per-IP limit (10 a minute)...
    assert attempts == ["wrong password"] * 10 + ["throttled"] * 5

    # ...while B, behind the same proxy, logs in with the right password.
    response = through_proxy(
        LOGIN, {"login": bob_can_log_in.email, "password": PASSWORD}, forwarded_for=CLIENT_B
    )
    assert login_outcome(response) == "logged in"
    assert response.wsgi_request.session["_auth_user_id"] == str(bob_can_log_in.pk)


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_a_forged_forwarded_for_entry_does_not_give_a_fresh_count(db):
    # Caddy overwrites a client's X-Forwarded-For; a proxy that appends to it
    # instead still writes the real address last, and only that one counts.
    attempts = [
        login_outcome(
            through_proxy(
                LOGIN,
                {"login": f"ghost{n}@example.test", "password": "wrong"},
                forwarded_for=f"192.0.2.{n}, {CLIENT_A}",
            )
        )
        for n in range(11)
    ]

    assert attempts == ["wrong password"] * 10 + ["throttled"]


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_password_reset_requests_from_one_client_do_not_block_another_behind_the_proxy(
    bob_can_log_in,
):
    # 20 a minute per IP; each a different address, so no address limit is hit.
    answers = [
        through_proxy(RESET, {"email": f"ghost{n}@example.test"}, forwarded_for=CLIENT_A)
        for n in range(21)
    ]
    assert [r.status_code for r in answers[:20]] == [302] * 20
    assert answers[20].status_code != 302

    mail.outbox.clear()
    response = through_proxy(RESET, {"email": bob_can_log_in.email}, forwarded_for=CLIENT_B)

    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [[bob_can_log_in.email]]
