"""The reflection on a decline: five optional answers (`messages_app.reflection`)."""

from __future__ import annotations

from typing import Any

from django import forms

from messages_app.forms.fields import PlainTextField
from messages_app.limits import REFLECTION_MAX
from messages_app.reflection import QUESTIONS


class ReflectionForm(forms.Form):
    """One text area per question, each optional and capped at REFLECTION_MAX
    (an over-long answer is refused with the usual message, the text kept)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for question in QUESTIONS:
            self.fields[question.name] = PlainTextField(
                label=question.text,
                help_text=question.hint,
                multiline=True,
                rows=3,
                max_length=REFLECTION_MAX,
                required=False,
            )
