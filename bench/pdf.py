"""PDF budgets (PERFORMANCE.md), measured against same-run anchors.

1. Median render time of the one-page French call script through the app's
   pipeline (render worker: HTML → WeasyPrint → PDF bytes back in this process)
   against headless Chromium kept warm (Playwright on /usr/bin/chromium, one
   page, `set_content` + `pdf()` with the SAME HTML string, the page's URL
   being the fonts directory so that both embed the same fonts), in
   alternating blocks so both see the same machine load; warm-up excluded.
2. Cold Chromium: `chromium --headless --print-to-pdf` per call, a few runs.
3. Render worker memory (RSS) after warm-up and after 500 renders.
4. A pathological input (20,000-character word, caps bypassed) stops within
   the render time limit, and the next render works.
5. Optionally (--http) the PDF endpoint under gunicorn, 2 sync workers, wrk:
   PDFs served a second (the render slots as configured; each request from
   its own visitor, so the per-session and per-IP throttles do not cap it).
   bench/pdf_flood.py measures what a flood does to the other pages.

    .venv/bin/python bench/pdf.py [--runs 60] [--renders 500] [--http] [--seconds 10]
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
BENCH_DB = ROOT / "var" / "bench-pdf.sqlite3"
# Its own throwaway database, whatever DATABASE_URL says (BENCH_DATABASE_URL to override).
os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{BENCH_DB}")

from bench.pages import free_port, wizard_sessions, wrk_figure  # noqa: E402 (its environment first)

PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions"]

ANSWERS = {
    "company": "Brasserie Lumière",
    "position": "Responsable des ventes",
    "contact_name": "Claire Dubois",
    "invitation_channel": "phone",
    "stage": "invitation",
    "interview_date": None,
    "rapport": "strong",
    "message_language": "fr",
    "sender_name": "Jules Martin",
    "sender_contact": "jules.martin@example.org",
    "reasons": ["another_offer"],
    "basis": "facts",
    "researched": "yes",
    "certainty": "sure",
    "channel": "phone",
    "reason_detail": "general",
    "include_door_open": True,
}


def prepare_database() -> None:
    if os.environ["DATABASE_URL"] == f"sqlite:///{BENCH_DB}":
        BENCH_DB.unlink(missing_ok=True)
    for command in (["migrate", "--noinput", "-v0"], ["createcachetable"]):
        subprocess.run([PYTHON, str(ROOT / "manage.py"), *command], check=True, cwd=ROOT)


def call_script() -> tuple[str, str]:
    """The HTML of the call script, and its body as the preview posts it."""
    import django

    django.setup()
    from messages_app import pdf, wizard
    from messages_app.content import ensure_content

    ensure_content()
    answers = {**wizard.ANSWER_DEFAULTS, **ANSWERS}
    message = wizard.compose_from_answers(answers)
    document = pdf.document_for(
        message,
        subject="",
        body=message.body,
        sender_name=answers["sender_name"],
        sender_contact=answers["sender_contact"],
        company=answers["company"],
        position=answers["position"],
    )
    return pdf.render_html(document), message.body


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f}"


def chromium_processes_rss_kib(marker: str) -> int:
    """RSS of the Chromium browser started with `marker` and all its descendants."""
    parents: dict[int, int] = {}
    root = None
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
        if marker.encode() in cmdline:
            root = root or int(entry.name)
    if root is None:
        return 0
    family, changed = {root}, True
    while changed:
        changed = False
        for pid, ppid in parents.items():
            if ppid in family and pid not in family:
                family.add(pid)
                changed = True
    total = 0
    for pid in family:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def measure_renders(html: str, *, runs: int, renders: int) -> dict:
    from django.conf import settings
    from playwright.sync_api import sync_playwright
    from pypdf import PdfReader

    from messages_app.pdf.assets import BASE_URL
    from messages_app.pdf.worker import render_worker as worker

    timeout = float(settings.PDF_RENDER_TIMEOUT)

    def ours() -> bytes:
        return worker.render(html, timeout=timeout, max_pages=4, fit_one_page=True).pdf

    pages = len(PdfReader(io.BytesIO(ours())).pages)
    results: dict = {"pages": pages}
    marker = f"--bench-pdf-{uuid.uuid4().hex}"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=[*CHROMIUM_ARGS, marker]
        )
        page = browser.new_page()
        # The document's URL is the fonts directory, as WeasyPrint's base URL:
        # the relative @font-face URLs resolve, and Chromium lays out and embeds
        # the same DejaVu files (on about:blank it silently used system fonts).
        page.goto(BASE_URL)

        def chromium() -> bytes:
            page.set_content(html)
            return page.pdf(prefer_css_page_size=True, print_background=True)

        for _ in range(5):  # warm both
            ours()
            chromium()
        reader = PdfReader(io.BytesIO(chromium()))
        results["chromium_pages"] = len(reader.pages)
        results["chromium_fonts"] = sorted(
            str(font.get_object()["/BaseFont"]).split("+")[-1]
            for font in reader.pages[0]["/Resources"]["/Font"].values()  # type: ignore[index]
        )
        weasy_times: list[float] = []
        chromium_times: list[float] = []
        # Alternate blocks of ten: both see the same machine load, and neither
        # pays for the other's leftover work (Chromium keeps its processes busy
        # for a moment after pdf() returns).
        for block in range(0, runs, 10):
            for function, times in ((ours, weasy_times), (chromium, chromium_times)):
                for _ in range(min(10, runs - block)):
                    started = time.perf_counter()
                    function()
                    times.append(time.perf_counter() - started)
        results["chromium_rss_kib"] = chromium_processes_rss_kib(marker)
        browser.close()
    results["weasy"] = statistics.median(weasy_times)
    results["chromium_warm"] = statistics.median(chromium_times)

    rss_before = worker.rss_kib()
    started = time.perf_counter()
    many = []
    for _ in range(renders):
        begin = time.perf_counter()
        ours()
        many.append(time.perf_counter() - begin)
    results["renders_seconds"] = time.perf_counter() - started
    results["weasy_500"] = statistics.median(many)
    results["rss_before_kib"] = rss_before
    results["rss_after_kib"] = worker.rss_kib()
    return results


def measure_cold_chromium(html: str, *, runs: int) -> float:
    from messages_app.pdf.assets import ASSETS_DIR

    times = []
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "script.html"
        source.write_text(html, encoding="utf-8")
        for font in ASSETS_DIR.glob("*.ttf"):  # the relative font URLs resolve
            shutil.copy(font, tmp)
        for i in range(runs):
            target = Path(tmp) / f"out{i}.pdf"
            started = time.perf_counter()
            subprocess.run(
                [
                    CHROMIUM,
                    "--headless",
                    *CHROMIUM_ARGS,
                    f"--user-data-dir={tmp}/profile{i}",
                    "--no-pdf-header-footer",
                    f"--print-to-pdf={target}",
                    source.as_uri(),
                ],
                check=True,
                capture_output=True,
                timeout=60,
            )
            times.append(time.perf_counter() - started)
            assert target.stat().st_size > 1000
    return statistics.median(times)


def measure_pathological() -> dict:
    from django.conf import settings

    from messages_app import pdf
    from messages_app.pdf.worker import render_worker

    limit = float(settings.PDF_RENDER_TIMEOUT)
    html = "<p style='overflow-wrap:anywhere;width:50mm'>" + "w" * 20_000 + "</p>"
    started = time.perf_counter()
    try:
        render_worker.render(html, timeout=limit, max_pages=10)
        outcome = "rendered"
    except pdf.PdfTimeoutError:
        outcome = "stopped"
    elapsed = time.perf_counter() - started
    started = time.perf_counter()
    render_worker.render("<p>next</p>", timeout=60, max_pages=1)
    return {
        "limit": limit,
        "elapsed": elapsed,
        "outcome": outcome,
        "next": time.perf_counter() - started,
    }


# --- the endpoint under gunicorn -------------------------------------------------


def visitor_sessions(count: int) -> tuple[list[str], str]:
    """Session keys whose wizard holds the answers, and a CSRF token."""
    from django.utils.crypto import get_random_string

    return wizard_sessions(count, ANSWERS), get_random_string(32)


def wrk(url: str, *, seconds: int, script: str | None = None) -> dict:
    command = ["wrk", "-t2", "-c4", f"-d{seconds}s", "--timeout", "15s", "--latency", url]
    if script:
        command += ["-s", script]
    out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + 60)
    text = out.stdout
    rate = float(wrk_figure(r"Requests/sec:\s+([\d.]+)", text))
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    result = {"rate": rate, "errors": int(errors.group(1)) if errors else 0}
    # Our scripts count the answers themselves: a refusal is a redirect (3xx),
    # which wrk would count as a success.
    counted = re.search(r"PDFS (\d+) OTHERS (\d+)", text)
    if counted:
        result["pdfs"], result["others"] = int(counted.group(1)), int(counted.group(2))
        result["pdf_rate"] = rate * result["pdfs"] / max(result["pdfs"] + result["others"], 1)
    return result


#: wrk script for the endpoint: every request from its own visitor (session
#: and client address, the server trusting one proxy), so that the per-session
#: and per-IP throttles (which a real visitor never reaches) do not cap the
#: figure; only PDFs (200) count as served.
ENDPOINT_LUA = """
local sessions = {%(sessions)s}
local threads = {}
local counter = 0
setup = function(thread) table.insert(threads, thread) end
init = function(args) pdfs = 0; others = 0 end
request = function()
  counter = counter + 1
  local headers = {}
  headers["Cookie"] = "%(session_cookie)s=" .. sessions[(counter %% #sessions) + 1]
    .. "; %(csrf_cookie)s=%(token)s"
  headers["X-Forwarded-For"] = "198.18." .. math.random(0, 255) .. "." .. math.random(1, 254)
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  headers["Referer"] = "%(base)s/write/preview/"
  return wrk.format("POST", "/write/pdf/", headers, "%(body)s")
end
response = function(status, headers, body)
  if status == 200 then pdfs = pdfs + 1 else others = others + 1 end
end
done = function(summary, latency, requests)
  local p, o = 0, 0
  for _, thread in ipairs(threads) do p = p + thread:get("pdfs"); o = o + thread:get("others") end
  io.write(string.format("PDFS %%d OTHERS %%d\\n", p, o))
end
"""


def measure_endpoint(body: str, *, seconds: int) -> dict:
    from urllib.parse import urlencode
    from urllib.request import Request, urlopen

    from django.conf import settings

    # Enough visitors that none asks for more than a few PDFs a minute.
    sessions, token = visitor_sessions(max(60, seconds * 20))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [GUNICORN, "decliner.wsgi", "-w", "2", "--preload", "-b", f"127.0.0.1:{port}"]
        + ["--log-level", "warning", "--timeout", "60"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings", "TRUSTED_PROXY_COUNT": "1"},
    )
    results: dict = {"slots": int(getattr(settings, "PDF_RENDER_SLOTS", 1))}
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        form = {"body": body, "paper": "a4", "csrfmiddlewaretoken": token}

        def post(data: dict, number: int) -> tuple[int, str]:
            headers = {
                "Cookie": f"{settings.SESSION_COOKIE_NAME}={sessions[number]}; "
                f"{settings.CSRF_COOKIE_NAME}={token}",
                "Content-Type": "application/x-www-form-urlencoded",
                "Referer": f"{base}/write/preview/",
                "X-Forwarded-For": f"198.19.0.{number + 1}",
            }
            request = Request(f"{base}/write/pdf/", urlencode(data).encode(), headers)
            with urlopen(request, timeout=60) as response:
                return response.status, response.headers["Content-Type"]

        # Both gunicorn workers start their render process on their first request.
        for number in range(8):
            assert post(form, number)[1] == "application/pdf"
        with tempfile.TemporaryDirectory() as tmp:
            lua = Path(tmp) / "pdf.lua"
            lua.write_text(
                ENDPOINT_LUA
                % {
                    "sessions": ", ".join(f'"{key}"' for key in sessions),
                    "session_cookie": settings.SESSION_COOKIE_NAME,
                    "csrf_cookie": settings.CSRF_COOKIE_NAME,
                    "token": token,
                    "base": base,
                    "body": urlencode(form),
                }
            )
            results["hello"] = wrk(f"{base}/bench/hello/", seconds=min(seconds, 5))
            results["pdf"] = wrk(f"{base}/write/pdf/", seconds=seconds, script=str(lua))
        # A pathological edit through the endpoint: capped, so it renders in time.
        started = time.perf_counter()
        status, content_type = post(dict(form, body="x" * 5000), 8)
        results["hostile_status"] = f"{status} {content_type}"
        results["hostile_seconds"] = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=20)
    return results


def _spin(loops: int) -> float:
    started = time.perf_counter()
    total = 0
    for i in range(loops):
        total += i * i
    return time.perf_counter() - started


def measure_parallel_scaling(loops: int = 3_000_000) -> float:
    """How much two CPU-bound processes get done at once, compared with one
    (2.0: two real cores; 1.0: they share one). The endpoint's two workers
    can go no faster than this times one worker's rate."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_spin, [loops // 10] * 2)  # both started
        alone = min(pool.apply(_spin, (loops,)) for _ in range(3))
        together = max(pool.map(_spin, [loops] * 2))
    return 2 * alone / together


def verdict(ok: bool) -> str:
    return "meets budget" if ok else "MISSES budget"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=60, help="interleaved timing pairs")
    parser.add_argument("--renders", type=int, default=500, help="renders for the memory check")
    parser.add_argument("--cold", type=int, default=7, help="cold Chromium runs")
    parser.add_argument("--http", action="store_true", help="also load the PDF endpoint")
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration")
    args = parser.parse_args()

    prepare_database()
    html, body = call_script()
    from messages_app.pdf.worker import render_worker

    started = time.perf_counter()
    render_worker.wait_until_ready()
    render_worker.render("<p>ready</p>", timeout=60, max_pages=1)
    startup = time.perf_counter() - started

    renders = measure_renders(html, runs=args.runs, renders=args.renders)
    cold = measure_cold_chromium(html, runs=args.cold)
    stuck = measure_pathological()
    endpoint = None
    if args.http:
        if not shutil.which("wrk"):
            sys.exit("wrk is missing: apt-get install wrk")
        # The composed text, unedited: nothing is written to the session per request.
        endpoint = measure_endpoint(body, seconds=args.seconds)
        endpoint["scaling"] = measure_parallel_scaling()
    render_worker.stop()

    weasy, warm = renders["weasy"], renders["chromium_warm"]
    growth_mib = (renders["rss_after_kib"] - renders["rss_before_kib"]) / 1024
    print(f"\nPDF: 1-page French call script ({renders['pages']} page), {os.cpu_count()} CPUs")
    print(f"{'figure':44} {'value':>12} {'anchor':>12} {'ratio':>8}  verdict")
    print(
        f"{'render, our pipeline (median, ms)':44} {ms(weasy):>12} {ms(warm):>12} "
        f"{weasy / warm:7.2f}×  {verdict(weasy <= warm)} (≤ 1.0× warm Chromium)"
    )
    print(
        f"{'render, warm Chromium page.pdf (median, ms)':44} {ms(warm):>12}  "
        f"{renders['chromium_pages']} page, fonts {', '.join(renders['chromium_fonts'])}"
    )
    print(
        f"{'render, cold Chromium --print-to-pdf (ms)':44} {ms(cold):>12} {ms(weasy):>12} "
        f"{cold / weasy:7.1f}×  {verdict(cold / weasy >= 15)} (ours ≥ 15× faster)"
    )
    print(
        f"{'worker RSS before → after (MiB)':44} "
        f"{renders['rss_before_kib'] / 1024:5.1f} → {renders['rss_after_kib'] / 1024:5.1f}"
        f"{'':13} {growth_mib:+6.1f}  {verdict(growth_mib <= 10)} "
        f"(≤ 10 MB growth over {args.renders})"
    )
    print(f"{'median over those renders (ms)':44} {ms(renders['weasy_500']):>12}")
    print(
        f"{'Chromium RSS, all its processes (MiB)':44} {renders['chromium_rss_kib'] / 1024:12.1f}"
    )
    print(f"{'worker start: import + fonts + first (s)':44} {startup:12.2f}")
    print(
        f"{'pathological input, limit ' + format(stuck['limit'], '.0f') + ' s (s)':44} "
        f"{stuck['elapsed']:12.2f}  {stuck['outcome']}; next render {stuck['next']:.2f} s  "
        f"{verdict(stuck['elapsed'] <= stuck['limit'] + 0.5)}"
    )
    if endpoint:
        served = endpoint["pdf"]
        rate = served.get("pdf_rate", served["rate"])
        print(
            f"{'PDF endpoint, gunicorn 2 sync, wrk (PDFs/s)':44} {rate:12.1f} "
            f"{endpoint['hello']['rate']:12.0f} {'':8}  {verdict(rate >= 30)} (≥ 30 PDFs/s; "
            f"anchor: hello view; {endpoint['slots']} render slot(s); "
            f"{served.get('others', served['errors'])} not a PDF)"
        )
        print(
            f"{'5,000-char word via the endpoint (s)':44} {endpoint['hostile_seconds']:12.2f}"
            f"  HTTP {endpoint['hostile_status']}"
        )
        print(
            f"{'two busy processes vs one, this machine now':44} {endpoint['scaling']:11.2f}×"
            "  (2.00: two free cores; the endpoint scales with it)"
        )


if __name__ == "__main__":
    main()
