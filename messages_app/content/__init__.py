"""Seed content: scenarios, reasons and message blocks in French and English."""

from __future__ import annotations


def ensure_content() -> None:
    """Load the seed content if the tables are empty (placeholder)."""
