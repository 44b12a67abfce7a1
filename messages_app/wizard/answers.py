"""The wizard's answers → the composer's input (pure, no session)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from messages_app.catalog import Catalog, scenario_for
from messages_app.choices import Civility, Length, Purpose, Tone, purpose_of
from messages_app.composer import (
    ComposedMessage,
    MessageRequest,
    compose,
    subject_for,
)
from messages_app.dates import interview_date_text
from messages_app.models import Block

#: Every answer key with its value when the step does not ask for it.
ANSWER_DEFAULTS: dict[str, Any] = {
    "company": "",
    "position": "",
    "contact_name": "",
    "contact_civility": Civility.NONE,
    "first_name_terms": False,
    "invitation_channel": "",
    "stage": "",
    "interview_date": None,
    "rapport": "",
    "message_language": "",
    "sender_name": "",
    "sender_contact": "",
    "reasons": [],
    "notes": "",
    "basis": "",
    "researched": "",
    "certainty": "",
    "purpose": Purpose.DECLINE,
    "question": "",
    "availability": "",
    "channel": "",
    "reason_detail": "general",
    "custom_reason": "",
    "include_apology": False,
    "include_door_open": False,
    "include_stay_in_touch": False,
    "stay_in_touch_link": "",
    "include_feedback": False,
    "feedback": "",
    "tone": Tone.FORMAL,
    "length": Length.STANDARD,
    "subject": "",
}

#: Answers about the company and the application, not about the person: a
#: message copied for another company starts without them.
COMPANY_ANSWERS: tuple[str, ...] = (
    "company",
    "position",
    "contact_name",
    "contact_civility",
    "first_name_terms",
    "invitation_channel",
    "stage",
    "interview_date",
    "rapport",
    "notes",
    "basis",
    "researched",
    "certainty",
    "purpose",
    "question",
    "availability",
    "channel",
    "custom_reason",
    "include_apology",
    "include_feedback",
    "feedback",
    "subject",
)


def message_request_from_answers(
    answers: Mapping[str, Any], *, subject: str = ""
) -> MessageRequest:
    """The composer's input for a set of answers (`subject` overrides the
    answers' own subject line)."""
    a = {**ANSWER_DEFAULTS, **answers}
    language = a["message_language"] or "fr"
    reasons = tuple(a["reasons"] or ())
    purpose = purpose_of(a)
    return MessageRequest(
        language=language,
        channel=a["channel"],
        company=a["company"],
        position=a["position"],
        # Asking before deciding follows the stage only: no reason is given.
        scenario=scenario_for(a["stage"], reasons if purpose == Purpose.DECLINE else ()),
        tone=a["tone"],
        length=a["length"],
        contact_name=a["contact_name"],
        contact_civility=a["contact_civility"] or Civility.NONE,
        first_name_terms=bool(a["first_name_terms"]),
        sender_name=a["sender_name"],
        sender_contact=a["sender_contact"],
        interview_date=interview_date_text(a["interview_date"], language),
        reasons=reasons,
        reason_detail=a["reason_detail"],
        custom_reason=a["custom_reason"],
        include_apology=bool(a["include_apology"]),
        include_door_open=bool(a["include_door_open"]),
        include_stay_in_touch=bool(a["include_stay_in_touch"]),
        stay_in_touch_link=a["stay_in_touch_link"],
        include_feedback=bool(a["include_feedback"]),
        feedback=a["feedback"],
        subject=subject or a["subject"],
        purpose=purpose,
        question=a["question"] if purpose == Purpose.ASK_INFO else "",
        availability=a["availability"] if purpose == Purpose.RESCHEDULE else "",
    )


def _catalog(request: MessageRequest) -> Catalog:
    # One small query: the content version of the catalog kept in memory
    # (see `BlockQuerySet.message_catalog`).
    return Block.objects.message_catalog(language=request.language, channel=request.channel)


def compose_from_answers(answers: Mapping[str, Any]) -> ComposedMessage:
    """Compose the message for a set of answers."""
    request = message_request_from_answers(answers)
    return compose(request, _catalog(request))


def automatic_subject(answers: Mapping[str, Any]) -> str:
    """The subject line the message gets when none is typed ("" but for email)."""
    request = message_request_from_answers({**answers, "subject": ""})
    return subject_for(request, _catalog(request))


#: Composer inputs added after messages were first saved, with their defaults.
_LATER_FIELDS = ("purpose", "question", "availability")
_REQUEST_DEFAULTS = {
    f.name: f.default for f in dataclasses.fields(MessageRequest) if f.name in _LATER_FIELDS
}


def answers_fingerprint(answers: Mapping[str, Any] | None) -> str:
    """Identifies what a message was composed from: edits made on the preview
    belong to one fingerprint. Private notes or the self-assessment do not
    change the message, so they do not change the fingerprint."""
    if answers is None:
        return ""
    request = dataclasses.asdict(message_request_from_answers(answers))
    for name in _LATER_FIELDS:  # left out at their default: a decline keeps its fingerprint
        if request[name] == _REQUEST_DEFAULTS[name]:
            del request[name]
    encoded = json.dumps(request, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(encoded).hexdigest()[:24]


def parse_date(value: Any) -> date | None:
    """An answer's date (a date, or its ISO text as stored), or None."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def looks_like_link(value: str) -> bool:
    value = value.strip().lower()
    return value.startswith(("http://", "https://", "www.", "linkedin.com/"))
