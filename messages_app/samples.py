"""Every combination the composer produces, as wizard answers: what
`manage.py sample_messages` prints and what the wording tests read.

A *base* case is one situation (stage, and for an invitation the reason that
makes its scenario) × channel × language × tone, with default answers; each
*variant* changes one thing on top of a base: how the contact is addressed, the
reason given, door open, staying in touch, feedback, length.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from messages_app.choices import Channel, Civility, Language, Length, ReasonDetail, ReasonKey, Tone

#: (stage, main reason): the six situations a message is written for.
SITUATIONS: tuple[tuple[str, str], ...] = (
    ("invitation", ReasonKey.CAREER_GOALS),
    ("invitation", ReasonKey.ANOTHER_OFFER),
    ("invitation", ReasonKey.PERSONAL),
    ("accepted", ReasonKey.LOCATION),
    ("several", ReasonKey.CULTURE),
    ("offer", ReasonKey.BETTER_OFFER),
)

_VALUES: dict[str, dict[str, str]] = {
    "fr": {
        "company": "Atelier Dupré & Fils",
        "position": "Chargée de communication",
        "contact_name": "Hélène Lefèvre",
        "sender_name": "Camille Martin",
        "custom_reason": "le trajet quotidien serait trop long pour moi",
        "feedback": "Un calendrier des étapes dès le premier échange aiderait les candidats.",
    },
    "en": {
        "company": "Atelier Dupré & Fils",
        "position": "Communications Officer",
        "contact_name": "Sarah Carter",
        "sender_name": "Camille Martin",
        "custom_reason": "the daily commute would be too long for me",
        "feedback": "A timeline of the steps at the first call would help candidates.",
    },
}
LINK = "linkedin.com/in/camille-martin"
INTERVIEW_DATE = "2027-03-02"

#: name → (description, changes to the base answers)
VARIANTS: dict[str, dict[str, Any]] = {
    "no_contact": {"contact_name": ""},
    "surname_only_no_title": {"contact_name": "{surname}", "contact_civility": Civility.NONE},
    "full_name_no_title": {"contact_civility": Civility.NONE},
    "first_name_terms": {"first_name_terms": True},
    "typed_abbreviation": {"contact_name": "{typed_title} {surname}", "contact_civility": ""},
    "no_reason": {"reason_detail": ReasonDetail.NONE},
    "general_reason": {"reason_detail": ReasonDetail.GENERAL},
    "own_words": {"reasons": [ReasonKey.OTHER], "reason_detail": ReasonDetail.SPECIFIC},
    "door_closed": {"include_door_open": False},
    "stay_in_touch": {"include_stay_in_touch": True},
    "stay_in_touch_link": {"include_stay_in_touch": True, "stay_in_touch_link": LINK},
    "stay_in_touch_link_door_closed": {
        "include_stay_in_touch": True,
        "stay_in_touch_link": LINK,
        "include_door_open": False,
    },
    "short": {"length": Length.SHORT},
    "feedback": {"include_feedback": True},
    "no_interview_date": {"interview_date": None},
    **{
        f"reason_{key}": {"reasons": [key], "reason_detail": ReasonDetail.SPECIFIC}
        for key in ReasonKey.values
        if key != ReasonKey.OTHER
    },
}
#: Variants that only make sense at some stages.
_STAGES_FOR: dict[str, tuple[str, ...]] = {"feedback": ("several", "offer")}
_TYPED_TITLES = {"fr": "Mme", "en": "Mrs"}


@dataclass(frozen=True)
class Sample:
    name: str  # "base" or the variant's name
    answers: dict[str, Any]


def base_answers(*, stage: str, reason: str, channel: str, language: str, tone: str) -> dict:
    values = _VALUES[language]
    return {
        **values,
        "invitation_channel": Channel.EMAIL,
        "stage": stage,
        "interview_date": INTERVIEW_DATE,
        "rapport": "some",
        "message_language": language,
        "sender_contact": "",
        "contact_civility": Civility.MS,
        "first_name_terms": False,
        "reasons": [reason],
        "notes": "",
        "basis": "facts",
        "researched": "yes",
        "certainty": "sure",
        "channel": channel,
        "reason_detail": ReasonDetail.SPECIFIC,
        "include_apology": stage == "accepted",
        "include_door_open": True,
        "include_stay_in_touch": False,
        "stay_in_touch_link": "",
        "include_feedback": False,
        "tone": tone,
        "length": Length.STANDARD,
        "subject": "",
    }


def _apply(answers: dict[str, Any], changes: dict[str, Any], language: str) -> dict[str, Any]:
    surname = answers["contact_name"].split(" ", 1)[-1]
    result = dict(answers)
    for key, value in changes.items():
        if isinstance(value, str):
            value = value.format(surname=surname, typed_title=_TYPED_TITLES[language])
        result[key] = value
    return result


def samples() -> Iterator[Sample]:
    """Every base case, each followed by its variants."""
    for (stage, reason), channel, language, tone in itertools.product(
        SITUATIONS, Channel.values, Language.values, Tone.values
    ):
        base = base_answers(
            stage=stage, reason=reason, channel=channel, language=language, tone=tone
        )
        yield Sample("base", base)
        for name, changes in VARIANTS.items():
            if stage in _STAGES_FOR.get(name, (stage,)):
                yield Sample(name, _apply(base, changes, language))
