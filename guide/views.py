"""The guide's pages: the index (with its search) and one page. Public,
read-only; each page in the interface language."""

from __future__ import annotations

from itertools import groupby

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from guide.forms import GuideSearchForm
from guide.models import GuidePage, Section
from guide.rendering import render_markdown
from guide.search import search_pages
from messages_app.advice.common import GUIDE_FOR_STEP

#: The wizard step (and its page) that puts each guide page into practice.
_STEP_FOR_PAGE = {slug: step for step, slug in GUIDE_FOR_STEP.items()}


def _language() -> str:
    return (get_language() or "fr")[:2]


@require_safe
def guide_index(request: HttpRequest) -> HttpResponse:
    """All pages of the interface language by section, or the search results
    when `?q=` is given (an over-long query: 400, the query kept). One query."""
    form = GuideSearchForm(request.GET)
    valid = form.is_valid()
    query = form.cleaned_data["q"] if valid else ""
    pages = GuidePage.objects.in_language(_language()).defer("shipped_source")
    if not query:
        pages = pages.defer("body", "shipped_source")  # the index shows no body
    listed = list(pages)
    context: dict[str, object] = {"form": form, "sections": _by_section(listed)}
    if query:
        context.update(query=query, results=search_pages(listed, query))
    return render(request, "guide/index.html", context, status=200 if valid else 400)


def _by_section(pages: list[GuidePage]) -> list[tuple[str, list[GuidePage]]]:
    """[(section label, its pages)], sections in their order, pages in theirs."""
    rank = {value: index for index, value in enumerate(Section.values)}
    ordered = sorted(pages, key=lambda page: (rank.get(page.section, len(rank)), page.order))
    return [
        (str(Section(section).label) if section in rank else section, list(group))
        for section, group in groupby(ordered, key=lambda page: page.section)
    ]


@require_safe
def guide_page(request: HttpRequest, slug: str) -> HttpResponse:
    """Page `slug` in the interface language (in the other one if it only
    exists there, marked with its `lang`), with the others of its section."""
    rows = list(GuidePage.objects.filter(slug=slug).defer("shipped_source"))
    if not rows:
        raise Http404("No such guide page.")
    page = next((row for row in rows if row.language == _language()), rows[0])
    related = (
        GuidePage.objects.in_language(page.language)
        .filter(section=page.section)
        .exclude(pk=page.pk)
        .only("slug", "title", "summary")
    )
    return render(
        request,
        "guide/page.html",
        {
            "page": page,
            # Sanitised by nh3 (guide.rendering): safe to insert as it is.
            "body": mark_safe(render_markdown(page.body)),  # noqa: S308
            "related": related,
            "step": _STEP_FOR_PAGE.get(slug, ""),
        },
    )
