"""The quality check: explainable rules on the final (possibly edited) text.

Pure functions of plain values, no request and no ORM. Each rule returns a
`Finding` saying what it found and why it matters, in the *message*
language. The check advises; it never blocks anything.

- `rules`: one function per rule, and `RULES`, their order;
- `wording`: what each rule says, passed or not (`MESSAGES`);
- `lexicon_en`, `lexicon_fr`: the word lists the rules look for;
- `inputs`: `CheckInput`, the message and what the rules read of it.
"""

from __future__ import annotations

from messages_app.choices import Purpose
from messages_app.quality.inputs import CheckInput, word_count
from messages_app.quality.rules import LEFTOVER_RE, RULES, STAGE_DIRECTIONS, Rule
from messages_app.quality.wording import MESSAGES, Finding

__all__ = [
    "LEFTOVER_RE",
    "MESSAGES",
    "RULES",
    "STAGE_DIRECTIONS",
    "CheckInput",
    "Finding",
    "Rule",
    "check",
    "check_input",
    "word_count",
]


def check(
    *,
    text: str,
    subject: str,
    language: str,
    channel: str,
    wants_door_open: bool,
    company: str,
    position: str,
    other_employer: str = "",
    earlier_names: tuple[str, ...] = (),
    purpose: str = Purpose.DECLINE,
) -> list[Finding]:
    """Check a message and return one `Finding` per rule that applies.

    A decline (`purpose`) is checked for one clear decision and a short
    reason; a request for information or another date for that request and
    for no words of declining instead. `door_open` is only checked when the
    user wants it (and declines), `subject` only for
    an email, `role` only when a company or a position is known, `leftover`
    only when the message was started from another one (`earlier_names`:
    its company and contact). Any language but French is checked as English.
    """
    given = CheckInput(
        text=text or "",
        subject=subject or "",
        language="fr" if language == "fr" else "en",
        channel=channel,
        wants_door_open=wants_door_open,
        company=company,
        position=position,
        other_employer=other_employer,
        earlier_names=earlier_names,
        purpose=purpose,
    )
    return check_input(given)


def check_input(given: CheckInput) -> list[Finding]:
    """The findings of every rule that applies to `given`, in `RULES` order."""
    return [found for rule in RULES if (found := rule.apply(given)) is not None]
