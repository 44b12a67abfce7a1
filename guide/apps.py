"""The guide: the advice behind the wizard, as pages an admin can edit."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuideConfig(AppConfig):
    name = "guide"
    verbose_name = _("Guide")
    default_auto_field = "django.db.models.BigAutoField"
