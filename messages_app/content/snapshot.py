"""Content as JSON, and what a database changed against the shipped content.

The JSON is the format of the frozen copies the data migrations load
(migrations/content/): `{"blocks": [{kind, language, text, channel, tone,
scenario, reason}, …]}`. A database export adds each block's `shipped_text`,
so that an admin's edit can be told from wording not yet brought up to date.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from messages_app.content import BLOCKS
from messages_app.content.spec import BlockSpec

Key = tuple[str, str, str, str, str, str]
_KEY_FIELDS = ("kind", "language", "channel", "tone", "scenario", "reason")
_ORDER = ("language", "kind", "channel", "tone", "scenario", "reason")


def shipped_content() -> dict[str, list[dict[str, str]]]:
    """What the content modules ship, in the frozen format."""
    return {"blocks": [dataclasses.asdict(spec) for spec in BLOCKS]}


def database_content() -> dict[str, list[dict[str, str]]]:
    """What the database holds now, admin edits included."""
    from messages_app.models import Block  # the data modules need no app registry

    fields = ("kind", "language", "text", "channel", "tone", "scenario", "reason", "shipped_text")
    return {"blocks": list(Block.objects.order_by(*_ORDER).values(*fields))}


def key_of(row: Mapping[str, Any]) -> Key:
    kind, language, channel, tone, scenario, reason = (row[name] for name in _KEY_FIELDS)
    return (kind, language, channel, tone, scenario, reason)


def key_label(key: Iterable[str]) -> str:
    """`closing · en · sms · * · * · *`: a block's key as people read it."""
    return " · ".join(part or "*" for part in key)


@dataclass(frozen=True)
class Difference:
    """One block whose stored text is not the shipped one."""

    key: Key
    #: "edited" (changed in the admin), "outdated" (unedited, older shipped
    #: wording), "added" (not shipped) or "deleted" (shipped, not stored).
    status: str
    shipped: str
    stored: str

    def describe(self) -> str:
        """A unified diff of the shipped text against the stored one."""
        header = f"{key_label(self.key)}: {_STATUS_LABELS[self.status]}"
        lines = difflib.unified_diff(
            self.shipped.splitlines(),
            self.stored.splitlines(),
            fromfile="shipped",
            tofile="database",
            lineterm="",
        )
        return "\n".join([header, *lines])


_STATUS_LABELS = {
    "edited": "edited in the admin",
    "outdated": "unedited, older shipped wording (load_content --update brings it up to date)",
    "added": "added in the admin (not shipped)",
    "deleted": "shipped, missing from the database",
}


def differences(
    stored: Iterable[Mapping[str, str]], shipped: Iterable[BlockSpec] = BLOCKS
) -> list[Difference]:
    """Every block (rows as `database_content()` gives them) whose text is
    not the shipped one, and every shipped block missing, in key order."""
    wanted = {spec.key: spec.text for spec in shipped}
    found: dict[Key, Difference] = {}
    present: set[Key] = set()
    for row in stored:
        key = key_of(row)
        present.add(key)
        text, shipped_text = row["text"], row.get("shipped_text", "")
        if key not in wanted:
            found[key] = Difference(key, "added", "", text)
        elif text != wanted[key]:
            status = "outdated" if shipped_text and text == shipped_text else "edited"
            found[key] = Difference(key, status, wanted[key], text)
    for key, text in wanted.items():
        if key not in present:
            found[key] = Difference(key, "deleted", text, "")
    return [found[key] for key in sorted(found)]
