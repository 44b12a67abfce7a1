"""Page throughput against same-run anchors (PERFORMANCE.md).

Serves the app with gunicorn (2 sync workers, --preload) on 127.0.0.1 with
`bench.settings` (the app plus two anchor views), then measures with `wrk`
for a bounded time each:

- anchors: a bare "hello" view and a bare page with an 8-field crispy form;
- the wizard's first step (GET, and a valid POST), the preview page, and the
  history page and the "My declines" page of a user who owns 1,000 drafts.

Every page is warmed up first (one-off costs of a fresh worker, such as the
PDF render process starting, must not land on whichever page comes first).
Rounds are interleaved: each round measures the anchors and every page back
to back, and a page's ratio is the median of its per-round ratios. The CPU
time of the workers per request is printed too: on a shared machine it is
steadier than requests per second.

Query counts come from the Django test client (CaptureQueriesContext).
Uses DATABASE_URL when set (e.g. `bin/with-postgres .venv/bin/python
bench/pages.py`), otherwise a fresh SQLite file in var/.

    .venv/bin/python bench/pages.py [--seconds 8] [--rounds 2]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Mapping
from pathlib import Path
from statistics import median
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'var' / 'bench.sqlite3'}")
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))

SITUATION: dict[str, object] = {
    "company": "Acme Robotics",
    "position": "Data Engineer",
    "contact_name": "Claire Martin",
    "invitation_channel": "email",
    "stage": "invitation",
    "interview_date": "",
    "rapport": "none",
    "message_language": "en",
    "sender_name": "Sam Taylor",
    "sender_contact": "",
}
STEPS: list[tuple[str, dict[str, object]]] = [
    ("situation", SITUATION),
    (
        "assessment",
        {"reasons": ["career_goals"], "basis": "facts", "researched": "yes", "certainty": "sure"},
    ),
    ("channel", {"channel": "email"}),
    (
        "structure",
        {
            "reason_detail": "general",
            "include_door_open": "on",
            "tone": "formal",
            "length": "standard",
        },
    ),
]
MANAGEMENT = "decline_wizard-current_step"


def step_data(step: str, values: Mapping[str, object]) -> dict[str, object]:
    data: dict[str, object] = {MANAGEMENT: step}
    data.update({f"{step}-{key}": value for key, value in values.items()})
    return data


def wizard_sessions(count: int, answers: dict) -> list[str]:
    """Keys of `count` stored sessions whose wizard holds `answers` (needs
    Django set up and the content loaded)."""
    from django.contrib.sessions.backends.db import SessionStore
    from django.test import RequestFactory

    from messages_app import wizard

    keys: list[str] = []
    for _ in range(count):
        session = SessionStore()
        request = RequestFactory().get("/")
        request.session = session
        wizard.restore_wizard(request, {**wizard.ANSWER_DEFAULTS, **answers})
        session.save()
        assert session.session_key is not None
        keys.append(session.session_key)
    return keys


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def prepare_database() -> None:
    url = os.environ["DATABASE_URL"]
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
    for command in (["migrate", "--noinput", "-v0"], ["createcachetable"]):
        subprocess.run([PYTHON, str(ROOT / "manage.py"), *command], check=True, cwd=ROOT)


def prepare_sessions() -> dict[str, str]:
    """Cookies for: a visitor at the wizard preview; a user with 1,000 drafts."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model

    from messages_app.models import Draft
    from tests.clients import FormClient

    visitor = FormClient()  # a form as browsers send it (Decliner refuses multipart)
    for step, values in STEPS:
        response = visitor.post(f"/write/{step}/", step_data(step, values))
        assert response.status_code == 302, (step, response.status_code)
    assert visitor.get("/write/preview/").status_code == 200

    user = get_user_model().objects.create_user("bench", "bench@example.com", "bench-pass-123")
    answers = {key: value for step, values in STEPS for key, value in values.items()}
    Draft.objects.bulk_create(
        Draft(
            owner=user,
            answers=answers,
            channel="email",
            language="en",
            company=f"Company {i}",
            position="Data Engineer",
            subject="Interview invitation – thank you",
            body="Dear Claire,\n\nThank you…" * 5,
            submission_id=uuid.uuid4(),
        )
        for i in range(1000)
    )
    member = FormClient()
    member.force_login(user)
    assert member.get("/history/").status_code == 200
    assert member.get("/history/insights/").status_code == 200

    def cookie_header(client: FormClient) -> str:
        return "; ".join(f"{key}={morsel.value}" for key, morsel in client.cookies.items())

    # A CSRF cookie + token for the POST benchmark.
    visitor.get("/write/situation/")
    token = visitor.cookies["csrftoken"].value
    return {
        "visitor": cookie_header(visitor),
        "member": cookie_header(member),
        "csrf": token,
    }


def query_counts() -> dict[str, int]:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.clients import FormClient

    visitor = FormClient()
    for step, values in STEPS:
        visitor.post(f"/write/{step}/", step_data(step, values))
    member = FormClient()
    member.force_login(get_user_model().objects.get(username="bench"))
    counts = {}
    for name, client, method, url, data in (
        ("wizard step GET", visitor, "get", "/write/situation/", None),
        ("wizard step POST", visitor, "post", "/write/situation/", step_data(*STEPS[0])),
        ("preview GET", visitor, "get", "/write/preview/", None),
        ("history (1,000 drafts)", member, "get", "/history/", None),
        ("my declines (1,000 drafts)", member, "get", "/history/insights/", None),
    ):
        with CaptureQueriesContext(connection) as queries:
            getattr(client, method)(url, data) if data else getattr(client, method)(url)
        counts[name] = len(queries)
    return counts


def wrk_figure(pattern: str, text: str) -> str:
    """The first group of `pattern` in wrk's report (which must have it)."""
    match = re.search(pattern, text)
    if match is None:
        raise RuntimeError(f"wrk printed no {pattern!r}:\n{text}")
    return match.group(1)


def wrk(url: str, *, seconds: int, cookie: str = "", script: str | None = None) -> dict[str, Any]:
    command = ["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency", url]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    if script:
        command += ["-s", script]
    out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + 30)
    text = out.stdout
    rate = float(wrk_figure(r"Requests/sec:\s+([\d.]+)", text))
    requests = int(wrk_figure(r"(\d+) requests in", text))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", text)
    factor = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    p99_ms = float(p99.group(1)) * factor[p99.group(2)] if p99 else float("nan")
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    socket_errors = re.search(r"Socket errors:.*", text)
    return {
        "rate": rate,
        "requests": requests,
        "p99_ms": p99_ms,
        "errors": int(errors.group(1)) if errors else 0,
        "socket": socket_errors.group(0) if socket_errors else "",
    }


def post_script(directory: str, *, cookie: str, token: str) -> str:
    from urllib.parse import urlencode

    body = urlencode(step_data(*STEPS[0]))
    path = Path(directory) / "post.lua"
    path.write_text(
        f'wrk.method = "POST"\nwrk.body = {body!r}\n'.replace("'", '"')
        + 'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n'
        + f'wrk.headers["Cookie"] = "{cookie}"\n'
        + f'wrk.headers["X-CSRFToken"] = "{token}"\n'
        + 'wrk.headers["Referer"] = "http://127.0.0.1/write/situation/"\n'
    )
    return str(path)


def _process_tree() -> dict[int, int]:
    """{pid: parent pid} of every process (Linux /proc)."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    return parents


def _descendants(pid: int) -> list[int]:
    parents = _process_tree()
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        children = [child for child, ppid in parents.items() if ppid == parent]
        found += children
        frontier += children
    return found


def _cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of these processes (not of their children)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def warm_up(server: subprocess.Popen, targets: list[tuple], *, timeout: float = 30.0) -> None:
    """One second of load on every page, then wait until the server is idle.

    The first requests of each worker pay one-off costs (templates compiled,
    per-process caches filled, the PDF render process started and warmed up
    in the background); measured inside the first rounds they would slow
    whichever page happens to come first, i.e. the anchors.
    """
    for _name, url, cookie, lua in targets:
        wrk(url, seconds=1, cookie=cookie, script=lua)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        tree = [server.pid, *_descendants(server.pid)]
        before = _cpu_seconds(tree)
        time.sleep(0.5)
        if _cpu_seconds(tree) - before < 0.02:  # under 4 % of one core
            return


def start_server(port: int, *, env: dict[str, str] | None = None) -> subprocess.Popen:
    """gunicorn, 2 sync workers with --preload, on 127.0.0.1:port, with `env`
    (default: this environment with the bench settings); returns once it
    accepts connections."""
    server = subprocess.Popen(
        [
            GUNICORN,
            "decliner.wsgi",
            "-w",
            "2",
            "--preload",
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env or {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings"},
    )
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    sys.exit("gunicorn did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument(
        "--rounds",
        type=int,
        default=2,
        help="rounds over every page, anchors included (the ratio is the median of the rounds)",
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")

    prepare_database()
    cookies = prepare_sessions()
    counts = query_counts()

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(port)
    anchor_name = "anchor: 8-field crispy form"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            script = post_script(tmp, cookie=cookies["visitor"], token=cookies["csrf"])
            targets = [
                ("anchor: hello", f"{base}/bench/hello/", "", None),
                (anchor_name, f"{base}/bench/form/", "", None),
                ("wizard step GET", f"{base}/write/situation/", cookies["visitor"], None),
                ("wizard step POST", f"{base}/write/situation/", "", script),
                ("preview GET", f"{base}/write/preview/", cookies["visitor"], None),
                ("history (1,000 drafts)", f"{base}/history/", cookies["member"], None),
                (
                    "my declines (1,000 drafts)",
                    f"{base}/history/insights/",
                    cookies["member"],
                    None,
                ),
            ]
            warm_up(server, targets)
            # The gunicorn workers (not their PDF render processes, idle here).
            workers = [pid for pid, ppid in _process_tree().items() if ppid == server.pid]
            # Interleaved: each round measures the anchor and every page back to
            # back, so a busy neighbour slows a round, not one page.
            runs: dict[str, list[dict]] = {name: [] for name, *_ in targets}
            for _ in range(args.rounds):
                for name, url, cookie, lua in targets:
                    cpu_before = _cpu_seconds(workers)
                    run = wrk(url, seconds=args.seconds, cookie=cookie, script=lua)
                    run["cpu_ms"] = (
                        (_cpu_seconds(workers) - cpu_before) * 1000 / max(run["requests"], 1)
                    )
                    runs[name].append(run)
    finally:
        server.terminate()
        server.wait(timeout=10)

    database = os.environ["DATABASE_URL"].split(":", 1)[0]
    print(
        f"\nPage throughput, gunicorn 2 sync workers, wrk -t2 -c16, {database}, "
        f"{args.rounds} interleaved round(s) of {args.seconds} s"
    )
    print(
        f"{'page':28} {'req/s':>8} {'p99 ms':>8} {'vs anchor':>10} {'CPU ms':>7} "
        f"{'queries':>8} {'errors':>7}  verdict (≥ 1.0× anchor, ≤ 4–5 queries)"
    )
    for name, page_runs in runs.items():
        rate = median(r["rate"] for r in page_runs)
        ratio = median(
            r["rate"] / a["rate"] for r, a in zip(page_runs, runs[anchor_name], strict=True)
        )
        errors = sum(r["errors"] for r in page_runs)
        queries = counts.get(name)
        limit = 5 if "1,000 drafts" in name else 4
        if name.startswith("anchor"):
            verdict = "anchor"
        else:
            ok = ratio >= 1.0 and (queries is None or queries <= limit) and not errors
            verdict = "meets budget" if ok else "MISSES budget"
        print(
            f"{name:28} {rate:8.0f} {median(r['p99_ms'] for r in page_runs):8.1f} "
            f"{ratio:9.2f}× {median(r['cpu_ms'] for r in page_runs):7.2f} "
            f"{'' if queries is None else queries:>8} {errors:>7}  {verdict}"
        )
    print(
        "CPU ms: CPU time of the gunicorn workers per request (median of the rounds), "
        "steadier than req/s on a busy machine."
    )


if __name__ == "__main__":
    main()
