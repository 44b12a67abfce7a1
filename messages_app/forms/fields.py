"""The fields every form uses for what a person types.

Every text field has a length cap and refuses invisible control characters;
everything else (HTML, template syntax, braces) is accepted as plain text and
escaped wherever it is shown."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from messages_app.text import has_control_characters, normalize_newlines

# The counter under a capped field; `%(count)s` is filled in by counters.js,
# which picks the plural form for the count (Intl.PluralRules).
_CHARS_LEFT_ONE = ngettext_lazy(
    "You have %(count)s character remaining", "You have %(count)s characters remaining", 1
)
_CHARS_LEFT_OTHER = ngettext_lazy(
    "You have %(count)s character remaining", "You have %(count)s characters remaining", 2
)
_CHARS_OVER_ONE = ngettext_lazy(
    "You have %(count)s character too many", "You have %(count)s characters too many", 1
)
_CHARS_OVER_OTHER = ngettext_lazy(
    "You have %(count)s character too many", "You have %(count)s characters too many", 2
)
# Said when the text is over its cap: what to do, and that nothing was lost
# (the whole text stays in the field, see `widget_attrs`).
_TOO_LONG = ngettext_lazy(
    "This must be %(limit_value)d character or fewer – it has %(show_value)d. "
    "Shorten it: everything you typed is still here.",
    "This must be %(limit_value)d characters or fewer – it has %(show_value)d. "
    "Shorten it: everything you typed is still here.",
    "limit_value",
)


class PlainTextField(forms.CharField):
    """Text kept exactly as typed (never interpreted), without control characters."""

    def __init__(self, *, multiline: bool = False, rows: int = 4, **kwargs: Any) -> None:
        if "widget" not in kwargs:
            kwargs["widget"] = (
                forms.Textarea(attrs={"rows": rows}) if multiline else forms.TextInput()
            )
        super().__init__(**kwargs)
        self.multiline = multiline
        # Our own check covers NUL too, with one clear message instead of two;
        # the length cap says how long the text is and that it was kept.
        self.validators = [
            MaxLengthValidator(v.limit_value, message=_TOO_LONG)
            if isinstance(v, MaxLengthValidator)
            else v
            for v in self.validators
            if not isinstance(v, ProhibitNullCharactersValidator)
        ]

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        """No `maxlength`: a browser would cut a paste silently. The cap and the
        counter's wording (singular and plural, in the page's language) go to
        static/js/counters.js instead; the server still refuses over-long text."""
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        if self.max_length is not None and not widget.is_hidden:
            attrs.update(
                {
                    "data-max-chars": str(self.max_length),
                    "data-chars-left-one": _CHARS_LEFT_ONE,
                    "data-chars-left-other": _CHARS_LEFT_OTHER,
                    "data-chars-over-one": _CHARS_OVER_ONE,
                    "data-chars-over-other": _CHARS_OVER_OTHER,
                }
            )
        return attrs

    def to_python(self, value: Any) -> str:
        if isinstance(value, str) and self.multiline:
            value = normalize_newlines(value)
        text = super().to_python(value)
        return "" if text is None else text

    def validate(self, value: str) -> None:
        super().validate(value)
        if value and has_control_characters(value, multiline=self.multiline):
            raise ValidationError(
                _(
                    "This text contains invisible control characters (often left by a "
                    "copy and paste). Please remove them and try again."
                ),
                code="control_characters",
            )


def radio(choices: Any, *, label: Any, required: bool = True, **kwargs: Any) -> forms.ChoiceField:
    return forms.ChoiceField(
        choices=choices, label=label, required=required, widget=forms.RadioSelect, **kwargs
    )
