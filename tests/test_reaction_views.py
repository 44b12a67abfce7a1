"""Recording the recruiter's reaction on a sent draft, the reply proposed
for it, editing and deleting it: the draft page's thread."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from messages_app.limits import THEIR_MESSAGE_MAX
from messages_app.models import Draft, DraftStatus, RecruiterReaction
from messages_app.services import account_delete
from tests.factories import DraftFactory, wizard_answers


def sent_draft(owner, **answers) -> Draft:
    """A sent email draft declining for reason "location"."""
    return DraftFactory.create(
        owner=owner,
        company="Acme Robotics",
        position="Backend developer",
        subject="Backend developer interview",
        recipient_email="claire@acme.example",
        status=DraftStatus.SENT,
        answers=wizard_answers(**{"reasons": ["location"], "reason_detail": "specific", **answers}),
    )


def page_url(draft: Draft) -> str:
    return reverse("messages_app:draft_detail", args=[draft.pk])


def react(client, draft: Draft, reaction: str = "why", their_message: str = ""):
    return client.post(
        reverse("messages_app:reaction_add", args=[draft.pk]),
        {"reaction-reaction": reaction, "reaction-their_message": their_message},
    )


@pytest.fixture
def draft(alice, seeded) -> Draft:
    return sent_draft(alice)


def test_a_sent_draft_asks_how_they_reacted_and_says_their_reply_stays_private(alice_client, draft):
    html = alice_client.get(page_url(draft)).text
    assert "How did they react?" in html
    for label in ("Positive", "Asks why", "Insists or offers more", "Proposes another role"):
        assert label in html
    assert "Asks to talk on the phone" in html and "No answer yet" in html
    assert "never sends it anywhere" in html


def test_an_unsent_draft_has_no_reaction_form(alice_client, alice, seeded):
    draft = DraftFactory.create(owner=alice)
    assert "How did they react?" not in alice_client.get(page_url(draft)).text
    response = react(alice_client, draft)
    assert response.status_code == 400
    assert "Mark the message as sent first" in response.text
    assert not RecruiterReaction.objects.exists()


def test_a_sent_request_for_information_is_not_a_decline_to_react_to(alice_client, alice, seeded):
    draft = sent_draft(alice, certainty="unsure", purpose="ask_info")
    Draft.objects.filter(pk=draft.pk).update(purpose="ask_info")
    html = alice_client.get(page_url(draft)).text
    assert "Asking for information" in html
    assert "How did they react?" not in html and "Reflect on this decision" not in html
    response = react(alice_client, draft)
    assert response.status_code == 400
    assert "there is no reaction to a decline to note" in response.text
    assert not RecruiterReaction.objects.exists()


def test_asks_why_records_the_reaction_and_proposes_a_reply_for_the_reason(alice_client, draft):
    response = react(alice_client, draft, "why", "Could you tell us why?")
    assert response.status_code == 302
    assert response["Location"].startswith(page_url(draft) + "#reaction-")
    (recorded,) = draft.reactions.all()
    assert recorded.reaction == "why" and recorded.their_message == "Could you tell us why?"
    assert recorded.reply_channel == "email"
    assert recorded.reply_subject == "Re: Backend developer interview"
    assert "commute" in recorded.reply_body
    draft.refresh_from_db()
    assert draft.status == DraftStatus.REPLY_RECEIVED
    html = alice_client.get(page_url(draft)).text
    assert "Their reaction: Asks why" in html
    assert "Could you tell us why?" in html  # in a collapsed <details>
    assert "One sincere sentence is enough" in html  # the advice for "why"
    assert "the commute would be too long for me" in html
    mailto = re.search(r'href="(mailto:claire@acme.example\?subject=Re%3A[^"]+)"', html)
    assert mailto and "commute" in mailto.group(1)
    assert 'data-copy-source="reply-plain-' in html


def test_no_answer_yet_composes_nothing_and_leaves_the_status(alice_client, draft):
    react(alice_client, draft, "no_answer")
    (recorded,) = draft.reactions.all()
    assert recorded.reply_body == "" and recorded.reply_subject == ""
    draft.refresh_from_db()
    assert draft.status == DraftStatus.SENT
    html = alice_client.get(page_url(draft)).text
    assert "No answer is needed" in html and "Send nothing more" in html
    assert "Edit the reply" not in html and "Write my reply" not in html


def test_the_thread_shows_the_exchange_in_order(alice_client, draft):
    react(alice_client, draft, "disappointed", "We are sad to hear it.")
    react(alice_client, draft, "insists", "We can offer more.")
    html = alice_client.get(page_url(draft)).text
    thread = html[html.index('id="thread"') :]
    order = [
        thread.index("Message sent on"),
        thread.index("Their reaction: Disappointed"),
        thread.index("I understand that this is disappointing"),
        thread.index("Their reaction: Insists or offers more"),
        thread.index("I have thought it over carefully"),
        thread.index("Did they answer again?"),
    ]
    assert order == sorted(order)


def test_an_invalid_reaction_shows_the_page_again_with_what_was_pasted(alice_client, draft):
    pasted = "Their long reply " * 400
    assert len(pasted) > THEIR_MESSAGE_MAX
    response = react(alice_client, draft, "why", pasted)
    assert response.status_code == 400
    assert pasted.strip() in response.text
    assert "characters or fewer" in response.text
    assert "Not saved yet: see the form below." in response.text
    missing = react(alice_client, draft, "", "Kept text")
    assert missing.status_code == 400
    assert "Choose how they reacted." in missing.text and "Kept text" in missing.text
    assert not RecruiterReaction.objects.exists()


def _edit(client, draft, recorded, body, stamp, subject="Re: Backend developer interview"):
    prefix = f"reply-{recorded.pk}"
    return client.post(
        reverse("messages_app:reply_update", args=[draft.pk, recorded.pk]),
        {
            f"{prefix}-reply_subject": subject,
            f"{prefix}-reply_body": body,
            f"{prefix}-stamp": stamp,
        },
    )


def test_the_reply_is_editable(alice_client, draft):
    react(alice_client, draft, "positive")
    recorded = draft.reactions.get()
    response = _edit(
        alice_client, draft, recorded, "Thank you, Claire.", recorded.updated_at.isoformat()
    )
    assert response.status_code == 302
    recorded.refresh_from_db()
    assert recorded.reply_body == "Thank you, Claire."
    assert "Thank you, Claire." in alice_client.get(page_url(draft)).text


def test_a_stale_or_empty_reply_edit_keeps_the_text_and_says_why(alice_client, draft):
    react(alice_client, draft, "positive")
    recorded = draft.reactions.get()
    old_stamp = recorded.updated_at.isoformat()
    _edit(alice_client, draft, recorded, "Saved in another tab.", old_stamp)
    stale = _edit(alice_client, draft, recorded, "My words from the old page.", old_stamp)
    assert stale.status_code == 400
    assert "My words from the old page." in stale.text
    assert "changed elsewhere" in stale.text
    recorded.refresh_from_db()
    assert recorded.reply_body == "Saved in another tab."
    # The page now carries the newer stamp: saving again keeps these words.
    new_stamp = re.search(rf'name="reply-{recorded.pk}-stamp" value="([^"]+)"', stale.text)
    assert new_stamp and new_stamp.group(1) == recorded.updated_at.isoformat()
    again = _edit(alice_client, draft, recorded, "My words from the old page.", new_stamp.group(1))
    assert again.status_code == 302
    empty = _edit(
        alice_client, draft, recorded, "", recorded.updated_at.isoformat(), "Kept subject"
    )
    assert empty.status_code == 400
    assert "The reply is empty." in empty.text and "Kept subject" in empty.text


def test_a_reaction_can_be_deleted_after_a_confirmation(alice_client, draft):
    react(alice_client, draft, "why")
    recorded = draft.reactions.get()
    url = reverse("messages_app:reaction_delete", args=[draft.pk, recorded.pk])
    confirm = alice_client.get(url)
    assert confirm.status_code == 200 and "Delete this reaction?" in confirm.text
    assert draft.reactions.count() == 1
    response = alice_client.post(url)
    assert response.status_code == 302
    assert not draft.reactions.exists()
    assert "Their reaction: Asks why" not in alice_client.get(page_url(draft)).text


def test_the_thread_costs_one_query_whatever_the_number_of_reactions(
    alice_client, draft, django_assert_max_num_queries
):
    from messages_app.thread import thread_context

    for reaction in ("why", "insists", "call", "other_role", "positive"):
        react(alice_client, draft, reaction)
    with django_assert_max_num_queries(1):
        context = thread_context(draft)
    assert len(context["thread_items"]) == 5


def test_deleting_the_account_deletes_the_reactions(alice, draft):
    RecruiterReaction.objects.create(
        draft=draft, reaction="why", their_message="Private", reply_channel="email"
    )
    account_delete(user=alice)
    assert not RecruiterReaction.objects.exists()


def test_a_french_draft_gets_a_french_reply(alice_client, alice, seeded):
    draft = sent_draft(alice, message_language="fr")
    Draft.objects.filter(pk=draft.pk).update(language="fr")
    react(alice_client, draft, "why")
    body = draft.reactions.get().reply_body
    assert "le trajet jusqu’à vos locaux" in body and "distance\u00a0:" in body


def test_an_admins_edit_of_a_reply_block_shows_in_the_next_reply(alice_client, draft):
    from django.core.exceptions import ValidationError

    from messages_app.models import Block

    block = Block.objects.get(kind="answer_why", language="en", reason="location")
    block.text = "Of course: the daily journey to {company} would be too long for me."
    block.full_clean()
    block.save()
    react(alice_client, draft, "why")
    assert (
        "the daily journey to Acme Robotics would be too long" in draft.reactions.get().reply_body
    )
    block.text = "Of course: {salary}."
    with pytest.raises(ValidationError):
        block.full_clean()


def test_no_answer_days_before_a_cancelled_interview_suggests_a_check_call(
    alice_client, alice, seeded
):
    import datetime

    from django.utils import timezone

    soon = timezone.localdate() + datetime.timedelta(days=2)
    draft = sent_draft(alice, stage="accepted", interview_date=soon.isoformat())
    draft.recipient_phone = "06 12 34 56 78"
    draft.save(update_fields=["recipient_phone"])
    react(alice_client, draft, "no_answer")
    recorded = draft.reactions.get()
    assert recorded.reply_channel == "phone"
    assert "make sure my message reached you" in recorded.reply_body
    html = alice_client.get(page_url(draft)).text
    assert "a short call makes sure they got it" in html
    assert 'href="tel:0612345678"' in html


def test_the_draft_page_costs_the_same_queries_with_one_or_many_reactions(alice_client, draft):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert alice_client.get(page_url(draft)).status_code == 200
        return len(captured)

    react(alice_client, draft, "why")
    one = queries()
    for reaction in ("insists", "call", "other_role", "positive", "no_answer"):
        react(alice_client, draft, reaction)
    assert queries() == one


def test_their_pasted_message_and_the_reply_are_shown_as_plain_text(alice_client, draft):
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> {{ secret }}'
    react(alice_client, draft, "positive", hostile)
    reaction = RecruiterReaction.objects.get(draft=draft)
    RecruiterReaction.objects.filter(pk=reaction.pk).update(reply_body=hostile)
    html = alice_client.get(page_url(draft)).text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert html.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") >= 2
    assert "{{ secret }}" in html
