"""Composing + checking a message in-process, against the 0.5 ms budget.

Usage: .venv/bin/python bench/compose.py [runs]

Builds the catalogue from the development database (the seed content must be
migrated), then times `compose()` + `check()` over a rotation of
requests covering every channel, both languages, both tones and every
scenario. Prints the median and p95 in microseconds and the verdict. Also
prints, for information, the first compose on a freshly built catalogue (what
a preview request pays when it loads its catalogue from the database).
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "decliner.settings")

import django  # noqa: E402

django.setup()

from messages_app.catalog import Catalog  # noqa: E402
from messages_app.choices import (  # noqa: E402
    Channel,
    Length,
    ReasonDetail,
    ReasonKey,
    ScenarioKey,
    Tone,
)
from messages_app.composer import MessageRequest, compose  # noqa: E402
from messages_app.models import Block  # noqa: E402
from messages_app.quality import check  # noqa: E402

BUDGET_US = 500.0


def requests() -> list[MessageRequest]:
    result = []
    combos = itertools.product(("fr", "en"), Channel.values, Tone.values, ScenarioKey.values)
    for i, (language, channel, tone, scenario) in enumerate(combos):
        result.append(
            MessageRequest(
                language=language,
                channel=channel,
                company="Nordlys Énergie",
                position="Chargée de projet data" if language == "fr" else "Data project lead",
                scenario=scenario,
                tone=tone,
                length=Length.SHORT if i % 3 == 0 else Length.STANDARD,
                contact_name="Camille Durand" if i % 2 else "",
                sender_name="Alex Martin",
                sender_contact="alex.martin@example.com",
                reasons=(ReasonKey.LOCATION, ReasonKey.OTHER),
                reason_detail=(ReasonDetail.SPECIFIC, ReasonDetail.GENERAL)[i % 2],
                include_apology=scenario == ScenarioKey.ACCEPTED,
                include_door_open=True,
                include_stay_in_touch=bool(i % 2),
                stay_in_touch_link="https://www.linkedin.com/in/alex-martin",
                include_feedback=scenario == ScenarioKey.AFTER_INTERVIEWS,
                feedback="Les échanges ont été clairs." if language == "fr" else "Clear exchanges.",
            )
        )
    return result


def one(request: MessageRequest, catalog: Catalog) -> None:
    message = compose(request, catalog)
    check(
        text=message.body,
        subject=message.subject,
        language=message.language,
        channel=message.channel,
        wants_door_open=request.include_door_open,
        company=request.company,
        position=request.position,
    )


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    catalog = Block.objects.catalog()
    if not catalog.blocks:
        print("No blocks in the database: run `make migrate` first.")
        return 1
    rotation = requests()
    for request in rotation:  # warm up: resolve every context once
        one(request, catalog)

    timings = []
    clock = time.perf_counter_ns
    for i in range(runs):
        request = rotation[i % len(rotation)]
        start = clock()
        one(request, catalog)
        timings.append((clock() - start) / 1000)

    cold = []
    blocks = dict(catalog.blocks)
    for i in range(min(runs, 500)):
        request = rotation[i % len(rotation)]
        fresh = Catalog(blocks=blocks)  # a new catalogue: nothing resolved yet
        start = clock()
        one(request, fresh)
        cold.append((clock() - start) / 1000)

    median, p95 = statistics.median(timings), percentile(timings, 0.95)
    verdict = "PASS" if median <= BUDGET_US else "FAIL"
    print(f"compose + quality check, {runs} runs over {len(rotation)} requests")
    print(f"{'figure':<42}{'median µs':>12}{'p95 µs':>10}{'budget µs':>11}  verdict")
    print(f"{'warm catalogue':<42}{median:>12.1f}{p95:>10.1f}{BUDGET_US:>11.0f}  {verdict}")
    print(
        f"{'fresh catalogue (first compose, info)':<42}"
        f"{statistics.median(cold):>12.1f}{percentile(cold, 0.95):>10.1f}{'':>11}  -"
    )
    print(f"ratio median / budget: {median / BUDGET_US:.2f}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
