"""The content migration brings a database to the reworked wording without
touching what an admin edited (migrations/0005_content_rework.py)."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from django.apps import apps

from messages_app.models import Block, Scenario

MIGRATION = importlib.import_module("messages_app.migrations.0005_content_rework")
SEED = json.loads(
    (Path(MIGRATION.__file__).with_name("content") / "0002_seed.json").read_text(encoding="utf-8")
)
NEW = json.loads(MIGRATION.NEW.read_text(encoding="utf-8"))

pytestmark = pytest.mark.django_db


def seed_database() -> None:
    """A database as the first shipped content left it."""
    Block.objects.all().delete()
    MIGRATION._apply(apps, SEED, NEW)


def key_of(row: dict) -> dict:
    return {
        "kind": row["kind"],
        "language": row["language"],
        "channel": row["channel"],
        "tone": row["tone"],
        "scenario_id": row["scenario"] or None,
        "reason_id": row["reason"] or None,
    }


def test_unedited_blocks_take_the_new_wording_and_edited_ones_are_kept():
    seed_database()
    old_new = [
        (old, new)
        for old in SEED["blocks"]
        for new in NEW["blocks"]
        if key_of(old) == key_of(new) and old["text"] != new["text"]
    ]
    (edited_old, _edited_new), (plain_old, plain_new) = old_new[0], old_new[1]
    edited = Block.objects.get(**key_of(edited_old))
    edited.text = "Texte modifié par une administratrice."
    edited.save()

    MIGRATION.forwards(apps, None)

    assert Block.objects.get(**key_of(edited_old)).text == "Texte modifié par une administratrice."
    assert Block.objects.get(**key_of(plain_old)).text == plain_new["text"]
    assert Block.objects.count() == len(NEW["blocks"])
    assert Scenario.objects.filter(key="offer").exists()


def test_running_it_again_changes_nothing():
    seed_database()
    MIGRATION.forwards(apps, None)
    before = list(Block.objects.order_by("pk").values_list("text", flat=True))

    MIGRATION.forwards(apps, None)

    assert list(Block.objects.order_by("pk").values_list("text", flat=True)) == before


def test_the_frozen_content_is_what_the_app_ships():
    """A reminder to freeze a new migration when the shipped wording changes
    (manage.py export_content --shipped)."""
    from messages_app.management.commands.export_content import shipped_content

    assert shipped_content()["blocks"] == NEW["blocks"]
