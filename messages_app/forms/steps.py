"""The wizard's forms, one per step (their shared base: `forms.wizard_form`)."""

from __future__ import annotations

from typing import Any

from crispy_forms.bootstrap import InlineRadios
from crispy_forms.layout import HTML, Column, Layout, Row
from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from messages_app.choices import (
    Basis,
    Certainty,
    Channel,
    Civility,
    Language,
    Length,
    Purpose,
    Rapport,
    ReasonDetail,
    ReasonKey,
    Researched,
    Stage,
    Tone,
)
from messages_app.forms.fields import PlainTextField, radio
from messages_app.forms.wizard_form import Reveal, WizardForm, advice_slot
from messages_app.limits import (
    CONTACT_MAX,
    CUSTOM_REASON_MAX,
    FEEDBACK_MAX,
    NAME_MAX,
    NOTES_MAX,
    QUESTION_MAX,
    SUBJECT_MAX,
)

#: Stages after which the person has met the company: feedback makes sense.
STAGES_AFTER_INTERVIEWS = (Stage.SEVERAL, Stage.OFFER)


class SituationForm(WizardForm):
    advice_slots = ("stage", "interview_date")

    company = PlainTextField(
        label=_("Company"),
        max_length=NAME_MAX,
        error_messages={"required": _("Enter the company's name")},
    )
    position = PlainTextField(
        label=_("Position"),
        max_length=NAME_MAX,
        error_messages={"required": _("Enter the position")},
    )
    contact_name = PlainTextField(
        label=_("Contact person (optional)"),
        max_length=NAME_MAX,
        required=False,
        help_text=_(
            "Surname, or first name and surname, e.g. “Lefèvre” or “Sarah Carter”. "
            "Without a name the message greets the recruitment team."
        ),
    )
    contact_civility = radio(
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
    invitation_channel = radio(
        Channel.choices,
        label=_("How did the invitation reach you?"),
        error_messages={"required": _("Choose how the invitation reached you")},
    )
    stage = radio(
        Stage.choices,
        label=_("Where are you in the process?"),
        error_messages={"required": _("Choose where you are in the process")},
    )
    interview_date = forms.DateField(
        label=_("Interview date (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    rapport = radio(
        Rapport.choices,
        label=_("How well do you know your contact?"),
        error_messages={"required": _("Choose how well you know your contact")},
    )
    message_language = radio(
        Language.choices,
        label=_("Language of the message"),
        help_text=_("Independent of the language of this site."),
        error_messages={"required": _("Choose the language of the message")},
    )
    sender_name = PlainTextField(
        label=_("Your name"),
        max_length=NAME_MAX,
        error_messages={"required": _("Enter your name")},
    )
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
            InlineRadios("contact_civility"),
            "first_name_terms",
            InlineRadios("invitation_channel"),
            "stage",
            advice_slot("stage"),
            "interview_date",
            advice_slot("interview_date"),
            "rapport",
            InlineRadios("message_language"),
            Row(
                Column("sender_name", css_class="col-md-6"),
                Column("sender_contact", css_class="col-md-6"),
            ),
        )


#: The certainty answers after which the decision is checked further.
NOT_SURE = (Certainty.FAIRLY.value, Certainty.UNSURE.value)


#: The purposes that ask before deciding: no decline, so nothing about leaving.
ASKING_PURPOSES = (Purpose.ASK_INFO.value, Purpose.RESCHEDULE.value)


class AssessmentForm(WizardForm):
    advice_slots = ("reasons", "basis", "researched", "certainty", "purpose")
    reveals = {
        "basis": Reveal("certainty", NOT_SURE),
        "researched": Reveal("certainty", NOT_SURE),
        # Not sure yet: decline anyway, or ask before deciding.
        "purpose": Reveal("certainty", NOT_SURE),
        "question": Reveal("purpose", (Purpose.ASK_INFO.value,)),
        "availability": Reveal("purpose", (Purpose.RESCHEDULE.value,)),
    }

    reasons = forms.MultipleChoiceField(
        label=_("Why are you declining?"),
        choices=ReasonKey.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick every reason that applies; the message mentions at most one."),
        error_messages={"required": _("Tick at least one reason.")},
    )
    certainty = radio(
        Certainty.choices,
        label=_("How sure are you?"),
        error_messages={"required": _("Choose how sure you are")},
    )
    basis = radio(
        Basis.choices,
        label=_("Is your decision based on facts or on a feeling?"),
        error_messages={"required": _("Choose whether your decision rests on facts or a feeling")},
    )
    researched = radio(
        Researched.choices,
        label=_("Have you looked into the company and the role?"),
        error_messages={
            "required": _("Choose whether you have looked into the company and the role")
        },
    )

    purpose = radio(
        [
            (Purpose.DECLINE, _("Decline anyway")),
            (Purpose.ASK_INFO, _("Ask them for more information first")),
            (Purpose.RESCHEDULE, _("Ask for another date")),
        ],
        label=_("What would you like to do?"),
        # Not required: answers saved before this question read as a decline.
        required=False,
        initial=Purpose.DECLINE,
    )
    question = PlainTextField(
        label=_("What would you like to know? (optional)"),
        max_length=QUESTION_MAX,
        required=False,
        help_text=_(
            "One question, e.g. “Is the role open to remote work?”. Left empty, the "
            "message asks about the role, the team and the conditions."
        ),
    )
    availability = PlainTextField(
        label=_("When would suit you? (optional)"),
        max_length=QUESTION_MAX,
        required=False,
        help_text=_(
            "For example “any morning next week” or “Tuesday 14 after 2 pm”. Left empty, "
            "the message asks them to suggest other times."
        ),
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

    def build_layout(self) -> Layout:
        return Layout(
            "reasons",
            advice_slot("reasons"),
            "certainty",
            advice_slot("certainty"),
            self.revealed(
                "basis",
                advice_slot("basis"),
                "researched",
                advice_slot("researched"),
                when="basis",
            ),
            self.revealed(
                "purpose",
                advice_slot("purpose"),
                self.revealed("question", when="question"),
                self.revealed("availability", when="availability"),
                when="purpose",
            ),
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
        error_messages={"required": _("Choose how you will tell them")},
    )

    def build_layout(self) -> Layout:
        return Layout(HTML('{% include "messages_app/wizard/_channel_options.html" %}'))


#: The questions of the structure step that only a decline asks.
DECLINE_ONLY = frozenset(
    {
        "reason_detail",
        "custom_reason",
        "include_door_open",
        "include_stay_in_touch",
        "stay_in_touch_link",
        "include_feedback",
        "feedback",
    }
)


class StructureForm(WizardForm):
    advice_slots = ("reason_detail", "include_apology", "include_door_open", "feedback", "length")
    reveals = {
        "stay_in_touch_link": Reveal("include_stay_in_touch", ("on",)),
        "feedback": Reveal("include_feedback", ("on",)),
    }

    reason_detail = radio(
        ReasonDetail.choices,
        label=_("Give a reason?"),
        initial=ReasonDetail.GENERAL,
        error_messages={"required": _("Choose whether to give a reason")},
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
        error_messages={
            "required": _("Write your feedback, or untick “Offer constructive feedback”.")
        },
    )
    tone = radio(
        Tone.choices,
        label=_("Tone"),
        initial=Tone.FORMAL,
        error_messages={"required": _("Choose a tone")},
    )
    length = radio(
        Length.choices,
        label=_("Length"),
        initial=Length.STANDARD,
        error_messages={"required": _("Choose a length")},
    )
    subject = PlainTextField(
        label=_("Your own subject line (optional)"),
        max_length=SUBJECT_MAX,
        required=False,
        help_text=_("Leave it empty to use the subject shown, which follows your answers."),
    )

    def __init__(
        self,
        *args: Any,
        stage: str = "",
        channel: str = "",
        reasons: list[str] | tuple[str, ...] = (),
        subject_placeholder: str = "",
        purpose: str = Purpose.DECLINE,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.stage = stage
        self.channel = channel
        self.purpose = purpose
        if ReasonKey.OTHER not in reasons:
            self.off_page.add("custom_reason")
        if stage not in STAGES_AFTER_INTERVIEWS:
            self.off_page |= {"include_feedback", "feedback"}
        if purpose in ASKING_PURPOSES:
            # Not leaving: no reason, no door to leave open, no feedback.
            self.off_page |= DECLINE_ONLY
            if purpose == Purpose.ASK_INFO:
                self.off_page.add("include_apology")  # nothing changes for them
        if channel != Channel.EMAIL:
            self.off_page.add("subject")
        else:
            self.fields["subject"].widget.attrs["placeholder"] = subject_placeholder

    def build_layout(self) -> Layout:
        return Layout(
            self.off_page_group(
                "reason_detail", advice_slot("reason_detail"), when="reason_detail"
            ),
            self.off_page_group("custom_reason", when="custom_reason"),
            self.off_page_group(
                "include_apology", advice_slot("include_apology"), when="include_apology"
            ),
            self.off_page_group(
                "include_door_open", advice_slot("include_door_open"), when="include_door_open"
            ),
            self.off_page_group(
                "include_stay_in_touch",
                self.revealed("stay_in_touch_link", when="stay_in_touch_link"),
                when="include_stay_in_touch",
            ),
            self.off_page_group(
                "include_feedback",
                self.revealed("feedback", advice_slot("feedback"), when="feedback"),
                when="feedback",
            ),
            Row(
                Column(InlineRadios("tone"), css_class="col-md-6"),
                Column(InlineRadios("length"), advice_slot("length"), css_class="col-md-6"),
            ),
            self.off_page_group("subject", when="subject"),
        )
