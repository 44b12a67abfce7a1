"""The guide's search box."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from guide.search import QUERY_MAX


class GuideSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the guide"),
        max_length=QUERY_MAX,
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "class": "form-control"}),
    )
