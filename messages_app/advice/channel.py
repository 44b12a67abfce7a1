"""The recommended channel: which one to decline on, and how well each fits.

Answer on the channel the invitation came through; email is the safe
default; phone suits an existing rapport (and is preferred after interviews
when the rapport is good); a text message only when the invitation came by
text; in person only when you have already met or the meeting is imminent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from messages_app.advice.common import URGENT_DAYS, WARNING, Advice, days_until
from messages_app.choices import Channel, Rapport, Stage

RECOMMENDED = "recommended"
SUITABLE = "suitable"
DISCOURAGED = "discouraged"


@dataclass(frozen=True)
class ChannelOption:
    channel: str
    fit: str  # RECOMMENDED, SUITABLE or DISCOURAGED
    why: str
    pros: tuple[str, ...]
    cons: tuple[str, ...]


@dataclass(frozen=True)
class ChannelRecommendation:
    recommended: str
    why: str
    options: tuple[ChannelOption, ...]

    def option(self, channel: str) -> ChannelOption | None:
        return next((o for o in self.options if o.channel == channel), None)


#: Why the channel the invitation came through is the one to answer on.
_SAME_CHANNEL: Mapping[str, str] = {
    Channel.SMS: gettext_noop(
        "The invitation came by text message: a short, polite text is fine, and "
        "you answer where they contacted you."
    ),
    Channel.IN_PERSON: gettext_noop(
        "You were invited face to face: telling them in person, briefly and "
        "privately, is the most natural answer."
    ),
    Channel.PHONE: gettext_noop(
        "They called you: answering by phone keeps to the same channel. A "
        "follow-up email is also appropriate."
    ),
}

#: Each channel's (pros, cons), untranslated.
_PROS_CONS: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Channel.EMAIL: (
        (
            gettext_noop("The most widely accepted and professional way."),
            gettext_noop("You can word it carefully and read it again."),
            gettext_noop("It leaves a written record for both sides."),
        ),
        (gettext_noop("Less personal than a conversation."),),
    ),
    Channel.PHONE: (
        (
            gettext_noop("Personal, and you get their reaction at once."),
            gettext_noop("Shows respect when you already have a good contact."),
        ),
        (
            gettext_noop("Harder to word on the spot: have your points in front of you."),
            gettext_noop("Call during office hours, not first thing or late in the day."),
        ),
    ),
    Channel.SMS: (
        (gettext_noop("Quick, and natural if you have been texting with them."),),
        (
            gettext_noop("Can feel too casual for a decision like this."),
            gettext_noop("Only suitable when text messages were already the channel."),
        ),
    ),
    Channel.IN_PERSON: (
        (
            gettext_noop("The most personal way when you have already met."),
            gettext_noop("Natural if you are at their office anyway."),
        ),
        (
            gettext_noop("Takes their time: choose a moment that suits them and a private place."),
            gettext_noop("If they are busy, an email or a call is better."),
        ),
    ),
}


def recommend_channel(
    *,
    invitation_channel: str,
    stage: str,
    rapport: str,
    interview_date: date | None = None,
    today: date | None = None,
) -> ChannelRecommendation:
    """Which channel to decline on, and how well each one fits (see the module docstring)."""
    days = days_until(interview_date, today) if today else None
    imminent = days is not None and 0 <= days <= URGENT_DAYS
    met = stage in (Stage.SEVERAL, Stage.OFFER) or invitation_channel == Channel.IN_PERSON
    has_rapport = rapport in (Rapport.SOME, Rapport.STRONG)
    recommended, why = _recommended(invitation_channel, stage=stage, rapport=rapport)
    options = []
    for channel in Channel.values:
        if channel == recommended:
            fit, note = RECOMMENDED, why
        else:
            fit, note = _fit(channel, has_rapport=has_rapport, imminent=imminent, met=met)
        pros, cons = _PROS_CONS[channel]
        options.append(
            ChannelOption(
                channel,
                fit,
                note,
                tuple(_(pro) for pro in pros),
                tuple(_(con) for con in cons),
            )
        )
    return ChannelRecommendation(recommended, why, tuple(options))


def _recommended(invitation_channel: str, *, stage: str, rapport: str) -> tuple[str, str]:
    """The recommended channel and why, translated."""
    if invitation_channel in _SAME_CHANNEL:
        return Channel(invitation_channel), _(_SAME_CHANNEL[invitation_channel])
    if rapport == Rapport.STRONG and stage in (Stage.SEVERAL, Stage.OFFER):
        return Channel.PHONE, _(
            "After interviews and with a good rapport, a call shows respect for the "
            "relationship you have built. A personal email is also fine."
        )
    return Channel.EMAIL, _(
        "The invitation came by email: answer by email. It is the safe, "
        "professional default and lets you word your message carefully."
    )


def _fit(channel: str, *, has_rapport: bool, imminent: bool, met: bool) -> tuple[str, str]:
    """How well a channel other than the recommended one fits, and why."""
    if channel == Channel.EMAIL:
        return SUITABLE, _("Email is always a safe, professional choice.")
    if channel == Channel.PHONE:
        if has_rapport:
            return SUITABLE, _("You have already spoken with them: a call is a good option.")
        if imminent:
            return SUITABLE, _("The interview is close: a call reaches them in time.")
        return SUITABLE, _(
            "Possible, but when you have not spoken yet an email is usually easier for both sides."
        )
    if channel == Channel.SMS:
        return DISCOURAGED, _(
            "Not advised: a text message feels too casual unless texting was "
            "already how you talked."
        )
    if met or imminent:
        return SUITABLE, _(
            "Possible because you have already met, or the meeting is close: "
            "keep it short and find a private moment."
        )
    return DISCOURAGED, _(
        "Not advised: declining in person only makes sense if you have already "
        "met or are about to be at their office."
    )


def chosen_channel_advice(*, chosen: str, recommendation: ChannelRecommendation) -> list[Advice]:
    """A gentle word when the person picks a channel the rules advise against."""
    option = recommendation.option(chosen)
    if option is None or option.fit != DISCOURAGED:
        return []
    return [Advice("channel.discouraged", WARNING, option.why, field="channel")]
