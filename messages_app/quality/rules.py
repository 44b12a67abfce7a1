"""The rules, one function each, and `RULES`, the order they are shown in.

A rule reads a `CheckInput` and returns a `Verdict`, or `None` when it does
not apply; its wordings are in `wording.MESSAGES` under the same name.

The rules come from the key elements of a good decline: thank them, state
the decision clearly, keep any reason brief and professional, never criticise
the company or name the other employer, do not over-apologise, leave the
door open when wanted, and fit the channel.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from messages_app.choices import Channel, Purpose
from messages_app.quality.inputs import CheckInput, quote, word_count
from messages_app.quality.wording import Finding, Verdict, finding, verdict
from messages_app.sms import sms_info

EMAIL_MIN_WORDS, EMAIL_MAX_WORDS = 45, 220
SPOKEN_MAX_WORDS = 180
SMS_MAX_SEGMENTS = 2
#: A reason longer than this is no longer "one short sentence".
REASON_MAX_WORDS = 30

_CAPITAL = "A-ZÀ-ÖØ-Þ"
_NAME_RE = re.compile(rf"[{_CAPITAL}][\w&'.-]*(?: (?:[{_CAPITAL}][\w&'.-]*|&))*")

LEFTOVER_RE = re.compile(r"\[[^\]]*\]|\{[^}]*\}|\(\s*\)|\[\s*\]")
#: The phone script's stage directions are brackets on purpose.
STAGE_DIRECTIONS = re.compile(r"\[(?:À l’accueil|Une fois en ligne|At reception|Once connected)\]")


def gratitude(given: CheckInput) -> Verdict:
    return verdict(bool(given.find(given.lexicon.gratitude)))


def decision(given: CheckInput) -> Verdict | None:
    """One clear decision: vague words only count inside a decision sentence.
    A message asking before deciding has none to make (`no_decline`)."""
    if not given.declines:
        return None
    decided = {given.sentence_at(m.start()) for m in given.find(given.lexicon.decision)}
    if not decided:
        return verdict(False, "missing")
    vague = [
        given.source[m.start() : m.end()]
        for m in given.find(given.lexicon.vague)
        if given.sentence_at(m.start()) in decided
    ]
    return verdict(False, "vague", words=quote(vague)) if vague else verdict(True)


def reason(given: CheckInput) -> Verdict | None:
    """The reason takes one sentence, and a short one: details invite
    discussion. Only a decline gives one."""
    if not given.declines:
        return None
    sentences = sorted({given.sentence_at(m.start()) for m in given.find(given.lexicon.reason)})
    if len(sentences) > 1:
        return verdict(False, "sentences", count=len(sentences))
    if not sentences:
        return verdict(True, "none")
    ends, index = given.sentence_ends, sentences[0]
    start = ends[index - 1] if index else 0
    end = ends[index] if index < len(ends) else len(given.folded)
    words = len(given.folded[start:end].split())
    if words > REASON_MAX_WORDS:
        return verdict(False, "long", count=words)
    return verdict(True, "short")


def criticism(given: CheckInput) -> Verdict:
    """No criticism of the company."""
    critical = given.quoted(given.lexicon.criticism)
    return verdict(not critical, words=quote(critical))


def apology(given: CheckInput) -> Verdict:
    """No over-apologising: one apology is fine."""
    apologies = len(given.find(given.lexicon.apology))
    return verdict(apologies <= 1, count=apologies)


def _same_name(candidate: str, names: tuple[str, ...]) -> bool:
    low = candidate.casefold().strip(" .'-")
    return any(low in name or name in low for name in names if name)


def other_employer(given: CheckInput) -> Verdict:
    """The other employer is not named, whether given or guessed from a
    capitalised name after "an offer from", "rejoindre"…"""
    ours = (given.company.casefold().strip(), given.position.casefold().strip())
    named: list[str] = []
    other = given.other_employer.strip()
    if other and other.casefold() in given.text.casefold():
        named.append(other)
    for trigger in given.find(given.lexicon.other_employer):
        name = _NAME_RE.match(given.source, trigger.end())
        if name and not _same_name(name.group(0), ours):
            named.append(name.group(0))
    return verdict(not named, name=quote(named))


def door_open(given: CheckInput) -> Verdict | None:
    """The door is left open, when the user wants it (and is leaving)."""
    if not given.wants_door_open or not given.declines:
        return None
    return verdict(bool(given.find(given.lexicon.door_open)))


def request(given: CheckInput) -> Verdict | None:
    """Asking before deciding: the question is asked, or another date is
    proposed or asked for, so they know what to answer."""
    if given.purpose == Purpose.ASK_INFO:
        asked = bool(given.find(given.lexicon.request)) or "?" in _after_opener(given)
        return verdict(asked, "ask_info")
    if given.purpose == Purpose.RESCHEDULE:
        return verdict(bool(given.find(given.lexicon.new_date)), "reschedule")
    return None


def _after_opener(given: CheckInput) -> str:
    """The text without a call's opener ("Is now a good time…?"), whose
    question mark asks nothing about the role."""
    if given.channel in (Channel.PHONE, Channel.IN_PERSON):
        return given.text.split("\n\n", 1)[-1] if "\n\n" in given.text else ""
    return given.text


def no_decline(given: CheckInput) -> Verdict | None:
    """Asking before deciding: no words of declining, which would contradict it."""
    if given.declines:
        return None
    declining = given.quoted(given.lexicon.decision)
    return verdict(not declining, words=quote(declining))


def length(given: CheckInput) -> Verdict:
    """The length is right for the channel."""
    if given.channel == Channel.SMS:
        segments = sms_info(given.text.strip()).segments
        return verdict(segments <= SMS_MAX_SEGMENTS, "sms", count=segments)
    words = word_count(given.text)
    if given.channel == Channel.EMAIL:
        if words < EMAIL_MIN_WORDS:
            return verdict(False, "email_short", count=words)
        if words > EMAIL_MAX_WORDS:
            return verdict(False, "email_long", count=words, max=EMAIL_MAX_WORDS)
        return verdict(True, "email", count=words)
    return verdict(words <= SPOKEN_MAX_WORDS, "spoken", count=words, max=SPOKEN_MAX_WORDS)


def placeholder(given: CheckInput) -> Verdict:
    """No leftover placeholder or empty bracket, in the subject or the text."""
    leftovers = LEFTOVER_RE.findall(STAGE_DIRECTIONS.sub("", given.subject_and_text))
    return verdict(not leftovers, found=quote(leftovers))


def subject(given: CheckInput) -> Verdict | None:
    """An email has a subject line."""
    if given.channel != Channel.EMAIL:
        return None
    return verdict(bool(given.subject.strip()))


def role(given: CheckInput) -> Verdict | None:
    """The recruiter can tell which application this is, when we know it."""
    names = [n.casefold() for n in (given.company.strip(), given.position.strip()) if n]
    if not names:
        return None
    haystack = given.subject_and_text.casefold()
    return verdict(any(n in haystack for n in names))


def leftover(given: CheckInput) -> Verdict | None:
    """A name from the message this one was copied from (the other company,
    its recruiter) still in the text: the recruiter would notice."""
    keep = given.company.casefold() if given.company else None
    names = [n.strip() for n in given.earlier_names if len(n.strip()) >= 3 and n.casefold() != keep]
    if not names:
        return None
    haystack = given.subject_and_text.casefold()
    found = [name for name in names if name.casefold() in haystack]
    return verdict(not found, names=", ".join(found))


@dataclass(frozen=True)
class Rule:
    name: str
    judge: Callable[[CheckInput], Verdict | None]

    def apply(self, given: CheckInput) -> Finding | None:
        judged = self.judge(given)
        return None if judged is None else finding(self.name, judged, given.language)


#: Every rule, in the order its finding is shown.
RULES: tuple[Rule, ...] = (
    Rule("gratitude", gratitude),
    Rule("decision", decision),
    Rule("request", request),
    Rule("no_decline", no_decline),
    Rule("reason", reason),
    Rule("criticism", criticism),
    Rule("apology", apology),
    Rule("other_employer", other_employer),
    Rule("door_open", door_open),
    Rule("length", length),
    Rule("placeholder", placeholder),
    Rule("subject", subject),
    Rule("role", role),
    Rule("leftover", leftover),
)
