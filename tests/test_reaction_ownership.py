"""A draft's reactions and replies are its owner's alone: every new route,
every verb; and a reaction id only works under its own draft."""

from __future__ import annotations

import pytest
from django.urls import reverse

from messages_app.models import DraftStatus, RecruiterReaction
from tests.clients import FormClient
from tests.factories import DraftFactory

#: Routes under /history/<pk>/reactions/<rid>/.
REACTION_ROUTES = [
    "reply_update",
    "reaction_delete",
    "reaction_pdf",
    "reaction_call",
    "reaction_call_pdf",
]
VERBS = ["get", "head", "post", "put", "patch", "delete", "options"]
SECRET = "Our private answer about the salary"


@pytest.fixture
def alice_reaction(alice, seeded):
    draft = DraftFactory.create(
        owner=alice, company="Acme Robotics", status=DraftStatus.REPLY_RECEIVED
    )
    return RecruiterReaction.objects.create(
        draft=draft,
        reaction="call",
        their_message=SECRET,
        reply_channel="email",
        reply_subject="Re: Interview",
        reply_body="Of course, a short call suits me.",
    )


def _request(client, verb, url):
    if verb == "post":
        return client.post(
            url,
            {
                "reaction-reaction": "why",
                "reaction-their_message": "hijacked",
                "reply-1-reply_body": "hijacked",
            },
        )
    return getattr(client, verb)(url)


def _unchanged(reaction):
    stored = RecruiterReaction.objects.get(pk=reaction.pk)
    assert stored.reply_body == "Of course, a short call suits me."
    assert RecruiterReaction.objects.count() == 1


@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("route", REACTION_ROUTES)
def test_a_stranger_gets_404_for_alices_reaction(bob_client, alice_reaction, route, verb):
    url = reverse(f"messages_app:{route}", args=[alice_reaction.draft_id, alice_reaction.pk])
    response = _request(bob_client, verb, url)
    assert response.status_code == 404
    assert SECRET not in response.content.decode()
    _unchanged(alice_reaction)


@pytest.mark.parametrize("verb", VERBS)
def test_a_stranger_gets_404_when_recording_a_reaction_on_alices_draft(
    bob_client, alice_reaction, verb
):
    url = reverse("messages_app:reaction_add", args=[alice_reaction.draft_id])
    assert _request(bob_client, verb, url).status_code == 404
    _unchanged(alice_reaction)


@pytest.mark.parametrize("verb", ["get", "post"])
@pytest.mark.parametrize("route", REACTION_ROUTES)
def test_a_reaction_of_another_draft_is_404_even_for_its_owner(
    alice_client, alice, alice_reaction, route, verb
):
    other = DraftFactory.create(owner=alice, status=DraftStatus.SENT)
    url = reverse(f"messages_app:{route}", args=[other.pk, alice_reaction.pk])
    assert _request(alice_client, verb, url).status_code == 404
    _unchanged(alice_reaction)


@pytest.mark.parametrize("verb", ["get", "post"])
@pytest.mark.parametrize("route", [*REACTION_ROUTES, "reaction_add"])
def test_anonymous_visitors_are_sent_to_login(client, alice_reaction, route, verb):
    args = [alice_reaction.draft_id]
    if route != "reaction_add":
        args.append(alice_reaction.pk)
    response = _request(client, verb, reverse(f"messages_app:{route}", args=args))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login") + "?next=")
    _unchanged(alice_reaction)


def test_only_post_records_a_reaction_and_only_get_shows_a_pdf(alice_client, alice_reaction):
    add = reverse("messages_app:reaction_add", args=[alice_reaction.draft_id])
    assert alice_client.get(add).status_code == 405
    pdf = reverse("messages_app:reaction_pdf", args=[alice_reaction.draft_id, alice_reaction.pk])
    assert alice_client.post(pdf).status_code == 405


def test_csrf_is_checked_on_recording_a_reaction(alice, alice_reaction):
    client = FormClient(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(alice)
    url = reverse("messages_app:reaction_add", args=[alice_reaction.draft_id])
    response = client.post(url, {"reaction-reaction": "why"})
    assert response.status_code == 403
    _unchanged(alice_reaction)
