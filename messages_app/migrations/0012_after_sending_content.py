"""The wording for what follows a sent draft (written replies to the
recruiter's reaction, the call they ask for) and for a person not sure yet
(asking for more information, asking for another date). Frozen in
content/0012_content.json, so this migration reads no application code.

Blocks nobody edited (text still equal to their shipped text) take the new
wording; blocks an admin edited are left exactly as they are; unedited
blocks the new content no longer has are removed; new blocks are added.
Reversing applies content/0007_content.json the same way.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.db import migrations

CONTENT = Path(__file__).with_name("content")
NEW, OLD = CONTENT / "0012_content.json", CONTENT / "0007_content.json"
_KEY = ("kind", "language", "channel", "tone", "scenario", "reason")


def _shipped(path: Path) -> dict[tuple[str, ...], str]:
    rows = json.loads(path.read_text(encoding="utf-8"))["blocks"]
    return {tuple(row[k] for k in _KEY): row["text"] for row in rows}


def _apply(apps, path: Path) -> None:
    Block = apps.get_model("messages_app", "Block")
    shipped = _shipped(path)
    stored = set()
    for block in Block.objects.all():
        key = tuple(getattr(block, k) for k in _KEY)
        stored.add(key)
        if block.text != block.shipped_text:
            continue  # edited in the admin: left as it is
        if key not in shipped:
            block.delete()
        elif block.text != shipped[key]:
            block.text = block.shipped_text = shipped[key]
            block.save(update_fields=["text", "shipped_text", "updated_at"])
    Block.objects.bulk_create(
        Block(**dict(zip(_KEY, key, strict=True)), text=text, shipped_text=text)
        for key, text in shipped.items()
        if key not in stored
    )


def forwards(apps, schema_editor) -> None:
    _apply(apps, NEW)


def backwards(apps, schema_editor) -> None:
    _apply(apps, OLD)


class Migration(migrations.Migration):
    dependencies = [("messages_app", "0011_after_sending_blocks")]

    operations = [migrations.RunPython(forwards, backwards)]
