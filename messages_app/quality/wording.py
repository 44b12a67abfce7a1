"""What each rule says, passed or not, in the message language.

`MESSAGES` maps a rule name to its wording when it passes and when it does
not: one msgid, or several by variant when the rule can pass or fail in more
than one way. A wording whose grammar depends on a number is an
`ngettext_lazy` on `%(count)s`, its only placeholder.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from django.utils.translation import gettext, gettext_noop, ngettext_lazy, override


class PluralText(Protocol):
    """A lazy plural (`ngettext_lazy`): `%` picks the form and formats."""

    def __mod__(self, params: Mapping[str, object], /) -> str: ...


Text = str | PluralText
#: One wording, or wordings by variant.
Says = Text | dict[str, Text]


@dataclass(frozen=True)
class Finding:
    """What one rule found: `ok` or something to check, and why it matters."""

    rule: str
    ok: bool
    message: str


@dataclass(frozen=True)
class Verdict:
    """A rule's judgement, before it is put into words.

    `variant` picks among the rule's wordings in `MESSAGES` ("" when it has
    one); `params` fill its placeholders.
    """

    ok: bool
    variant: str = ""
    params: Mapping[str, object] = field(default_factory=dict)


def verdict(ok: bool, variant: str = "", **params: object) -> Verdict:
    return Verdict(ok, variant, params)


MESSAGES: dict[str, tuple[Says, Says]] = {
    "gratitude": (
        gettext_noop("You thank them: it sets a positive tone."),
        gettext_noop(
            "No word of thanks found: thank them for their time and the "
            "opportunity, it leaves a good impression."
        ),
    ),
    "decision": (
        gettext_noop("Your decision is stated clearly: there is no room for doubt."),
        {
            "missing": gettext_noop(
                "No sentence clearly says that you decline: say it plainly to "
                "avoid any misunderstanding."
            ),
            "vague": gettext_noop(
                "Your decision sounds uncertain (“%(words)s”): a firm answer "
                "avoids misunderstanding."
            ),
        },
    ),
    "request": (
        {
            "ask_info": gettext_noop(
                "Your question is there: they know what you would like to find out."
            ),
            "reschedule": gettext_noop("You ask for another time: they know what to answer."),
        },
        {
            "ask_info": gettext_noop(
                "No question found: say what you would like to know (the role, the team, "
                "the conditions) so they can answer it."
            ),
            "reschedule": gettext_noop(
                "No other date is proposed or asked for: suggest a time, or ask which "
                "times suit them."
            ),
        },
    ),
    "no_decline": (
        gettext_noop("Nothing reads as a decline: the message asks before you decide."),
        gettext_noop(
            "“%(words)s” reads as a decline, yet this message asks before you decide: "
            "leave it out, or choose “Decline anyway” on step 2."
        ),
    ),
    "reason": (
        {
            "none": gettext_noop("If you give a reason, keep it to one short sentence."),
            "short": gettext_noop(
                "Your reason fits in one short sentence: the message stays focused."
            ),
        },
        {
            "sentences": ngettext_lazy(
                "Your reason seems to take %(count)s sentence: one is enough, "
                "details invite discussion.",
                "Your reason seems to take %(count)s sentences: one is enough, "
                "details invite discussion.",
                "count",
            ),
            "long": gettext_noop(
                "Your reason takes a sentence of %(count)s words: a short one (about 20 "
                "words) is enough."
            ),
        },
    ),
    "criticism": (
        gettext_noop("No criticism of the company: the relationship stays intact."),
        gettext_noop(
            "“%(words)s” may read as criticism of the company: keep it positive "
            "so you do not burn a bridge."
        ),
    ),
    "apology": (
        gettext_noop("No over-apologising: a single apology at most keeps you confident."),
        gettext_noop(
            "You apologise %(count)s times: once is enough, more makes the message sound unsure."
        ),
    ),
    "other_employer": (
        gettext_noop("No other employer is named: your choice stays discreet."),
        gettext_noop(
            "“%(name)s” looks like the name of another employer: leave it out, "
            "it is not needed and can seem tactless."
        ),
    ),
    "door_open": (
        gettext_noop("You leave the door open for future opportunities."),
        gettext_noop(
            "Nothing leaves the door open: one sentence about future "
            "opportunities keeps the relationship alive."
        ),
    ),
    "length": (
        {
            "sms": ngettext_lazy(
                "Your text message fits in %(count)s segment.",
                "Your text message fits in %(count)s segments.",
                "count",
            ),
            "email": gettext_noop("The length suits an email (%(count)s words)."),
            "spoken": gettext_noop("The length suits a conversation (%(count)s words)."),
        },
        {
            "sms": gettext_noop(
                "Your text message needs %(count)s segments: keep it to two at most, "
                "a text should stay brief."
            ),
            "email_short": gettext_noop(
                "Your email is very short (%(count)s words): a few words of thanks "
                "and a polite close make it courteous."
            ),
            "email_long": gettext_noop(
                "Your email is long (%(count)s words): aim for under %(max)s so your "
                "decision stands out."
            ),
            "spoken": gettext_noop(
                "Your script is long (%(count)s words): keep it under %(max)s so it "
                "sounds natural when spoken."
            ),
        },
    ),
    "placeholder": (
        gettext_noop("No leftover placeholder or empty bracket."),
        gettext_noop(
            "“%(found)s” looks like a placeholder or an empty bracket: replace "
            "or remove it before sending."
        ),
    ),
    "subject": (
        gettext_noop("The email has a subject line."),
        gettext_noop(
            "The subject line is empty: a clear subject gets the email opened and understood."
        ),
    ),
    "role": (
        gettext_noop(
            "The position or the company is named, so they know which application you mean."
        ),
        gettext_noop(
            "Neither the position nor the company is named: recruiters "
            "handle many applications, say which one you mean."
        ),
    ),
    "leftover": (
        gettext_noop("Nothing is left over from the message you copied."),
        gettext_noop(
            "“%(names)s” comes from the message you copied: check that this one speaks "
            "to the right company and person."
        ),
    ),
}


def wording(rule: str, *, ok: bool, variant: str = "") -> Text:
    """The wording of `rule` in that state and variant (untranslated)."""
    says = MESSAGES[rule][0 if ok else 1]
    if isinstance(says, dict):
        return says[variant]
    if variant:
        raise KeyError(f"The {rule!r} rule has no {variant!r} wording")
    return says


@lru_cache(maxsize=512)
def _translated(language: str, msgid: str) -> str:
    """`msgid` in `language` (looked up once per process)."""
    with override(language):
        return gettext(msgid)


@lru_cache(maxsize=512)
def _counted(language: str, rule: str, ok: bool, variant: str, count: object) -> str:
    """A plural wording in `language`, for `count` (formatted once per process)."""
    plural = wording(rule, ok=ok, variant=variant)
    with override(language):
        return plural % {"count": count}


def finding(rule: str, judged: Verdict, language: str) -> Finding:
    """`judged` put into words in `language`, the message language."""
    text = wording(rule, ok=judged.ok, variant=judged.variant)
    if isinstance(text, str):
        message = _translated(language, text)
        if judged.params:
            message %= judged.params
    else:
        message = _counted(language, rule, judged.ok, judged.variant, judged.params["count"])
    return Finding(rule, judged.ok, message)
