"""The recruiter's reaction and your reply, on a sent draft's page: record
how they reacted (the reply is proposed with it), edit the reply, delete a
reaction.

Owner-only like every draft page: a stranger gets 404 whatever the method,
and so does a reaction id that belongs to another draft
(`owned_reaction`). A refused post (invalid, or over a newer reply) shows
the draft page again with what was typed, and a 400.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache

from messages_app import history_views, reaction_services
from messages_app.choices import Purpose
from messages_app.decorators import owned_draft
from messages_app.forms import ReactionForm, ReplyForm
from messages_app.models import Draft, RecruiterReaction
from messages_app.thread import reply_form

ReactionView = Callable[[HttpRequest, Draft, RecruiterReaction], HttpResponse]
IdsView = Callable[[HttpRequest, int, int], HttpResponse]


def owned_reaction(*, methods: Sequence[str]) -> Callable[[ReactionView], IdsView]:
    """Turn `view(request, draft, reaction)` into the view of
    `history/<pk>/reactions/<rid>/…`, in the order of `decorators.owned_draft`:
    log in first; a draft that is not the user's, or a reaction that is not
    that draft's, is 404 whatever the method; then 405; never cached."""
    allowed = list(methods)

    def decorator(view: ReactionView) -> IdsView:
        @functools.wraps(view)
        def wrapper(request: HttpRequest, pk: int, rid: int) -> HttpResponse:
            draft = get_object_or_404(Draft.objects.owned_by(request.user), pk=pk)
            reaction = get_object_or_404(RecruiterReaction, pk=rid, draft=draft)
            if request.method not in allowed:
                return HttpResponseNotAllowed(allowed)
            return view(request, draft, reaction)

        return never_cache(login_required(wrapper))

    return decorator


def _draft_page(
    request: HttpRequest,
    draft: Draft,
    *,
    reaction_form: ReactionForm | None = None,
    reply_forms: Mapping[int, ReplyForm] | None = None,
) -> HttpResponse:
    """The draft page again (400), with the refused form as it was posted and
    a message at the top saying where to look."""
    messages.error(
        request,
        gettext("Not saved yet: see the form below. Everything you typed is still there."),
    )
    return history_views.draft_page(
        request, draft, status=400, reaction_form=reaction_form, reply_forms=reply_forms
    )


def _thread_url(draft: Draft, anchor: str = "thread") -> str:
    return reverse("messages_app:draft_detail", args=[draft.pk]) + f"#{anchor}"


@owned_draft(methods=("POST",))
def reaction_add(request: HttpRequest, draft: Draft) -> HttpResponse:
    """ "How did they react?": record it, with the reply proposed for it."""
    form = ReactionForm(request.POST)
    if not form.is_valid():
        return _draft_page(request, draft, reaction_form=form)
    try:
        recorded = reaction_services.reaction_record(
            draft=draft,
            reaction=form.cleaned_data["reaction"],
            their_message=form.cleaned_data["their_message"],
        )
    except reaction_services.NotSent:
        if draft.purpose != Purpose.DECLINE:
            refused = gettext(
                "This message asks them a question rather than declining: "
                "there is no reaction to a decline to note."
            )
        else:
            refused = gettext("Mark the message as sent first: then note their reaction.")
        form.add_error(None, refused)
        return _draft_page(request, draft, reaction_form=form)
    messages.success(request, gettext("Their reaction is noted."))
    return redirect(_thread_url(draft, f"reaction-{recorded.pk}"))


@owned_reaction(methods=("POST",))
def reply_update(request: HttpRequest, draft: Draft, reaction: RecruiterReaction) -> HttpResponse:
    """Save the reply as edited on the draft page."""
    form = reply_form(reaction, request.POST)
    if not form.is_valid():
        return _draft_page(request, draft, reply_forms={reaction.pk: form})
    data = form.cleaned_data
    try:
        reaction_services.reply_update(
            reaction=reaction,
            subject=data.get("reply_subject", ""),
            body=data["reply_body"],
            stamp=data["stamp"],
        )
    except reaction_services.StaleReply as stale:
        # Shown again over the newer reply: saving again keeps these words.
        posted = request.POST.copy()
        posted[form.add_prefix("stamp")] = reaction_services.stamp_of(stale.current)
        again = reply_form(stale.current, posted)
        again.is_valid()
        again.add_error(
            None,
            gettext(
                "This reply was changed elsewhere (another tab?) since this page was shown. "
                "Your text is below: save again to keep it."
            ),
        )
        return _draft_page(request, draft, reply_forms={reaction.pk: again})
    messages.success(request, gettext("Your reply is saved."))
    return redirect(_thread_url(draft, f"reaction-{reaction.pk}"))


@owned_reaction(methods=("GET", "HEAD", "POST"))
def reaction_delete(
    request: HttpRequest, draft: Draft, reaction: RecruiterReaction
) -> HttpResponse:
    """A confirmation page (GET), then the deletion (POST)."""
    if request.method != "POST":
        return render(
            request,
            "messages_app/reactions/delete.html",
            {"draft": draft, "reaction": reaction},
        )
    reaction_services.reaction_delete(reaction=reaction)
    messages.success(request, gettext("The reaction and your reply are deleted."))
    return redirect(_thread_url(draft))
