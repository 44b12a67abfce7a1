"""The reworked wording (addressing by title, stage-accurate decisions, the
offer scenario, reason-keyed replies, voicemail, short text messages).

Frozen in content/0005_content.json, so this migration reads no application
code. Blocks nobody edited (text still equal to their shipped text) take the
new wording; blocks an admin edited are left exactly as they are; unedited
blocks the new content no longer has are removed; new blocks are added.
Scenario and reason texts are updated only where they still read as first
shipped. Reversing applies the first shipped content the same way.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.db import migrations

CONTENT = Path(__file__).with_name("content")
NEW, OLD = CONTENT / "0005_content.json", CONTENT / "0002_seed.json"
_KEY = ("kind", "language", "channel", "tone", "scenario", "reason")


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _apply_rows(model, rows: list[dict], previous: list[dict], fields: tuple[str, ...]) -> None:
    before = {row["key"]: row for row in previous}
    stored = {row.key: row for row in model.objects.all()}
    for row in rows:
        current = stored.get(row["key"])
        if current is None:
            model.objects.create(**row)
            continue
        old = before.get(row["key"], {})
        changed = [f for f in fields if getattr(current, f) == old.get(f) != row[f]]
        for name in changed:
            setattr(current, name, row[name])
        current.position = row["position"]
        current.save()


def _apply(apps, content: dict, previous: dict) -> None:
    Scenario = apps.get_model("messages_app", "Scenario")
    Reason = apps.get_model("messages_app", "Reason")
    Block = apps.get_model("messages_app", "Block")
    _apply_rows(
        Scenario,
        content["scenarios"],
        previous["scenarios"],
        ("title_fr", "title_en", "advice_fr", "advice_en"),
    )
    _apply_rows(
        Reason,
        content["reasons"],
        previous["reasons"],
        ("label_fr", "label_en", "hint_fr", "hint_en"),
    )
    shipped = {tuple(row[k] for k in _KEY): row["text"] for row in content["blocks"]}
    stored = set()
    for block in Block.objects.all():
        key = (
            block.kind,
            block.language,
            block.channel,
            block.tone,
            block.scenario_id or "",
            block.reason_id or "",
        )
        stored.add(key)
        if block.text != block.shipped_text:
            continue  # edited in the admin: left as it is
        if key not in shipped:
            block.delete()
        elif block.text != shipped[key]:
            block.text = block.shipped_text = shipped[key]
            block.save(update_fields=["text", "shipped_text", "updated_at"])
    wanted_scenarios = set(Scenario.objects.values_list("key", flat=True))
    Block.objects.bulk_create(
        Block(
            kind=key[0],
            language=key[1],
            channel=key[2],
            tone=key[3],
            scenario_id=key[4] or None,
            reason_id=key[5] or None,
            text=text,
            shipped_text=text,
        )
        for key, text in shipped.items()
        if key not in stored and (not key[4] or key[4] in wanted_scenarios)
    )


def forwards(apps, schema_editor) -> None:
    _apply(apps, _read(NEW), _read(OLD))


def backwards(apps, schema_editor) -> None:
    _apply(apps, _read(OLD), _read(NEW))
    apps.get_model("messages_app", "Scenario").objects.filter(key="offer").delete()


class Migration(migrations.Migration):
    dependencies = [("messages_app", "0004_block_shipped_text")]

    operations = [migrations.RunPython(forwards, backwards)]
