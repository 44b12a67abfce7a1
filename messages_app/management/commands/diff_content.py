"""`manage.py diff_content`: what the database (or an export of it) changed
against the shipped content, as unified diffs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from messages_app.content.snapshot import database_content, differences


class Command(BaseCommand):
    help = (
        "Show the message blocks whose text differs from the shipped content "
        "(messages_app/content/): edited or added in the admin, deleted, or not yet "
        "updated. Exit status 0 when there is none, 1 when there are some."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--from",
            dest="source",
            metavar="FILE",
            help="Compare an export (manage.py export_content) instead of this database.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        rows = self._stored_rows(options["source"])
        found = differences(rows)
        for difference in found:
            self.stdout.write(difference.describe() + "\n")
        if found:
            # Exit status 1, as diff(1) and `makemigrations --check` do.
            raise CommandError(
                f"{len(found)} block(s) differ from the shipped content.", returncode=1
            )
        self.stdout.write("The database holds exactly the shipped content.")

    def _stored_rows(self, source: str | None) -> list[dict[str, str]]:
        if source is None:
            return database_content()["blocks"]
        try:
            content = json.loads(Path(source).read_text(encoding="utf-8"))
            return list(content["blocks"])
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise CommandError(
                f"Cannot read an export from {source}: {error}", returncode=2
            ) from error
