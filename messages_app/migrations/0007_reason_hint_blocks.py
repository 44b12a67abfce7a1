"""One content model, the data: scenarios and reasons become plain keys.

- Each block's scenario and reason keys are copied from its foreign keys
  (NULL, "any", becomes "").
- The reason hints, shown in the wizard, become `reason_hint` blocks, one per
  language: each takes the text stored in `Reason` (an admin's edit is kept
  and reads as edited), with the shipped text frozen in
  content/0007_content.json. A hint erased in the admin gets no block.
- A database holding duplicate blocks (possible only outside the admin) keeps
  the most recently saved of each, before 0008 makes the key unique.

Reversing restores the `Scenario` and `Reason` rows as last shipped
(content/0005_content.json), the hints from the blocks (so edits survive the
round trip), and the foreign keys. This migration reads no application code.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.db import migrations

CONTENT = Path(__file__).with_name("content")
NEW, OLD = CONTENT / "0007_content.json", CONTENT / "0005_content.json"
_KEY = ("kind", "language", "channel", "tone", "scenario_key", "reason_key")
_LANGUAGES = ("fr", "en")


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def copy_keys_forwards(apps, schema_editor) -> None:
    Block = apps.get_model("messages_app", "Block")
    changed = []
    for block in Block.objects.all():
        block.scenario_key = block.scenario_id or ""
        block.reason_key = block.reason_id or ""
        changed.append(block)
    Block.objects.bulk_update(changed, ["scenario_key", "reason_key"], batch_size=500)


def copy_keys_backwards(apps, schema_editor) -> None:
    Block = apps.get_model("messages_app", "Block")
    changed = []
    for block in Block.objects.all():
        block.scenario_id = block.scenario_key or None
        block.reason_id = block.reason_key or None
        changed.append(block)
    Block.objects.bulk_update(changed, ["scenario", "reason"], batch_size=500)


def hints_to_blocks(apps, schema_editor) -> None:
    Reason = apps.get_model("messages_app", "Reason")
    Block = apps.get_model("messages_app", "Block")
    shipped = {
        (row["language"], row["reason"]): row["text"]
        for row in _read(NEW)["blocks"]
        if row["kind"] == "reason_hint"
    }
    stored = {reason.key: reason for reason in Reason.objects.all()}
    hints = []
    for (language, key), shipped_text in shipped.items():
        reason = stored.get(key)
        text = getattr(reason, f"hint_{language}") if reason is not None else shipped_text
        if text.strip():
            hints.append((language, key, text, shipped_text))
    Block.objects.bulk_create(
        Block(
            kind="reason_hint",
            language=language,
            reason_key=key,
            text=text,
            shipped_text=shipped_text,
        )
        for language, key, text, shipped_text in hints
    )


def blocks_to_hints(apps, schema_editor) -> None:
    """Scenario and Reason rows as last shipped, the hints from the blocks."""
    Scenario = apps.get_model("messages_app", "Scenario")
    Reason = apps.get_model("messages_app", "Reason")
    Block = apps.get_model("messages_app", "Block")
    old = _read(OLD)
    Scenario.objects.bulk_create(Scenario(**row) for row in old["scenarios"])
    hint_blocks = Block.objects.filter(kind="reason_hint")
    hints = {(b.language, b.reason_key): b.text for b in hint_blocks}
    reasons = []
    for row in old["reasons"]:
        for language in _LANGUAGES:
            row[f"hint_{language}"] = hints.get((language, row["key"]), "")
        reasons.append(Reason(**row))
    Reason.objects.bulk_create(reasons)
    hint_blocks.delete()


def drop_duplicates(apps, schema_editor) -> None:
    Block = apps.get_model("messages_app", "Block")
    seen = set()
    doomed = []
    for block in Block.objects.order_by("-updated_at", "-pk"):
        key = tuple(getattr(block, name) for name in _KEY)
        if key in seen:
            doomed.append(block.pk)
        seen.add(key)
    for start in range(0, len(doomed), 500):
        Block.objects.filter(pk__in=doomed[start : start + 500]).delete()


class Migration(migrations.Migration):
    dependencies = [("messages_app", "0006_block_key_fields")]

    operations = [
        migrations.RunPython(copy_keys_forwards, copy_keys_backwards),
        migrations.RunPython(hints_to_blocks, blocks_to_hints),
        migrations.RunPython(drop_duplicates, migrations.RunPython.noop),
    ]
