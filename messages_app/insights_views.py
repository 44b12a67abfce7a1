"""My declines: the insights page. Needs a login, never cached, and shows
only the owner's own declines.

Two queries whatever the size of the history (the declines' rows, the
reflections' answers); the counting is `messages_app.insights`, the charts'
layout `messages_app.insights_chart`.
"""

from __future__ import annotations

from datetime import date

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from messages_app.insights import Insights, summarise
from messages_app.insights_chart import Chart, bar_chart
from messages_app.selectors import changes_of_mind, decline_rows


def _month_name(month: date) -> str:
    return date_format(month, "YEAR_MONTH_FORMAT")


def _charts(insights: Insights) -> list[Chart]:
    """The charts shown, in page order; a chart with nothing to count (the
    reasons', when no decline names one) is left out."""
    same_figures = gettext("The same figures are in the table below.")
    specs = (
        (
            "reasons",
            gettext("My reasons for declining"),
            gettext("How many declines gave each reason (a decline can give several)."),
            gettext("Reason"),
            insights.reasons,
        ),
        (
            "stages",
            gettext("At which stage I declined"),
            gettext("How many declines at each stage of the process."),
            gettext("Stage"),
            insights.stages,
        ),
        (
            "channels",
            gettext("How I declined"),
            gettext("How many declines on each channel."),
            gettext("Channel"),
            insights.channels,
        ),
        (
            "months",
            gettext("Month by month"),
            gettext("How many declines each month (sent, or written when not sent yet)."),
            gettext("Month"),
            insights.months,
        ),
    )
    return [
        bar_chart(
            slug=slug,
            title=title,
            description=f"{description} {same_figures}",
            label_heading=heading,
            value_heading=gettext("Declines"),
            counts=counts,
        )
        for slug, title, description, heading, counts in specs
        if counts
    ]


@never_cache
@login_required
@require_safe
def insights(request: HttpRequest) -> HttpResponse:
    summary = summarise(decline_rows(user=request.user), month_label=_month_name)
    return render(
        request,
        "messages_app/insights.html",
        {
            "insights": summary,
            "charts": _charts(summary) if summary.total else [],
            "changes_of_mind": changes_of_mind(user=request.user) if summary.total else [],
        },
    )
