"""PDF budget: the worst input within the field caps renders in ≤ 2 s.

Renders each of the 80 documents of tests/pdf_sweep.py (every invisible or
combining character class in the patterns that hurt, visible text that is
slow to lay out, the most line breaks allowed; email and phone layouts)
through the real pipeline (templates → render worker → WeasyPrint), each
`--repeat` times, and prints the slowest cases with their median. The
machine is shared: compare the figures of one run, not across runs.

    .venv/bin/python bench/pdf_sweep.py [--repeat 3] [--top 10]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"

BUDGET_S = 2.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="renders of each document")
    parser.add_argument("--top", type=int, default=10, help="slowest cases to print")
    args = parser.parse_args()

    import django
    from django.conf import settings

    django.setup()
    settings.PDF_RENDER_TIMEOUT = 30  # measure the real time, do not cut it short
    settings.PDF_RENDER_SLOT_DIR = tempfile.mkdtemp(prefix="decliner-sweep-")

    from messages_app import pdf
    from messages_app.pdf.worker import render_worker
    from tests.pdf_sweep import sweep_documents

    render_worker.wait_until_ready()
    timings: list[tuple[float, str, str]] = []
    for case, channel, document in sweep_documents():
        durations: list[float] = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            # A document refused before layout ("too many pages") is the fast path.
            with contextlib.suppress(pdf.PdfTooManyPagesError):
                pdf.render_pdf(document)
            durations.append(time.perf_counter() - started)
        timings.append((statistics.median(durations), case, str(channel)))
    timings.sort(reverse=True)
    print(f"PDF sweep: {len(timings)} documents, median of {args.repeat} renders each")
    print(f"{'median':>8}  channel  case")
    for seconds, case, channel in timings[: args.top]:
        print(f"{seconds:7.3f}s  {channel:7}  {case}")
    worst = timings[0][0]
    verdict = "OK" if worst <= BUDGET_S else "OVER"
    print(f"worst {worst:.2f} s, budget {BUDGET_S:.1f} s: {verdict}")
    render_worker.stop()
    return 0 if worst <= BUDGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
