"""The catalogue of message blocks, and which block a message uses.

A `Catalog` holds every block text; its index picks the most specific block
for a message context (reason > scenario > channel > tone), refuses one with
an unknown placeholder, and typesets it for the message language and channel,
once per context.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from messages_app.choices import BlockKind, Channel, ReasonKey, ScenarioKey, Stage
from messages_app.placeholders import unknown_placeholders
from messages_app.sms import sms_plain
from messages_app.text import french_typography

#: (kind, language, channel, tone, scenario, reason); "" means "any".
BlockKey = tuple[str, str, str, str, str, str]


class ContentError(LookupError):
    """The catalogue cannot build the message (a block is missing or broken).

    This is a content problem for whoever edits the blocks, never something the
    person writing the message did wrong.
    """


@dataclass(frozen=True)
class Catalog:
    """Every block text, keyed by `BlockKey`. Built from the database by
    `Block.objects.catalog()`; built by hand in tests."""

    blocks: Mapping[BlockKey, str]

    @cached_property
    def index(self) -> BlockIndex:
        """Resolved and typeset blocks, memoised per message context (built on first use)."""
        return BlockIndex(self.blocks)


#: A scenario with a parent uses the parent's blocks where it has none of its
#: own: declining an offer reads like withdrawing after interviews, except for
#: the subject and the decision.
SCENARIO_PARENTS: Mapping[str, str] = {ScenarioKey.OFFER: ScenarioKey.AFTER_INTERVIEWS}

#: A kind the catalogue lacks (deleted in the admin, not yet written) is
#: replaced by a more general one rather than failing the whole message.
KIND_FALLBACKS: Mapping[str, str] = {
    BlockKind.GREETING_TITLED: BlockKind.GREETING_NAMED,
    BlockKind.GREETING_FIRST_NAME: BlockKind.GREETING_NAMED,
    BlockKind.SIGNATURE_NAMED: BlockKind.SIGNATURE,
}

#: Block kinds written per reason that fall back to a neutral wording.
_REASON_FALLBACK_KINDS = frozenset(
    {
        BlockKind.REPLY_WHY,
        BlockKind.REPLY_DISAPPOINTED,
        BlockKind.REPLY_INSIST,
        BlockKind.REPLY_POSITIVE,
    }
)


class BlockIndex:
    """Selects the most specific block (scenario > channel > tone) and keeps
    each resolved, typeset text, so composing the same kind of message again
    costs a dictionary lookup."""

    __slots__ = ("_blocks", "_resolved")

    def __init__(self, blocks: Mapping[BlockKey, str]) -> None:
        self._blocks = blocks
        self._resolved: dict[BlockKey, str | None] = {}

    def get(
        self, kind: str, language: str, channel: str, tone: str, scenario: str, reason: str = ""
    ) -> str | None:
        """The typeset block text for this context, or None when the catalogue has none."""
        key = (kind, language, channel, tone, scenario, reason)
        try:
            return self._resolved[key]
        except KeyError:
            pass
        text = self._select(key)
        if text is not None:
            unknown = unknown_placeholders(text)
            if unknown:
                raise ContentError(
                    f"The {_describe(key)} block uses unknown placeholder(s): " + ", ".join(unknown)
                )
            text = _typeset(text.strip(), language=language, channel=channel, kind=kind)
        self._resolved[key] = text
        return text

    def require(
        self, kind: str, language: str, channel: str, tone: str, scenario: str, reason: str = ""
    ) -> str:
        """Like `get` (with the kind's fallback), but a missing block is a `ContentError`."""
        text = self.get(kind, language, channel, tone, scenario, reason)
        fallback = KIND_FALLBACKS.get(kind)
        if text is None and fallback:
            text = self.get(fallback, language, channel, tone, scenario, reason)
        if text is None:
            raise ContentError(
                f"No {_describe((kind, language, channel, tone, scenario, reason))} block "
                "in the catalogue."
            )
        return text

    def _select(self, key: BlockKey) -> str | None:
        kind, language, channel, tone, scenario, reason = key
        blocks = self._blocks
        # Most specific first: reason outranks scenario (then its parent),
        # which outranks channel, which outranks tone. Only reply blocks fall
        # back from a reason to the neutral wording; a reason block has none.
        reasons = (reason, "") if reason and kind in _REASON_FALLBACK_KINDS else (reason,)
        for re_ in reasons:
            for sc in scenario_chain(scenario):
                for ch in (channel, "") if channel else ("",):
                    for to in (tone, "") if tone else ("",):
                        text = blocks.get((kind, language, ch, to, sc, re_))
                        if text and text.strip():
                            return text
        return None


def scenario_chain(scenario: str) -> tuple[str, ...]:
    """The scenarios whose blocks a message may use, most specific first, then "" (any)."""
    chain = []
    while scenario:
        chain.append(scenario)
        scenario = SCENARIO_PARENTS.get(scenario, "")
    return (*chain, "")


#: Advice shown on screen beside a message, never part of a text message.
_ON_SCREEN_KINDS = frozenset(
    {BlockKind.REMINDERS, BlockKind.REMINDERS_ASK_INFO, BlockKind.REMINDERS_RESCHEDULE}
)


def _typeset(text: str, *, language: str, channel: str, kind: str) -> str:
    sms = channel == Channel.SMS and kind not in _ON_SCREEN_KINDS
    if language == "fr":
        return french_typography(text, plain=sms)
    return sms_plain(text) if sms else text


def _describe(key: BlockKey) -> str:
    kind, language, channel, tone, scenario, reason = key
    parts = [f"'{kind}'", f"language={language}", f"channel={channel}", f"tone={tone}"]
    parts.append(f"scenario={scenario}")
    if reason:
        parts.append(f"reason={reason}")
    return " ".join(parts)


def scenario_for(stage: str, reasons: Iterable[str]) -> str:
    """The scenario a message is written for, from the wizard's answers.

    The stage decides first: an interview already accepted → `accepted`
    (even with another offer in hand: the apology for cancelling matters
    most); after interviews → `after_interviews`; an offer → `offer`. Otherwise the
    reasons decide: another or a better offer → `better_offer`; personal
    circumstances → `personal`; anything else → `early`.
    """
    if stage == Stage.ACCEPTED:
        return ScenarioKey.ACCEPTED
    if stage == Stage.OFFER:
        return ScenarioKey.OFFER
    if stage == Stage.SEVERAL:
        return ScenarioKey.AFTER_INTERVIEWS
    chosen = set(reasons)
    if chosen & {ReasonKey.BETTER_OFFER, ReasonKey.ANOTHER_OFFER}:
        return ScenarioKey.BETTER_OFFER
    if ReasonKey.PERSONAL in chosen:
        return ScenarioKey.PERSONAL
    return ScenarioKey.EARLY
