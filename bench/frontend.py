"""First visit on a phone (PERFORMANCE.md): Largest Contentful Paint and the
bytes transferred for the home page and each wizard step.

Serves the app with gunicorn (2 sync workers, --preload) on 127.0.0.1 with
`bench.frontend_settings`: static files as in production (hashed names cached
for a year, gzip and Brotli copies), collected into a throwaway folder; the
pages gzipped by Django's GZipMiddleware, as in production.

Chromium (Debian's /usr/bin/chromium, Playwright) on a phone profile:
360×740 viewport, device scale factor 3, touch; CPU slowed 4× through CDP
`Emulation.setCPUThrottlingRate`; "Fast 3G" as DevTools defines it, through
CDP `Network.emulateNetworkConditions`: 562.5 ms latency, 180,000 B/s down
(1.6 Mbit/s × 0.9 ≈ 1.44 Mbit/s), 84,375 B/s up (750 kbit/s × 0.9).

Each run is a new browser context (empty cache) that opens the home page, then
every wizard step and the preview in turn (warm cache), in a session whose
wizard holds a complete set of answers. Per page: LCP (PerformanceObserver,
from the navigation start) and the bytes that crossed the network (sum of CDP
`Network.loadingFinished` encodedDataLength: compressed bodies and headers;
0 for what the cache served), counted until the network is idle. Figures are
medians over the runs.

    .venv/bin/python bench/frontend.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from statistics import median
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'var' / 'bench-frontend.sqlite3'}")

from bench.pages import (  # noqa: E402
    STEPS,
    free_port,
    prepare_database,
    wizard_sessions,
)
from bench.pages import start_server as start_gunicorn  # noqa: E402

# After that import, which names the plain bench settings.
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.frontend_settings"

PYTHON = sys.executable
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
PHONE: dict[str, Any] = {
    "viewport": {"width": 360, "height": 740},
    "device_scale_factor": 3,
    "is_mobile": True,
    "has_touch": True,
}
CPU_SLOWDOWN = 4
FAST_3G = {
    "offline": False,
    "latency": 562.5,
    "downloadThroughput": 180_000,
    "uploadThroughput": 84_375,
}
LCP_BUDGET_MS = 1500
FIRST_PAGE_BUDGET_KB = 150
LATER_PAGE_BUDGET_KB = 20
LCP = """() => new Promise((resolve) => {
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    resolve(entries[entries.length - 1].startTime);
  }).observe({ type: "largest-contentful-paint", buffered: true });
  setTimeout(() => resolve(null), 5000);
})"""


def start_server(port: int, static_root: str) -> subprocess.Popen:
    """gunicorn with the front-end bench settings; returns once it listens."""
    env = {**os.environ, "DECLINER_BENCH_STATIC_ROOT": static_root}
    subprocess.run(
        [PYTHON, str(ROOT / "manage.py"), "collectstatic", "--noinput", "-v0"],
        check=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    return start_gunicorn(port, env=env)


def wizard_session() -> str:
    """A session whose wizard holds every answer (each step and the preview open)."""
    import django

    django.setup()
    answers = {key: value for _step, values in STEPS for key, value in values.items()}
    return wizard_sessions(1, answers)[0]


def pages() -> list[tuple[str, str]]:
    from messages_app import wizard

    steps = [*wizard.ANSWER_STEPS, wizard.STEP_PREVIEW]
    return [("home (first page, empty cache)", "/")] + [
        (f"{step} (cache warm)", wizard.step_url(step)) for step in steps
    ]


def one_run(browser: Any, base: str, session_key: str, targets: list[tuple[str, str]]) -> dict:
    """Open every page in one new context; {page: (LCP ms, bytes)}."""
    context = browser.new_context(base_url=base, locale="en-GB", **PHONE)
    context.add_cookies([{"name": "sessionid", "value": session_key, "url": base}])
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", FAST_3G)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    received: list[float] = []
    cdp.on("Network.loadingFinished", lambda event: received.append(event["encodedDataLength"]))
    figures = {}
    try:
        for name, path in targets:
            received.clear()
            response = page.goto(path, wait_until="networkidle", timeout=60_000)
            if response is None or response.status != 200:
                raise RuntimeError(f"{path} answered {response and response.status}")
            lcp = page.evaluate(LCP)
            figures[name] = (float("nan") if lcp is None else lcp, sum(received))
    finally:
        context.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="cold-cache journeys (medians)")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"Chromium is missing at {CHROMIUM}: run bin/ensure-bench-tools")
    from playwright.sync_api import sync_playwright

    prepare_database()
    session_key = wizard_session()
    targets = pages()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    runs: list[dict] = []
    with tempfile.TemporaryDirectory() as static_root, sync_playwright() as playwright:
        server = start_server(port, static_root)
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            one_run(browser, base, session_key, targets[:1])  # workers warmed up, not counted
            for _ in range(args.runs):
                runs.append(one_run(browser, base, session_key, targets))
        finally:
            browser.close()
            server.terminate()
            server.wait(timeout=10)
    return report(runs, targets)


def report(runs: list[dict], targets: list[tuple[str, str]]) -> int:
    print(
        f"\nFirst visit on a phone: Chromium 360×740, CPU {CPU_SLOWDOWN}× slower, Fast 3G "
        f"(562.5 ms, 180 KB/s down, 84 KB/s up), medians of {len(runs)} runs"
    )
    print(f"{'page':34}{'LCP ms':>9}{'budget':>9}{'KB':>8}{'budget':>8}  {'verdict':15}")
    missed = 0
    for index, (name, _path) in enumerate(targets):
        lcp = median(run[name][0] for run in runs)
        kilobytes = median(run[name][1] for run in runs) / 1000
        kb_budget = FIRST_PAGE_BUDGET_KB if index == 0 else LATER_PAGE_BUDGET_KB
        ok = lcp <= LCP_BUDGET_MS and kilobytes <= kb_budget
        missed += not ok
        print(
            f"{name:34}{lcp:9.0f}{LCP_BUDGET_MS:>9}{kilobytes:8.1f}{kb_budget:>8}  "
            f"{'meets budget' if ok else 'MISSES budget':15}"
        )
    print(
        "KB: bytes received from the network (bodies as sent, static files compressed, "
        "+ headers), 1 KB = 1,000 B."
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
