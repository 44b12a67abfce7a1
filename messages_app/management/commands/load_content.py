"""`manage.py load_content`: the shipped content (messages_app/content/) into
the database, and what the admins changed against it."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from messages_app.content import BLOCKS, load_content
from messages_app.models import Block, Reason, Scenario


class Command(BaseCommand):
    help = (
        "Create the shipped scenarios, reasons and blocks that are missing. With --update, "
        "also bring unedited blocks to the shipped wording (blocks edited in the admin are "
        "left alone). With --edited, list the blocks whose text differs from the shipped one."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--update", action="store_true", help="Refresh unedited blocks.")
        parser.add_argument(
            "--edited", action="store_true", help="Only list the blocks edited in the admin."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["edited"]:
            self._list_edited()
            return
        report = load_content(
            scenario_model=Scenario,
            reason_model=Reason,
            block_model=Block,
            update=options["update"],
        )
        self.stdout.write(
            f"{len(report.created)} created, {len(report.updated)} updated, "
            f"{len(report.removed)} removed, {len(report.kept_edited)} edited in the admin "
            "and left as they are."
        )
        for key in report.kept_edited:
            self.stdout.write(f"  kept (edited): {' · '.join(part or '*' for part in key)}")

    def _list_edited(self) -> None:
        shipped = {spec.key: spec.text for spec in BLOCKS}
        for block in Block.objects.all():
            key = (
                block.kind,
                block.language,
                block.channel,
                block.tone,
                block.scenario_id or "",
                block.reason_id or "",
            )
            if block.text != shipped.get(key):
                self.stdout.write(f"{' · '.join(part or '*' for part in key)}")
                self.stdout.write(f"  shipped: {shipped.get(key, '(not shipped)')}")
                self.stdout.write(f"  stored:  {block.text}")
