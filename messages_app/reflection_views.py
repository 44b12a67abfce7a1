"""The reflection page of a draft: the questions (GET) and saving the answers (POST).

Owner-only like every draft page (`decorators.owned_draft`): a stranger gets
404 whatever the method. An answer that cannot be kept (too long, control
characters) re-renders the page with everything typed and the error (400).
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext

from messages_app.decorators import owned_draft
from messages_app.forms import ReflectionForm
from messages_app.models import Draft, Reflection
from messages_app.reflection import reflection_of, reflection_save, step_two_reminder
from messages_app.wizard.pages import error_summary


def _page(
    request: HttpRequest, draft: Draft, form: ReflectionForm, *, status: int = 200
) -> HttpResponse:
    return render(
        request,
        "messages_app/reflection/page.html",
        {
            "draft": draft,
            "form": form,
            "reflection": reflection_of(draft),
            "step_two": step_two_reminder(draft),
            "error_summary": error_summary(form),
        },
        status=status,
    )


@owned_draft(methods=("GET", "HEAD", "POST"))
def draft_reflection(request: HttpRequest, draft: Draft) -> HttpResponse:
    if request.method != "POST":
        reflection = reflection_of(draft)
        initial = (
            {name: getattr(reflection, name) for name in Reflection.QUESTIONS}
            if reflection is not None
            else {}
        )
        return _page(request, draft, ReflectionForm(initial=initial))
    form = ReflectionForm(request.POST)
    if not form.is_valid():
        return _page(request, draft, form, status=400)
    had_one = reflection_of(draft) is not None
    saved = reflection_save(draft=draft, answers=form.cleaned_data)
    if saved is not None:
        messages.success(request, gettext("Your reflection is saved."))
    elif had_one:
        messages.success(request, gettext("Every answer was empty: your reflection is removed."))
    else:
        messages.info(request, gettext("Nothing to save: every answer was empty."))
    return redirect("messages_app:draft_detail", pk=draft.pk)
