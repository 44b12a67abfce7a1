"""When to send: now if the decision is firm, urgently if the interview is
in the next days (said with the chosen channel's verb), and a warning for a
date already past."""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from messages_app.advice.common import (
    INFO,
    SUCCESS,
    URGENT,
    URGENT_DAYS,
    WARNING,
    Advice,
    days_until,
)
from messages_app.choices import Certainty, Channel, Purpose


def timing_advice(
    *,
    interview_date: date | None,
    today: date,
    certainty: str = "",
    channel: str = "",
    purpose: str = Purpose.DECLINE,
) -> list[Advice]:
    """When to send: now if the decision is firm, urgently if the interview is
    close (said with the chosen channel's verb: call, tell, text, send; for a
    request, so they can answer in time), and a warning when the date given is
    already past."""
    days = days_until(interview_date, today)
    items = [] if days is None else [_interview_date_advice(days, channel, purpose)]
    if certainty == Certainty.SURE:
        items.append(
            Advice(
                "timing.firm",
                SUCCESS,
                _(
                    "Your decision is firm: decline now rather than later. A prompt "
                    "answer shows respect for their time."
                ),
            )
        )
    elif days is None and not certainty:
        items.append(
            Advice(
                "timing.general",
                INFO,
                _("Decline as soon as your decision is firm: the sooner, the better."),
            )
        )
    return items


def _interview_date_advice(days: int, channel: str, purpose: str = Purpose.DECLINE) -> Advice:
    """How the days left before the interview change when to send."""
    if 0 <= days <= URGENT_DAYS and purpose in (Purpose.ASK_INFO, Purpose.RESCHEDULE):
        code = "timing.today" if days == 0 else "timing.urgent"
        return Advice(code, URGENT, _asking_urgent_message(days), field="interview_date")
    if days < 0:
        code, level = "timing.past", WARNING
        message = _(
            "This date is already past. Check it: if the interview has "
            "already taken place, choose the stage “I have had one or more "
            "interviews” so the message fits. You can continue either way."
        )
    elif days == 0:
        code, level = "timing.today", URGENT
        message = _today_message(channel)
    elif days <= URGENT_DAYS:
        code, level = "timing.urgent", URGENT
        message = _urgent_message(days, channel)
    else:
        code, level = "timing.soon", INFO
        message = ngettext(
            "Your interview is in %(days)d day. You have a little time, but "
            "an early answer lets them plan.",
            "Your interview is in %(days)d days. You have a little time, but "
            "an early answer lets them plan.",
            days,
        ) % {"days": days}
    return Advice(code, level, message, field="interview_date")


def _asking_urgent_message(days: int) -> str:
    """The interview is close and the person asks before deciding: at once,
    so the recruiter can answer (or move the interview) in time."""
    if days == 0:
        return _(
            "Your interview is today: get in touch right away, ideally by phone, so "
            "they can still answer or move it."
        )
    return ngettext(
        "Your interview is tomorrow: get in touch today so they have time to answer or to move it.",
        "Your interview is in %(days)d days: get in touch today so they have time to "
        "answer or to move it.",
        days,
    ) % {"days": days}


def _today_message(channel: str) -> str:
    if channel == Channel.PHONE:
        return _("Your interview is today: call them right away so the slot is not wasted.")
    if channel == Channel.IN_PERSON:
        return _("Your interview is today: tell them right away so the slot is not wasted.")
    return _(
        "Your interview is today: let them know right away, ideally by "
        "phone, so the slot is not wasted."
    )


def _urgent_message(days: int, channel: str) -> str:
    """The interview is in 1 to URGENT_DAYS days: act today, with the channel's verb."""
    if channel == Channel.PHONE:
        message = ngettext(
            "Your interview is tomorrow: call them today so the recruiter can "
            "offer the slot to someone else.",
            "Your interview is in %(days)d days: call them today so the "
            "recruiter can offer the slot to someone else.",
            days,
        )
    elif channel == Channel.IN_PERSON:
        message = ngettext(
            "Your interview is tomorrow: tell them today so the recruiter can "
            "offer the slot to someone else.",
            "Your interview is in %(days)d days: tell them today so the "
            "recruiter can offer the slot to someone else.",
            days,
        )
    elif channel == Channel.SMS:
        message = ngettext(
            "Your interview is tomorrow: send your text today so the recruiter "
            "can offer the slot to someone else.",
            "Your interview is in %(days)d days: send your text today so the "
            "recruiter can offer the slot to someone else.",
            days,
        )
    else:
        message = ngettext(
            "Your interview is tomorrow: send your message today so the "
            "recruiter can offer the slot to someone else.",
            "Your interview is in %(days)d days: send your message today so "
            "the recruiter can offer the slot to someone else.",
            days,
        )
    return message % {"days": days}
