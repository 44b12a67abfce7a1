"""Seed content: the scenarios, reasons and message blocks in both languages."""

from __future__ import annotations

from django.db import migrations


def _models(apps) -> dict:
    return {
        "scenario_model": apps.get_model("messages_app", "Scenario"),
        "reason_model": apps.get_model("messages_app", "Reason"),
        "block_model": apps.get_model("messages_app", "Block"),
    }


def load(apps, schema_editor) -> None:
    from messages_app.content import load_content

    load_content(**_models(apps))


def unload(apps, schema_editor) -> None:
    from messages_app.content import unload_content

    unload_content(**_models(apps))


class Migration(migrations.Migration):
    dependencies = [("messages_app", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
