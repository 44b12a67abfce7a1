"""The private history: saving from the preview, the history and the draft pages.

Every draft page is owner-only (a stranger gets 404 whatever the method, see
`decorators.owned_draft`), needs a login, and is never cached. What a save
may overwrite is decided in `messages_app.services`; these views only read
the request, call the service and say what happened.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Mapping

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from messages_app import services, wizard
from messages_app.choices import FILE_PREFIXES, Channel, purpose_badge
from messages_app.composer import has_subject
from messages_app.decorators import owned_draft, signed_in
from messages_app.forms import (
    DraftEditForm,
    HistoryFilterForm,
    ReactionForm,
    ReplyForm,
    SaveFromPreviewForm,
)
from messages_app.models import Draft
from messages_app.reflection import reflection_context
from messages_app.selectors import draft_as_text, history_page, history_rows
from messages_app.send_actions import draft_links
from messages_app.thread import thread_context

#: Session key: a save from the preview waiting for the visitor to log in
#: (`services.PendingSave.as_dict()`).
PENDING_SAVE_KEY = "decliner_pending_save"


def _preview_url() -> str:
    return wizard.step_url(wizard.STEP_PREVIEW)


# --- saving from the preview -------------------------------------------------


def _after_save(request: HttpRequest, outcome: services.SaveOutcome) -> None:
    """Bind the wizard to the saved draft (saving again updates it) and say
    what the save did."""
    draft = outcome.draft
    wizard.set_edit_target(request, services.EditTarget(draft_id=draft.pk, version=draft.version))
    if outcome.replaced_deleted:
        notice = gettext(
            "The draft you were editing had been deleted; your text is saved as a new draft."
        )
        messages.warning(request, notice)
    elif outcome.created:
        # The one message after a save, a sign-up included (the adapter
        # drops allauth's own): the link goes to the history.
        messages.success(request, gettext("Draft saved."), extra_tags="history-link")
    else:
        messages.success(request, gettext("Your changes are saved."))


def complete_pending_save(request: HttpRequest) -> services.SaveOutcome | None:
    """Called right after a login or a signup (inside their POST): finish the
    save the visitor asked for before logging in, from the text kept in the
    wizard storage. Returns None when there was nothing (left) to save."""
    pending = services.PendingSave.from_dict(request.session.pop(PENDING_SAVE_KEY, None))
    if pending is None or not request.user.is_authenticated:
        return None
    answers = wizard.get_wizard_answers(request)
    text = wizard.get_preview_text(request)
    if answers is None or text is None:
        return None
    subject, body = text
    outcome = services.draft_save_pending(
        owner=signed_in(request),
        pending=pending,
        answers=answers,
        subject=subject,
        body=body,
        session_target=wizard.get_edit_target(request),
        recipient=wizard.get_recipient(request),
    )
    if outcome is None:
        # Not saved: the preview still shows the text, and saving again
        # shows what stands in the way.
        messages.warning(
            request, gettext("Your draft was not saved yet: save it again from the preview.")
        )
        return None
    _after_save(request, outcome)
    return outcome


def _ask_to_sign_up(request: HttpRequest, pending: services.PendingSave) -> HttpResponse:
    """Saving needs an account: the sign-up page, which says why and links
    to the login for someone who has one (`account/signup.html`)."""
    request.session[PENDING_SAVE_KEY] = pending.as_dict()
    signup_url = reverse("account_signup")
    return redirect(f"{signup_url}?{urlencode({'next': _preview_url()})}")


@never_cache
def draft_save(request: HttpRequest) -> HttpResponse:
    """ "Save to my history" on the preview (POST only).

    A visitor who is not logged in keeps everything in the wizard storage and
    is sent to sign up (or log in); the save happens inside that login POST
    and they come back to the preview, the draft saved.
    """
    if request.method != "POST":
        # Nothing is ever written by a GET: back to the preview.
        return redirect(_preview_url())
    form = SaveFromPreviewForm(request.POST)
    answers = wizard.get_wizard_answers(request)
    if not form.is_valid() or answers is None:
        return render(
            request,
            "messages_app/draft_save.html",
            {"form": form, "answers_missing": answers is None, "preview_url": _preview_url()},
            status=400,
        )
    data = form.cleaned_data
    subject = data["subject"] if has_subject(str(answers.get("channel") or "")) else ""
    body = data["body"]
    # Keep exactly what is on screen, whatever happens next.
    wizard.set_preview_text(request, subject=subject, body=body)
    recipient = form.posted_recipient()
    if recipient is not None:
        wizard.set_recipient(request, recipient)
    if not request.user.is_authenticated:
        return _ask_to_sign_up(
            request, services.PendingSave(data["submission_id"], form.page_target())
        )
    try:
        outcome = services.draft_save_from_wizard(
            owner=signed_in(request),
            answers=answers,
            subject=subject,
            body=body,
            submission_id=data["submission_id"],
            page_target=form.page_target(),
            session_target=wizard.get_edit_target(request),
            recipient=recipient,
        )
    except services.DraftConflict as conflict:
        return _refused_response(request, conflict.current, subject=subject, body=body)
    except services.StalePage as stale:
        return _refused_response(request, stale.current, subject=subject, body=body, stale=True)
    _after_save(request, outcome)
    return redirect(_preview_url())


def _refused_response(
    request: HttpRequest, current: Draft | None, *, subject: str, body: str, stale: bool = False
) -> HttpResponse:
    """A save that was not applied (409): the refused text beside `current`.

    Over a newer version, the refused text is kept in a form, to keep it
    anyway or as a new draft. From a stale page (`stale`: made for another
    message than the wizard holds now), it is shown to read and copy, beside
    the draft the wizard now holds."""
    context: dict[str, object] = {"draft": current, "mine_subject": subject, "mine_body": body}
    if stale:
        context |= {"stale_page": True, "preview_url": _preview_url()}
    elif current is not None:
        context["form"] = DraftEditForm(
            initial={
                "subject": subject,
                "body": body,
                "version": current.version,
                "submission_id": uuid.uuid4(),
            }
        )
    return render(request, "messages_app/draft_conflict.html", context, status=409)


# --- history and draft pages ---------------------------------------------


@never_cache
@login_required
@require_safe
def history(request: HttpRequest) -> HttpResponse:
    form = HistoryFilterForm(request.GET or None)
    if form.is_bound:
        form.is_valid()
    filters = form.filters()
    page = history_page(user=request.user, filters=filters, page_number=request.GET.get("page"))
    query = {"q": filters.search, "status": filters.status, "channel": filters.channel}
    return render(
        request,
        "messages_app/history.html",
        {
            "form": form,
            "filters": filters,
            "page": page,
            "rows": history_rows(page.object_list),
            "query": urlencode({key: value for key, value in query.items() if value}),
        },
    )


@owned_draft(methods=("GET", "HEAD"))
def draft_detail(request: HttpRequest, draft: Draft) -> HttpResponse:
    return draft_page(request, draft)


def draft_page(
    request: HttpRequest,
    draft: Draft,
    form: DraftEditForm | None = None,
    *,
    status: int = 200,
    reaction_form: ReactionForm | None = None,
    reply_forms: Mapping[int, ReplyForm] | None = None,
) -> HttpResponse:
    """The draft's page. A refused post comes back in one of the forms, as it
    was posted: the text edit (`form`), "How did they react?"
    (`reaction_form`) or a reply's edit (`reply_forms`, by reaction id)."""
    if form is None:
        form = DraftEditForm(
            initial={
                "subject": draft.subject,
                "body": draft.body,
                "version": draft.version,
                **services.Recipient.of(draft).as_fields(),
            }
        )
    return render(
        request,
        "messages_app/draft_detail.html",
        {
            "draft": draft,
            "form": form,
            "is_email": draft.channel == Channel.EMAIL,
            "purpose_badge": purpose_badge(draft.purpose),
            **draft_links(draft),
            **thread_context(draft, reaction_form=reaction_form, reply_forms=reply_forms),
            **reflection_context(draft),
        },
        status=status,
    )


@owned_draft(methods=("POST",))
def draft_update(request: HttpRequest, draft: Draft) -> HttpResponse:
    """Save the text edited on the draft page (or "keep mine" on the conflict page)."""
    form = DraftEditForm(request.POST)
    if not form.is_valid():
        return draft_page(request, draft, form, status=400)
    data = form.cleaned_data
    subject = data["subject"] if has_subject(draft.channel) else ""
    body = data["body"]
    if "save_as_new" in request.POST:
        copy = services.draft_save(
            owner=signed_in(request),
            answers=draft.answers,
            subject=subject,
            body=body,
            submission_id=data["submission_id"] or uuid.uuid4(),
            recipient=form.posted_recipient() or services.Recipient.of(draft),
        )
        messages.success(request, gettext("Your text is saved as a new draft."))
        return redirect("messages_app:draft_detail", pk=copy.pk)
    try:
        saved = services.draft_save_edit(
            owner=signed_in(request),
            edit=form.page_target(draft_id=draft.pk),
            subject=subject,
            body=body,
            recipient=form.posted_recipient(),
        )
    except services.DraftConflict as conflict:
        return _refused_response(request, conflict.current, subject=subject, body=body)
    if saved is None:
        raise Http404("The draft was deleted meanwhile")
    messages.success(request, gettext("Your changes are saved."))
    return redirect("messages_app:draft_detail", pk=draft.pk)


def _open_in_wizard(
    request: HttpRequest, *, load: Callable[[], None], proceed: str, notice: str
) -> HttpResponse:
    """Open a draft in the wizard, to edit it or to start a copy of it.

    `load` replaces the message the wizard holds: when that message is not
    saved, ask first (the page posts back here with `replace`)."""
    if not request.POST.get("replace") and wizard.has_unsaved_work(request):
        return render(
            request,
            "messages_app/wizard/replace.html",
            {
                "company": wizard.wizard_company(request),
                "saved": False,
                "action": request.path,
                "proceed": proceed,
            },
        )
    load()
    messages.info(request, notice)
    return redirect(wizard.step_url(wizard.STEP_SITUATION))


@owned_draft(methods=("POST",))
def draft_edit(request: HttpRequest, draft: Draft) -> HttpResponse:
    """Reopen the wizard with every answer and the saved text; saving from the
    preview then updates this draft (if nobody changed it in the meantime)."""
    return _open_in_wizard(
        request,
        load=functools.partial(
            wizard.restore_wizard,
            request,
            draft.answers,
            target=services.EditTarget(draft_id=draft.pk, version=draft.version),
            subject=draft.subject,
            body=draft.body,
            recipient=services.Recipient.of(draft),
        ),
        proceed=gettext("Open this draft instead"),
        notice=gettext(
            "Every answer of this draft is back. Change what you need; saving from the "
            "preview updates the same draft."
        ),
    )
    return redirect(wizard.step_url(wizard.STEP_SITUATION))


@owned_draft(methods=("POST",))
def draft_duplicate(request: HttpRequest, draft: Draft) -> HttpResponse:
    """Start a new draft from this one (for another company, say). Nothing is
    written until the new draft is saved from the preview."""
    return _open_in_wizard(
        request,
        load=functools.partial(wizard.start_copy, request, draft.answers),
        proceed=gettext("Start the copy instead"),
        notice=gettext(
            "A new message, copied from the one for %(company)s, which stays as it is. "
            "Your name, signature, language, reasons and preferences are kept; the "
            "company, the position, the contact, the dates and your notes are cleared, "
            "to fill in for the new company."
        )
        % {"company": draft.company},
    )
    return redirect(wizard.step_url(wizard.STEP_SITUATION))


@owned_draft(methods=("GET", "HEAD", "POST"))
def draft_delete(request: HttpRequest, draft: Draft) -> HttpResponse:
    """A confirmation page (GET), then the deletion (POST)."""
    if request.method != "POST":
        return render(request, "messages_app/draft_delete.html", {"draft": draft})
    services.draft_delete(draft=draft)
    messages.success(request, gettext("The draft is deleted."))
    return redirect("messages_app:history")


@owned_draft(methods=("GET", "HEAD"))
def draft_text(request: HttpRequest, draft: Draft) -> HttpResponse:
    """The message as a plain-text file."""
    response = HttpResponse(draft_as_text(draft), content_type="text/plain; charset=utf-8")
    slug = slugify(draft.company)[:40] or "message"
    prefix = FILE_PREFIXES[draft.purpose]
    response["Content-Disposition"] = f'attachment; filename="{prefix}-{slug}-{draft.pk}.txt"'
    return response
