"""The app's URLs plus the anchor views the page budgets are measured against."""

from __future__ import annotations

from typing import Any

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import include, path


class AnchorForm(forms.Form):
    company = forms.CharField(max_length=120)
    position = forms.CharField(max_length=120)
    contact_name = forms.CharField(max_length=120, required=False)
    sender_name = forms.CharField(max_length=120)
    email = forms.EmailField()
    interview_date = forms.DateField(required=False)
    stage = forms.ChoiceField(choices=[("a", "A"), ("b", "B"), ("c", "C")])
    notes = forms.CharField(widget=forms.Textarea, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", "Send"))


def hello(request: HttpRequest) -> HttpResponse:
    return HttpResponse("hello")


def anchor_form(request: HttpRequest) -> HttpResponse:
    form = AnchorForm(request.POST or None)
    return render(request, "bench_anchor_form.html", {"form": form})


urlpatterns = [
    path("bench/hello/", hello),
    path("bench/form/", anchor_form),
    path("", include("decliner.urls")),
]
