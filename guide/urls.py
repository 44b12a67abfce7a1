"""/guide/ and /guide/<slug>/."""

from __future__ import annotations

from django.urls import path

from guide import views

app_name = "guide"

urlpatterns = [
    path("", views.guide_index, name="index"),
    path("<slug:slug>/", views.guide_page, name="page"),
]
