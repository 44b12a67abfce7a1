"""Links into the guide that cost no query: the footer's list and the
wizard's "Learn more" (`{% load guide_links %}`)."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from guide.topics import FOOTER_TOPICS, topic_label
from messages_app.advice.common import GUIDE_FOR_STEP

register = template.Library()


def guide_url(target: str) -> str:
    """The URL of "slug" or "slug#anchor"."""
    slug, _, anchor = target.partition("#")
    url = reverse("guide:page", args=[slug])
    return f"{url}#{anchor}" if anchor else url


@register.inclusion_tag("guide/_footer_links.html")
def guide_footer() -> dict[str, Any]:
    return {
        "index_url": reverse("guide:index"),
        "links": [(guide_url(slug), topic_label(slug)) for slug in FOOTER_TOPICS],
    }


@register.simple_tag
def guide_learn_more(target: str) -> SafeString:
    """ "Learn more" to the page `target` explains, named in full for screen
    readers out of context ("Learn more: Choosing the channel"; the visible
    words first, as WCAG 2.5.3 asks); same tab: the wizard keeps its answers
    in the session."""
    if not target:
        return SafeString("")
    title = topic_label(target.partition("#")[0])
    return format_html(
        # The text's own colour (underlined): the link colour is too pale on
        # the advice's tinted backgrounds (under 4.5:1 on light amber).
        '<a class="advice-more link-body-emphasis" href="{}" aria-label="{}">{}</a>',
        guide_url(target),
        gettext("Learn more: %(title)s") % {"title": title},
        gettext("Learn more"),
    )


@register.simple_tag
def guide_step_link(step: str) -> SafeString:
    """The guide page a wizard step puts into practice ("In the guide: …"), or nothing."""
    return guide_topic_link(GUIDE_FOR_STEP.get(step, ""))


@register.simple_tag
def guide_topic_link(target: str) -> SafeString:
    """ "In the guide: <its title>" to the page `target` ("slug" or
    "slug#anchor"), or nothing for no target."""
    if not target:
        return SafeString("")
    return format_html(
        '<a class="guide-step-link" href="{}">{}</a>',
        guide_url(target),
        gettext("In the guide: %(title)s") % {"title": topic_label(target.partition("#")[0])},
    )
