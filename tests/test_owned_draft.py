"""`owned_draft`: login first, then 404 for a draft that is not yours, then
405 for a method the page does not take."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.db import SessionStore
from django.http import Http404, HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from messages_app.decorators import owned_draft
from messages_app.models import DraftStatus

#: Every page of `history/<pk>/…` served through `owned_draft`, with the
#: methods it takes.
ROUTES = {
    "draft_detail": ("GET", "HEAD"),
    "draft_update": ("POST",),
    "draft_edit": ("POST",),
    "draft_duplicate": ("POST",),
    "draft_delete": ("GET", "HEAD", "POST"),
    "draft_mark_sent": ("POST",),
    "draft_mark_reply": ("POST",),
    "draft_text": ("GET", "HEAD"),
    "draft_call": ("GET", "HEAD"),
    "draft_call_ics": ("GET", "HEAD"),
}
VERBS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


@owned_draft(methods=("POST",))
def _echo(request, draft):
    return HttpResponse(f"draft {draft.pk}")


def _request(method: str, user):
    request = RequestFactory().generic(method, "/history/1/")
    request.user = user
    request.session = SessionStore()
    return request


def test_it_hands_the_owner_s_draft_to_the_view(alice, alice_draft):
    response = _echo(_request("POST", alice), pk=alice_draft.pk)
    assert response.content.decode() == f"draft {alice_draft.pk}"
    assert "no-store" in response["Cache-Control"]


def test_it_checks_ownership_before_the_method(bob, alice_draft):
    for method in ("POST", "GET", "PUT"):
        with pytest.raises(Http404):
            _echo(_request(method, bob), pk=alice_draft.pk)


def test_it_sends_anonymous_visitors_to_log_in(alice_draft):
    response = _echo(_request("GET", AnonymousUser()), pk=alice_draft.pk)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_a_wrong_method_on_my_own_draft_is_405_with_the_allowed_ones(alice, alice_draft):
    response = _echo(_request("GET", alice), pk=alice_draft.pk)
    assert response.status_code == 405
    assert response["Allow"] == "POST"


@pytest.mark.parametrize("route", ROUTES)
def test_a_missing_draft_is_404_whatever_the_method(alice_client, alice_draft, route):
    url = reverse(f"messages_app:{route}", args=[alice_draft.pk + 1000])
    for verb in VERBS:
        assert alice_client.generic(verb, url).status_code == 404, verb


@pytest.mark.parametrize("route", ROUTES)
def test_a_method_the_page_does_not_take_is_405_and_changes_nothing(
    alice_client, alice_draft, route
):
    allowed = ROUTES[route]
    url = reverse(f"messages_app:{route}", args=[alice_draft.pk])
    for verb in VERBS:
        if verb in allowed:
            continue
        response = alice_client.generic(verb, url)
        assert response.status_code == 405, verb
        assert response["Allow"] == ", ".join(allowed)
    alice_draft.refresh_from_db()
    assert (alice_draft.status, alice_draft.version) == (DraftStatus.DRAFT, 1)


def test_get_never_changes_a_draft(alice_client, alice_draft):
    for name in ("draft_mark_sent", "draft_mark_reply", "draft_update", "draft_edit"):
        response = alice_client.get(reverse(f"messages_app:{name}", args=[alice_draft.pk]))
        assert response.status_code == 405
    response = alice_client.get(reverse("messages_app:draft_delete", args=[alice_draft.pk]))
    assert response.status_code == 200
    assert "Delete this draft?" in response.text
    alice_draft.refresh_from_db()
    assert (alice_draft.status, alice_draft.version) == (DraftStatus.DRAFT, 1)
