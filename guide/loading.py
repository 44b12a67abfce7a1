"""Bring the database to the shipped pages (guide/content/), leaving the
pages an admin edited alone."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from guide.models import GuidePage
from guide.source import CONTENT_DIR, ShippedPage, shipped_pages


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept_edited: list[str] = field(default_factory=list)


def _apply(page: GuidePage, shipped: ShippedPage) -> None:
    page.section = shipped.section
    page.order = shipped.order
    page.title = shipped.title
    page.summary = shipped.summary
    page.body = shipped.body
    page.shipped_source = shipped.source


@transaction.atomic
def load_guide(*, update: bool = False, directory: Path = CONTENT_DIR) -> LoadReport:
    """Create the shipped pages that are missing; with `update`, also bring
    the unedited ones to the shipped text. A page whose text differs from what
    was shipped (edited in the admin) is never overwritten."""
    report = LoadReport()
    existing = {(page.slug, page.language): page for page in GuidePage.objects.all()}
    for shipped in shipped_pages(directory):
        label = f"{shipped.language}/{shipped.slug}"
        page = existing.get((shipped.slug, shipped.language))
        if page is None:
            page = GuidePage(slug=shipped.slug, language=shipped.language)
            _apply(page, shipped)
            page.save()
            report.created.append(label)
        elif not update or page.shipped_source == shipped.source:
            continue
        elif page.edited:
            report.kept_edited.append(label)
        else:
            _apply(page, shipped)
            page.save()
            report.updated.append(label)
    return report
