"""The advice shown beside the wizard's fields, as pure functions.

Plain data in (choice values, dates), plain data out (`Advice` items, a
`ChannelRecommendation`). No request, no database: the wizard calls these on
every GET and on every htmx change, and the tests call them directly.

Every rule comes from the seed article: decline as soon as the decision is
firm, urgently when the interview is in the next days; an unsure person may
be better off attending the interview (FAQ 4); apologise when an accepted
interview is cancelled; answer on the channel you were contacted on, email
being the safe default, phone suiting an existing rapport, text messages only
when texting was already the channel, in person only when you have already
met or are about to.

Messages are translated in the *interface* language (the active one).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from messages_app.choices import (
    Basis,
    Certainty,
    Channel,
    Length,
    Rapport,
    ReasonDetail,
    ReasonKey,
    Researched,
    Stage,
)

#: An interview this many days away (or fewer) makes declining urgent.
URGENT_DAYS = 3

INFO = "info"
SUCCESS = "success"
WARNING = "warning"
URGENT = "urgent"

RECOMMENDED = "recommended"
SUITABLE = "suitable"
DISCOURAGED = "discouraged"


@dataclass(frozen=True)
class Advice:
    """One piece of advice: `code` is stable (tests, CSS), `message` is for people."""

    code: str
    level: str  # INFO, SUCCESS, WARNING or URGENT
    message: str
    field: str = ""  # the form field it belongs next to, if any


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


def days_until(interview_date: date | None, today: date) -> int | None:
    if interview_date is None:
        return None
    return (interview_date - today).days


def timing_advice(*, interview_date: date | None, today: date, certainty: str = "") -> list[Advice]:
    """When to send: now if the decision is firm, urgently if the interview is
    close, and a warning when the date given is already past."""
    items: list[Advice] = []
    days = days_until(interview_date, today)
    if days is not None and days < 0:
        items.append(
            Advice(
                "timing.past",
                WARNING,
                _(
                    "This date is already past. Check it: if the interview has "
                    "already taken place, choose the stage “I have had one or more "
                    "interviews” so the message fits. You can continue either way."
                ),
                field="interview_date",
            )
        )
    elif days == 0:
        items.append(
            Advice(
                "timing.today",
                URGENT,
                _(
                    "Your interview is today: let them know right away, ideally by "
                    "phone, so the slot is not wasted."
                ),
                field="interview_date",
            )
        )
    elif days is not None and days <= URGENT_DAYS:
        items.append(
            Advice(
                "timing.urgent",
                URGENT,
                ngettext(
                    "Your interview is tomorrow: send your message today so the "
                    "recruiter can offer the slot to someone else.",
                    "Your interview is in %(days)d days: send your message today so "
                    "the recruiter can offer the slot to someone else.",
                    days,
                )
                % {"days": days},
                field="interview_date",
            )
        )
    elif days is not None:
        items.append(
            Advice(
                "timing.soon",
                INFO,
                ngettext(
                    "Your interview is in %(days)d day. You have a little time, but "
                    "an early answer lets them plan.",
                    "Your interview is in %(days)d days. You have a little time, but "
                    "an early answer lets them plan.",
                    days,
                )
                % {"days": days},
                field="interview_date",
            )
        )
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


def stage_advice(*, stage: str) -> list[Advice]:
    """What the stage of the process changes in the message."""
    if stage == Stage.ACCEPTED:
        return [
            Advice(
                "stage.accepted",
                WARNING,
                _(
                    "You had accepted the interview: let them know as soon as possible "
                    "and apologise for the change of plans. The message will include a "
                    "short apology."
                ),
                field="stage",
            )
        ]
    if stage == Stage.SEVERAL:
        return [
            Advice(
                "stage.several",
                INFO,
                _(
                    "After interviews, the team has invested time in you: thank them "
                    "for it. If you had a good contact, a call or a personal email is "
                    "best, and you may offer brief, constructive feedback."
                ),
                field="stage",
            )
        ]
    if stage == Stage.OFFER:
        return [
            Advice(
                "stage.offer",
                INFO,
                _(
                    "Declining an offer: answer quickly so they can turn to another "
                    "candidate, and thank the people you met by name if you can."
                ),
                field="stage",
            )
        ]
    return []


def certainty_advice(*, certainty: str, basis: str, researched: str) -> list[Advice]:
    """The self-assessment: an unsure person is told, kindly, that attending
    the interview may be the better move (seed FAQ 4), and may still continue."""
    items: list[Advice] = []
    if certainty == Certainty.UNSURE:
        items.append(
            Advice(
                "certainty.unsure",
                WARNING,
                _(
                    "You are not sure yet, and that is fine. Going to the interview may "
                    "be the better move: it is the best way to learn what you need to "
                    "decide, and you can still decline afterwards. If you prefer to "
                    "decline now, you can continue."
                ),
                field="certainty",
            )
        )
    elif certainty == Certainty.FAIRLY:
        items.append(
            Advice(
                "certainty.fairly",
                INFO,
                _(
                    "Fairly sure is enough to go ahead. Read your reasons once more "
                    "before you send: a declined interview is rarely offered twice."
                ),
                field="certainty",
            )
        )
    elif certainty == Certainty.SURE:
        items.append(
            Advice(
                "certainty.sure",
                SUCCESS,
                _("Your decision is made: the next steps write the message."),
                field="certainty",
            )
        )
    if basis == Basis.FEELINGS:
        items.append(
            Advice(
                "basis.feelings",
                WARNING,
                _(
                    "Your decision rests mostly on a feeling. Check the facts (the role, "
                    "the team, the commute) so that a passing mood does not close a "
                    "door you would have liked to keep open."
                ),
                field="basis",
            )
        )
    elif basis == Basis.MIXED:
        items.append(
            Advice(
                "basis.mixed",
                INFO,
                _(
                    "Facts and feelings both count. Writing your reasons down, below, "
                    "helps you tell them apart."
                ),
                field="basis",
            )
        )
    if researched == Researched.NO:
        items.append(
            Advice(
                "researched.no",
                WARNING,
                _(
                    "A quick look at the job description, the company's website and "
                    "employee reviews makes sure you are not turning down a good "
                    "opportunity by mistake."
                ),
                field="researched",
            )
        )
    elif researched == Researched.PARTLY:
        items.append(
            Advice(
                "researched.partly",
                INFO,
                _(
                    "If something is still unclear about the role or the company, "
                    "looking it up now takes a few minutes and settles the question."
                ),
                field="researched",
            )
        )
    return items


def reasons_advice(*, reasons: list[str] | tuple[str, ...]) -> list[Advice]:
    """Reason-specific cautions that matter for the wording."""
    items: list[Advice] = []
    if ReasonKey.ANOTHER_OFFER in reasons or ReasonKey.BETTER_OFFER in reasons:
        items.append(
            Advice(
                "reasons.other_employer",
                INFO,
                _(
                    "You may say you have accepted another offer, but do not name the "
                    "other employer or compare the offers."
                ),
                field="reasons",
            )
        )
    if ReasonKey.CULTURE in reasons:
        items.append(
            Advice(
                "reasons.culture",
                INFO,
                _(
                    "A culture mismatch is a question of fit: say it that way, never as "
                    "a criticism of the company."
                ),
                field="reasons",
            )
        )
    if ReasonKey.PERSONAL in reasons:
        items.append(
            Advice(
                "reasons.personal",
                INFO,
                _("Personal reasons need no details: “for personal reasons” is enough."),
                field="reasons",
            )
        )
    return items


def _pros_cons(channel: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if channel == Channel.EMAIL:
        return (
            (
                _("The most widely accepted and professional way."),
                _("You can word it carefully and read it again."),
                _("It leaves a written record for both sides."),
            ),
            (_("Less personal than a conversation."),),
        )
    if channel == Channel.PHONE:
        return (
            (
                _("Personal, and you get their reaction at once."),
                _("Shows respect when you already have a good contact."),
            ),
            (
                _("Harder to word on the spot: have your points in front of you."),
                _("Call during office hours, not first thing or late in the day."),
            ),
        )
    if channel == Channel.SMS:
        return (
            (_("Quick, and natural if you have been texting with them."),),
            (
                _("Can feel too casual for a decision like this."),
                _("Only suitable when text messages were already the channel."),
            ),
        )
    return (
        (
            _("The most personal way when you have already met."),
            _("Natural if you are at their office anyway."),
        ),
        (
            _("Takes their time: choose a moment that suits them and a private place."),
            _("If they are busy, an email or a call is better."),
        ),
    )


def recommend_channel(
    *,
    invitation_channel: str,
    stage: str,
    rapport: str,
    interview_date: date | None = None,
    today: date | None = None,
) -> ChannelRecommendation:
    """Which channel to decline on, and how well each one fits.

    Answer on the channel the invitation came through; email is the safe
    default; phone suits an existing rapport (and is preferred after
    interviews when the rapport is good); a text message only when the
    invitation came by text; in person only when you have already met or the
    meeting is imminent.
    """
    days = days_until(interview_date, today) if today else None
    imminent = days is not None and 0 <= days <= URGENT_DAYS
    met = stage in (Stage.SEVERAL, Stage.OFFER) or invitation_channel == Channel.IN_PERSON
    has_rapport = rapport in (Rapport.SOME, Rapport.STRONG)

    if invitation_channel == Channel.SMS:
        recommended = Channel.SMS
        why = _(
            "The invitation came by text message: a short, polite text is fine, and "
            "you answer where they contacted you."
        )
    elif invitation_channel == Channel.IN_PERSON:
        recommended = Channel.IN_PERSON
        why = _(
            "You were invited face to face: telling them in person, briefly and "
            "privately, is the most natural answer."
        )
    elif invitation_channel == Channel.PHONE:
        recommended = Channel.PHONE
        why = _(
            "They called you: answering by phone keeps to the same channel. A "
            "follow-up email is also appropriate."
        )
    elif rapport == Rapport.STRONG and stage in (Stage.SEVERAL, Stage.OFFER):
        recommended = Channel.PHONE
        why = _(
            "After interviews and with a good rapport, a call shows respect for the "
            "relationship you have built. A personal email is also fine."
        )
    else:
        recommended = Channel.EMAIL
        why = _(
            "The invitation came by email: answer by email. It is the safe, "
            "professional default and lets you word your message carefully."
        )

    options = []
    for channel in Channel.values:
        pros, cons = _pros_cons(channel)
        if channel == recommended:
            fit, note = RECOMMENDED, why
        elif channel == Channel.EMAIL:
            fit, note = SUITABLE, _("Email is always a safe, professional choice.")
        elif channel == Channel.PHONE:
            fit = SUITABLE
            if has_rapport:
                note = _("You have already spoken with them: a call is a good option.")
            elif imminent:
                note = _("The interview is close: a call reaches them in time.")
            else:
                note = _(
                    "Possible, but when you have not spoken yet an email is usually "
                    "easier for both sides."
                )
        elif channel == Channel.SMS:
            fit = DISCOURAGED
            note = _(
                "Not advised: a text message feels too casual unless texting was "
                "already how you talked."
            )
        elif met or imminent:
            fit = SUITABLE
            note = _(
                "Possible because you have already met, or the meeting is close: "
                "keep it short and find a private moment."
            )
        else:
            fit = DISCOURAGED
            note = _(
                "Not advised: declining in person only makes sense if you have already "
                "met or are about to be at their office."
            )
        options.append(ChannelOption(channel, fit, note, pros, cons))
    return ChannelRecommendation(recommended, why, tuple(options))


def chosen_channel_advice(*, chosen: str, recommendation: ChannelRecommendation) -> list[Advice]:
    """A gentle word when the person picks a channel the rules advise against."""
    option = recommendation.option(chosen)
    if option is None or option.fit != DISCOURAGED:
        return []
    return [Advice("channel.discouraged", WARNING, option.why, field="channel")]


def structure_advice(
    *,
    stage: str,
    channel: str,
    reason_detail: str,
    include_apology: bool,
    include_feedback: bool,
    include_door_open: bool,
    length: str,
) -> list[Advice]:
    """Advice on the message's structure, as the options are chosen."""
    items: list[Advice] = []
    if stage == Stage.ACCEPTED:
        if include_apology:
            items.append(
                Advice(
                    "apology.preselected",
                    INFO,
                    _(
                        "You had accepted the interview, so a short apology for the "
                        "inconvenience is included. One apology is enough."
                    ),
                    field="include_apology",
                )
            )
        else:
            items.append(
                Advice(
                    "apology.missing",
                    WARNING,
                    _(
                        "You had accepted the interview: a short apology for the change "
                        "of plans is recommended."
                    ),
                    field="include_apology",
                )
            )
    elif include_apology:
        items.append(
            Advice(
                "apology.optional",
                INFO,
                _(
                    "Declining is normal: one brief apology at most, and never an "
                    "over-apologetic tone."
                ),
                field="include_apology",
            )
        )
    if reason_detail == ReasonDetail.NONE:
        items.append(
            Advice(
                "reason.none",
                INFO,
                _("You owe no explanation: thanks and a clear decision are enough."),
                field="reason_detail",
            )
        )
    elif reason_detail == ReasonDetail.SPECIFIC:
        items.append(
            Advice(
                "reason.specific",
                INFO,
                _(
                    "Keep your reason to one sentence, professional, and never critical "
                    "of the company."
                ),
                field="reason_detail",
            )
        )
    if include_feedback:
        items.append(
            Advice(
                "feedback.kind",
                INFO,
                _(
                    "Feedback is optional: one or two constructive, specific sentences "
                    "about the process, said kindly."
                ),
                field="feedback",
            )
        )
    if include_door_open:
        items.append(
            Advice(
                "door_open",
                SUCCESS,
                _(
                    "Leaving the door open costs nothing: the professional world is "
                    "smaller than it looks."
                ),
                field="include_door_open",
            )
        )
    if channel == Channel.SMS and length == Length.STANDARD:
        items.append(
            Advice(
                "length.sms",
                INFO,
                _("A text message should stay short: choose “Short” to fit one or two texts."),
                field="length",
            )
        )
    return items
