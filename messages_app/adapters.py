"""django-allauth hooks for Decliner."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest, HttpResponse


class AccountAdapter(DefaultAccountAdapter):
    def post_login(self, request: HttpRequest, user: Any, **kwargs: Any) -> HttpResponse:
        """After a login or a signup (both POSTs), save the draft the visitor
        asked to save before they had an account; they then land back on the
        preview (the `next` URL), the draft saved."""
        from messages_app.history_views import complete_pending_save

        complete_pending_save(request)
        response: HttpResponse = super().post_login(request, user, **kwargs)
        return response
