"""`manage.py export_content`: the content as JSON, in the format of the
frozen copies the data migrations load (migrations/content/)."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from messages_app.content import BLOCKS, REASONS, SCENARIOS
from messages_app.models import Block, Reason, Scenario

SCENARIO_FIELDS = ("key", "position", "title_fr", "title_en", "advice_fr", "advice_en")
REASON_FIELDS = ("key", "position", "label_fr", "label_en", "hint_fr", "hint_en")


def shipped_content() -> dict[str, list[dict[str, Any]]]:
    """What the content modules ship."""
    return {
        "blocks": [dataclasses.asdict(spec) for spec in BLOCKS],
        "scenarios": [dataclasses.asdict(spec) for spec in SCENARIOS],
        "reasons": [dataclasses.asdict(spec) for spec in REASONS],
    }


def database_content() -> dict[str, list[dict[str, Any]]]:
    """What the database holds now, admin edits included."""
    return {
        "blocks": [
            {
                "kind": b.kind,
                "language": b.language,
                "text": b.text,
                "channel": b.channel,
                "tone": b.tone,
                "scenario": b.scenario_id or "",
                "reason": b.reason_id or "",
            }
            for b in Block.objects.order_by("language", "kind", "channel", "tone", "pk")
        ],
        "scenarios": list(Scenario.objects.values(*SCENARIO_FIELDS)),
        "reasons": list(Reason.objects.values(*REASON_FIELDS)),
    }


class Command(BaseCommand):
    help = (
        "Print the database's content (blocks, scenarios, reasons) as JSON; with --shipped, "
        "the content the app ships (messages_app/content/), e.g. to freeze it for a migration."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--shipped", action="store_true", help="The shipped content.")

    def handle(self, *args: Any, **options: Any) -> None:
        content = shipped_content() if options["shipped"] else database_content()
        self.stdout.write(json.dumps(content, ensure_ascii=False, indent=1))
