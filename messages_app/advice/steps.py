"""The advice for each step's answers: what the stage and the
self-assessment change, reason cautions, and the message's structure (when
to send: `timing.py`)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from messages_app.advice.common import (
    INFO,
    SUCCESS,
    WARNING,
    Advice,
    Rule,
    advice_for,
)
from messages_app.choices import (
    Basis,
    Certainty,
    Channel,
    Length,
    Purpose,
    ReasonDetail,
    ReasonKey,
    Researched,
    Stage,
)

_STAGE: Mapping[str, Rule] = {
    Stage.ACCEPTED: (
        "stage.accepted",
        WARNING,
        gettext_noop(
            "You had accepted the interview: let them know as soon as possible "
            "and apologise for the change of plans. The message will include a "
            "short apology."
        ),
    ),
    Stage.SEVERAL: (
        "stage.several",
        INFO,
        gettext_noop(
            "After interviews, the team has invested time in you: thank them "
            "for it. If you had a good contact, a call or a personal email is "
            "best, and you may offer brief, constructive feedback."
        ),
    ),
    Stage.OFFER: (
        "stage.offer",
        INFO,
        gettext_noop(
            "Declining an offer: answer quickly so they can turn to another "
            "candidate, and thank the people you met by name if you can."
        ),
    ),
}


def stage_advice(*, stage: str) -> list[Advice]:
    """What the stage of the process changes in the message."""
    return advice_for(_STAGE, stage, field="stage")


_CERTAINTY: Mapping[str, Rule] = {
    Certainty.UNSURE: (
        "certainty.unsure",
        WARNING,
        gettext_noop(
            "You are not sure yet, and that is fine. Going to the interview may "
            "be the better move: it is the best way to learn what you need to "
            "decide, and you can still decline afterwards. If you prefer to "
            "decline now, you can continue."
        ),
    ),
    Certainty.FAIRLY: (
        "certainty.fairly",
        INFO,
        gettext_noop(
            "Fairly sure is enough to go ahead. Read your reasons once more "
            "before you send: a declined interview is rarely offered twice."
        ),
    ),
}

_BASIS: Mapping[str, Rule] = {
    Basis.FEELINGS: (
        "basis.feelings",
        WARNING,
        gettext_noop(
            "Your decision rests mostly on a feeling. Check the facts (the role, "
            "the team, the commute) so that a passing mood does not close a "
            "door you would have liked to keep open."
        ),
    ),
    Basis.MIXED: (
        "basis.mixed",
        INFO,
        gettext_noop(
            "Facts and feelings both count. Writing your reasons down, below, "
            "helps you tell them apart."
        ),
    ),
}

_RESEARCHED: Mapping[str, Rule] = {
    Researched.NO: (
        "researched.no",
        WARNING,
        gettext_noop(
            "A quick look at the job description, the company's website and "
            "employee reviews makes sure you are not turning down a good "
            "opportunity by mistake."
        ),
    ),
    Researched.PARTLY: (
        "researched.partly",
        INFO,
        gettext_noop(
            "If something is still unclear about the role or the company, "
            "looking it up now takes a few minutes and settles the question."
        ),
    ),
}


def certainty_advice(
    *, certainty: str, basis: str, researched: str, purpose: str = ""
) -> list[Advice]:
    """The self-assessment: an unsure person is told, kindly, that attending
    the interview may be the better move (seed FAQ 4), and may still continue
    or ask first (`purpose_advice`, right after, so both show at once).
    A firm decision gets its word from `timing_advice` ("decline now")."""
    return [
        *advice_for(_CERTAINTY, certainty, field="certainty"),
        *purpose_advice(certainty=certainty, purpose=purpose),
        *advice_for(_BASIS, basis, field="basis"),
        *advice_for(_RESEARCHED, researched, field="researched"),
    ]


_PURPOSE: Mapping[str, Rule] = {
    Purpose.DECLINE: (
        "purpose.decline",
        INFO,
        gettext_noop(
            "Still hesitating? Instead of declining, you can ask them a question first, "
            "or ask for another date: the interview itself often tells you what you "
            "need to decide."
        ),
    ),
    Purpose.ASK_INFO: (
        "purpose.ask_info",
        INFO,
        gettext_noop(
            "Asking first is a good way to decide with the facts in hand: one precise "
            "question about the role, the team or the conditions gets a useful answer. "
            "Ask only if you are genuinely open to the role."
        ),
    ),
    Purpose.RESCHEDULE: (
        "purpose.reschedule",
        INFO,
        gettext_noop(
            "Going to the interview is often the best way to find out whether the role "
            "suits you. Ask for another date only if you really mean to come, and as "
            "early as you can."
        ),
    ),
}


def purpose_advice(*, certainty: str, purpose: str) -> list[Advice]:
    """When not sure yet: what declining anyway, asking for information or
    asking for another date offers (seed FAQ 4: attending can give the
    information to decide, if one is genuinely open to the role)."""
    if certainty not in (Certainty.FAIRLY, Certainty.UNSURE):
        return []
    return advice_for(_PURPOSE, purpose, field="purpose")


#: (the reasons that call for it, code, untranslated message), in display order.
_REASON_CAUTIONS: tuple[tuple[frozenset[str], str, str], ...] = (
    (
        frozenset({ReasonKey.ANOTHER_OFFER, ReasonKey.BETTER_OFFER}),
        "reasons.other_employer",
        gettext_noop(
            "You may say you have accepted another offer, but do not name the "
            "other employer or compare the offers."
        ),
    ),
    (
        frozenset({ReasonKey.CULTURE}),
        "reasons.culture",
        gettext_noop(
            "A culture mismatch is a question of fit: say it that way, never as "
            "a criticism of the company."
        ),
    ),
    (
        frozenset({ReasonKey.PERSONAL}),
        "reasons.personal",
        gettext_noop("Personal reasons need no details: “for personal reasons” is enough."),
    ),
)


def reasons_advice(*, reasons: Sequence[str], covered: Collection[str] = ()) -> list[Advice]:
    """Reason-specific cautions that matter for the wording, but none for a
    ticked reason whose own hint (`covered`) already says it."""
    return [
        Advice(code, INFO, _(message), field="reasons")
        for keys, code, message in _REASON_CAUTIONS
        if any(key in reasons for key in keys) and not any(key in covered for key in keys)
    ]


_REASON_DETAIL: Mapping[str, Rule] = {
    ReasonDetail.NONE: (
        "reason.none",
        INFO,
        gettext_noop("You owe no explanation: thanks and a clear decision are enough."),
    ),
    ReasonDetail.SPECIFIC: (
        "reason.specific",
        INFO,
        gettext_noop(
            "Keep your reason to one sentence, professional, and never critical of the company."
        ),
    ),
}


def structure_advice(
    *,
    stage: str,
    channel: str,
    reason_detail: str,
    include_apology: bool,
    include_feedback: bool,
    include_door_open: bool,
    length: str,
    purpose: str = Purpose.DECLINE,
) -> list[Advice]:
    """Advice on the message's structure, as the options are chosen (a
    request for information or another date has no reason, door or feedback
    to choose: their questions are not asked)."""
    items = _apology_advice(stage=stage, include_apology=include_apology, purpose=purpose)
    items += advice_for(_REASON_DETAIL, reason_detail, field="reason_detail")
    if include_feedback:
        message = _(
            "Feedback is optional: one or two constructive, specific sentences "
            "about the process, said kindly."
        )
        items.append(Advice("feedback.kind", INFO, message, field="feedback"))
    if include_door_open:
        message = _(
            "Leaving the door open costs nothing: the professional world is smaller than it looks."
        )
        items.append(Advice("door_open", SUCCESS, message, field="include_door_open"))
    if channel == Channel.SMS and length == Length.STANDARD:
        message = _("A text message should stay short: choose “Short” to fit one or two texts.")
        items.append(Advice("length.sms", INFO, message, field="length"))
    return items


def _apology_advice(*, stage: str, include_apology: bool, purpose: str) -> list[Advice]:
    """One apology when an accepted interview is cancelled (or moved); at most
    one otherwise."""
    if purpose == Purpose.ASK_INFO:
        return []
    if stage == Stage.ACCEPTED and include_apology:
        code, level = "apology.preselected", INFO
        message = _(
            "You had accepted the interview, so a short apology for the "
            "inconvenience is included. One apology is enough."
        )
    elif stage == Stage.ACCEPTED:
        code, level = "apology.missing", WARNING
        message = _(
            "You had accepted the interview: a short apology for the change "
            "of plans is recommended."
        )
    elif include_apology and purpose == Purpose.DECLINE:
        code, level = "apology.optional", INFO
        message = _(
            "Declining is normal: one brief apology at most, and never an over-apologetic tone."
        )
    else:
        return []
    return [Advice(code, level, message, field="include_apology")]
