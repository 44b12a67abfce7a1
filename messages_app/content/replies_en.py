"""Shipped replies blocks in English."""

from __future__ import annotations

from messages_app.content.spec import BlockSpec

BLOCKS: tuple[BlockSpec, ...] = ()
