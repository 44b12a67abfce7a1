"""Shipped content: the message blocks (and the wizard's reason hints) in
French and English, one block per language.

The data lives in plain modules (`en`, `fr`) so it can be read, reviewed and
tested without a database. `load_content()` writes it into the `Block` table.

The data migrations load frozen copies of this content (migrations/content/);
`manage.py load_content --update` brings a database to what these modules say
now, leaving the blocks an admin edited alone (docs/content.md).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import transaction

from messages_app.catalog import BlockKey
from messages_app.choices import (
    REASON_BLOCK_KINDS,
    REASON_REQUIRED_KINDS,
    BlockKind,
    Channel,
    Language,
    ReasonKey,
    ScenarioKey,
    Tone,
)
from messages_app.content import alternatives_en, alternatives_fr, en, fr, replies_en, replies_fr
from messages_app.content.spec import BlockSpec
from messages_app.placeholders import unknown_placeholders

if TYPE_CHECKING:
    from messages_app.models import Block

__all__ = [
    "BLOCKS",
    "BlockSpec",
    "ContentError",
    "LoadReport",
    "ensure_content",
    "load_content",
    "unload_content",
    "validate_blocks",
]

#: Every seeded block, both languages.
BLOCKS: tuple[BlockSpec, ...] = (
    en.BLOCKS
    + fr.BLOCKS
    # After a decline: the written replies to the recruiter's reaction.
    + replies_en.BLOCKS
    + replies_fr.BLOCKS
    # When not sure yet: asking for more information, or for another date.
    + alternatives_en.BLOCKS
    + alternatives_fr.BLOCKS
)

_DELETE_BATCH = 500
_KEY_FIELDS = ("kind", "language", "channel", "tone", "scenario", "reason")


class ContentError(ValueError):
    """The seed content is inconsistent; nothing has been written."""


def validate_blocks(blocks: Iterable[BlockSpec]) -> None:
    """Check what the database would not: placeholders, choices, uniqueness.

    `Block.save()` refuses unknown placeholders but `bulk_create` bypasses it,
    so the loader runs this first. Raises `ContentError` listing every problem.
    """
    problems: list[str] = []
    blocks = list(blocks)
    allowed = {
        "kind": set(BlockKind.values),
        "language": set(Language.values),
        "channel": {"", *Channel.values},
        "tone": {"", *Tone.values},
        "scenario": {"", *ScenarioKey.values},
        "reason": {"", *ReasonKey.values},
    }
    for block in blocks:
        label = " · ".join(part or "*" for part in block.key)
        for field, values in allowed.items():
            if getattr(block, field) not in values:
                problems.append(f"{label}: unknown {field} {getattr(block, field)!r}")
        if not block.text.strip():
            problems.append(f"{label}: empty text")
        unknown = unknown_placeholders(block.text)
        if unknown:
            problems.append(f"{label}: unknown placeholder(s) {', '.join(unknown)}")
        if block.kind in REASON_REQUIRED_KINDS and not block.reason:
            problems.append(f"{label}: a reason block must name its reason")
        if block.reason and block.kind not in REASON_BLOCK_KINDS:
            problems.append(f"{label}: only reason blocks and prepared replies name a reason")
        if block.kind == BlockKind.REASON_HINT and (block.channel or block.tone or block.scenario):
            problems.append(f"{label}: a reason hint names no channel, tone or scenario")
    for key, count in Counter(block.key for block in blocks).items():
        if count > 1:
            problems.append(f"{' · '.join(part or '*' for part in key)}: defined {count} times")
    if problems:
        raise ContentError("Invalid seed content:\n" + "\n".join(problems))


@dataclass
class LoadReport:
    """What `load_content` did, block by block (keys as in `BlockSpec.key`)."""

    created: list[BlockKey] = dataclasses.field(default_factory=list)
    updated: list[BlockKey] = dataclasses.field(default_factory=list)
    removed: list[BlockKey] = dataclasses.field(default_factory=list)
    kept_edited: list[BlockKey] = dataclasses.field(default_factory=list)


def load_content(
    *, update: bool = False, overwrite_edited: bool = False, blocks: Iterable[BlockSpec] = BLOCKS
) -> LoadReport:
    """Write the shipped content (these modules) into the database.

    Missing blocks are created. With `update`, blocks nobody edited (text
    still equal to their `shipped_text`) take the shipped wording, and
    unedited blocks the shipped content no longer has are removed; a block
    edited in the admin is left as it is (listed in `kept_edited`), unless
    `overwrite_edited` is given too: then a shipped block an admin edited takes
    the shipped wording (or is removed) like the others, and the edit is lost.
    Blocks an admin added under a key never shipped are always kept.
    """
    # Imported here: the data modules can be read without the app registry.
    from messages_app.models import Block

    blocks = tuple(blocks)
    validate_blocks(blocks)
    report = LoadReport()
    shipped = {spec.key: spec for spec in blocks}
    with transaction.atomic():
        stored = {block.key: block for block in Block.objects.all()}
        if update:
            for key, block in stored.items():
                _update_block(block, shipped.get(key), report, overwrite_edited=overwrite_edited)
        report.created = [key for key in shipped if key not in stored]
        Block.objects.bulk_create(
            Block(**dataclasses.asdict(shipped[key]), shipped_text=shipped[key].text)
            for key in report.created
        )
    return report


def _update_block(
    block: Block, spec: BlockSpec | None, report: LoadReport, *, overwrite_edited: bool
) -> None:
    """One stored block brought to its shipped wording (`spec`; None: no longer
    shipped). A block never shipped (an admin's own) is always kept."""
    if spec is not None and block.text == spec.text:
        if block.shipped_text != spec.text:
            # An admin's edit that became the shipped wording: no longer an edit.
            block.shipped_text = spec.text
            block.save(update_fields=["shipped_text"])
        return
    if block.is_edited and (not overwrite_edited or not block.shipped_text):
        report.kept_edited.append(block.key)
        return
    if spec is None:
        block.delete()
        report.removed.append(block.key)
        return
    block.text = block.shipped_text = spec.text
    block.save(update_fields=["text", "shipped_text", "updated_at"])
    report.updated.append(block.key)


def unload_content() -> int:
    """Delete the shipped blocks, matched on their key (kind, language,
    channel, tone, scenario, reason) whatever their text became, so an edited
    shipped block goes too; blocks added by editors under another key stay.
    Returns how many were deleted."""
    from messages_app.models import Block

    shipped = {spec.key for spec in BLOCKS}
    with transaction.atomic():
        doomed = [block.pk for block in Block.objects.only(*_KEY_FIELDS) if block.key in shipped]
        for start in range(0, len(doomed), _DELETE_BATCH):
            Block.objects.filter(pk__in=doomed[start : start + _DELETE_BATCH]).delete()
    return len(doomed)


def ensure_content() -> LoadReport:
    """The shipped content in the database (missing blocks created, unedited
    blocks brought up to date).

    Used by the test fixture `seeded` (a transactional test flushes the tables
    the data migrations had filled) and by `manage.py load_content --update`.
    """
    return load_content(update=True)
