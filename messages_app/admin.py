from __future__ import annotations

from django.contrib import admin

from messages_app.models import Block, Reason, Scenario


@admin.register(Scenario)
class ScenarioAdmin(admin.ModelAdmin):
    list_display = ["key", "title_fr", "title_en", "position"]
    list_editable = ["position"]


@admin.register(Reason)
class ReasonAdmin(admin.ModelAdmin):
    list_display = ["key", "label_fr", "label_en", "position"]
    list_editable = ["position"]


@admin.register(Block)
class BlockAdmin(admin.ModelAdmin):
    list_display = ["kind", "language", "channel", "tone", "scenario", "reason", "updated_at"]
    list_filter = ["language", "kind", "channel", "tone", "scenario"]
    search_fields = ["text"]
    list_select_related = ["scenario", "reason"]
