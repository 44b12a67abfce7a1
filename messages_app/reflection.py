"""The reflection questions on a draft, as its page shows them."""

from __future__ import annotations

from typing import Any

from messages_app.models import Draft


def reflection_context(draft: Draft) -> dict[str, Any]:
    """What the draft page needs to show the draft's reflection."""
    return {}
