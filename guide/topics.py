"""The shipped guide pages by slug, with their short names for links.

Slugs are stable (other pages link to them: the wizard's "Learn more", the
footer); the footer and the "Learn more" links name a page by the label here,
in the interface language, so showing them costs no database query. The
pages' own titles, summaries and bodies live in the database (admin).
"""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

#: {slug: short name}, in reading order.
TOPICS: Mapping[str, Promise] = {
    "when-to-decline": _("When to decline"),
    "common-reasons": _("Common reasons"),
    "self-assessment": _("Checking your decision"),
    "choosing-the-channel": _("Choosing the channel"),
    "message-structure": _("The structure of the message"),
    "scenarios": _("Scenarios"),
    "handling-reactions": _("Handling their reaction"),
    "reflecting-afterwards": _("Reflecting afterwards"),
    "faq": _("Frequently asked questions"),
    "common-worries": _("Common worries"),
}

#: The pages the footer lists, beside the link to the index.
FOOTER_TOPICS = (
    "when-to-decline",
    "choosing-the-channel",
    "message-structure",
    "handling-reactions",
    "faq",
)


def topic_label(slug: str) -> str:
    """The short name of page `slug` (the slug itself for a page added in the admin)."""
    label = TOPICS.get(slug)
    return str(label) if label is not None else slug
