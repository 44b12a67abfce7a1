"""View decorators of the private history."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache

from messages_app.models import Draft


def signed_in(request: HttpRequest) -> User:
    """The user of a view that requires a login (`login_required` or
    `owned_draft` already sent anyone else to log in)."""
    if not isinstance(request.user, User):
        raise PermissionDenied
    return request.user


DraftView = Callable[[HttpRequest, Draft], HttpResponse]
PkView = Callable[[HttpRequest, int], HttpResponse]


def owned_draft(*, methods: Sequence[str]) -> Callable[[DraftView], PkView]:
    """Turn `view(request, draft)` into the view of `history/<pk>/…`.

    In this order: a visitor who is not logged in is sent to log in; a draft
    that is not the user's (a stranger's, or none) is 404, whatever the
    method, so nobody learns which drafts exist; then a method outside
    `methods` is 405. The response is never cached: every draft is private.
    """
    allowed = list(methods)

    def decorator(view: DraftView) -> PkView:
        @functools.wraps(view)
        def wrapper(request: HttpRequest, pk: int) -> HttpResponse:
            draft = get_object_or_404(Draft.objects.owned_by(request.user), pk=pk)
            if request.method not in allowed:
                return HttpResponseNotAllowed(allowed)
            return view(request, draft)

        return never_cache(login_required(wrapper))

    return decorator
