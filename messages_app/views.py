"""Plain pages and the project's error handlers."""

from __future__ import annotations

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "messages_app/home.html")


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A stale form (the user logged in elsewhere, or the session expired).

    The posted text is shown back so nothing typed is lost; a fresh token comes
    with this page, so "send again" works.
    """
    # Every value of multi-valued fields (checkboxes) is kept; passwords are
    # never written back into a page.
    posted = [
        (key, value)
        for key, values in request.POST.lists()
        if key != "csrfmiddlewaretoken" and "password" not in key.lower()
        for value in values
    ][:200]
    referer = request.headers.get("Referer", "")
    if not url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        referer = ""
    return render(
        request,
        "csrf_failure.html",
        {"posted": posted, "action": request.path, "referer": referer},
        status=403,
    )


def server_error(request: HttpRequest) -> HttpResponse:
    """500 handler: a database outage becomes a 503 the user can retry.

    Rendered without the request context: the context processors would touch
    the database (the session, the user) that just failed.
    """
    exc = sys.exc_info()[1]
    context = {"LANGUAGE_CODE": get_language() or "fr"}
    if isinstance(exc, OperationalError | InterfaceError):
        response = HttpResponse(render_to_string("503.html", context), status=503)
        response["Retry-After"] = "30"
        return response
    return HttpResponseServerError(render_to_string("500.html", context))
