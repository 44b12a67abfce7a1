"""Everything an account holds, as a JSON download (with each draft's
reactions and reflection), and all of it gone with the account."""

from __future__ import annotations

import json

from django.urls import reverse

from messages_app.choices import Channel, Reaction
from messages_app.models import Draft, RecruiterReaction, Reflection
from tests.factories import PASSWORD, DraftFactory, bulk_drafts


def test_export_contains_every_draft_and_nobody_elses(alice_client, alice, bob):
    bulk_drafts(alice, 30)
    DraftFactory(owner=bob, company="Bob's secret")
    response = alice_client.get(reverse("messages_app:data_export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="decliner-export-')
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "alice@example.org"
    assert len(data["drafts"]) == 30
    assert {d["id"] for d in data["drafts"]} == set(
        Draft.objects.filter(owner=alice).values_list("pk", flat=True)
    )
    assert "Bob's secret" not in response.content.decode()


def test_export_keeps_unicode_and_answers(alice_client, alice):
    DraftFactory(owner=alice, company="Crème brûlée & Cie", body="Merci « vraiment » 🎉")
    data = json.loads(alice_client.get(reverse("messages_app:data_export")).content)
    (draft,) = data["drafts"]
    assert draft["company"] == "Crème brûlée & Cie"
    assert draft["body"] == "Merci « vraiment » 🎉"
    assert draft["answers"]["company"] == "Crème brûlée & Cie"


def test_export_is_a_download_not_a_write(alice_client, alice_draft):
    assert alice_client.post(reverse("messages_app:data_export")).status_code == 405


def _reaction(draft, **fields):
    defaults = {
        "reaction": Reaction.WHY,
        "their_message": "Could you tell us why?",
        "reply_channel": Channel.EMAIL,
        "reply_subject": "Re: your application",
        "reply_body": "The role is further from my goals than I thought.",
    }
    return RecruiterReaction.objects.create(draft=draft, **(defaults | fields))


def test_export_holds_each_drafts_reactions_and_reflection(alice_client, alice_draft):
    first = _reaction(alice_draft)
    _reaction(alice_draft, reaction=Reaction.INSISTS, their_message="We can offer more.")
    Reflection.objects.create(
        draft=alice_draft, change_of_mind="A shorter commute", lessons="Ask about the team early"
    )
    DraftFactory(owner=alice_draft.owner, company="No reaction yet")
    data = json.loads(alice_client.get(reverse("messages_app:data_export")).content)
    by_company = {draft["company"]: draft for draft in data["drafts"]}
    acme = by_company["Acme Robotics"]
    assert acme["reactions"][0] == {
        "reaction": "why",
        "their_message": "Could you tell us why?",
        "reply_channel": "email",
        "reply_subject": "Re: your application",
        "reply_body": "The role is further from my goals than I thought.",
        "created_at": first.created_at.isoformat(),
        "updated_at": first.updated_at.isoformat(),
    }
    assert [r["reaction"] for r in acme["reactions"]] == ["why", "insists"]
    assert acme["reflection"]["change_of_mind"] == "A shorter commute"
    assert acme["reflection"]["lessons"] == "Ask about the team early"
    assert set(acme["reflection"]) == {*Reflection.QUESTIONS, "updated_at"}
    assert by_company["No reaction yet"]["reactions"] == []
    assert by_company["No reaction yet"]["reflection"] is None


def test_export_reads_reactions_and_reflections_in_a_few_queries(
    alice_client, alice, django_assert_max_num_queries
):
    bulk_drafts(alice, 40)
    for draft in Draft.objects.filter(owner=alice)[:10]:
        _reaction(draft)
        Reflection.objects.create(draft=draft, feelings="Mixed")
    # The session, the user, the drafts with their reflections, their reactions.
    with django_assert_max_num_queries(4):
        data = json.loads(alice_client.get(reverse("messages_app:data_export")).content)
    assert sum(len(d["reactions"]) for d in data["drafts"]) == 10
    assert sum(d["reflection"] is not None for d in data["drafts"]) == 10


def test_the_data_page_says_the_export_holds_reactions_and_reflections(alice_client, alice_draft):
    text = alice_client.get(reverse("messages_app:my_data")).text
    assert "reactions you recorded with the replies you wrote, and your reflection" in text


def test_deleting_the_account_removes_its_reactions_and_reflections(alice_client, alice, bob):
    mine = DraftFactory(owner=alice)
    _reaction(mine)
    Reflection.objects.create(draft=mine, lessons="Mine")
    bobs = DraftFactory(owner=bob)
    _reaction(bobs)
    Reflection.objects.create(draft=bobs, lessons="Bob's")
    response = alice_client.post(reverse("messages_app:account_delete"), {"password": PASSWORD})
    assert response.status_code == 302
    assert not RecruiterReaction.objects.filter(draft__owner_id=alice.pk).exists()
    assert list(Reflection.objects.values_list("lessons", flat=True)) == ["Bob's"]
    assert RecruiterReaction.objects.count() == 1
