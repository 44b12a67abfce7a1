"""`{{ old|word_diff:new }}`: what changed from `old` to `new`, marked up
(see `messages_app.diff.diff_html`)."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from messages_app.diff import diff_html

register = template.Library()


@register.filter
def word_diff(old: object, new: object) -> SafeString:
    return diff_html(str(old or ""), str(new or ""))
