"""Seed content: scenarios, reasons and message blocks in French and English.

The data lives in plain modules (`scenarios`, `en`, `fr`) so it can be read,
reviewed and tested without a database. `load_content()` writes it through
whatever model classes it is given: the data migration passes its historical
models, `ensure_content()` the real ones.

The data migrations load frozen copies of this content (migrations/content/);
`manage.py load_content --update` brings a database to what these modules say
now, leaving the blocks an admin edited alone.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from messages_app.choices import (
    REASON_BLOCK_KINDS,
    BlockKind,
    Channel,
    Language,
    ReasonKey,
    ScenarioKey,
    Tone,
)
from messages_app.content import en, fr
from messages_app.content.scenarios import REASONS, SCENARIOS
from messages_app.content.spec import BlockSpec, ReasonSpec, ScenarioSpec
from messages_app.placeholders import unknown_placeholders

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
        if block.kind == BlockKind.REASON and not block.reason:
            problems.append(f"{label}: a reason block must name its reason")
        if block.reason and block.kind not in REASON_BLOCK_KINDS:
            problems.append(f"{label}: only reason blocks and prepared replies name a reason")
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


@dataclass
class LoadReport:
    """What `load_content` did, block by block (keys as in `BlockSpec.key`)."""

    created: list[tuple[str, ...]] = dataclasses.field(default_factory=list)
    updated: list[tuple[str, ...]] = dataclasses.field(default_factory=list)
    removed: list[tuple[str, ...]] = dataclasses.field(default_factory=list)
    kept_edited: list[tuple[str, ...]] = dataclasses.field(default_factory=list)


def load_content(
    *, scenario_model: Any, reason_model: Any, block_model: Any, update: bool = False
) -> LoadReport:
    """Write the shipped content (these modules) into the database.

    Missing scenarios, reasons and blocks are created. With `update`, blocks
    nobody edited (text still equal to their `shipped_text`) take the shipped
    wording, and unedited blocks the shipped content no longer has are
    removed; a block edited in the admin is left as it is (listed in
    `kept_edited`), and so are the scenarios' and reasons' texts once edited.
    """
    validate_blocks(BLOCKS)
    report = LoadReport()
    with transaction.atomic():
        _load_rows(scenario_model, SCENARIOS, update=update)
        _load_rows(reason_model, REASONS, update=update)
        shipped = {spec.key: spec for spec in BLOCKS}
        stored = {key: block for block, key in _stored_blocks(block_model)}
        for key, block in stored.items():
            spec = shipped.get(key)
            if not update or (spec is not None and block.text == spec.text):
                continue
            if block.text != block.shipped_text:
                report.kept_edited.append(key)
            elif spec is None:
                block.delete()
                report.removed.append(key)
            else:
                block.text = block.shipped_text = spec.text
                block.save(update_fields=["text", "shipped_text", "updated_at"])
                report.updated.append(key)
        block_model.objects.bulk_create(
            block_model(
                kind=spec.kind,
                language=spec.language,
                channel=spec.channel,
                tone=spec.tone,
                scenario_id=spec.scenario or None,
                reason_id=spec.reason or None,
                text=spec.text,
                shipped_text=spec.text,
            )
            for key, spec in shipped.items()
            if key not in stored
        )
        report.created = [key for key in shipped if key not in stored]
    return report


def _load_rows(model: Any, specs: Iterable[Any], *, update: bool) -> None:
    """Scenarios or reasons: create the missing ones; with `update`, refresh
    the position of every one (their texts are the admin's once stored)."""
    stored = {row.key: row for row in model.objects.all()}
    for spec in specs:
        row = stored.get(spec.key)
        if row is None:
            model.objects.create(**dataclasses.asdict(spec))
        elif update and row.position != spec.position:
            row.position = spec.position
            row.save(update_fields=["position"])


def _stored_blocks(block_model: Any) -> Iterable[tuple[Any, tuple[str, ...]]]:
    for block in block_model.objects.all():
        yield block, tuple(getattr(block, name) or "" for name in _KEY_FIELDS)


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


def ensure_content() -> LoadReport:
    """The shipped content in the database, with the real models (missing rows
    created, unedited blocks brought up to date).

    Used by the test fixture `seeded` (a transactional test flushes the tables
    the data migrations had filled) and by `manage.py load_content --update`.
    """
    from messages_app.models import Block, Reason, Scenario

    return load_content(
        scenario_model=Scenario, reason_model=Reason, block_model=Block, update=True
    )
