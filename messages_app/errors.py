"""The project's error pages: 400, 403 (and the stale-form page), 404, 500/503.

Each handler must answer whatever went wrong, so none of them reads the
request body (Django's default 400 handler does, through
`requires_csrf_token`, and fails again on a body it could not decode), none
needs the database to render, and every one falls back to a plain page if
rendering the branded one fails.
"""

from __future__ import annotations

import logging
import sys
from typing import Any
from urllib.parse import urlsplit

from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

#: Forms whose stale token may be refreshed and the form sent again, from our
#: own pages only: the wizard and the draft forms. Never account pages
#: (accounts/…), the account deletion or anything else.
RESENDABLE_VIEWS = frozenset(
    {
        "messages_app:wizard_step",
        "messages_app:draft_save",
        "messages_app:draft_update",
        "messages_app:preview_pdf",
        "messages_app:reaction_add",
        "messages_app:reply_update",
        "messages_app:draft_reflection",
    }
)
#: Posted fields that only the page itself needs (never shown back).
_INTERNAL_FIELDS = frozenset(
    {"csrfmiddlewaretoken", "decline_wizard-current_step", "submission_id", "version", "draft_id"}
)
_MAX_SHOWN_FIELDS = 200


def _logged_in(request: HttpRequest) -> bool:
    """Whether to offer the history link (False when the session or the user
    cannot be read: the page must still come out)."""
    try:
        return bool(request.user.is_authenticated)
    except (AttributeError, DatabaseError):
        return False


def render_error(
    request: HttpRequest | None,
    template: str,
    status: int,
    context: dict[str, Any] | None = None,
) -> HttpResponse:
    """Render an error template (templates/errors/), without the request
    context: context processors would touch the session and the database."""
    context = {
        "LANGUAGE_CODE": get_language() or "fr",
        "logged_in": request is not None and _logged_in(request),
        **(context or {}),
    }
    try:
        html: str = render_to_string(template, context)
    except Exception:  # the page of last resort must not fail in turn
        logger.exception("Error page %s could not be rendered", template)
        html = (
            f'<!doctype html><html lang="{escape(context["LANGUAGE_CODE"])}"><meta charset="utf-8">'
            f"<title>Decliner</title><h1>{escape(_('Something went wrong on our side'))}</h1>"
            f'<p><a href="/">{escape(_("Back to the home page"))}</a></p></html>'
        )
    return HttpResponse(html, status=status)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """400: a request that could not be read (a body in another charset, a
    tampered form, an upload)."""
    return render_error(request, "errors/400.html", 400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render_error(request, "errors/403.html", 403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """404, also what a stranger gets for someone else's draft."""
    return render_error(request, "errors/404.html", 404)


def server_error(request: HttpRequest) -> HttpResponse:
    """500; a database outage becomes a 503 the user can retry."""
    exc = sys.exc_info()[1]
    if isinstance(exc, OperationalError | InterfaceError):
        response = render_error(None, "errors/503.html", 503)
        response["Retry-After"] = "30"
        return response
    return render_error(None, "errors/500.html", 500)


# --- the stale-form page --------------------------------------------------------


def _own_origin(request: HttpRequest) -> str:
    return f"{request.scheme}://{request.get_host()}"


def came_from_our_pages(request: HttpRequest) -> bool:
    """The browser says the form was sent from one of our pages: the Origin
    header is ours, or (no Origin) the Referer is. Missing both, or either one
    foreign, means it may have been sent by another site."""
    own = _own_origin(request)
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin == own
    referer = urlsplit(request.headers.get("Referer", ""))
    return bool(referer.netloc) and f"{referer.scheme}://{referer.netloc}" == own


def _resendable(request: HttpRequest, reason: str) -> bool:
    """A form of ours whose token merely changed (the user logged in or out
    in another tab) may be sent again; anything else is only shown."""
    rotated = reason.startswith("CSRF token from ") and reason.endswith(" incorrect.")
    if not rotated or not came_from_our_pages(request):
        return False
    try:
        return resolve(request.path_info).view_name in RESENDABLE_VIEWS
    except Resolver404:
        return False


def _posted_values(request: HttpRequest) -> list[tuple[str, str]]:
    """What was typed, for the user to read again. Passwords never come back."""
    try:
        lists = list(request.POST.lists())
    except Exception:  # a body that cannot be decoded: nothing to show
        return []
    return [
        (key, value)
        for key, values in lists
        if key not in _INTERNAL_FIELDS and "password" not in key.lower()
        for value in values
        if value.strip()
    ][:_MAX_SHOWN_FIELDS]


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form refused for its CSRF token (settings.CSRF_FAILURE_VIEW).

    What was typed is always shown back, to read and copy. Only a form of our
    own wizard or draft pages, sent from our own page with a token that merely
    changed, is offered again with a fresh token: offering to resend anything
    else would let another site's forged form be sent by one click of the user.
    """
    resend = _resendable(request, reason)
    context: dict[str, Any] = {"posted": _posted_values(request), "resend": resend}
    if resend:
        context["csrf_token"] = get_token(request)
        context["action"] = request.path
        context["fields"] = _resend_fields(request)
    return render_error(request, "errors/csrf_failure.html", 403, context)


def _resend_fields(request: HttpRequest) -> list[tuple[str, str]]:
    """Every posted value (internal ones included, passwords excepted) for the
    hidden inputs of the resend form."""
    return [
        (key, value)
        for key, values in request.POST.lists()
        if key != "csrfmiddlewaretoken" and "password" not in key.lower()
        for value in values
    ][:_MAX_SHOWN_FIELDS]
