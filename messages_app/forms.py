"""The wizard's forms, one per step.

Every text field has a length cap and refuses invisible control characters;
everything else a person types (HTML, template syntax, braces) is accepted as
plain text and escaped wherever it is shown. Forms take the answers of the
earlier steps as keyword arguments where a field depends on them (feedback is
only offered after interviews, the subject only for email, the custom reason
only when "another reason" was ticked).
"""

from __future__ import annotations

import html
from typing import Any

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Column, Div, Field, Layout, Row
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.forms import BoundField
from django.forms.renderers import DjangoTemplates
from django.template import Context
from django.template.loader import get_template
from django.utils.formats import localize
from django.utils.functional import cached_property
from django.utils.safestring import SafeData, mark_safe
from django.utils.timezone import template_localtime
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from messages_app.choices import (
    Basis,
    Certainty,
    Channel,
    Civility,
    Language,
    Length,
    Rapport,
    ReasonDetail,
    ReasonKey,
    Researched,
    Stage,
    Tone,
)
from messages_app.limits import (
    BODY_MAX,
    CONTACT_MAX,
    CUSTOM_REASON_MAX,
    FEEDBACK_MAX,
    NAME_MAX,
    NOTES_MAX,
    SUBJECT_MAX,
)
from messages_app.text import has_control_characters, normalize_newlines

STEP_SITUATION = "situation"
STEP_ASSESSMENT = "assessment"
STEP_CHANNEL = "channel"
STEP_STRUCTURE = "structure"
STEP_PREVIEW = "preview"

#: Stages after which the person has met the company: feedback makes sense.
STAGES_AFTER_INTERVIEWS = (Stage.SEVERAL, Stage.OFFER)


FIELD_TEMPLATE = "messages_app/wizard/_field.html"
#: The whole form as crispy renders it (no <form> tag, no CSRF, no buttons).
FORM_TEMPLATE = "messages_app/wizard/_form.html"
PREVIEW_FIELD_TEMPLATE = "messages_app/wizard/_preview_field.html"
FIELD_ADVICE_TEMPLATE = "messages_app/wizard/_field_advice.html"
CHANNEL_OPTIONS_TEMPLATE = "messages_app/wizard/_channel_options.html"


def _inline(name: str) -> Field:
    """Radio buttons side by side."""
    return Field(name, template=FIELD_TEMPLATE, wrapper_class="inline")


class Partial:
    """A crispy layout object rendering a template file with the page's context
    (like `{% include %}`). Unlike crispy's `HTML`, which compiles its
    template string on every render, the file is compiled once per process."""

    def __init__(self, template_name: str) -> None:
        self.template_name = template_name

    def extra_context(self, context: Context) -> dict[str, Any]:
        return {}

    def render(self, form: forms.Form, context: Context, **kwargs: Any) -> str:
        template = get_template(self.template_name).template
        with context.push(self.extra_context(context)):
            return template.render(context)


class AdviceSlot(Partial):
    """Where the advice for one field appears, right under it (htmx updates it)."""

    def __init__(self, name: str) -> None:
        super().__init__(FIELD_ADVICE_TEMPLATE)
        self.name = name

    def extra_context(self, context: Context) -> dict[str, Any]:
        field_advice = context.get("field_advice") or {}
        return {"slot": self.name, "items": field_advice.get(self.name, ())}


class PlainTextField(forms.CharField):
    """Text kept exactly as typed (never interpreted), without control characters."""

    def __init__(self, *, multiline: bool = False, rows: int = 4, **kwargs: Any) -> None:
        if "widget" not in kwargs:
            kwargs["widget"] = (
                forms.Textarea(attrs={"rows": rows}) if multiline else forms.TextInput()
            )
        super().__init__(**kwargs)
        self.multiline = multiline
        # Our own check covers NUL too, with one clear message instead of two.
        self.validators = [
            v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)
        ]

    def to_python(self, value: Any) -> str:
        if isinstance(value, str) and self.multiline:
            value = normalize_newlines(value)
        return super().to_python(value)

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


def _radio(choices: Any, *, label: Any, required: bool = True, **kwargs: Any) -> forms.ChoiceField:
    return forms.ChoiceField(
        choices=choices, label=label, required=required, widget=forms.RadioSelect, **kwargs
    )


def _escape(value: Any) -> str:
    """`conditional_escape()`, without the lazy-string wrapper (this runs for
    every attribute of every field)."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return html.escape(str(value))


def _format(value: Any) -> str:
    """`{{ value|stringformat:'s' }}`: the value as text, escaped unless safe."""
    text = str(value) if isinstance(value, tuple) else f"{value}"
    return text if isinstance(value, SafeData) else html.escape(text)


def _attrs(attrs: dict[str, Any]) -> str:
    """django/forms/widgets/attrs.html"""
    return "".join(
        f" {_escape(name)}" if value is True else f' {_escape(name)}="{_format(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def _input_html(widget: dict[str, Any]) -> str:
    """django/forms/widgets/input.html (and the templates that only include it)"""
    value = widget["value"]
    shown = "" if value is None else f' value="{_format(value)}"'
    kind, name = _escape(widget["type"]), _escape(widget["name"])
    return f'<input type="{kind}" name="{name}"{shown}{_attrs(widget["attrs"])}>'


def _textarea_html(widget: dict[str, Any]) -> str:
    """django/forms/widgets/textarea.html"""
    value = widget["value"]
    text = _escape(value) if value else ""
    name = _escape(widget["name"])
    return f'<textarea name="{name}"{_attrs(widget["attrs"])}>\n{text}</textarea>'


def _text(value: Any) -> str:
    """`{{ value }}`: localised like the template engine does, then escaped."""
    return _escape(localize(template_localtime(value)))


_OPTION_TEMPLATE = "django/forms/widgets/select_option.html"


def _select_html(widget: dict[str, Any]) -> str:
    """django/forms/widgets/select.html with select_option.html for each option
    (whose file ends with a line break)."""
    parts = [f'<select name="{_escape(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{_text(group_name)}">')
        for option in options:
            if option["template_name"] != _OPTION_TEMPLATE:
                raise _NoShortcut
            parts.append(
                f'\n  <option value="{_format(option["value"])}"{_attrs(option["attrs"])}>'
                f"{_text(option['label'])}</option>\n"
            )
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


class _NoShortcut(Exception):
    """This widget needs its template after all."""


_WIDGET_HTML = {
    "django/forms/widgets/input.html": _input_html,
    "django/forms/widgets/text.html": _input_html,
    "django/forms/widgets/date.html": _input_html,
    "django/forms/widgets/hidden.html": _input_html,
    "django/forms/widgets/checkbox.html": _input_html,
    "django/forms/widgets/textarea.html": _textarea_html,
    "django/forms/widgets/select.html": _select_html,
}


class WidgetRenderer(DjangoTemplates):
    """Django's form renderer, with the few widget templates the wizard uses on
    every page (inputs, text areas, selects) written out in Python: the same
    HTML and the same escaping (tests/test_perf_contracts.py compares them),
    without two or three nested template renders per field. Any other widget
    template is rendered by Django as usual."""

    def render(self, template_name: str, context: dict[str, Any], request: Any = None) -> str:
        shortcut = _WIDGET_HTML.get(template_name)
        if shortcut is not None and set(context) == {"widget"}:
            try:
                # Every value is escaped by _escape/_format, as the templates would.
                return mark_safe(shortcut(context["widget"]))  # noqa: S308
            except _NoShortcut:
                pass
        return super().render(template_name, context, request)


WIDGET_RENDERER = WidgetRenderer()


class WizardBoundField(BoundField):
    """A bound field giving the lean field template what it prints."""

    @cached_property
    def options(self) -> list[dict[str, Any]]:
        """The radio buttons or checkboxes of a choice field, as plain dicts
        (`value`, `label`, `selected`, `attrs.id`, …)."""
        return [choice.data for choice in self.subwidgets]


def _crispy_class(widget: forms.Widget, css_class: str) -> str:
    """The `class` attribute `{% crispy_field field 'class' css_class %}` gives a widget."""
    name = type(widget).__name__.lower()
    current = widget.attrs.get("class", "")
    classes = (f"{current} {name}" if name not in current else current) if current else name
    for extra in css_class.split():
        if extra not in classes.split():
            classes += " " + extra
    return classes


class WizardForm(forms.Form):
    """Base for the steps: crispy renders the fields, the wizard template owns
    the <form> tag, the CSRF token and the navigation buttons."""

    default_renderer = WIDGET_RENDERER
    bound_field_class = WizardBoundField
    #: Fields with an advice slot under them (see `AdviceSlot`).
    advice_slots: tuple[str, ...] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The Bootstrap classes crispy would add while rendering, set once here
        # so that the field template prints a valid field with `{{ field }}`.
        for field in self.fields.values():
            widget = field.widget
            if widget.is_hidden or isinstance(widget, forms.RadioSelect):
                continue  # printed by hand (or hidden): no class
            if isinstance(widget, forms.CheckboxInput):
                widget.attrs["class"] = _crispy_class(widget, "form-check-input")
            elif isinstance(widget, forms.Select):
                widget.attrs["class"] = _crispy_class(widget, "form-select")
            else:
                widget.attrs["class"] = _crispy_class(widget, "form-control")

    @cached_property
    def helper(self) -> FormHelper:
        helper = FormHelper()
        helper.form_tag = False
        helper.disable_csrf = True
        # A lean Bootstrap 5 field template: the stock one renders every radio
        # option through several nested templates, which tripled page time.
        helper.field_template = FIELD_TEMPLATE
        helper.template = FORM_TEMPLATE
        helper.layout = self.build_layout()
        return helper

    def build_layout(self) -> Layout:
        return Layout(*self.fields)


class SituationForm(WizardForm):
    advice_slots = ("stage", "interview_date")

    company = PlainTextField(label=_("Company"), max_length=NAME_MAX)
    position = PlainTextField(label=_("Position"), max_length=NAME_MAX)
    contact_name = PlainTextField(
        label=_("Contact person (optional)"),
        max_length=NAME_MAX,
        required=False,
        help_text=_(
            "Surname, or first name and surname, e.g. “Lefèvre” or “Sarah Carter”. "
            "Without a name the message greets the recruitment team."
        ),
    )
    contact_civility = _radio(
        Civility.choices,
        label=_("How to address them"),
        required=False,  # answers saved before this question read as "no title"
        initial=Civility.NONE,
        help_text=_(
            "A French letter opens with “Madame,” or “Monsieur,”; English with “Dear Ms Carter,”."
        ),
    )
    first_name_terms = forms.BooleanField(
        label=_("We call each other by our first names"), required=False
    )
    invitation_channel = _radio(Channel.choices, label=_("How did the invitation reach you?"))
    stage = _radio(Stage.choices, label=_("Where are you in the process?"))
    interview_date = forms.DateField(
        label=_("Interview date (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    rapport = _radio(Rapport.choices, label=_("How well do you know your contact?"))
    message_language = _radio(
        Language.choices,
        label=_("Language of the message"),
        help_text=_("Independent of the language of this site."),
    )
    sender_name = PlainTextField(label=_("Your name"), max_length=NAME_MAX)
    sender_contact = PlainTextField(
        label=_("Contact line or profile URL (optional)"),
        max_length=CONTACT_MAX,
        required=False,
        help_text=_("Shown under your signature, e.g. a phone number or a LinkedIn URL."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        language = (get_language() or "fr")[:2]
        self.fields["message_language"].initial = (
            language if language in Language.values else Language.FRENCH
        )

    def build_layout(self) -> Layout:
        return Layout(
            Row(Column("company", css_class="col-md-6"), Column("position", css_class="col-md-6")),
            "contact_name",
            _inline("contact_civility"),
            "first_name_terms",
            _inline("invitation_channel"),
            "stage",
            AdviceSlot("stage"),
            "interview_date",
            AdviceSlot("interview_date"),
            "rapport",
            _inline("message_language"),
            Row(
                Column("sender_name", css_class="col-md-6"),
                Column("sender_contact", css_class="col-md-6"),
            ),
        )


class AssessmentForm(WizardForm):
    advice_slots = ("reasons", "basis", "researched", "certainty")

    reasons = forms.MultipleChoiceField(
        label=_("Why are you declining?"),
        choices=ReasonKey.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick every reason that applies; the message mentions at most one."),
        error_messages={"required": _("Tick at least one reason.")},
    )
    notes = PlainTextField(
        label=_("Your private notes (optional)"),
        multiline=True,
        max_length=NOTES_MAX,
        required=False,
        help_text=_(
            "Writing your reasons down clarifies the decision. These notes are never "
            "put in the message."
        ),
    )
    basis = _radio(Basis.choices, label=_("Is your decision based on facts or on a feeling?"))
    researched = _radio(
        Researched.choices, label=_("Have you looked into the company and the role?")
    )
    certainty = _radio(Certainty.choices, label=_("How sure are you?"))

    def __init__(
        self,
        *args: Any,
        reason_choices: list[tuple[str, str]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if reason_choices is not None:
            # Labels from the database, in the interface language; only known keys.
            known = set(ReasonKey.values)
            self.fields["reasons"].choices = [
                (key, label) for key, label in reason_choices if key in known
            ]

    def build_layout(self) -> Layout:
        return Layout(
            "reasons",
            AdviceSlot("reasons"),
            "basis",
            AdviceSlot("basis"),
            "researched",
            AdviceSlot("researched"),
            "certainty",
            AdviceSlot("certainty"),
            "notes",
        )

    def clean_reasons(self) -> list[str]:
        order = {key: index for index, key in enumerate(ReasonKey.values)}
        return sorted(set(self.cleaned_data["reasons"]), key=order.__getitem__)


class ChannelForm(WizardForm):
    advice_slots = ("channel",)

    channel = forms.ChoiceField(
        choices=Channel.choices,
        label=_("How will you tell them?"),
        widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
    )

    def build_layout(self) -> Layout:
        return Layout(
            Partial(CHANNEL_OPTIONS_TEMPLATE),
        )


class StructureForm(WizardForm):
    reason_detail = _radio(
        ReasonDetail.choices, label=_("Give a reason?"), initial=ReasonDetail.GENERAL
    )
    custom_reason = PlainTextField(
        label=_("Your reason, in your own words (optional)"),
        max_length=CUSTOM_REASON_MAX,
        required=False,
        help_text=_("One short, neutral phrase, used when you give your specific reason."),
    )
    include_apology = forms.BooleanField(label=_("Apologise for the inconvenience"), required=False)
    include_door_open = forms.BooleanField(
        label=_("Keep the door open for future opportunities"), required=False, initial=True
    )
    include_stay_in_touch = forms.BooleanField(label=_("Offer to stay in touch"), required=False)
    stay_in_touch_link = PlainTextField(
        label=_("Profile link (optional)"),
        max_length=CONTACT_MAX,
        required=False,
        help_text=_("For example your LinkedIn profile URL."),
    )
    include_feedback = forms.BooleanField(label=_("Offer constructive feedback"), required=False)
    feedback = PlainTextField(
        label=_("Your feedback"),
        multiline=True,
        rows=3,
        max_length=FEEDBACK_MAX,
        required=False,
    )
    tone = _radio(Tone.choices, label=_("Tone"), initial=Tone.FORMAL)
    length = _radio(Length.choices, label=_("Length"), initial=Length.STANDARD)
    subject = PlainTextField(label=_("Subject line"), max_length=SUBJECT_MAX, required=False)
    # The subject proposed when the page was shown: an unchanged subject follows
    # later answers (a corrected company name) instead of freezing the old one.
    subject_initial = forms.CharField(
        required=False, max_length=SUBJECT_MAX * 2, widget=forms.HiddenInput
    )

    def __init__(
        self,
        *args: Any,
        stage: str = "",
        channel: str = "",
        reasons: list[str] | tuple[str, ...] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.stage = stage
        self.channel = channel
        if ReasonKey.OTHER not in reasons:
            del self.fields["custom_reason"]
        if stage not in STAGES_AFTER_INTERVIEWS:
            del self.fields["include_feedback"]
            del self.fields["feedback"]
        if channel != Channel.EMAIL:
            del self.fields["subject"]
            del self.fields["subject_initial"]
        self.advice_slots = tuple(
            name
            for name in (
                "reason_detail",
                "include_apology",
                "include_door_open",
                "feedback",
                "length",
            )
            if name in self.fields
        )

    def build_layout(self) -> Layout:
        parts: list[Any] = ["reason_detail", AdviceSlot("reason_detail")]
        if "custom_reason" in self.fields:
            parts.append("custom_reason")
        parts += ["include_apology", AdviceSlot("include_apology"), "include_door_open"]
        parts += [AdviceSlot("include_door_open"), "include_stay_in_touch", "stay_in_touch_link"]
        if "feedback" in self.fields:
            parts += ["include_feedback", "feedback", AdviceSlot("feedback")]
        parts += [
            Row(
                Column(_inline("tone"), css_class="col-md-6"),
                Column(_inline("length"), AdviceSlot("length"), css_class="col-md-6"),
            )
        ]
        if "subject" in self.fields:
            parts += [Div("subject", "subject_initial")]
        return Layout(*parts)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("include_feedback") and not data.get("feedback"):
            self.add_error(
                "feedback", gettext("Write your feedback, or untick “Offer constructive feedback”.")
            )
        if "subject" in self.fields:
            subject = data.get("subject", "")
            if subject == (data.get("subject_initial") or "").strip():
                # Unchanged: the composer's subject, recomputed from current answers.
                data["subject"] = ""
        return data


PAPER_CHOICES = [("a4", _("A4")), ("letter", _("US Letter"))]


class PreviewForm(forms.Form):
    """The composed message as edited on the preview. No prefix: the PDF and
    the save views read `subject`, `body` and `paper` straight from the POST."""

    default_renderer = WIDGET_RENDERER

    subject = PlainTextField(label=_("Subject"), max_length=SUBJECT_MAX, required=False)
    body = PlainTextField(
        label=_("Message"),
        multiline=True,
        rows=14,
        max_length=BODY_MAX,
        error_messages={"required": _("The message is empty.")},
    )
    paper = forms.ChoiceField(
        label=_("Paper size"), choices=PAPER_CHOICES, initial="a4", required=False
    )

    def __init__(self, *args: Any, channel: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.channel = channel
        if channel != Channel.EMAIL:
            del self.fields["subject"]
        else:
            self.fields["subject"].required = True
            self.fields["subject"].error_messages["required"] = gettext("The subject is empty.")
        if channel in (Channel.PHONE, Channel.IN_PERSON):
            self.fields["body"].label = gettext("What you will say")

    @cached_property
    def helper(self) -> FormHelper:
        """Read by `|as_crispy_field` on the preview: the Bootstrap 5 markup of
        crispy's own field template, from a lean template (the stock one
        renders five nested templates per field)."""
        helper = FormHelper()
        helper.form_tag = False
        helper.disable_csrf = True
        helper.field_template = PREVIEW_FIELD_TEMPLATE
        return helper


# --- the history's forms -------------------------------------------------------

from allauth.core import ratelimit  # noqa: E402
from django.http import HttpRequest  # noqa: E402

from messages_app.models import DraftStatus  # noqa: E402
from messages_app.selectors import SEARCH_MAX_LENGTH, HistoryFilters  # noqa: E402
from messages_app.services import EditTarget  # noqa: E402


class HistoryFilterForm(forms.Form):
    q = PlainTextField(label=_("Company or position"), required=False, max_length=SEARCH_MAX_LENGTH)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status")), *DraftStatus.choices],
    )
    channel = forms.ChoiceField(
        label=_("Channel"),
        required=False,
        choices=[("", _("Any channel")), *Channel.choices],
    )

    def filters(self) -> HistoryFilters:
        """The valid filters; an invalid one is dropped (its error is shown)."""
        data = self.cleaned_data if self.is_bound else {}
        return HistoryFilters(
            search=data.get("q") or "",
            status=data.get("status") or "",
            channel=data.get("channel") or "",
        )


class DraftTextForm(forms.Form):
    subject = PlainTextField(label=_("Subject"), required=False, max_length=SUBJECT_MAX)
    body = PlainTextField(
        label=_("Message"),
        multiline=True,
        rows=14,
        max_length=BODY_MAX,
        error_messages={"required": _("The message is empty.")},
    )


class DraftEditForm(DraftTextForm):
    """The text of a saved draft, edited on its page. Carries the version it
    started from, so a save over a newer version is refused."""

    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    # Used only by "save mine as a new draft" on the conflict page.
    submission_id = forms.UUIDField(required=False, widget=forms.HiddenInput)

    def page_target(self, *, draft_id: int) -> EditTarget:
        """The draft `draft_id` at the version this page was rendered for."""
        return EditTarget(draft_id=draft_id, version=self.cleaned_data["version"])


class SaveFromPreviewForm(DraftTextForm):
    """The preview's text, with the draft and version the page was rendered
    for (both empty for a new message)."""

    submission_id = forms.UUIDField()
    draft_id = forms.IntegerField(min_value=1, required=False)
    version = forms.IntegerField(min_value=1, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if (data.get("draft_id") is None) != (data.get("version") is None):
            raise forms.ValidationError(
                _("This page is incomplete: reload it, then save again."), code="target"
            )
        return data

    def page_target(self) -> EditTarget | None:
        draft_id = self.cleaned_data.get("draft_id")
        if draft_id is None:
            return None
        return EditTarget(draft_id=draft_id, version=self.cleaned_data["version"])


class AccountDeleteForm(forms.Form):
    """Deleting the account asks for the password: a session left open, or a
    form forged by another site, must not be enough."""

    password = forms.CharField(
        label=_("Your password, to confirm"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args: Any, request: HttpRequest, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.request = request

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        user = self.request.user
        # Guesses are throttled like allauth's own re-authentication form.
        if not ratelimit.consume(self.request, action="reauthenticate", user=user):
            raise forms.ValidationError(
                _("Too many attempts. Please wait a minute and try again."), code="throttled"
            )
        if not user.check_password(password):
            raise forms.ValidationError(
                _("This is not the password of your account."), code="mismatch"
            )
        return password
