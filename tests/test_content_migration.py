"""The content migrations bring a database to the shipped wording without
touching what an admin edited, and to one content model without losing data
(migrations 0005 to 0008; 0012 for the replies and the requests). Each test
walks a real database back and forth through the migrations and builds its
rows with the historical models."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from messages_app.content import BLOCKS
from messages_app.content.snapshot import shipped_content
from messages_app.models import Block

REWORK = importlib.import_module("messages_app.migrations.0005_content_rework")
FROZEN = Path(str(REWORK.__file__)).with_name("content")
SEED = json.loads((FROZEN / "0002_seed.json").read_text(encoding="utf-8"))
REWORKED = json.loads((FROZEN / "0005_content.json").read_text(encoding="utf-8"))
BEFORE_REPLIES = json.loads((FROZEN / "0007_content.json").read_text(encoding="utf-8"))
LATEST = json.loads((FROZEN / "0012_content.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.django_db(transaction=True)


def migrate(target: str) -> Any:
    """The database migrated to `target`; returns the models as they were then."""
    call_command("migrate", "messages_app", target, verbosity=0)
    return MigrationLoader(connection).project_state(("messages_app", target)).apps


@pytest.fixture
def old_database(seeded) -> Iterator[None]:
    """The shipped content, and the schema back at the latest migration afterwards."""
    yield
    call_command("migrate", "messages_app", verbosity=0)


def key_of(row: dict) -> dict:
    return {
        "kind": row["kind"],
        "language": row["language"],
        "channel": row["channel"],
        "tone": row["tone"],
        "scenario_id": row["scenario"] or None,
        "reason_id": row["reason"] or None,
    }


def test_unedited_blocks_take_the_new_wording_and_edited_ones_are_kept(old_database):
    apps = migrate("0004_block_shipped_text")
    OldBlock = apps.get_model("messages_app", "Block")
    old_new = [
        (old, new)
        for old in SEED["blocks"]
        for new in REWORKED["blocks"]
        if key_of(old) == key_of(new) and old["text"] != new["text"]
    ]
    (edited_old, _edited_new), (plain_old, plain_new) = old_new[0], old_new[1]
    assert OldBlock.objects.get(**key_of(plain_old)).text == plain_old["text"]
    OldBlock.objects.filter(**key_of(edited_old)).update(text="Texte modifié par une admin.")

    apps = migrate("0005_content_rework")

    Reworked = apps.get_model("messages_app", "Block")
    assert Reworked.objects.get(**key_of(edited_old)).text == "Texte modifié par une admin."
    assert Reworked.objects.get(**key_of(plain_old)).text == plain_new["text"]
    assert Reworked.objects.count() == len(REWORKED["blocks"])
    assert apps.get_model("messages_app", "Scenario").objects.filter(key="offer").exists()
    before = list(Reworked.objects.order_by("pk").values_list("text", flat=True))
    REWORK.forwards(apps, None)  # running it again changes nothing
    assert list(Reworked.objects.order_by("pk").values_list("text", flat=True)) == before


def test_one_content_model_keeps_every_key_every_edit_and_the_edited_hints(old_database):
    apps = migrate("0005_content_rework")
    Reason = apps.get_model("messages_app", "Reason")
    OldBlock = apps.get_model("messages_app", "Block")
    Reason.objects.filter(key="culture").update(hint_en="A hint written by an admin.")
    Reason.objects.filter(key="other").update(hint_fr="")
    offer = OldBlock.objects.filter(scenario_id="offer", reason_id=None).first()
    offer.text = "Wording edited for the offer."
    offer.save()
    original = OldBlock.objects.filter(reason_id="location", kind="reason").first()
    twin = OldBlock.objects.create(
        kind=original.kind,
        language=original.language,
        channel=original.channel,
        tone=original.tone,
        reason_id="location",
        text="The newest of two blocks with one key.",
    )

    migrate("0008_drop_scenario_and_reason")

    assert Block.objects.get(pk=offer.pk).scenario == "offer"
    assert Block.objects.get(pk=offer.pk).text == "Wording edited for the offer."
    assert Block.objects.get(pk=offer.pk).reason == ""
    assert Block.objects.get(pk=twin.pk).reason == "location"
    assert not Block.objects.filter(pk=original.pk).exists()
    english, french = Block.objects.reason_hints("en"), Block.objects.reason_hints("fr")
    assert english["culture"] == "A hint written by an admin."
    assert "other" not in french
    assert Block.objects.get(kind="reason_hint", language="en", reason="culture").is_edited
    assert not Block.objects.get(kind="reason_hint", language="en", reason="location").is_edited
    shipped = {spec.key: spec.text for spec in BLOCKS}
    unedited = {pk for pk in Block.objects.values_list("pk", flat=True)} - {offer.pk, twin.pk}
    for block in Block.objects.filter(pk__in=unedited).exclude(reason="culture", language="en"):
        assert shipped[block.key] == block.text, block


def test_going_back_restores_the_scenarios_the_reasons_and_their_hints(old_database):
    hint = Block.objects.get(kind="reason_hint", language="fr", reason="location")
    hint.text = "Une astuce revue par une administratrice."
    hint.save()

    apps = migrate("0005_content_rework")

    Scenario = apps.get_model("messages_app", "Scenario")
    Reason = apps.get_model("messages_app", "Reason")
    OldBlock = apps.get_model("messages_app", "Block")
    assert set(Scenario.objects.values_list("key", flat=True)) == {
        row["key"] for row in REWORKED["scenarios"]
    }
    assert Reason.objects.get(key="location").hint_fr == "Une astuce revue par une administratrice."
    assert Reason.objects.get(key="location").label_en == "Location or commute"
    assert not OldBlock.objects.filter(kind="reason_hint").exists()
    assert OldBlock.objects.filter(scenario_id="offer").exists()
    assert OldBlock.objects.count() == len(REWORKED["blocks"])

    migrate("0008_drop_scenario_and_reason")
    assert Block.objects.reason_hints("fr")["location"] == hint.text


def test_the_frozen_content_is_what_the_app_ships():
    """A reminder to freeze a new migration when the shipped wording changes
    (manage.py export_content --shipped)."""
    assert shipped_content()["blocks"] == LATEST["blocks"]


def test_the_replies_and_requests_arrive_without_touching_an_admins_edit(old_database):
    """0012 adds the written replies and the requests for information or
    another date; going back removes them, and an edited block stays both ways."""
    closing = Block.objects.get(
        kind="closing", language="fr", channel="email", tone="formal", scenario="", reason=""
    )
    closing.text = "Avec mes remerciements renouvelés."
    closing.save()

    apps = migrate("0011_after_sending_blocks")
    OldBlock = apps.get_model("messages_app", "Block")
    assert not OldBlock.objects.filter(kind__startswith="answer_").exists()
    assert not OldBlock.objects.filter(kind="ask_info_request").exists()
    assert OldBlock.objects.count() == len(BEFORE_REPLIES["blocks"])
    assert OldBlock.objects.get(pk=closing.pk).text == closing.text

    migrate("0012_after_sending_content")
    assert Block.objects.count() == len(LATEST["blocks"])
    assert Block.objects.filter(kind="answer_why", language="fr").exists()
    assert Block.objects.filter(kind="reschedule_proposal", language="en").exists()
    assert Block.objects.get(pk=closing.pk).text == closing.text
