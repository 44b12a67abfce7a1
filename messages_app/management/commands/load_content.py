"""`manage.py load_content`: the shipped content (messages_app/content/) into
the database."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from messages_app.content import ContentError, load_content
from messages_app.content.snapshot import key_label


class Command(BaseCommand):
    help = (
        "Create the shipped message blocks that are missing. With --update, also bring "
        "unedited blocks to the shipped wording and remove the unedited ones no longer "
        "shipped (blocks edited in the admin are left alone, unless --overwrite-edited)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--update", action="store_true", help="Refresh unedited blocks.")
        parser.add_argument(
            "--overwrite-edited",
            action="store_true",
            help="With --update: shipped blocks edited in the admin take the shipped "
            "wording too (the edits are lost; blocks added in the admin stay).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["overwrite_edited"] and not options["update"]:
            raise CommandError("--overwrite-edited only goes with --update.")
        try:
            report = load_content(
                update=options["update"], overwrite_edited=options["overwrite_edited"]
            )
        except ContentError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"{len(report.created)} created, {len(report.updated)} updated, "
            f"{len(report.removed)} removed, {len(report.kept_edited)} edited in the admin "
            "and left as they are."
        )
        for key in report.kept_edited:
            self.stdout.write(f"  kept (edited): {key_label(key)}")
