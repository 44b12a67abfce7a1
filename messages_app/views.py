"""Plain pages: home, privacy, accessibility."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from messages_app.choices import Channel
from messages_app.showcase import channel_samples, session_retention


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """The promise, a sample message per channel (`?sample=sms` picks the one
    shown without JavaScript) and the way in."""
    samples = channel_samples(get_language())
    selected = request.GET.get("sample", "")
    if selected not in Channel.values:
        selected = Channel.EMAIL
    return render(
        request,
        "messages_app/home.html",
        {"samples": samples, "selected": selected, "retention": session_retention()},
    )


@require_safe
def privacy(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "pages/privacy.html",
        {"retention": session_retention(), "sender": settings.DEFAULT_FROM_EMAIL},
    )


@require_safe
def accessibility(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/accessibility.html")
