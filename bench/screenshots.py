"""`make screenshots`: a full-page screenshot of every page, to look at the
whole product in a minute.

Serves the app with gunicorn (`bench.settings`, DEBUG off) on 127.0.0.1, on a
throwaway SQLite database, and walks every page in Chromium (the walk of the
accessibility sweep, tests/browser/walk.py: it signs a newcomer up, creates a
user and their drafts), in French and in English. Each page is photographed
at 1280×800 and at 360×740, in the light theme. Writes the PNG files and an
index.html listing them into var/screenshots/ (git-ignored), replacing what a
previous run left there.

    .venv/bin/python bench/screenshots.py [--out var/screenshots] [--locale en-GB]
"""

from __future__ import annotations

import argparse
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATABASE = Path(tempfile.mkdtemp(prefix="decliner-screenshots-")) / "db.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
os.environ["EMAIL_URL"] = "dummymail://"  # the sign-up's code mail goes nowhere
# Playwright's sync API runs an event loop in this thread; the walk still
# prepares sessions and drafts with the ORM, synchronously.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from bench.pages import free_port, prepare_database, start_server  # noqa: E402
from tests.browser.walk import Walker, every_page  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
LOCALES = ["fr-FR", "en-GB"]
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 360, "height": 740}}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class Camera(Walker):
    """Photographs each page at every viewport, full length."""

    def __init__(self, page: Any, folder: Path) -> None:
        super().__init__(page)
        self.folder = folder
        self.shots: list[tuple[str, dict[str, str]]] = []

    def arrived(self, name: str) -> None:
        files = {}
        for label, size in VIEWPORTS.items():
            self.page.set_viewport_size(size)
            path = self.folder / label / f"{len(self.shots) + 1:02d}-{slug(name)}.png"
            self.page.screenshot(path=path, full_page=True, animations="disabled")
            files[label] = str(path.relative_to(self.folder.parent))
        self.page.set_viewport_size(VIEWPORTS["desktop"])
        self.shots.append((name, files))


def photograph(browser: Any, base: str, locale: str, out: Path) -> list[tuple[str, dict[str, str]]]:
    context = browser.new_context(base_url=base, locale=locale, viewport=VIEWPORTS["desktop"])
    context.set_default_timeout(15_000)
    try:
        camera = Camera(context.new_page(), out / locale)
        every_page(camera, person=f"alice_{locale[:2]}")
        return camera.shots
    finally:
        context.close()


def write_index(out: Path, shots: dict[str, list[tuple[str, dict[str, str]]]]) -> Path:
    """index.html: one row per page, a thumbnail per language and viewport."""
    columns = [(locale, label) for locale in shots for label in VIEWPORTS]
    head = "".join(f"<th>{locale}, {label}</th>" for locale, label in columns)
    rows = []
    names = [name for name, _files in next(iter(shots.values()))]
    for index, name in enumerate(names):
        cells = []
        for locale, label in columns:
            path = html.escape(shots[locale][index][1][label])
            cells.append(f'<td><a href="{path}"><img src="{path}" alt="" loading="lazy"></a></td>')
        rows.append(f"<tr><th scope='row'>{html.escape(name)}</th>{''.join(cells)}</tr>")
    index_file = out / "index.html"
    taken = time.strftime("%Y-%m-%d %H:%M %Z")
    index_file.write_text(
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<title>Decliner, every page</title><style>"
        "body{font-family:system-ui,sans-serif;margin:1rem}"
        "td,th{vertical-align:top;padding:.25rem;text-align:left}"
        "img{width:180px;height:300px;object-fit:cover;object-position:top;border:1px solid #ccc}"
        "</style></head><body>"
        f"<h1>Decliner, every page</h1><p>{len(names)} pages, taken {taken} (light theme). "
        "Click a picture for the full page.</p>"
        f"<table><thead><tr><th>page</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody>"
        "</table></body></html>\n",
        encoding="utf-8",
    )
    return index_file


def stop(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "var" / "screenshots")
    parser.add_argument("--locale", action="append", choices=LOCALES, help="default: both")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"Chromium is missing at {CHROMIUM}: run bin/ensure-chromium")
    import django
    from playwright.sync_api import sync_playwright

    started = time.perf_counter()
    shutil.rmtree(args.out, ignore_errors=True)
    args.out.mkdir(parents=True)
    prepare_database()
    django.setup()
    from messages_app.content import ensure_content

    ensure_content()
    port = free_port()
    server = start_server(port)
    shots = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
            )
            for locale in args.locale or LOCALES:
                shots[locale] = photograph(browser, f"http://127.0.0.1:{port}", locale, args.out)
            browser.close()
    finally:
        stop(server)
        shutil.rmtree(DATABASE.parent, ignore_errors=True)
    index_file = write_index(args.out, shots)
    count = sum(len(files) for page in shots.values() for _name, files in page)
    print(f"{count} screenshots in {time.perf_counter() - started:.0f} s: {index_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
