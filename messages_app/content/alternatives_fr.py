"""Shipped alternatives blocks in French."""

from __future__ import annotations

from messages_app.content.spec import BlockSpec

BLOCKS: tuple[BlockSpec, ...] = ()
