from __future__ import annotations

from django.urls import path

from messages_app import views

app_name = "messages_app"

urlpatterns = [
    path("", views.home, name="home"),
    # --- wizard (messages_app/wizard.py) ---
    path("write/", views.home, name="wizard"),  # replaced by the wizard
    # --- PDF export ---
    # --- history and drafts ---
    path("history/", views.home, name="history"),  # replaced by the history page
]
