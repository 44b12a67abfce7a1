"""Your account and your data: what the account holds, its export, and its
deletion. Every page needs a login and is never cached."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from messages_app import services
from messages_app.decorators import signed_in
from messages_app.forms import AccountDeleteForm
from messages_app.models import Draft
from messages_app.selectors import account_export


def _my_data_response(
    request: HttpRequest, form: AccountDeleteForm, *, status: int = 200
) -> HttpResponse:
    count = Draft.objects.owned_by(request.user).count()
    return render(
        request,
        "messages_app/history_data.html",
        {"draft_count": count, "delete_form": form},
        status=status,
    )


@never_cache
@login_required
@require_safe
def my_data(request: HttpRequest) -> HttpResponse:
    return _my_data_response(request, AccountDeleteForm(request=request))


@never_cache
@login_required
@require_safe
def data_export(request: HttpRequest) -> HttpResponse:
    """Everything the account holds, as a JSON download."""
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
        return _my_data_response(request, form, status=400)
    services.account_delete(user=signed_in(request))
    logout(request)
    messages.success(request, gettext("Your account and all your drafts are deleted."))
    return redirect("messages_app:home")
