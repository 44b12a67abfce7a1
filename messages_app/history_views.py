"""The private history: saving from the preview, the draft pages, your data.

Every draft page is owner-only (a stranger gets 404 whatever the method),
needs a login, and is never cached. Writes go through `messages_app.services`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from allauth.core import ratelimit
from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.timezone import template_localtime
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from messages_app import services, wizard
from messages_app.choices import Channel
from messages_app.forms import PlainTextField
from messages_app.limits import BODY_MAX, SUBJECT_MAX
from messages_app.models import Draft, DraftStatus
from messages_app.selectors import (
    SEARCH_MAX_LENGTH,
    HistoryFilters,
    account_export,
    draft_as_text,
    history_page,
)

#: Session key: a save from the preview waiting for the visitor to log in.
PENDING_SAVE_KEY = "decliner_pending_save"

# --- forms ---------------------------------------------------------------


class HistoryFilterForm(forms.Form):
    q = PlainTextField(label=_("Company or position"), required=False, max_length=SEARCH_MAX_LENGTH)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status")), *DraftStatus.choices],
    )
    channel = forms.ChoiceField(
        label=_("Channel"),
        required=False,
        choices=[("", _("Any channel")), *Channel.choices],
    )

    def filters(self) -> HistoryFilters:
        """The valid filters; an invalid one is dropped (its error is shown)."""
        data = self.cleaned_data if self.is_bound else {}
        return HistoryFilters(
            search=data.get("q") or "",
            status=data.get("status") or "",
            channel=data.get("channel") or "",
        )


class DraftTextForm(forms.Form):
    subject = PlainTextField(label=_("Subject"), required=False, max_length=SUBJECT_MAX)
    body = PlainTextField(
        label=_("Message"),
        multiline=True,
        rows=14,
        max_length=BODY_MAX,
        error_messages={"required": _("The message is empty.")},
    )


class DraftEditForm(DraftTextForm):
    """The text of a saved draft, edited on its page. Carries the version it
    started from, so a save over a newer version is refused."""

    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    # Used only by "save mine as a new draft" on the conflict page.
    submission_id = forms.UUIDField(required=False, widget=forms.HiddenInput)


class SaveFromPreviewForm(DraftTextForm):
    """The preview's text, with the draft and version the page was rendered
    for (both empty for a new message)."""

    submission_id = forms.UUIDField()
    draft_id = forms.IntegerField(min_value=1, required=False)
    version = forms.IntegerField(min_value=1, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if (data.get("draft_id") is None) != (data.get("version") is None):
            raise forms.ValidationError(
                _("This page is incomplete: reload it, then save again."), code="target"
            )
        return data

    def page_target(self) -> services.EditTarget | None:
        draft_id = self.cleaned_data.get("draft_id")
        if draft_id is None:
            return None
        return services.EditTarget(draft_id=draft_id, version=self.cleaned_data["version"])


class AccountDeleteForm(forms.Form):
    """Deleting the account asks for the password: a session left open, or a
    form forged by another site, must not be enough."""

    password = forms.CharField(
        label=_("Your password, to confirm"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args: Any, request: HttpRequest, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.request = request

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        user = self.request.user
        # Guesses are throttled like allauth's own re-authentication form.
        if not ratelimit.consume(self.request, action="reauthenticate", user=user):
            raise forms.ValidationError(
                _("Too many attempts. Please wait a minute and try again."), code="throttled"
            )
        if not user.check_password(password):
            raise forms.ValidationError(
                _("This is not the password of your account."), code="mismatch"
            )
        return password


# --- helpers ---------------------------------------------------------------


def _owned_draft(request: HttpRequest, pk: int) -> Draft:
    """The draft if it belongs to the user; 404 for anyone else (before any
    method check, so a stranger learns nothing whatever the verb)."""
    return get_object_or_404(Draft.objects.owned_by(request.user), pk=pk)


def _preview_url() -> str:
    return wizard.step_url(wizard.STEP_PREVIEW)


def _ascii_slug(text: str, fallback: str) -> str:
    return slugify(text)[:40] or fallback


# --- saving from the preview -------------------------------------------------


def save_from_preview(
    request: HttpRequest,
    *,
    answers: dict[str, Any],
    subject: str,
    body: str,
    submission_id: uuid.UUID | str,
    page_target: services.EditTarget | None,
) -> services.SaveOutcome:
    """Save the preview's text for the logged-in user (see
    `services.save_from_wizard` for what may be overwritten); the wizard is
    then bound to the saved draft, so saving again updates it."""
    outcome = services.save_from_wizard(
        owner=request.user,
        answers=answers,
        subject=subject,
        body=body,
        submission_id=submission_id,
        page_target=page_target,
        session_target=wizard.get_edit_target(request),
    )
    draft = outcome.draft
    wizard.set_edit_target(request, services.EditTarget(draft_id=draft.pk, version=draft.version))
    return outcome


def announce_save(request: HttpRequest, outcome: services.SaveOutcome) -> None:
    if outcome.replaced_deleted:
        messages.warning(
            request,
            gettext(
                "The draft you were editing had been deleted; your text is saved as a new draft."
            ),
        )
    elif outcome.created:
        messages.success(request, gettext("Your draft is saved in your history."))
    else:
        messages.success(request, gettext("Your changes are saved."))


def complete_pending_save(request: HttpRequest) -> services.SaveOutcome | None:
    """Called right after a login or a signup (inside their POST): finish the
    save the visitor asked for before logging in, from the text kept in the
    wizard storage. Returns None when there was nothing (left) to save."""
    pending = request.session.pop(PENDING_SAVE_KEY, None)
    if not pending or not request.user.is_authenticated:
        return None
    answers = wizard.get_wizard_answers(request)
    text = wizard.get_preview_text(request)
    if answers is None or text is None:
        return None
    subject, body = text
    page_target = None
    if pending.get("draft_id"):
        page_target = services.EditTarget(draft_id=pending["draft_id"], version=pending["version"])
    try:
        outcome = save_from_preview(
            request,
            answers=answers,
            subject=subject,
            body=body,
            submission_id=pending["submission_id"],
            page_target=page_target,
        )
    except (services.DraftConflict, services.StalePage):
        # Not saved: the preview still shows the text, and saving again
        # shows what stands in the way.
        messages.warning(
            request, gettext("Your draft was not saved yet: save it again from the preview.")
        )
        return None
    announce_save(request, outcome)
    return outcome


@never_cache
def draft_save(request: HttpRequest) -> HttpResponse:
    """ "Save to my history" on the preview (POST only).

    A visitor who is not logged in keeps everything in the wizard storage and
    is sent to log in (or sign up); the save happens inside that login POST
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
    subject = data["subject"] if answers.get("channel") == Channel.EMAIL else ""
    body = data["body"]
    # Keep exactly what is on screen, whatever happens next.
    wizard.set_preview_text(request, subject=subject, body=body)

    if not request.user.is_authenticated:
        target = form.page_target()
        request.session[PENDING_SAVE_KEY] = {
            "submission_id": str(data["submission_id"]),
            "draft_id": target.draft_id if target else None,
            "version": target.version if target else None,
        }
        messages.info(
            request,
            gettext(
                "Log in or create an account to save your draft. Your text is kept: "
                "you will come back to it, saved."
            ),
        )
        login_url = reverse("account_login")
        return redirect(f"{login_url}?{urlencode({'next': _preview_url()})}")

    try:
        outcome = save_from_preview(
            request,
            answers=answers,
            subject=subject,
            body=body,
            submission_id=data["submission_id"],
            page_target=form.page_target(),
        )
    except services.DraftConflict as conflict:
        return _conflict_response(request, conflict.current, subject=subject, body=body)
    except services.StalePage as stale:
        return _stale_page_response(request, stale.current, subject=subject, body=body)
    announce_save(request, outcome)
    return redirect(_preview_url())


def _conflict_response(
    request: HttpRequest, current: Draft, *, subject: str, body: str
) -> HttpResponse:
    """Both versions side by side; the refused text is kept in the forms."""
    mine = DraftEditForm(
        initial={
            "subject": subject,
            "body": body,
            "version": current.version,
            "submission_id": uuid.uuid4(),
        }
    )
    return render(
        request,
        "messages_app/draft_conflict.html",
        {"draft": current, "mine_subject": subject, "mine_body": body, "form": mine},
        status=409,
    )


def _stale_page_response(
    request: HttpRequest, current: Draft | None, *, subject: str, body: str
) -> HttpResponse:
    """A save from a page made for another message than the wizard holds now:
    nothing is saved; the refused text is shown to read and copy, beside the
    draft the wizard now holds."""
    return render(
        request,
        "messages_app/draft_conflict.html",
        {
            "draft": current,
            "stale_page": True,
            "mine_subject": subject,
            "mine_body": body,
            "preview_url": _preview_url(),
        },
        status=409,
    )


# --- history and draft pages ---------------------------------------------


def _listing_rows(drafts: Iterable[Draft]) -> list[Draft]:
    """The drafts of one history page, each given what its row prints
    (`detail_url`, `title`, `language_code`, `channel_label`, `status_label`,
    `created_iso`, `created_date`, `sent_date`), worked out once per page:
    `{% url %}`, `get_FOO_display()`, filters and translations cost more, row
    by row, than the rest of the table. Same text as the template tags and
    filters give."""
    marker = 9_876_543_210  # an int pk: reversed once, then filled in per row
    prefix, suffix = reverse("messages_app:draft_detail", args=[marker]).split(str(marker))
    channels = {value: str(label) for value, label in Channel.choices}
    statuses = {value: str(label) for value, label in DraftStatus.choices}
    short_dates: dict[date, str] = {}

    def short_date(moment: datetime) -> str:
        # SHORT_DATE_FORMAT shows the day only: one formatting per day shown.
        day = moment.date()
        if day not in short_dates:
            short_dates[day] = date_format(day, "SHORT_DATE_FORMAT")
        return short_dates[day]

    untitled = gettext("Untitled position")
    rows = list(drafts)
    for draft in rows:
        created = template_localtime(draft.created_at)
        draft.detail_url = f"{prefix}{draft.pk}{suffix}"
        draft.title = draft.position or untitled
        draft.language_code = draft.language.upper()
        draft.channel_label = channels.get(draft.channel, draft.channel)
        draft.status_label = statuses.get(draft.status, draft.status)
        draft.created_iso = created.isoformat()  # the `date:'c'` filter
        draft.created_date = short_date(created)
        draft.sent_date = short_date(template_localtime(draft.sent_at)) if draft.sent_at else ""
    return rows


@never_cache
@login_required
def history(request: HttpRequest) -> HttpResponse:
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    form = HistoryFilterForm(request.GET or None)
    if form.is_bound:
        form.is_valid()
    filters = form.filters()
    page = history_page(user=request.user, filters=filters, page_number=request.GET.get("page"))
    drafts = _listing_rows(page.object_list)
    query = {
        key: value
        for key, value in (
            ("q", filters.search),
            ("status", filters.status),
            ("channel", filters.channel),
        )
        if value
    }
    return render(
        request,
        "messages_app/history.html",
        {
            "form": form,
            "filters": filters,
            "page": page,
            "drafts": drafts,
            "query": urlencode(query),
        },
    )


@never_cache
@login_required
def draft_detail(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _owned_draft(request, pk)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    form = DraftEditForm(
        initial={"subject": draft.subject, "body": draft.body, "version": draft.version}
    )
    return _detail_response(request, draft, form)


def _detail_response(
    request: HttpRequest, draft: Draft, form: DraftEditForm, *, status: int = 200
) -> HttpResponse:
    return render(
        request,
        "messages_app/draft_detail.html",
        {"draft": draft, "form": form, "is_email": draft.channel == Channel.EMAIL},
        status=status,
    )


@never_cache
@login_required
def draft_update(request: HttpRequest, pk: int) -> HttpResponse:
    """Save the text edited on the draft page (or "keep mine" on the conflict page)."""
    draft = _owned_draft(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = DraftEditForm(request.POST)
    if not form.is_valid():
        return _detail_response(request, draft, form, status=400)
    data = form.cleaned_data
    subject = data["subject"] if draft.channel == Channel.EMAIL else ""
    if "save_as_new" in request.POST:
        copy = services.draft_save(
            owner=request.user,
            answers=draft.answers,
            subject=subject,
            body=data["body"],
            submission_id=data["submission_id"] or uuid.uuid4(),
        )
        messages.success(request, gettext("Your text is saved as a new draft."))
        return redirect("messages_app:draft_detail", pk=copy.pk)
    try:
        services.draft_update(
            draft=draft, expected_version=data["version"], subject=subject, body=data["body"]
        )
    except services.DraftConflict as conflict:
        return _conflict_response(request, conflict.current, subject=subject, body=data["body"])
    messages.success(request, gettext("Your changes are saved."))
    return redirect("messages_app:draft_detail", pk=draft.pk)


def _confirm_replacing(request: HttpRequest, *, action: str, proceed: str) -> HttpResponse | None:
    """Opening a draft in the wizard replaces the message it holds: when that
    message is not saved, ask first (None: nothing would be lost, go on)."""
    if request.POST.get("replace") or not wizard.has_unsaved_work(request):
        return None
    return render(
        request,
        "messages_app/wizard/replace.html",
        {
            "company": wizard.wizard_company(request),
            "saved": False,
            "action": action,
            "proceed": proceed,
        },
    )


@never_cache
@login_required
def draft_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Reopen the wizard with every answer and the saved text; saving from the
    preview then updates this draft (if nobody changed it in the meantime)."""
    draft = _owned_draft(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    confirm = _confirm_replacing(
        request, action=request.path, proceed=gettext("Open this draft instead")
    )
    if confirm is not None:
        return confirm
    wizard.restore_wizard(
        request,
        draft.answers,
        target=services.EditTarget(draft_id=draft.pk, version=draft.version),
        subject=draft.subject,
        body=draft.body,
    )
    messages.info(
        request,
        gettext(
            "Every answer of this draft is back. Change what you need; saving from the "
            "preview updates the same draft."
        ),
    )
    return redirect(wizard.step_url(wizard.STEP_SITUATION))


@never_cache
@login_required
def draft_duplicate(request: HttpRequest, pk: int) -> HttpResponse:
    """Start a new draft from this one (for another company, say). Nothing is
    written until the new draft is saved from the preview."""
    draft = _owned_draft(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    confirm = _confirm_replacing(
        request, action=request.path, proceed=gettext("Start the copy instead")
    )
    if confirm is not None:
        return confirm
    wizard.start_copy(request, draft.answers)
    messages.info(
        request,
        gettext(
            "A new message, copied from the one for %(company)s, which stays as it is. "
            "Your name, signature, language, reasons and preferences are kept; the "
            "company, the position, the contact, the dates and your notes are cleared, "
            "to fill in for the new company."
        )
        % {"company": draft.company},
    )
    return redirect(wizard.step_url(wizard.STEP_SITUATION))


@never_cache
@login_required
def draft_delete(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _owned_draft(request, pk)
    if request.method == "POST":
        services.draft_delete(draft=draft)
        messages.success(request, gettext("The draft is deleted."))
        return redirect("messages_app:history")
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    return render(request, "messages_app/draft_delete.html", {"draft": draft})


def _change_status(
    request: HttpRequest, pk: int, *, change: Callable[..., Draft], done: str
) -> HttpResponse:
    # Ownership first: a stranger gets 404 whatever the verb.
    draft = _owned_draft(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    change(draft=draft)
    messages.success(request, done)
    return redirect("messages_app:draft_detail", pk=draft.pk)


@never_cache
@login_required
def draft_mark_sent(request: HttpRequest, pk: int) -> HttpResponse:
    return _change_status(
        request, pk, change=services.draft_mark_sent, done=gettext("Marked as sent.")
    )


@never_cache
@login_required
def draft_mark_reply(request: HttpRequest, pk: int) -> HttpResponse:
    return _change_status(
        request,
        pk,
        change=services.draft_mark_reply_received,
        done=gettext("Noted: you received a reply."),
    )


@never_cache
@login_required
def draft_text(request: HttpRequest, pk: int) -> HttpResponse:
    """The message as a plain-text file."""
    draft = _owned_draft(request, pk)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    response = HttpResponse(draft_as_text(draft), content_type="text/plain; charset=utf-8")
    filename = f"decline-{_ascii_slug(draft.company, 'message')}-{draft.pk}.txt"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# --- your data ----------------------------------------------------------------


@never_cache
@login_required
def my_data(request: HttpRequest) -> HttpResponse:
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    count = Draft.objects.owned_by(request.user).count()
    return render(
        request,
        "messages_app/history_data.html",
        {"draft_count": count, "delete_form": AccountDeleteForm(request=request)},
    )


@never_cache
@login_required
def data_export(request: HttpRequest) -> HttpResponse:
    """Everything the account holds, as a JSON download."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    payload = json.dumps(
        account_export(user=request.user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2
    )
    response = HttpResponse(payload, content_type="application/json; charset=utf-8")
    filename = f"decliner-export-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@login_required
def account_delete(request: HttpRequest) -> HttpResponse:
    """Delete the account and every draft, for real, once the user typed
    their password (POST)."""
    if request.method != "POST":
        return redirect("messages_app:my_data")
    form = AccountDeleteForm(request.POST, request=request)
    if not form.is_valid():
        count = Draft.objects.owned_by(request.user).count()
        return render(
            request,
            "messages_app/history_data.html",
            {"draft_count": count, "delete_form": form},
            status=400,
        )
    user = request.user
    services.account_delete(user=user)
    logout(request)
    messages.success(request, gettext("Your account and all your drafts are deleted."))
    return redirect("messages_app:home")
