"""Plain descriptions of the seed rows, independent of the ORM.

The data modules (`en`, `fr`) build these; `load_content()` turns them into
`Block` rows, and `manage.py export_content --shipped` into the JSON the data
migrations load.
"""

from __future__ import annotations

from dataclasses import dataclass

from messages_app.choices import Channel

#: The two spoken channels share most of their wording.
SPOKEN_CHANNELS: tuple[str, ...] = (Channel.PHONE.value, Channel.IN_PERSON.value)


@dataclass(frozen=True)
class BlockSpec:
    """One seeded message block. Empty channel/tone/scenario/reason mean "any"."""

    kind: str
    language: str
    text: str
    channel: str = ""
    tone: str = ""
    scenario: str = ""
    reason: str = ""

    def __post_init__(self) -> None:
        # TextChoices members are str subclasses: store their plain values.
        for name in ("kind", "language", "channel", "tone", "scenario", "reason"):
            object.__setattr__(self, name, str(getattr(self, name)))

    @property
    def key(self) -> tuple[str, str, str, str, str, str]:
        """The composer's `BlockKey`: (kind, language, channel, tone, scenario, reason)."""
        return (self.kind, self.language, self.channel, self.tone, self.scenario, self.reason)


class BlockList:
    """Collects the blocks of one language, with shortcuts for shared wording."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.blocks: list[BlockSpec] = []

    def add(
        self,
        kind: str,
        text: str,
        *,
        channel: str = "",
        tone: str = "",
        scenario: str = "",
        reason: str = "",
    ) -> None:
        self.blocks.append(
            BlockSpec(
                kind=kind,
                language=self.language,
                text=text,
                channel=channel,
                tone=tone,
                scenario=scenario,
                reason=reason,
            )
        )

    def spoken(self, kind: str, text: str, **keys: str) -> None:
        """The same wording for a phone call and a face-to-face conversation."""
        for channel in SPOKEN_CHANNELS:
            self.add(kind, text, channel=channel, **keys)

    def lines(self, kind: str, *lines: str, **keys: str) -> None:
        """A block made of one item per line (reminders)."""
        self.add(kind, "\n".join(lines), **keys)
