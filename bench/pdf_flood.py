"""A PDF flood must not make other visitors wait (PERFORMANCE.md): while one
client floods pathological PDF requests for 20 s, the other clients' page
p99 stays under 300 ms.

Serves the app with gunicorn (2 sync workers, --preload, `bench.settings`,
the shared `bench.pages.start_server`) on 127.0.0.1, with its own SQLite
database in var/ (so its own render slot, see `pdf.slots.slot_directory`). Then:

1. warm-up: both workers start their render process, pages are compiled;
2. anchor: the page walkers alone for a few seconds (same run, same server);
3. flood: one client posts the worst body the PDF sweep found (a different
   combining mark after every letter, 5,000 characters; see
   tests/test_pdf_limits.py) to /write/pdf/ in a loop, as fast as the server
   answers, from one session and one address, while the walkers go on.

Walkers are anonymous visitors going through the wizard as bench/journey.py
does (home, each step GET and POST, preview, autosave). The flood client's
answers are counted by status; its refusals by kind from the server's log
(throttled, busy, too slow, ...).

`--spread` adds a second flood that the throttle cannot stop: many sessions
and client addresses (X-Forwarded-For, the server trusting one proxy), two
connections at once. Only the render slot protects the pages then.

    .venv/bin/python bench/pdf_flood.py [--seconds 20] [--walkers 8] [--spread]

Everything is bounded in time; nothing listens beyond 127.0.0.1.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
BENCH_DB = ROOT / "var" / "bench-pdf-flood.sqlite3"
# Its own throwaway database (and so its own render slot), whatever DATABASE_URL says.
os.environ["DATABASE_URL"] = f"sqlite:///{BENCH_DB}"

from bench.journey import Client, journey, percentile  # noqa: E402 (environment first)
from bench.pages import (  # noqa: E402
    free_port,
    prepare_database,
    start_server,
    wizard_sessions,
)

BUDGET_P99_MS = 300.0
TIMEOUT_S = 30.0
FLOOD_SESSIONS = 60  # --spread: sessions to rotate through

ANSWERS = {
    "company": "Brasserie Lumière",
    "position": "Responsable des ventes",
    "contact_name": "Claire Dubois",
    "invitation_channel": "email",
    "stage": "invitation",
    "interview_date": None,
    "rapport": "some",
    "message_language": "fr",
    "sender_name": "Jules Martin",
    "sender_contact": "jules.martin@example.org",
    "reasons": ["another_offer"],
    "basis": "facts",
    "researched": "yes",
    "certainty": "sure",
    "channel": "email",
    "reason_detail": "general",
    "include_door_open": True,
}
SUBJECT = "Votre invitation à un entretien"
#: What the server logs for each refusal (messages_app.pdf_views).
LOG_KINDS = re.compile(r"PDF export failed: (\w+)")


def worst_body(length: int = 5000) -> str:
    """The sweep's slowest input: a letter then a combining mark, each mark
    different (every nonspacing mark in turn), to the body cap."""
    marks = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Mn"]
    pairs = ("a" + mark for mark in itertools.cycle(marks))
    return "".join(itertools.islice(pairs, length // 2))


def flood_sessions(count: int) -> list[str]:
    """Session keys whose wizard holds complete answers (ready for a PDF)."""
    import django

    django.setup()
    from messages_app.content import ensure_content

    ensure_content()
    return wizard_sessions(count, ANSWERS)


def flood(
    port: int,
    *,
    deadline: float,
    sessions: list[str],
    body: str,
    spread: bool,
    statuses: Counter,
    seed: int,
    max_requests: int | None = None,
) -> None:
    """Post the body to /write/pdf/ until the deadline (or `max_requests`
    answers); count the statuses.

    One session and no forwarded address; or (`spread`) a new session and a
    new client address for every request.
    """
    from django.conf import settings

    rng = random.Random(seed)
    token = "f" * 32  # any token works, as long as the cookie says the same
    form = urlencode(
        {"subject": SUBJECT, "body": body, "paper": "a4", "csrfmiddlewaretoken": token}
    ).encode()
    rotation = itertools.cycle(sessions)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT_S)
    while time.monotonic() < deadline and sum(statuses.values()) != max_requests:
        cookie = (
            f"{settings.SESSION_COOKIE_NAME}={next(rotation)}; {settings.CSRF_COOKIE_NAME}={token}"
        )
        headers = {
            "Cookie": cookie,
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": f"http://127.0.0.1:{port}",
            "Referer": f"http://127.0.0.1:{port}/write/preview/",
            "Accept-Language": "en",
        }
        if spread:
            headers["X-Forwarded-For"] = f"198.18.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        try:
            connection.request("POST", "/write/pdf/", body=form, headers=headers)
            response = connection.getresponse()
            response.read()
            statuses[response.status] += 1
            if response.will_close:
                connection.close()
        except (OSError, http.client.HTTPException):
            statuses["connection error"] += 1
            connection.close()
    connection.close()


def walk(port: int, *, deadline: float, number: int, samples: list) -> None:
    """One anonymous visitor going through the wizard until the deadline."""
    rng = random.Random(number)
    client = Client(port)
    done = 0
    while time.monotonic() < deadline:
        journey(client, member=None, language="fr" if done % 2 else "en", rng=rng)
        done += 1
    client.connection.close()
    samples.extend(client.samples)


def run_load(
    port: int,
    *,
    seconds: float,
    walkers: int,
    flood_kwargs: dict | None,
    flood_connections: int = 1,
) -> tuple[list, Counter]:
    """Walkers (and the flood, if any) for `seconds`; returns the walkers'
    samples and the flood's status counts."""
    deadline = time.monotonic() + seconds
    samples: list = []
    counts: list[Counter] = [Counter() for _ in range(flood_connections)]
    threads = [
        threading.Thread(
            target=walk,
            args=(port,),
            kwargs={"deadline": deadline, "number": n, "samples": samples},
            daemon=True,
        )
        for n in range(walkers)
    ]
    if flood_kwargs is not None:
        threads += [
            threading.Thread(
                target=flood,
                args=(port,),
                kwargs={**flood_kwargs, "deadline": deadline, "statuses": counts[n], "seed": n},
                daemon=True,
            )
            for n in range(flood_connections)
        ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + TIMEOUT_S * 2)
    return samples, sum(counts, Counter())


def page_figures(samples: list) -> dict:
    ms = sorted(sample.ms for sample in samples)
    return {
        "requests": len(ms),
        "errors": sum(not sample.ok for sample in samples),
        "p50": percentile(ms, 0.50),
        "p95": percentile(ms, 0.95),
        "p99": percentile(ms, 0.99),
        "max": ms[-1] if ms else float("nan"),
    }


def refusals_in(log_path: Path, start: int) -> tuple[Counter, int]:
    """Refusal kinds logged by the server since byte `start`; and the new end."""
    text = log_path.read_bytes()
    kinds = Counter(LOG_KINDS.findall(text[start:].decode("utf-8", "replace")))
    return kinds, len(text)


def start_logged_server(port: int, log_path: Path) -> subprocess.Popen[bytes]:
    """`bench.pages.start_server`, its output (the server's log) in a file."""
    saved = os.dup(2)
    with open(log_path, "wb") as log:
        os.dup2(log.fileno(), 2)
        try:
            return start_server(port)
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def report_line(name: str, figures: dict) -> str:
    return (
        f"{name:34} {figures['requests']:9} {figures['errors']:7} {figures['p50']:8.1f} "
        f"{figures['p95']:8.1f} {figures['p99']:8.1f} {figures['max']:8.1f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=20, help="duration of the flood")
    parser.add_argument("--anchor-seconds", type=int, default=8, help="walkers alone (s)")
    parser.add_argument("--walkers", type=int, default=8, help="clients walking the wizard")
    parser.add_argument(
        "--spread", action="store_true", help="then a flood from many sessions and addresses"
    )
    args = parser.parse_args()

    if args.spread:
        # The server trusts one proxy: X-Forwarded-For names the client.
        os.environ["TRUSTED_PROXY_COUNT"] = "1"
    prepare_database()
    sessions = flood_sessions(FLOOD_SESSIONS if args.spread else 2)
    body = worst_body()
    from django.conf import settings

    port = free_port()
    with tempfile.TemporaryDirectory(prefix="bench-pdf-flood-") as tmp:
        log_path = Path(tmp) / "server.log"
        server = start_logged_server(port, log_path)
        try:
            # Warm-up: templates, caches, and each worker's render process
            # (the preview page starts it). Every PDF request, refused ones
            # too, counts against the address for a minute: only two here.
            run_load(port, seconds=4, walkers=4, flood_kwargs=None)
            warm = {"sessions": sessions[1:2], "body": "Bonjour.", "spread": False}
            warm["max_requests"] = 2
            _, warm_statuses = run_load(port, seconds=10, walkers=0, flood_kwargs=warm)
            if not warm_statuses[200]:
                sys.exit(f"the PDF requests are not served ({dict(warm_statuses)}): check the form")
            time.sleep(1)
            anchor, _ = run_load(
                port, seconds=args.anchor_seconds, walkers=args.walkers, flood_kwargs=None
            )
            _, log_end = refusals_in(log_path, 0)
            flooded, statuses = run_load(
                port,
                seconds=args.seconds,
                walkers=args.walkers,
                flood_kwargs={"sessions": sessions[:1], "body": body, "spread": False},
            )
            kinds, log_end = refusals_in(log_path, log_end)
            spread = None
            if args.spread:
                time.sleep(2)
                spread = run_load(
                    port,
                    seconds=args.seconds,
                    walkers=args.walkers,
                    flood_kwargs={"sessions": sessions, "body": body, "spread": True},
                    flood_connections=2,
                )
                spread_kinds, log_end = refusals_in(log_path, log_end)
        finally:
            server.terminate()
            server.wait(timeout=20)

    rates = settings.ACCOUNT_RATE_LIMITS.get("pdf_render", "none")
    print(
        f"\nPDF flood: gunicorn 2 sync workers, PDF_RENDER_SLOTS="
        f"{getattr(settings, 'PDF_RENDER_SLOTS', 1)}, PDF_RENDER_TIMEOUT="
        f"{settings.PDF_RENDER_TIMEOUT:g} s, pdf_render rates {rates}, {args.walkers} walkers, "
        f"{os.cpu_count()} CPUs"
    )
    pages = "walkers' pages"
    print(
        f"{pages:34} {'requests':>9} {'errors':>7} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'p99 ms':>8} {'max ms':>8}"
    )
    anchor_figures = page_figures(anchor)
    flood_figures = page_figures(flooded)
    print(report_line("anchor: no flood", anchor_figures))
    print(report_line("one client flooding", flood_figures))
    ok = flood_figures["p99"] < BUDGET_P99_MS and not flood_figures["errors"]
    verdicts = [ok]
    print(
        f"flood client: {sum(statuses.values())} PDF requests in {args.seconds} s, "
        f"status {dict(sorted(statuses.items(), key=str))}; refusals logged {dict(kinds)}"
    )
    if spread is not None:
        spread_figures = page_figures(spread[0])
        print(report_line("spread flood (2 conns, many IPs)", spread_figures))
        print(
            f"spread flood: {sum(spread[1].values())} PDF requests, status "
            f"{dict(sorted(spread[1].items(), key=str))}; refusals logged {dict(spread_kinds)}"
        )
        verdicts.append(spread_figures["p99"] < BUDGET_P99_MS and not spread_figures["errors"])
    print(
        f"verdict: {'meets' if all(verdicts) else 'MISSES'} budget (walkers' page p99 < "
        f"{BUDGET_P99_MS:.0f} ms during the flood, 0 errors: one client "
        f"{flood_figures['p99']:.1f} ms = {flood_figures['p99'] / BUDGET_P99_MS:.2f}× the budget"
        + (f"; spread {spread_figures['p99']:.1f} ms" if spread is not None else "")
        + ")"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
