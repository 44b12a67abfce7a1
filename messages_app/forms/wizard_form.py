"""What every wizard step's form shares: crispy renders its fields (the
wizard template owns the <form> tag), and a question is asked only when the
answers so far make it relevant:

- within a step, `WizardForm.reveals` names the answer that reveals it (the
  facts/feeling and research questions once the person is not sure, and
  what to do instead of declining, the profile link once "stay in touch" is
  ticked); static/js/reveal.js shows and
  hides it as that answer changes, the server renders it hidden or shown;
- from an earlier step, the form takes those answers as keyword arguments and
  lists what they rule out in `off_page` (feedback only after interviews, the
  subject only for email, the custom reason only when "another reason" was
  ticked).

A question not asked is still rendered (hidden) and posted, so what was typed
in it is kept in the session if it is asked again; but it is never required,
never an error, and its answer is the default (`unasked_value`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Layout, LayoutObject
from django import forms
from django.utils.functional import cached_property


def advice_slot(name: str) -> HTML:
    """Where the advice for one field appears, right under it (htmx updates it)."""
    return HTML(
        '{% include "messages_app/wizard/_field_advice.html" with slot="'
        + name
        + '" items=field_advice.'
        + name
        + " %}"
    )


@dataclass(frozen=True)
class Reveal:
    """A question asked only when `controller`, another field of the same
    form, has one of `values` ("on" for a ticked box)."""

    controller: str
    values: tuple[str, ...]


def unasked_value(field: forms.Field) -> Any:
    """The answer to a question not asked: the field's empty value (the same
    as `ANSWER_DEFAULTS`: "", False, [])."""
    return field.to_python(None)


class WizardForm(forms.Form):
    """Base for the steps: crispy renders the fields, the wizard template owns
    the <form> tag, the CSRF token and the navigation buttons."""

    #: Fields with an advice slot under them (see `advice_slot`).
    advice_slots: tuple[str, ...] = ()
    #: Questions revealed by another answer of the same step.
    reveals: ClassVar[Mapping[str, Reveal]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: Questions an earlier step's answers rule out.
        self.off_page: set[str] = set()

    @cached_property
    def helper(self) -> FormHelper:
        helper = FormHelper()
        helper.form_tag = False
        helper.disable_csrf = True
        helper.layout = self.build_layout()
        return helper

    def build_layout(self) -> Layout:
        return Layout(*self.fields)

    # Questions asked or not ---------------------------------------------

    def answer_of(self, name: str) -> str:
        """What `name` holds now, as reveal.js reads it ("on" for a ticked
        box, "" when unanswered or invalid)."""
        field = self.fields[name]
        if self.is_bound:
            raw = field.widget.value_from_datadict(self.data, self.files, self.add_prefix(name))
        else:
            raw = self.get_initial_for_field(field, name)
        try:
            value = field.clean(raw)
        except forms.ValidationError:
            return ""
        if isinstance(value, bool):
            return "on" if value else ""
        return "" if value is None else str(value)

    def is_asked(self, name: str) -> bool:
        """Whether the question `name` is asked, given the answers so far."""
        if name in self.off_page:
            return False
        reveal = self.reveals.get(name)
        if reveal is None:
            return True
        return self.is_asked(reveal.controller) and self.answer_of(reveal.controller) in (
            reveal.values
        )

    def clean(self) -> dict[str, Any]:
        """A question not asked cannot be wrong: no error, the default answer."""
        super().clean()
        for name, field in self.fields.items():
            if not self.is_asked(name):
                self.errors.pop(name, None)  # `errors` is being filled: no new clean
                self.cleaned_data[name] = unasked_value(field)
        return self.cleaned_data

    def revealed(self, *parts: str | LayoutObject, when: str) -> Div:
        """`parts`, shown only while the question `when` (a field of `reveals`)
        is asked: reveal.js follows its controller as it changes."""
        reveal = self.reveals[when]
        return Div(
            *parts,
            css_id=f"reveal-{self.add_prefix(when)}",
            hidden=not self.is_asked(when),
            data_reveal_when=self.add_prefix(reveal.controller),
            data_reveal_values=" ".join(reveal.values),
        )

    def off_page_group(self, *parts: str | LayoutObject, when: str) -> Div:
        """`parts`, hidden while an earlier step rules `when` out."""
        return Div(*parts, hidden=when in self.off_page)
