"""What each kind of message is made of: its paragraphs, as block kinds in
order (pure). A decline, a request for more information and a request for
another date share the greeting, the thanks, the closing and the signature
(`PURPOSE_KINDS`); `composer.compose()` turns the outline into text.

`reply_reason` is the one rule for the reason the prepared replies and the
written replies (`replies.py`) follow.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from messages_app.choices import BlockKind, Channel, Length, Purpose, ReasonDetail, ReasonKey

if TYPE_CHECKING:
    from messages_app.addressing import Addressing
    from messages_app.composer import MessageRequest


@dataclass(frozen=True)
class PurposeKinds:
    """The blocks that differ by purpose: what a decline, a request for
    information or a request for another date is made of around the shared
    greeting, thanks and signature."""

    subject: str
    closing: str
    voicemail: str
    reminders: str
    #: Whether the spoken script comes with answers to the recruiter's reaction
    #: to a decline (a request for information or a new date does not).
    replies: bool = False


PURPOSE_KINDS: Mapping[str, PurposeKinds] = {
    Purpose.DECLINE: PurposeKinds(
        BlockKind.SUBJECT, BlockKind.CLOSING, BlockKind.VOICEMAIL, BlockKind.REMINDERS, True
    ),
    Purpose.ASK_INFO: PurposeKinds(
        BlockKind.SUBJECT_ASK_INFO,
        BlockKind.ASK_INFO_CLOSING,
        BlockKind.VOICEMAIL_ASK_INFO,
        BlockKind.REMINDERS_ASK_INFO,
    ),
    Purpose.RESCHEDULE: PurposeKinds(
        BlockKind.SUBJECT_RESCHEDULE,
        BlockKind.RESCHEDULE_CLOSING,
        BlockKind.VOICEMAIL_RESCHEDULE,
        BlockKind.REMINDERS_RESCHEDULE,
    ),
}


def purpose_kinds(purpose: str) -> PurposeKinds:
    """The purpose's blocks; an unknown purpose reads as a decline."""
    return PURPOSE_KINDS.get(purpose, PURPOSE_KINDS[Purpose.DECLINE])


_REASON_ORDER: Mapping[str, int] = {key: i for i, key in enumerate(ReasonKey.values)}

#: One part of a message: (block kind, reason key or "").
Part = tuple[str, str]


def _reason_part(request: MessageRequest, values: Mapping[str, str]) -> Part | None:
    """Which reason block the message carries, if any.

    `specific` uses the first chosen reason in `ReasonKey` order; "other" with
    the user's own words uses `reason_custom`. With no usable reason chosen,
    the user's words (if any) or the general reason stand in.
    """
    detail = request.reason_detail
    if detail == ReasonDetail.NONE:
        return None
    if detail != ReasonDetail.SPECIFIC:
        return (BlockKind.REASON_GENERAL, "")
    chosen = sorted(
        (r for r in request.reasons if r in _REASON_ORDER), key=_REASON_ORDER.__getitem__
    )
    first = chosen[0] if chosen else ReasonKey.OTHER
    if first == ReasonKey.OTHER and values["custom_reason"]:
        return (BlockKind.REASON_CUSTOM, "")
    if not chosen:
        return (BlockKind.REASON_GENERAL, "")
    return (BlockKind.REASON, first)


def reply_reason(request: MessageRequest, values: Mapping[str, str]) -> str:
    """The reason the prepared replies follow: the user's main reason (the
    first chosen, in `ReasonKey` order; "other" only with their own words),
    or "" for the neutral replies. Whatever the message says, the replies
    never give a second, different reason."""
    chosen = sorted(
        (r for r in request.reasons if r in _REASON_ORDER), key=_REASON_ORDER.__getitem__
    )
    if not chosen:
        return ""
    if chosen[0] == ReasonKey.OTHER:
        return ReasonKey.OTHER if values["custom_reason"] else ""
    return chosen[0]


def _opening(request: MessageRequest) -> list[Part]:
    """The thanks; in a standard-length email declining, the courtesy line
    before them and the appreciation of their time after. A request for
    information or another date starts with the thanks: the courtesy lines
    speak of a decision ("Je tenais à vous informer de ma décision")."""
    opening: list[Part] = [(BlockKind.GRATITUDE, "")]
    declining = request.purpose not in (Purpose.ASK_INFO, Purpose.RESCHEDULE)
    if declining and request.channel == Channel.EMAIL and request.length != Length.SHORT:
        opening = [(BlockKind.COURTESY, ""), *opening, (BlockKind.APPRECIATION, "")]
    return opening


def _framed(
    request: MessageRequest, address: Addressing, middle: list[list[Part]]
) -> list[list[Part]]:
    """The paragraphs between the greeting and the closing, framed by them
    (and by the signature in writing); empty paragraphs dropped."""
    paragraphs = [[(address.greeting_kind, "")], *middle]
    paragraphs.append([(purpose_kinds(request.purpose).closing, "")])
    if request.channel in (Channel.EMAIL, Channel.SMS):
        paragraphs.append([(address.signature_kind, "")])
    return [p for p in paragraphs if p]


def message_parts(
    request: MessageRequest, values: Mapping[str, str], address: Addressing
) -> list[list[Part]]:
    """The paragraphs of the message, as lists of block kinds, in order."""
    if request.purpose == Purpose.ASK_INFO:
        return _framed(request, address, _ask_info_parts(request, values))
    if request.purpose == Purpose.RESCHEDULE:
        return _framed(request, address, _reschedule_parts(request, values))
    return _framed(request, address, _decline_parts(request, values))


def _ask_info_parts(request: MessageRequest, values: Mapping[str, str]) -> list[list[Part]]:
    """Thanks; still interested, and what they would like to know (their own
    question when typed); when they will answer. No decision, no reason, no
    door left open: they are not leaving."""
    request_kind = BlockKind.ASK_INFO_QUESTION if values["question"] else BlockKind.ASK_INFO_REQUEST
    return [
        _opening(request),
        [(BlockKind.ASK_INFO_INTEREST, ""), (request_kind, "")],
        [(BlockKind.ASK_INFO_NEXT, "")],
    ]


def _reschedule_parts(request: MessageRequest, values: Mapping[str, str]) -> list[list[Part]]:
    """Thanks; still interested, but the date no longer works (sorry for the
    change, when wanted); the times they propose, or a request for others."""
    conflict: list[Part] = [
        (BlockKind.RESCHEDULE_INTEREST, ""),
        (BlockKind.RESCHEDULE_CONFLICT, ""),
    ]
    if request.include_apology:
        conflict.append((BlockKind.APOLOGY, ""))
    proposal = BlockKind.RESCHEDULE_PROPOSAL if values["availability"] else BlockKind.RESCHEDULE_ASK
    return [_opening(request), conflict, [(proposal, "")]]


def _decline_parts(request: MessageRequest, values: Mapping[str, str]) -> list[list[Part]]:
    """Thanks; the decision, with the reason and the apology; feedback; the
    door left open and staying in touch.

    "Short" shortens every channel: no courtesy line or appreciation in an
    email, and no general reason anywhere (a reason the user chose to give
    stays)."""
    standard = request.length != Length.SHORT
    opening = _opening(request)

    decision: list[Part] = [(BlockKind.DECISION, "")]
    reason = _reason_part(request, values)
    if reason and (standard or reason[0] != BlockKind.REASON_GENERAL):
        decision.append(reason)
    if request.include_apology:
        decision.append((BlockKind.APOLOGY, ""))

    feedback: list[Part] = []
    if request.include_feedback and values["feedback"]:
        feedback.append((BlockKind.FEEDBACK, ""))

    future: list[Part] = []
    if request.include_door_open:
        future.append((BlockKind.DOOR_OPEN, ""))
    if request.include_stay_in_touch:
        link = values["stay_in_touch_link"]
        future.append((BlockKind.STAY_IN_TOUCH_LINK if link else BlockKind.STAY_IN_TOUCH, ""))

    return [opening, decision, feedback, future]
