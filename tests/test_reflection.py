"""The reflection on a decline: offered after "Mark as sent" and from the
draft page, five optional answers saved with the draft, editable later, the
step-two notes beside them; nothing typed is lost."""

from __future__ import annotations

from django.urls import reverse

from messages_app.choices import Purpose
from messages_app.limits import REFLECTION_MAX
from messages_app.models import Draft, Reflection
from messages_app.reflection import QUESTIONS
from tests.factories import DraftFactory, wizard_answers

ANSWERS = {
    "main_reasons": "The commute, mostly.",
    "feelings": "",
    "change_of_mind": "Two days a week from home.",
    "trusted_feedback": "",
    "lessons": "Ask about remote work in the first call.",
}


def url(draft: Draft) -> str:
    return reverse("messages_app:draft_reflection", args=[draft.pk])


def test_the_questions_are_those_of_the_model_in_order():
    assert tuple(q.name for q in QUESTIONS) == Reflection.QUESTIONS
    assert all(str(q.hint) for q in QUESTIONS)


def test_the_page_asks_the_five_questions_with_their_hints(alice_client, alice_draft):
    response = alice_client.get(url(alice_draft))
    assert response.status_code == 200
    for question in QUESTIONS:
        assert str(question.text) in response.text
        assert str(question.hint) in response.text
    assert 'data-keep-typed="reflection-' in response.text
    assert "csrfmiddlewaretoken" in response.text
    assert f'data-max-chars="{REFLECTION_MAX}"' in response.text


def test_saving_keeps_the_answers_and_the_draft_page_shows_them(alice_client, alice_draft):
    response = alice_client.post(url(alice_draft), ANSWERS)
    assert response.status_code == 302
    assert response["Location"] == reverse("messages_app:draft_detail", args=[alice_draft.pk])
    reflection = Reflection.objects.get(draft=alice_draft)
    assert reflection.change_of_mind == "Two days a week from home."
    assert reflection.feelings == ""
    page = alice_client.get(response["Location"]).text
    assert "Your reflection is saved." in page
    assert "My reflection" in page
    assert "Two days a week from home." in page
    assert "Edit my reflection" in page
    # Unanswered questions are not listed.
    assert str(QUESTIONS[1].text) not in page


def test_a_reflection_can_be_edited_later(alice_client, alice_draft):
    alice_client.post(url(alice_draft), ANSWERS)
    form = alice_client.get(url(alice_draft))
    assert "Two days a week from home." in form.text
    alice_client.post(url(alice_draft), ANSWERS | {"feelings": "Curious, then unsure."})
    reflection = Reflection.objects.get(draft=alice_draft)
    assert reflection.feelings == "Curious, then unsure."
    assert Reflection.objects.count() == 1


def test_empty_answers_keep_no_reflection(alice_client, alice_draft):
    empty = dict.fromkeys(ANSWERS, "  ")
    response = alice_client.post(url(alice_draft), empty, follow=True)
    assert "Nothing to save: every answer was empty." in response.text
    assert not Reflection.objects.exists()
    alice_client.post(url(alice_draft), ANSWERS)
    response = alice_client.post(url(alice_draft), empty, follow=True)
    assert "your reflection is removed" in response.text
    assert not Reflection.objects.exists()
    assert "Reflect on this decision" in response.text


def test_an_over_long_answer_is_refused_with_everything_typed_kept(alice_client, alice_draft):
    too_long = "x" * (REFLECTION_MAX + 1)
    response = alice_client.post(url(alice_draft), ANSWERS | {"lessons": too_long})
    assert response.status_code == 400
    assert (
        f"This must be {REFLECTION_MAX} characters or fewer – it has {REFLECTION_MAX + 1}. "
        "Shorten it: everything you typed is still here."
    ) in response.text
    assert too_long in response.text
    assert "The commute, mostly." in response.text
    assert "There is a problem" in response.text
    assert not Reflection.objects.exists()


def test_the_step_two_notes_and_reasons_are_shown_escaped(alice_client, alice):
    draft = DraftFactory(
        owner=alice,
        answers=wizard_answers(
            reasons=["culture", "location"], notes="<script>alert(1)</script> too far"
        ),
    )
    text = alice_client.get(url(draft)).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; too far" in text
    assert "<script>alert(1)" not in text
    assert "The company culture does not suit me" in text
    assert "Location or commute" in text


def test_answers_are_shown_escaped_on_the_draft_page(alice_client, alice_draft):
    alice_client.post(url(alice_draft), ANSWERS | {"lessons": "<b>bold</b> move"})
    page = alice_client.get(reverse("messages_app:draft_detail", args=[alice_draft.pk])).text
    assert "&lt;b&gt;bold&lt;/b&gt; move" in page


def test_marking_a_decline_as_sent_invites_to_reflect(alice_client, alice_draft):
    response = alice_client.post(
        reverse("messages_app:draft_mark_sent", args=[alice_draft.pk]), follow=True
    )
    assert "Marked as sent." in response.text
    assert "Take two minutes to reflect on this decision." in response.text
    assert f'class="alert-link reflection-invite" href="{url(alice_draft)}"' in response.text


def test_no_invitation_when_a_reflection_exists_or_for_a_question(alice_client, alice):
    reflected = DraftFactory(owner=alice)
    Reflection.objects.create(draft=reflected, lessons="Done")
    question = DraftFactory(owner=alice, purpose=Purpose.ASK_INFO)
    for draft in (reflected, question):
        response = alice_client.post(
            reverse("messages_app:draft_mark_sent", args=[draft.pk]), follow=True
        )
        assert "Marked as sent." in response.text
        assert "Take two minutes" not in response.text


def test_the_draft_page_offers_to_reflect_at_any_time(alice_client, alice_draft):
    page = alice_client.get(reverse("messages_app:draft_detail", args=[alice_draft.pk])).text
    assert f'href="{url(alice_draft)}"' in page
    assert "Reflect on this decision" in page
