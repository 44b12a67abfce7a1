"""What the wizard keeps of a step's POST: the step's own fields only, with
bounded sizes, so that a reload shows what was typed and a bloated POST
cannot fill the session."""

from __future__ import annotations

import json
from typing import Any

from django import forms
from django.utils.datastructures import MultiValueDict

from messages_app.limits import KEPT_FACTOR
from messages_app.wizard.steps import STEPS_BY_NAME

# What is kept of a step's raw POST: the step's own fields only, one value
# for a single-value field, each value cut at twice its field's limit (so an
# over-long paste is still shown, with its "too long" error), and at most
# MAX_STEP_BYTES in all: above that the POST is refused (400).
MAX_STORED_VALUES = 20
SHORT_VALUE_CHARS = 200  # choices, dates, booleans
# The largest real step (the notes at twice their limit, in 4-byte
# characters) is about 16 KB.
MAX_STEP_BYTES = 24 * 1024


class StepTooLarge(ValueError):
    """A step's POST is larger than any real answer could be."""


def filter_step_data(step: str, data: MultiValueDict[str, Any]) -> dict[str, list[str]]:
    """The part of a POST that belongs to `step`, with bounded sizes (see
    MAX_STEP_BYTES); raises StepTooLarge above them."""
    kept: dict[str, list[str]] = {}
    for key, field in STEPS_BY_NAME[step].post_fields().items():
        if key not in data:
            continue
        max_length = getattr(field, "max_length", None)
        limit = KEPT_FACTOR * max_length if max_length else SHORT_VALUE_CHARS
        if isinstance(field, forms.MultipleChoiceField):
            values = data.getlist(key)[:MAX_STORED_VALUES]
        else:
            values = data.getlist(key)[-1:]  # the value a form reads
        kept[key] = [str(value)[:limit] for value in values]
    if len(json.dumps(kept, ensure_ascii=False).encode()) > MAX_STEP_BYTES:
        raise StepTooLarge(step)
    return kept
