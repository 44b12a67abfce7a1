"""`manage.py export_content`: the content as JSON, in the format of the
frozen copies the data migrations load (migrations/content/)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from messages_app.content.snapshot import database_content, shipped_content


class Command(BaseCommand):
    help = (
        "Print the database's message blocks as JSON (admin edits included, with each "
        "block's shipped text); with --shipped, the content the app ships "
        "(messages_app/content/), e.g. to freeze it for a data migration."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--shipped", action="store_true", help="The shipped content.")
        parser.add_argument(
            "--output", metavar="FILE", help="Write to FILE instead of the standard output."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        content = shipped_content() if options["shipped"] else database_content()
        text = json.dumps(content, ensure_ascii=False, indent=1)
        if options["output"]:
            Path(options["output"]).write_text(text + "\n", encoding="utf-8")
            self.stdout.write(f"{len(content['blocks'])} blocks written to {options['output']}.")
        else:
            self.stdout.write(text)
