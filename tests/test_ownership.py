"""Alice's drafts are hers alone: every route, every verb."""

from __future__ import annotations

import pytest
from django.urls import reverse

from messages_app.models import Draft, DraftStatus, Reflection
from tests.factories import DraftFactory

DRAFT_ROUTES = [
    "draft_detail",
    "draft_update",
    "draft_edit",
    "draft_duplicate",
    "draft_delete",
    "draft_mark_sent",
    "draft_mark_reply",
    "draft_text",
    "draft_pdf",
    "draft_call",
    "draft_call_ics",
    "draft_reflection",
    "draft_undo_status",
    "reaction_add",
]
VERBS = ["get", "head", "post", "put", "patch", "delete", "options"]


def _request(client, verb, url):
    data = {"subject": "hijacked", "body": "hijacked", "version": 1, "lessons": "hijacked"}
    if verb == "post":
        return client.post(url, data)
    return getattr(client, verb)(url)


@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("route", DRAFT_ROUTES)
def test_stranger_gets_404_for_alice_draft(bob_client, alice_draft, route, verb):
    response = _request(bob_client, verb, reverse(f"messages_app:{route}", args=[alice_draft.pk]))
    assert response.status_code == 404
    assert alice_draft.subject not in response.content.decode()
    stored = Draft.objects.get(pk=alice_draft.pk)
    assert (stored.body, stored.version, stored.status) == (
        alice_draft.body,
        1,
        DraftStatus.DRAFT,
    )
    assert not Reflection.objects.exists()


@pytest.mark.parametrize("route", DRAFT_ROUTES)
def test_unknown_draft_ids_are_404(alice_client, alice_draft, route):
    response = alice_client.get(reverse(f"messages_app:{route}", args=[alice_draft.pk + 1000]))
    assert response.status_code == 404


@pytest.mark.parametrize("verb", ["get", "post"])
@pytest.mark.parametrize("route", DRAFT_ROUTES)
def test_anonymous_visitors_are_sent_to_login(client, alice_draft, route, verb):
    url = reverse(f"messages_app:{route}", args=[alice_draft.pk])
    response = _request(client, verb, url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login") + "?next=")
    assert Draft.objects.get(pk=alice_draft.pk).version == 1


@pytest.mark.parametrize("route", ["history", "my_data", "data_export", "insights"])
def test_anonymous_visitors_are_sent_to_login_from_the_lists(client, route):
    response = client.get(reverse(f"messages_app:{route}"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_history_lists_only_my_own_drafts(bob_client, alice_draft, bob):
    DraftFactory(owner=bob, company="Bob Industries")
    response = bob_client.get(reverse("messages_app:history"))
    assert [row.company for row in response.context["rows"]] == ["Bob Industries"]
    assert "Acme Robotics" not in response.text
    searched = bob_client.get(reverse("messages_app:history"), {"q": "Acme"})
    assert searched.context["rows"] == []


def test_export_holds_only_my_own_drafts(bob_client, alice_draft):
    response = bob_client.get(reverse("messages_app:data_export"))
    assert response.json()["drafts"] == []
    assert "Acme Robotics" not in response.content.decode()


def test_insights_count_only_my_own_declines(bob_client, alice_draft, bob):
    DraftFactory(owner=bob, company="Bob Industries")
    response = bob_client.get(reverse("messages_app:insights"))
    assert response.context["insights"].total == 1
    assert "Acme Robotics" not in response.text


def test_a_stranger_cannot_read_or_overwrite_alices_reflection(bob_client, alice_draft):
    Reflection.objects.create(draft=alice_draft, lessons="Alice's lesson")
    url = reverse("messages_app:draft_reflection", args=[alice_draft.pk])
    assert "Alice's lesson" not in bob_client.get(url).text
    assert bob_client.post(url, {"lessons": "Bob's"}).status_code == 404
    assert Reflection.objects.get().lessons == "Alice's lesson"


def test_every_route_under_a_draft_is_in_an_ownership_matrix():
    """A new route under /history/<pk>/ cannot skip the stranger checks: it is
    either here or, under a reaction, in test_reaction_ownership.py."""
    from messages_app.urls import urlpatterns
    from tests.test_reaction_ownership import REACTION_ROUTES

    under_a_draft = {pattern.name for pattern in urlpatterns if "<int:pk>" in str(pattern.pattern)}
    assert under_a_draft
    assert under_a_draft <= set(DRAFT_ROUTES) | set(REACTION_ROUTES)
