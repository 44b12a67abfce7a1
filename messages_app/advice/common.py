"""What every piece of advice shares: the `Advice` item, its levels (their
order and colour), how many are shown at once, how close the interview is,
and the guide page that explains it ("Learn more")."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext

#: An interview this many days away (or fewer) makes declining urgent.
URGENT_DAYS = 3

INFO = "info"
SUCCESS = "success"
WARNING = "warning"
URGENT = "urgent"

#: Most serious first: the order a step's advice is shown in.
SEVERITY: Mapping[str, int] = {URGENT: 0, WARNING: 1, INFO: 2, SUCCESS: 3}
#: Each level's Bootstrap colour. Urgent is amber like a warning (and bold):
#: red is for errors only.
COLOURS: Mapping[str, str] = {
    URGENT: "warning",
    WARNING: "warning",
    INFO: "info",
    SUCCESS: "success",
}
#: How many pieces of advice a step shows at a time; the rest wait behind
#: "More advice".
SHOWN_AT_ONCE = 2

#: The guide page that explains the advice whose code starts with the key
#: (the longest matching key wins): a slug of /guide/<slug>/, with an #anchor
#: for one scenario of the scenarios page. The guide's slugs are stable.
GUIDE_PAGES: Mapping[str, str] = {
    "timing.": "when-to-decline",
    "stage.accepted": "scenarios#after-accepting",
    "stage.several": "scenarios#after-interviews",
    "stage.offer": "scenarios#offer",
    "certainty.": "self-assessment",
    "basis.": "self-assessment",
    "researched.": "self-assessment",
    "purpose.": "self-assessment",
    "reasons.": "common-reasons",
    "reasons.other_employer": "scenarios#better-offer",
    "reasons.hint.better_offer": "scenarios#better-offer",
    "reasons.personal": "scenarios#personal",
    "channel.": "choosing-the-channel",
    "length.sms": "choosing-the-channel",
    "reason.": "message-structure",
    "apology.": "message-structure",
    "apology.preselected": "scenarios#after-accepting",
    "apology.missing": "scenarios#after-accepting",
    "feedback.": "message-structure",
    "door_open": "message-structure",
}

#: The guide page each wizard step puts into practice.
GUIDE_FOR_STEP: Mapping[str, str] = {
    "situation": "when-to-decline",
    "assessment": "self-assessment",
    "channel": "choosing-the-channel",
    "structure": "message-structure",
}


def guide_page_for(code: str) -> str:
    """The guide page ("slug" or "slug#anchor") explaining advice `code`, or ""."""
    keys = [key for key in GUIDE_PAGES if code.startswith(key)]
    return GUIDE_PAGES[max(keys, key=len)] if keys else ""


@dataclass(frozen=True)
class Advice:
    """One piece of advice: `code` is stable (tests, CSS), `message` is for people."""

    code: str
    level: str  # INFO, SUCCESS, WARNING or URGENT
    message: str
    field: str = ""  # the form field it belongs next to, if any
    title: str = ""  # a heading before the message (a reason's name), if any

    @property
    def colour(self) -> str:
        return COLOURS[self.level]

    @property
    def guide_page(self) -> str:
        """The guide page that explains this advice ("slug" or "slug#anchor"), or ""."""
        return guide_page_for(self.code)


def by_severity(items: Iterable[Advice]) -> list[Advice]:
    """The most serious first; equal ones keep their order."""
    return sorted(items, key=lambda item: SEVERITY[item.level])


#: One row of an advice table: (code, level, untranslated message). Messages
#: are marked with `gettext_noop` and translated when the advice is given.
Rule = tuple[str, str, str]


def advice_for(table: Mapping[str, Rule], value: str, *, field: str) -> list[Advice]:
    """The table's advice for `value` (translated now), or none."""
    rule = table.get(value)
    if rule is None:
        return []
    code, level, message = rule
    return [Advice(code, level, gettext(message), field=field)]


def days_until(interview_date: date | None, today: date) -> int | None:
    if interview_date is None:
        return None
    return (interview_date - today).days
