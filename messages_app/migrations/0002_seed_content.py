"""Seed content: the scenarios, reasons and message blocks in both languages,
as first shipped (frozen in content/0002_seed.json: this migration reads no
application code, so later edits of messages_app/content/ cannot change what
it loads; 0005 brings existing databases to the reworked content)."""

from __future__ import annotations

import json
from pathlib import Path

from django.db import migrations

SEED = Path(__file__).with_name("content") / "0002_seed.json"


def load(apps, schema_editor) -> None:
    content = json.loads(SEED.read_text(encoding="utf-8"))
    Scenario = apps.get_model("messages_app", "Scenario")
    Reason = apps.get_model("messages_app", "Reason")
    Block = apps.get_model("messages_app", "Block")
    have = set(Scenario.objects.values_list("key", flat=True))
    Scenario.objects.bulk_create(
        Scenario(**row) for row in content["scenarios"] if row["key"] not in have
    )
    have = set(Reason.objects.values_list("key", flat=True))
    Reason.objects.bulk_create(
        Reason(**row) for row in content["reasons"] if row["key"] not in have
    )
    if not Block.objects.exists():
        Block.objects.bulk_create(
            Block(
                kind=row["kind"],
                language=row["language"],
                channel=row["channel"],
                tone=row["tone"],
                scenario_id=row["scenario"] or None,
                reason_id=row["reason"] or None,
                text=row["text"],
            )
            for row in content["blocks"]
        )


def unload(apps, schema_editor) -> None:
    content = json.loads(SEED.read_text(encoding="utf-8"))
    apps.get_model("messages_app", "Block").objects.all().delete()
    apps.get_model("messages_app", "Reason").objects.filter(
        key__in=[row["key"] for row in content["reasons"]]
    ).delete()
    apps.get_model("messages_app", "Scenario").objects.filter(
        key__in=[row["key"] for row in content["scenarios"]]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("messages_app", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
