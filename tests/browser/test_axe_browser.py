"""An automated accessibility sweep: axe-core (the npm devDependency, pinned
in package-lock.json) run in real Chromium over every page of Decliner, in
French and English, in the light and the dark colour theme; no WCAG 2.1 A/AA
violation is allowed.

axe is injected with `page.add_script_tag(path=...)`, an inline script the
site's strict Content-Security-Policy refuses: the sweep's pages are opened
with Playwright's `bypass_csp=True` (the CSP itself is tested elsewhere,
tests/test_security.py). The dark theme is the system preference
(`page.emulate_media(color_scheme="dark")`), which theme.js follows when no
choice is stored.

One browser page per language and theme walks every page (the list in
tests/browser/walk.py, shared with `make screenshots`), on a fresh live-server
database each.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from tests.browser.walk import Walker, every_page

pytestmark = pytest.mark.browser

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RUN_AXE = """async (tags) => {
  const result = await axe.run(document, { runOnly: { type: "tag", values: tags } });
  return result.violations.map((rule) => ({
    id: rule.id,
    impact: rule.impact,
    help: rule.help,
    targets: rule.nodes.map((node) => node.target.join(" ")),
    detail: [...rule.nodes[0].any, ...rule.nodes[0].all, ...rule.nodes[0].none]
      .map((check) => check.message).join(" "),
  }));
}"""


class Sweep(Walker):
    """Runs axe on each page reached and keeps a readable line per violation."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.violations: list[str] = []

    def arrived(self, name: str) -> None:
        page = self.page
        page.add_script_tag(path=str(AXE))
        where = page.url.removeprefix(self.base_url)
        for rule in page.evaluate(RUN_AXE, TAGS):
            targets = "; ".join(rule["targets"][:5])
            self.violations.append(
                f"{name} ({where}): {rule['id']} [{rule['impact']}] {rule['help']} "
                f"→ {targets} ({rule['detail']})"
            )


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("locale", ["fr-FR", "en-GB"])
def test_every_page_has_no_wcag_violation(page_factory, locale, scheme):
    if not AXE.exists():
        pytest.fail(f"axe-core is missing at {AXE}: run `make assets` (npm ci).")
    page = page_factory(locale=locale, bypass_csp=True)
    page.emulate_media(color_scheme=scheme)
    sweep = Sweep(page)

    every_page(sweep)

    assert page.evaluate("document.documentElement.dataset.bsTheme") == scheme
    assert len(sweep.pages) >= 30, sweep.pages
    assert sweep.violations == [], (
        f"{len(sweep.violations)} axe violation(s) ({locale}, {scheme}):\n"
        + "\n".join(sweep.violations)
    )
    # The 400, 403, 404 and 409 pages are reached on purpose; nothing else may fail.
    expected = re.compile(r"Failed to load resource: .* status of (400|403|404|409)")
    assert [problem for problem in page_factory.problems if not expected.search(problem)] == []
