"""Mixed journey load (PERFORMANCE.md): 0 errors, p99 < 150 ms for pages.

Serves the app with gunicorn (2 sync workers, --preload, `bench.settings`) on
127.0.0.1 and drives it with 16 concurrent clients (Python threads, one
http.client connection each) for a bounded time. Each client repeats what a
real user does:

- opens the home page;
- GETs each wizard step and POSTs it with valid data (CSRF token from the
  cookie), following the redirect to the next step;
- on each step, sends one live-preview update first (the htmx POST to the
  step's advice address, as typing does), answered with the advice and the
  live preview of the message; reported on its own line, against its own
  budget (median ≤ 15 ms, p99 < 50 ms);
- opens the preview and posts an autosave edit (the htmx POST to the preview
  step, `HX-Request: true`), which answers with the refreshed quality panel;
- one journey in three is made by a logged-in user (pre-created, session
  prepared with the Django test client), who then opens the history and one
  of their drafts.

Every response must have the status a browser would expect (200, or 302 to
the next step after a valid POST); anything else is counted as an error.

After the load, the CPU time of the gunicorn workers per request is measured
for the live-preview update and for the 8-field crispy form anchor, in
interleaved rounds with the same 16 clients (budget: ≤ 0.5× the anchor's).

Before the load, the same client is pointed at the bare "hello" anchor for a
few seconds (and `wrk` too, when installed) to show that the client is not the
bottleneck. The CPU used by the client during the load is printed as well.

The budget is about PostgreSQL: run it as

    bin/with-postgres .venv/bin/python bench/journey.py --seconds 60

Without DATABASE_URL it warns and uses a fresh SQLite file in var/ (a quick
look only: SQLite serialises the session writes of the two workers).
"""

from __future__ import annotations

import argparse
import html
import http.client
import os
import random
import re
import shutil
import sys
import threading
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from statistics import median
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'var' / 'bench-journey.sqlite3'}")

from bench.pages import (  # noqa: E402 (the environment above comes first)
    MANAGEMENT,
    STEPS,
    _cpu_seconds,
    _process_tree,
    free_port,
    prepare_database,
    start_server,
    step_data,
    wrk,
)

PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
CLIENTS = 16
DRAFTS_PER_MEMBER = 100
BUDGET_P99_MS = 150.0
LIVE_PAGE = "live preview update (htmx)"
LIVE_BUDGET_P50_MS = 15.0
LIVE_BUDGET_P99_MS = 50.0
LIVE_BUDGET_CPU_RATIO = 0.5
TIMEOUT_S = 10.0
BODY_RE = re.compile(r'<textarea[^>]*\bid="id_body"[^>]*>(.*?)</textarea>', re.S)
SUBJECT_RE = re.compile(r'<input[^>]*\bid="id_subject"[^>]*>')
VALUE_RE = re.compile(r'\bvalue="([^"]*)"')
SERVER_TIMING_RE = re.compile(r"\bapp;dur=([\d.]+)")
SUBMISSION_RE = re.compile(r'name="submission_id" value="([^"]*)"')


# Client ----------------------------------------------------------------------


@dataclass
class Sample:
    page: str
    ms: float
    ok: bool
    server_ms: float | None = None  # the worker's own time (Server-Timing, bench.timing)


@dataclass
class Client:
    """One browser: a keep-alive connection (reopened when the server closes
    it, as gunicorn's sync workers do) and a cookie jar."""

    port: int
    cookies: dict[str, str] = field(default_factory=dict)
    samples: list[Sample] = field(default_factory=list)
    record: bool = True

    def __post_init__(self) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT_S)

    def reset_cookies(self, cookies: dict[str, str] | None = None) -> None:
        self.cookies = dict(cookies or {})

    def request(
        self,
        page: str,
        method: str,
        path: str,
        *,
        data: dict | None = None,
        headers: dict[str, str] | None = None,
        expect: int = 200,
        location: str | None = None,
    ) -> tuple[bool, str]:
        """Send one request; returns (as expected, body) and records a sample."""
        sent = {"Accept": "text/html", "Accept-Language": "fr,en;q=0.8"}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data, doseq=True)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
            sent["Origin"] = f"http://127.0.0.1:{self.port}"
            sent["Referer"] = f"http://127.0.0.1:{self.port}{path}"
        sent.update(headers or {})
        started = time.perf_counter()
        try:
            self.connection.request(method, path, body=body, headers=sent)
            response = self.connection.getresponse()
            content = response.read()
            status = response.status
            elapsed = (time.perf_counter() - started) * 1000
            self._store_cookies(response.headers.get_all("Set-Cookie") or [])
            if response.will_close:
                self.connection.close()
        except (OSError, http.client.HTTPException):
            self.connection.close()
            elapsed = (time.perf_counter() - started) * 1000
            if self.record:
                self.samples.append(Sample(page, elapsed, False))
            return False, ""
        ok = status == expect and (location is None or response.headers["Location"] == location)
        timing = SERVER_TIMING_RE.search(response.headers.get("Server-Timing", ""))
        if self.record:
            self.samples.append(
                Sample(page, elapsed, ok, float(timing.group(1)) if timing else None)
            )
        return ok, content.decode("utf-8", "replace")

    def _store_cookies(self, headers: list[str]) -> None:
        for header in headers:
            jar = SimpleCookie()
            jar.load(header)
            for name, morsel in jar.items():
                if morsel.value == "" or morsel["max-age"] == "0":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value


def live_update(client: Client, step: str, data: dict) -> bool:
    """What typing on a step sends: its form to the advice address (htmx)."""
    ok, body = client.request(
        LIVE_PAGE,
        "POST",
        f"/write/{step}/advice/",
        data=data,
        headers={
            "HX-Request": "true",
            "HX-Target": "advice-panel",
            "HX-Current-URL": f"http://127.0.0.1:{client.port}/write/{step}/",
            "X-CSRFToken": client.cookies.get("csrftoken", ""),
        },
    )
    return ok and 'id="live-preview"' in body


def journey(client: Client, *, member: dict | None, language: str, rng: random.Random) -> bool:
    """One user's visit; stops at the first unexpected answer (returns False)."""
    client.reset_cookies(member["cookies"] if member else None)
    ok, _ = client.request("home", "GET", "/")
    if not ok:
        return False
    for index, (step, values) in enumerate(STEPS):
        url = f"/write/{step}/"
        ok, _ = client.request(f"wizard {step} GET", "GET", url)
        if not ok:
            return False
        data = step_data(step, {**values, "message_language": language} if index == 0 else values)
        data["csrfmiddlewaretoken"] = client.cookies.get("csrftoken", "")
        ok = live_update(client, step, data)
        if not ok:
            return False
        following = STEPS[index + 1][0] if index + 1 < len(STEPS) else "preview"
        ok, _ = client.request(
            f"wizard {step} POST",
            "POST",
            url,
            data=data,
            expect=302,
            location=f"/write/{following}/",
        )
        if not ok:
            return False
    ok, page = client.request("preview GET", "GET", "/write/preview/")
    if not ok:
        return False
    body = BODY_RE.search(page)
    subject = SUBJECT_RE.search(page)
    submission = SUBMISSION_RE.search(page)
    subject_value = VALUE_RE.search(subject.group(0)) if subject else None
    edit = {
        MANAGEMENT: "preview",
        "csrfmiddlewaretoken": client.cookies.get("csrftoken", ""),
        "submission_id": submission.group(1) if submission else "",
        "subject": html.unescape(subject_value.group(1)) if subject_value else "",
        "body": (html.unescape(body.group(1)).lstrip("\n") if body else "")
        + "\n\nP.S. I would be glad to stay in touch.",
    }
    ok, _ = client.request(
        "preview autosave (htmx POST)",
        "POST",
        "/write/preview/",
        data=edit,
        headers={
            "HX-Request": "true",
            "HX-Target": "quality",
            "HX-Current-URL": f"http://127.0.0.1:{client.port}/write/preview/",
            "X-CSRFToken": client.cookies.get("csrftoken", ""),
        },
    )
    if not ok:
        return False
    if member:
        ok, _ = client.request("history GET", "GET", "/history/")
        if not ok:
            return False
        draft = rng.choice(member["drafts"])
        ok, _ = client.request("draft page GET", "GET", f"/history/{draft}/")
        if not ok:
            return False
    return True


def drive(
    port: int, *, seconds: float, members: list[dict], record: bool = True
) -> tuple[list[Sample], int, float, float]:
    """CLIENTS threads doing journeys until the deadline.

    Returns (samples, journeys completed, wall seconds, client CPU seconds).
    """
    deadline = time.monotonic() + seconds
    samples: list[list[Sample]] = [[] for _ in range(CLIENTS)]
    completed = [0] * CLIENTS

    def run(number: int) -> None:
        rng = random.Random(number)
        client = Client(port, record=record)
        done = 0
        while time.monotonic() < deadline:
            member = members[number] if done % 3 == 2 else None
            language = "fr" if done % 2 else "en"
            if journey(client, member=member, language=language, rng=rng):
                completed[number] += 1
            done += 1
        client.connection.close()
        samples[number] = client.samples

    threads = [threading.Thread(target=run, args=(n,), daemon=True) for n in range(CLIENTS)]
    cpu_before, started = time.process_time(), time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + TIMEOUT_S * 3)
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu_before
    return [s for per_client in samples for s in per_client], sum(completed), wall, cpu


def hello_rate(port: int, *, seconds: float) -> float:
    """Requests a second of the same client (16 threads) on the bare anchor."""
    deadline = time.monotonic() + seconds
    counts = [0] * CLIENTS

    def run(number: int) -> None:
        client = Client(port, record=False)
        while time.monotonic() < deadline:
            ok, _ = client.request("hello", "GET", "/bench/hello/")
            counts[number] += ok
        client.connection.close()

    threads = [threading.Thread(target=run, args=(n,), daemon=True) for n in range(CLIENTS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + TIMEOUT_S * 3)
    return sum(counts) / (time.perf_counter() - started)


def worker_cpu_ms(port: int, server_pid: int, *, seconds: float, live: bool) -> float:
    """Worker CPU ms a request of CLIENTS clients during `seconds`: the live
    update on step 1 (each client typing a new company name) or the anchor form."""
    counts = [0] * CLIENTS
    deadline = [0.0]
    ready, go = threading.Barrier(CLIENTS + 1), threading.Barrier(CLIENTS + 1)

    def run(number: int) -> None:
        client = Client(port, record=False)
        if live:
            client.request("setup", "GET", "/write/situation/")
        ready.wait()
        go.wait()
        typed = 0
        while time.monotonic() < deadline[0]:
            if live:
                typed += 1
                values = {**STEPS[0][1], "company": f"Company {number}-{typed}"}
                data = step_data("situation", values)
                data["csrfmiddlewaretoken"] = client.cookies.get("csrftoken", "")
                ok = live_update(client, "situation", data)
            else:
                ok, _ = client.request("anchor", "GET", "/bench/form/")
            counts[number] += ok
        client.connection.close()

    workers = [pid for pid, ppid in _process_tree().items() if ppid == server_pid]
    threads = [threading.Thread(target=run, args=(n,), daemon=True) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    ready.wait()
    before = _cpu_seconds(workers)
    deadline[0] = time.monotonic() + seconds
    go.wait()
    for thread in threads:
        thread.join(timeout=seconds + TIMEOUT_S * 3)
    return (_cpu_seconds(workers) - before) * 1000 / max(sum(counts), 1)


def cpu_rounds(port: int, server_pid: int, *, seconds: float, rounds: int) -> list[float]:
    """Per round (anchor, then live update, back to back): live CPU / anchor CPU."""
    ratios = []
    for _ in range(rounds):
        anchor = worker_cpu_ms(port, server_pid, seconds=seconds, live=False)
        live = worker_cpu_ms(port, server_pid, seconds=seconds, live=True)
        print(f"worker CPU a request: anchor {anchor:.2f} ms, live preview update {live:.2f} ms")
        ratios.append(live / anchor)
    return ratios


# Preparation -----------------------------------------------------------------


def prepare_members() -> list[dict]:
    """CLIENTS users, each with DRAFTS_PER_MEMBER drafts and a logged-in session."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client as DjangoClient

    from messages_app.models import Draft

    answers = {key: value for _step, values in STEPS for key, value in values.items()}
    members = []
    for number in range(CLIENTS):
        user = get_user_model().objects.create_user(
            f"journey{number}", f"journey{number}@example.com", "journey-pass-123"
        )
        Draft.objects.bulk_create(
            Draft(
                owner=user,
                answers=answers,
                channel="email",
                language="en",
                company=f"Company {i}",
                position="Data Engineer",
                subject="Interview invitation – thank you",
                body="Dear Claire,\n\nThank you for the invitation…\n" * 5,
                submission_id=uuid.uuid4(),
            )
            for i in range(DRAFTS_PER_MEMBER)
        )
        browser = DjangoClient()
        browser.force_login(user)
        assert browser.get("/history/").status_code == 200
        drafts = list(Draft.objects.filter(owner=user).values_list("pk", flat=True))
        assert browser.get(f"/history/{drafts[0]}/").status_code == 200
        members.append(
            {
                "cookies": {key: morsel.value for key, morsel in browser.cookies.items()},
                "drafts": drafts,
            }
        )
    return members


# Report ----------------------------------------------------------------------


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return float("nan")
    rank = max(0, min(len(sorted_values) - 1, round(fraction * len(sorted_values) + 0.5) - 1))
    return sorted_values[rank]


def report(
    samples: list[Sample],
    *,
    journeys: int,
    wall: float,
    client_cpu: float,
    hello_python: float,
    hello_wrk: float | None,
    database: str,
    cpu_ratios: list[float],
) -> bool:
    by_page: dict[str, list[Sample]] = defaultdict(list)
    for sample in samples:
        by_page[sample.page].append(sample)
    errors = sum(not s.ok for s in samples)
    # "Pages" are what a person waits for; the live update has its own budget.
    all_ms = sorted(s.ms for s in samples if s.page != LIVE_PAGE)
    p99 = percentile(all_ms, 0.99)
    print(
        f"\nMixed journey load: gunicorn 2 sync workers, {CLIENTS} concurrent clients "
        f"(Python threads), {database}, {wall:.0f} s"
    )
    print(f"{'page':30} {'requests':>9} {'errors':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for page, page_samples in by_page.items():
        ms = sorted(s.ms for s in page_samples)
        print(
            f"{page:30} {len(ms):9} {sum(not s.ok for s in page_samples):7} "
            f"{percentile(ms, 0.5):8.1f} {percentile(ms, 0.95):8.1f} {percentile(ms, 0.99):8.1f}"
        )
    print(
        f"{'all pages':30} {len(all_ms):9} {errors:7} {percentile(all_ms, 0.5):8.1f} "
        f"{percentile(all_ms, 0.95):8.1f} {p99:8.1f}"
    )
    print(
        f"\ntotal requests {len(samples)} ({len(samples) / wall:.0f} req/s), "
        f"journeys completed {journeys}, errors {errors} "
        "(non-2xx/3xx, connection failures, or not the status/redirect a browser expects)"
    )
    anchor = f"same client on the hello anchor {hello_python:.0f} req/s"
    if hello_wrk is not None:
        anchor += f" (wrk -t2 -c16: {hello_wrk:.0f} req/s)"
    print(
        f"client: {anchor}; during the load it used {client_cpu / wall * 100:.0f} % "
        f"of one core ({client_cpu * 1000 / max(len(samples), 1):.2f} ms CPU a request)"
    )
    ok = errors == 0 and p99 < BUDGET_P99_MS
    print(
        f"verdict: {'meets' if ok else 'MISSES'} budget (0 errors: {errors}; "
        f"p99 < {BUDGET_P99_MS:.0f} ms: {p99:.1f} ms = {p99 / BUDGET_P99_MS:.2f}× the budget)"
    )
    return report_live(by_page[LIVE_PAGE], cpu_ratios) and ok


def report_live(samples: list[Sample], cpu_ratios: list[float]) -> bool:
    """The live-preview update's own budget: what it costs the server under the
    load (its time in the worker, not its wait in the queue), and worker CPU."""
    ms = sorted(s.server_ms for s in samples if s.server_ms is not None)
    p50, p99 = percentile(ms, 0.5), percentile(ms, 0.99)
    ratio = median(cpu_ratios) if cpu_ratios else float("nan")
    ok = (
        bool(ms)
        and all(s.ok for s in samples)
        and p50 <= LIVE_BUDGET_P50_MS
        and p99 < LIVE_BUDGET_P99_MS
        and ratio <= LIVE_BUDGET_CPU_RATIO
    )
    print(
        f"live preview update: {'meets' if ok else 'MISSES'} budget (server time under "
        f"the load: median {p50:.1f} ms ≤ {LIVE_BUDGET_P50_MS:.0f}, p99 {p99:.1f} ms < "
        f"{LIVE_BUDGET_P99_MS:.0f}; worker CPU {ratio:.2f}× the crispy anchor's ≤ "
        f"{LIVE_BUDGET_CPU_RATIO}, median of {len(cpu_ratios)} round(s))"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60, help="duration of the load")
    parser.add_argument("--warmup", type=int, default=5, help="journeys before measuring (s)")
    parser.add_argument("--hello-seconds", type=int, default=5, help="client check on hello (s)")
    parser.add_argument(
        "--cpu-seconds", type=int, default=5, help="each round of the CPU comparison (s)"
    )
    parser.add_argument("--cpu-rounds", type=int, default=3, help="rounds of the CPU comparison")
    args = parser.parse_args()

    database = os.environ["DATABASE_URL"].split(":", 1)[0]
    if not database.startswith("postgres"):
        print(
            f"warning: DATABASE_URL is {database}, not PostgreSQL: the budget is about "
            "PostgreSQL (run under bin/with-postgres); figures are a quick look only.",
            file=sys.stderr,
        )
    prepare_database()
    members = prepare_members()

    port = free_port()
    server = start_server(port)
    try:
        hello_wrk = None
        if shutil.which("wrk"):
            hello_wrk = wrk(f"http://127.0.0.1:{port}/bench/hello/", seconds=args.hello_seconds)[
                "rate"
            ]
        hello_python = hello_rate(port, seconds=args.hello_seconds)
        # Fresh workers pay one-off costs (templates, caches, the PDF render
        # process starting): not part of the steady load being measured.
        drive(port, seconds=args.warmup, members=members, record=False)
        time.sleep(1)
        samples, journeys, wall, client_cpu = drive(port, seconds=args.seconds, members=members)
        time.sleep(1)
        cpu_ratios = cpu_rounds(port, server.pid, seconds=args.cpu_seconds, rounds=args.cpu_rounds)
    finally:
        server.terminate()
        server.wait(timeout=15)
    report(
        samples,
        journeys=journeys,
        wall=wall,
        client_cpu=client_cpu,
        hello_python=hello_python,
        hello_wrk=hello_wrk,
        database=database,
        cpu_ratios=cpu_ratios,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
