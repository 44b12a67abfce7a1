"""`manage.py load_guide`: the shipped guide pages (guide/content/) into the database."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from guide.loading import load_guide
from guide.source import SourceError


class Command(BaseCommand):
    help = (
        "Create the shipped guide pages that are missing. With --update, also bring the "
        "pages nobody edited to the shipped text (pages edited in the admin are left alone)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--update", action="store_true", help="Refresh unedited pages.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            report = load_guide(update=options["update"])
        except SourceError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"{len(report.created)} created, {len(report.updated)} updated, "
            f"{len(report.kept_edited)} edited in the admin and left as they are."
        )
        for label in report.kept_edited:
            self.stdout.write(f"  kept (edited): {label}")
