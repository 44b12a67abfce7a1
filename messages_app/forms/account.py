"""The account pages' forms."""

from __future__ import annotations

from typing import Any

from allauth.account import forms as allauth_forms
from allauth.core import ratelimit
from django import forms
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _


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
        password: str = self.cleaned_data["password"]
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


#: allauth's Title Case labels, in the sentence case of the rest of the site.
_NEW_PASSWORD_LABELS = {
    "password1": _("New password"),
    "password2": _("New password (again)"),
}


def _relabel(form: forms.Form, labels: dict[str, Any]) -> None:
    """Give fields their label, and the same words as placeholder (allauth
    repeats the label there)."""
    for name, label in labels.items():
        field = form.fields[name]
        field.label = label
        if "placeholder" in field.widget.attrs:
            field.widget.attrs["placeholder"] = label


class ChangePasswordForm(allauth_forms.ChangePasswordForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _relabel(self, {"oldpassword": _("Current password"), **_NEW_PASSWORD_LABELS})


class ResetPasswordKeyForm(allauth_forms.ResetPasswordKeyForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _relabel(self, _NEW_PASSWORD_LABELS)
