"""Seed content: scenarios, reasons and message blocks in French and English.

The data lives in plain modules (`scenarios`, `en`, `fr`) so it can be read,
reviewed and tested without a database. `load_content()` writes it through
whatever model classes it is given: the data migration passes its historical
models, `ensure_content()` the real ones.

The migration loads the content as it stands when it runs; later edits are made
in the admin (or by a new data migration), not by changing these modules.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from django.db import transaction

from messages_app.choices import BlockKind, Channel, Language, ReasonKey, ScenarioKey, Tone
from messages_app.composer import unknown_placeholders
from messages_app.content import en, fr
from messages_app.content.scenarios import REASONS, SCENARIOS
from messages_app.content.spec import BlockSpec, ReasonSpec, ScenarioSpec

__all__ = [
    "BLOCKS",
    "REASONS",
    "SCENARIOS",
    "BlockSpec",
    "ContentError",
    "ReasonSpec",
    "ScenarioSpec",
    "ensure_content",
    "load_content",
    "unload_content",
    "validate_blocks",
]

#: Every seeded block, both languages.
BLOCKS: tuple[BlockSpec, ...] = en.BLOCKS + fr.BLOCKS

_DELETE_BATCH = 500


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
        if (block.kind == BlockKind.REASON) != bool(block.reason):
            problems.append(f"{label}: only reason blocks, and all of them, name a reason")
    for key, count in Counter(block.key for block in blocks).items():
        if count > 1:
            problems.append(f"{' · '.join(part or '*' for part in key)}: defined {count} times")
    if problems:
        raise ContentError("Invalid seed content:\n" + "\n".join(problems))


_KEY_FIELDS = ("kind", "language", "channel", "tone", "scenario_id", "reason_id")


def _stored_keys(block_model: Any) -> Iterable[tuple[int, tuple[str, ...]]]:
    """(pk, key) of every stored block, with "" for "any" as in `BlockSpec.key`."""
    for pk, *fields in block_model.objects.values_list("pk", *_KEY_FIELDS):
        yield pk, tuple(value or "" for value in fields)


def load_content(*, scenario_model: Any, reason_model: Any, block_model: Any) -> None:
    """Create the seed scenarios, reasons and blocks that are not there yet.

    Rows already present (same key) are left as they are, so running it twice,
    or after an editor changed a text in the admin, changes nothing.
    """
    validate_blocks(BLOCKS)
    with transaction.atomic():
        existing = set(scenario_model.objects.values_list("key", flat=True))
        scenario_model.objects.bulk_create(
            scenario_model(
                key=spec.key,
                position=spec.position,
                title_fr=spec.title_fr,
                title_en=spec.title_en,
                advice_fr=spec.advice_fr,
                advice_en=spec.advice_en,
            )
            for spec in SCENARIOS
            if spec.key not in existing
        )
        existing = set(reason_model.objects.values_list("key", flat=True))
        reason_model.objects.bulk_create(
            reason_model(
                key=spec.key,
                position=spec.position,
                label_fr=spec.label_fr,
                label_en=spec.label_en,
                hint_fr=spec.hint_fr,
                hint_en=spec.hint_en,
            )
            for spec in REASONS
            if spec.key not in existing
        )
        present = {key for _pk, key in _stored_keys(block_model)}
        block_model.objects.bulk_create(
            block_model(
                kind=spec.kind,
                language=spec.language,
                channel=spec.channel,
                tone=spec.tone,
                scenario_id=spec.scenario or None,
                reason_id=spec.reason or None,
                text=spec.text,
            )
            for spec in BLOCKS
            if spec.key not in present
        )


def unload_content(*, scenario_model: Any, reason_model: Any, block_model: Any) -> None:
    """Delete the seeded rows (the reverse of `load_content`).

    Blocks are matched on their key (kind, language, channel, tone, scenario,
    reason), whatever their text became, so an edited seed block goes too;
    blocks added by editors under another key stay, unless they hang on a seeded
    scenario or reason, which they cannot outlive.
    """
    seeded = {spec.key for spec in BLOCKS}
    with transaction.atomic():
        doomed = [pk for pk, key in _stored_keys(block_model) if key in seeded]
        for start in range(0, len(doomed), _DELETE_BATCH):
            block_model.objects.filter(pk__in=doomed[start : start + _DELETE_BATCH]).delete()
        reason_model.objects.filter(key__in=[spec.key for spec in REASONS]).delete()
        scenario_model.objects.filter(key__in=[spec.key for spec in SCENARIOS]).delete()


def ensure_content() -> None:
    """Load the seed content with the real models if there are no blocks at all.

    Used by the test fixture `seeded`: a transactional test flushes the tables
    the data migration had filled.
    """
    from messages_app.models import Block, Reason, Scenario

    if not Block.objects.exists():
        load_content(scenario_model=Scenario, reason_model=Reason, block_model=Block)
