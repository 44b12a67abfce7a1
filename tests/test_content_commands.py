"""The content lifecycle on a real database: `load_content`, `export_content`
and `diff_content` (docs/content.md)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command, execute_from_command_line

from messages_app.content import BLOCKS
from messages_app.content.snapshot import shipped_content
from messages_app.models import Block

pytestmark = pytest.mark.django_db

CLOSING = {"kind": "closing", "language": "en", "channel": "sms", "tone": "formal"}


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def closing() -> Block:
    return Block.objects.get(**CLOSING, scenario="", reason="")


def shipped_text(block: Block) -> str:
    return {spec.key: spec.text for spec in BLOCKS}[block.key]


def edit(block: Block, text: str) -> Block:
    block.text = text
    block.save()
    return block


def outdated(block: Block, text: str) -> Block:
    """The block as an older release shipped it, never edited."""
    block.text = block.shipped_text = text
    block.save()
    return block


# --- load_content -----------------------------------------------------------


def test_loading_creates_only_the_missing_blocks(seeded):
    closing().delete()
    edited = edit(Block.objects.filter(kind="decision").first(), "An admin's decision.")

    output = run("load_content")

    assert "1 created, 0 updated, 0 removed" in output
    assert Block.objects.count() == len(BLOCKS)
    assert closing().text == shipped_text(closing())
    edited.refresh_from_db()
    assert edited.text == "An admin's decision."


def test_update_brings_unedited_blocks_to_the_shipped_wording_and_keeps_edited_ones(seeded):
    old = outdated(closing(), "Thanks, as shipped last year.")
    edited = edit(Block.objects.filter(kind="decision").first(), "An admin's decision.")
    dropped = Block.objects.create(
        kind="closing", language="en", scenario="offer", text="Gone.", shipped_text="Gone."
    )

    output = run("load_content", "--update")

    assert "0 created, 1 updated, 1 removed, 1 edited in the admin" in output
    assert "kept (edited): decision · en" in output
    old.refresh_from_db()
    assert old.text == old.shipped_text == shipped_text(old)
    edited.refresh_from_db()
    assert edited.text == "An admin's decision."
    assert not Block.objects.filter(pk=dropped.pk).exists()


def test_overwrite_edited_gives_edited_blocks_the_shipped_wording_but_keeps_added_ones(seeded):
    edited = edit(closing(), "Kind thanks from the admin.")
    own = Block.objects.create(kind="closing", language="en", scenario="offer", text="Mine.")

    output = run("load_content", "--update", "--overwrite-edited")

    assert "1 updated" in output
    edited.refresh_from_db()
    assert edited.text == shipped_text(edited)
    assert not edited.is_edited
    assert Block.objects.get(pk=own.pk).text == "Mine."


def test_overwrite_edited_without_update_is_refused(seeded):
    edited = edit(closing(), "Kind thanks from the admin.")
    with pytest.raises(CommandError, match="only goes with --update"):
        run("load_content", "--overwrite-edited")
    edited.refresh_from_db()
    assert edited.text == "Kind thanks from the admin."


def test_an_edit_that_became_the_shipped_wording_no_longer_counts_as_edited(seeded):
    block = closing()
    block.shipped_text = "What an older release shipped."
    block.save()
    assert block.is_edited

    run("load_content", "--update")

    block.refresh_from_db()
    assert not block.is_edited


# --- export_content ---------------------------------------------------------


def test_export_writes_the_databases_blocks_with_their_edits(seeded, tmp_path):
    edit(closing(), "Kind thanks from the admin.")
    target = tmp_path / "content.json"

    assert f"{len(BLOCKS)} blocks written" in run("export_content", "--output", str(target))

    rows = json.loads(target.read_text(encoding="utf-8"))["blocks"]
    assert len(rows) == len(BLOCKS)
    (row,) = [r for r in rows if r["text"] == "Kind thanks from the admin."]
    assert {k: row[k] for k in CLOSING} == CLOSING
    assert row["shipped_text"] == shipped_text(closing())


def test_export_of_the_shipped_content_is_the_frozen_format():
    assert json.loads(run("export_content", "--shipped")) == shipped_content()


# --- diff_content -----------------------------------------------------------


def test_diff_of_an_untouched_database_is_empty_and_exits_0(seeded, capsys):
    # Returning without SystemExit: manage.py then exits with status 0.
    execute_from_command_line(["manage.py", "diff_content"])
    assert "exactly the shipped content" in capsys.readouterr().out


def test_diff_shows_each_change_as_a_unified_diff_and_exits_1(seeded, capsys):
    edited = edit(closing(), "Kind thanks from the admin.")
    before = shipped_text(edited)

    with pytest.raises(SystemExit) as exit_status:
        execute_from_command_line(["manage.py", "diff_content"])

    assert exit_status.value.code == 1
    out = capsys.readouterr().out
    assert "closing · en · sms · formal · * · *: edited in the admin" in out
    assert f"-{before}" in out
    assert "+Kind thanks from the admin." in out


def test_diff_tells_edits_from_additions_deletions_and_outdated_wording(seeded):
    outdated(closing(), "Thanks, as shipped last year.")
    Block.objects.filter(kind="reason_hint", language="fr", reason="location").delete()
    Block.objects.create(kind="closing", language="en", scenario="offer", text="Mine.")
    out = StringIO()

    with pytest.raises(CommandError) as error:
        call_command("diff_content", stdout=out)

    assert error.value.returncode == 1
    assert "3 block(s) differ" in str(error.value)
    text = out.getvalue()
    assert "closing · en · sms · formal · * · *: unedited, older shipped wording" in text
    assert "reason_hint · fr · * · * · * · location: shipped, missing" in text
    assert "closing · en · * · * · offer · *: added in the admin" in text


def test_diff_reads_an_export_from_another_database(seeded, tmp_path):
    edit(closing(), "Kind thanks from the admin.")
    export = tmp_path / "content.json"
    run("export_content", "--output", str(export))
    Block.objects.all().delete()
    out = StringIO()

    with pytest.raises(CommandError) as error:
        call_command("diff_content", "--from", str(export), stdout=out)

    assert error.value.returncode == 1
    assert "1 block(s) differ" in str(error.value)
    assert "+Kind thanks from the admin." in out.getvalue()


def test_diff_of_an_unreadable_export_exits_2(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(CommandError) as error:
        call_command("diff_content", "--from", str(broken))
    assert error.value.returncode == 2
