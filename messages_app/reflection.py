"""The reflection after a decline: its questions, what the draft page shows
of it, and saving it.

Five optional questions from "learning from the experience": the reasons,
the feelings about the company and the role, what would have changed the
owner's mind, what people they trust said, and the lessons for next time.
A reflection whose answers are all empty is not kept: no row means "not
written yet", so the draft page and the insights never show an empty one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from messages_app.choices import Purpose, ReasonKey
from messages_app.models import Draft, Reflection


@dataclass(frozen=True)
class Question:
    """One reflection question: the `Reflection` field it fills, the question
    as asked, and a one-line hint of what to think about."""

    name: str
    text: Promise
    hint: Promise


QUESTIONS: tuple[Question, ...] = (
    Question(
        "main_reasons",
        _("What mainly made you say no?"),
        _("The role itself, the company culture, your situation at the moment, another offer…"),
    ),
    Question(
        "feelings",
        _("What impression did the company and the role leave on you?"),
        _(
            "Your first impressions, whether its values matched yours, anything that "
            "worried you along the way."
        ),
    ),
    Question(
        "change_of_mind",
        _("What would have made you say yes?"),
        _("More information about the role or the company, other conditions, a different timing…"),
    ),
    Question(
        "trusted_feedback",
        _("What did the people you trust say?"),
        _(
            "A colleague, a mentor, a friend: how they saw your decision, their advice "
            "for next time, their view of your CV or cover letter."
        ),
    ),
    Question(
        "lessons",
        _("What will you take into your next search?"),
        _(
            "Clearer career goals, how you look into an employer, how you say no, "
            "who in your network to ask before applying."
        ),
    ),
)
#: The question whose answers the insights page lists together.
CHANGE_OF_MIND = "change_of_mind"


@dataclass(frozen=True)
class Answer:
    """A question and what the owner answered to it (never empty)."""

    question: Question
    text: str


def reflection_of(draft: Draft) -> Reflection | None:
    """The draft's reflection, or None when none was written."""
    try:
        return draft.reflection
    except Reflection.DoesNotExist:
        return None


def answers_of(reflection: Reflection | None) -> list[Answer]:
    """The questions answered, in the order they are asked."""
    if reflection is None:
        return []
    return [
        Answer(question, text)
        for question in QUESTIONS
        if (text := getattr(reflection, question.name)).strip()
    ]


def step_two_reminder(draft: Draft) -> dict[str, Any]:
    """What the owner wrote about the decision in the wizard's second step:
    the reasons ticked (labels), their own reason if any, and their private notes."""
    answers = draft.answers if isinstance(draft.answers, dict) else {}
    keys = answers.get("reasons")
    labels = dict(ReasonKey.choices)
    reasons = [labels[key] for key in keys if key in labels] if isinstance(keys, list) else []
    custom = answers.get("custom_reason")
    notes = answers.get("notes")
    return {
        "reasons": reasons,
        "custom_reason": custom.strip() if isinstance(custom, str) else "",
        "notes": notes.strip() if isinstance(notes, str) else "",
    }


def reflection_context(draft: Draft) -> dict[str, Any]:
    """What the draft page needs to show the draft's reflection: the answers
    written (short summary) and whether to offer one (declines only)."""
    reflection = reflection_of(draft)
    return {
        "reflection": reflection,
        "reflection_answers": answers_of(reflection),
        "reflection_offered": draft.purpose == Purpose.DECLINE or reflection is not None,
    }


@transaction.atomic
def reflection_save(*, draft: Draft, answers: Mapping[str, str]) -> Reflection | None:
    """Keep the owner's answers (`answers`: question name → text, as cleaned
    by the form). All empty: the reflection is deleted (or never created) and
    None is returned."""
    texts = {name: answers.get(name, "") for name in Reflection.QUESTIONS}
    if not any(text.strip() for text in texts.values()):
        Reflection.objects.filter(draft=draft).delete()
        return None
    reflection, _created = Reflection.objects.update_or_create(
        draft=draft, defaults={**texts, "updated_at": timezone.now()}
    )
    return reflection
