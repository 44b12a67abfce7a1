from __future__ import annotations

from django.contrib import admin

from messages_app.models import Block


@admin.register(Block)
class BlockAdmin(admin.ModelAdmin):
    list_display = ["kind", "language", "channel", "tone", "scenario", "reason", "updated_at"]
    list_filter = ["language", "kind", "channel", "tone", "scenario", "reason"]
    search_fields = ["text"]
