"""The guide pages in the admin: edit the Markdown, see what was edited."""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from guide.models import GuidePage


@admin.register(GuidePage)
class GuidePageAdmin(admin.ModelAdmin):
    list_display = ("title", "slug", "language", "section", "order", "is_edited", "updated_at")
    list_filter = ("language", "section")
    search_fields = ("title", "summary", "body", "slug")
    ordering = ("section", "order", "language")
    fields = ("slug", "language", "section", "order", "title", "summary", "body")

    @admin.display(boolean=True, description=_("edited"))
    def is_edited(self, page: GuidePage) -> bool:
        return page.edited
