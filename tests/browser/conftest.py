"""Real Chromium (Debian's /usr/bin/chromium) driven by Playwright against
pytest-django's live server."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")

# Playwright's sync API runs an event loop in this thread; the tests still
# talk to the database synchronously, which is safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def browser() -> Iterator:
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium is missing at {CHROMIUM}: run `make test` (it installs it).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page_factory(browser, live_server, transactional_db, seeded):
    """New isolated pages (own cookies) with console errors and CSP
    violations collected; each test asserts there were none."""
    contexts = []
    problems: list[str] = []

    def make(
        locale: str = "fr-FR",
        *,
        clipboard: bool = False,
        accept_downloads: bool = False,
        viewport: dict[str, int] | None = None,
        bypass_csp: bool = False,
    ):
        context = browser.new_context(
            bypass_csp=bypass_csp,
            base_url=live_server.url,
            locale=locale,
            viewport=viewport or {"width": 1280, "height": 720},
            accept_downloads=accept_downloads,
            permissions=["clipboard-read", "clipboard-write"] if clipboard else [],
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.on(
            "console",
            lambda msg: (
                problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None
            ),
        )
        page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
        return page

    make.problems = problems
    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(page_factory):
    page = page_factory()
    yield page
    assert page_factory.problems == [], page_factory.problems
