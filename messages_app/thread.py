"""The exchange after a sent draft, as its page shows it: message sent →
their reaction → your reply."""

from __future__ import annotations

from typing import Any

from messages_app.models import Draft


def thread_context(draft: Draft) -> dict[str, Any]:
    """What the draft page needs to show the draft's thread."""
    return {}
