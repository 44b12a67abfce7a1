from __future__ import annotations

from django.urls import path, re_path

from messages_app import (
    account_views,
    call_views,
    history_views,
    insights_views,
    pdf_views,
    reaction_views,
    reflection_views,
    status_views,
    views,
    wizard,
)

app_name = "messages_app"

urlpatterns = [
    path("", views.home, name="home"),
    # --- wizard (messages_app/wizard/) ---
    path("write/", wizard.wizard_view, name="wizard"),
    path("write/new/", wizard.wizard_new, name="wizard_new"),
    path("write/reset/", wizard.wizard_reset, name="wizard_reset"),
    re_path(rf"^write/(?P<step>{wizard.STEPS_PATTERN})/$", wizard.wizard_view, name="wizard_step"),
    re_path(
        rf"^write/(?P<step>{wizard.STEPS_PATTERN})/advice/$",
        wizard.wizard_advice,
        name="wizard_advice",
    ),
    # --- PDF export ---
    path("write/pdf/", pdf_views.preview_pdf, name="preview_pdf"),
    # --- history and drafts (history_views.py) ---
    path("write/save/", history_views.draft_save, name="draft_save"),
    path("history/", history_views.history, name="history"),
    path("history/<int:pk>/", history_views.draft_detail, name="draft_detail"),
    path("history/<int:pk>/update/", history_views.draft_update, name="draft_update"),
    path("history/<int:pk>/edit/", history_views.draft_edit, name="draft_edit"),
    path("history/<int:pk>/duplicate/", history_views.draft_duplicate, name="draft_duplicate"),
    path("history/<int:pk>/delete/", history_views.draft_delete, name="draft_delete"),
    path("history/<int:pk>/sent/", status_views.draft_mark_sent, name="draft_mark_sent"),
    path("history/<int:pk>/reply/", status_views.draft_mark_reply, name="draft_mark_reply"),
    path("history/<int:pk>/text/", history_views.draft_text, name="draft_text"),
    path("history/<int:pk>/pdf/", pdf_views.draft_pdf, name="draft_pdf"),
    # --- your account and data (account_views.py) ---
    path("my-data/", account_views.my_data, name="my_data"),
    path("my-data/export/", account_views.data_export, name="data_export"),
    path("my-data/delete/", account_views.account_delete, name="account_delete"),
    path("history/<int:pk>/undo/", status_views.draft_undo_status, name="draft_undo_status"),
    # --- reflection and insights (reflection_views.py, insights_views.py) ---
    path(
        "history/<int:pk>/reflection/",
        reflection_views.draft_reflection,
        name="draft_reflection",
    ),
    path("history/insights/", insights_views.insights, name="insights"),
    # --- plain pages (views.py) ---
    path("privacy/", views.privacy, name="privacy"),
    path("accessibility/", views.accessibility, name="accessibility"),
    # --- call mode and the call's reminder (call_views.py) ---
    path("write/call/", call_views.wizard_call, name="wizard_call"),
    path("write/call/reminder.ics", call_views.wizard_call_ics, name="wizard_call_ics"),
    path("history/<int:pk>/call/", call_views.draft_call, name="draft_call"),
    path("history/<int:pk>/call/reminder.ics", call_views.draft_call_ics, name="draft_call_ics"),
    # --- the recruiter's reaction and your reply (reaction_views.py) ---
    path("history/<int:pk>/reactions/", reaction_views.reaction_add, name="reaction_add"),
    path(
        "history/<int:pk>/reactions/<int:rid>/reply/",
        reaction_views.reply_update,
        name="reply_update",
    ),
    path(
        "history/<int:pk>/reactions/<int:rid>/delete/",
        reaction_views.reaction_delete,
        name="reaction_delete",
    ),
    path("history/<int:pk>/reactions/<int:rid>/pdf/", pdf_views.reaction_pdf, name="reaction_pdf"),
    path(
        "history/<int:pk>/reactions/<int:rid>/call/", call_views.reaction_call, name="reaction_call"
    ),
    path(
        "history/<int:pk>/reactions/<int:rid>/call/pdf/",
        pdf_views.reaction_call_pdf,
        name="reaction_call_pdf",
    ),
]
