"""django-allauth hooks for Decliner: the draft saved after a login or a
sign-up, one message instead of allauth's stack of them, and emails that
name Decliner (never the host, never the generated username)."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest, HttpResponse

SITE_NAME = "Decliner"

#: allauth's messages that the page shown next already says: the code page
#: names the address the code went to.
_ALWAYS_QUIET = frozenset({"account/messages/email_confirmation_sent.txt"})
#: Set on a request once it said something better than "you are logged in"
#: (the draft saved, the address confirmed).
_SAID_ENOUGH = "_decliner_said_enough"


class _Site:
    """What allauth's email templates call `current_site`: the product's
    name, and the host only for the links."""

    def __init__(self, domain: str) -> None:
        self.name = SITE_NAME
        self.domain = domain


def user_display(user: Any) -> str:
    """How allauth names a person (ACCOUNT_USER_DISPLAY): by the address they
    signed up with, never the username generated for them."""
    return str(getattr(user, "email", "") or "")


class AccountAdapter(DefaultAccountAdapter):
    def post_login(self, request: HttpRequest, user: Any, **kwargs: Any) -> HttpResponse:
        """After a login or a signup (both POSTs), save the draft the visitor
        asked to save before they had an account; they then land back on the
        preview (the `next` URL), the draft saved."""
        from messages_app.history_views import complete_pending_save

        if complete_pending_save(request) is not None:
            setattr(request, _SAID_ENOUGH, True)
        response: HttpResponse = super().post_login(request, user, **kwargs)
        return response

    def add_message(
        self,
        request: HttpRequest,
        level: int,
        message_template: str | None = None,
        message_context: dict[str, Any] | None = None,
        extra_tags: str = "",
        message: str | None = None,
    ) -> None:
        """One message per step: "Draft saved" (or "address confirmed") says
        more than "you are logged in" just after it."""
        from messages_app.history_views import PENDING_SAVE_KEY

        if message_template in _ALWAYS_QUIET:
            return
        if message_template == "account/messages/email_confirmed.txt":
            setattr(request, _SAID_ENOUGH, True)
            if PENDING_SAVE_KEY in request.session:
                return  # "Draft saved" follows
        if message_template == "account/messages/logged_in.txt" and getattr(
            request, _SAID_ENOUGH, False
        ):
            return
        super().add_message(request, level, message_template, message_context, extra_tags, message)

    def format_email_subject(self, subject: str) -> str:
        return f"[{SITE_NAME}] {subject}"

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        from allauth.core import context as allauth_context

        request = allauth_context.request
        site = _Site(request.get_host() if request is not None else "")
        super().send_mail(template_prefix, email, {**context, "current_site": site})
