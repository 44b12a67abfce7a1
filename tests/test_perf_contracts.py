"""Performance contracts of the wizard, preview and history pages.

The fast pages rest on per-process caches and on lean renderers. These tests
hold them to their promises: a cache never serves stale content or another
language's results, the session is not written just to show a page, and the
lean renderers print what Django's and crispy's own templates print.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta

import pytest
from django import forms
from django.contrib.auth import get_user_model
from django.db import connection
from django.forms.renderers import DjangoTemplates
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.datastructures import MultiValueDict
from django.utils.safestring import mark_safe
from formtools.wizard.forms import ManagementForm

from messages_app import wizard
from messages_app.choices import BlockKind
from messages_app.forms import (
    WIDGET_RENDERER,
    AssessmentForm,
    PreviewForm,
    SituationForm,
    StructureForm,
)
from messages_app.models import Block, Draft, DraftStatus
from tests.factories import post_wizard_step, walk_wizard, wizard_answers

CLOSING = {"kind": BlockKind.CLOSING, "language": "en", "channel": "email", "tone": "formal"}


def _closing_block() -> Block:
    return Block.objects.get(**CLOSING, scenario=None, reason=None)


def _body() -> str:
    return wizard.compose_from_answers(wizard_answers()).body


# --- the block catalogue kept in memory ---------------------------------------------------


@pytest.mark.django_db
def test_a_block_edited_in_the_admin_is_in_the_very_next_message(seeded, client):
    block = _closing_block()
    assert block.text.strip() in _body()  # the catalogue is now in memory
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "x" * 20)
    client.force_login(admin)
    url = reverse("admin:messages_app_block_change", args=[block.pk])
    response = client.post(
        url,
        {
            "kind": block.kind,
            "language": block.language,
            "channel": block.channel,
            "tone": block.tone,
            "scenario": "",
            "reason": "",
            "text": "With thanks for your time, edited in the admin.",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    body = _body()
    assert "With thanks for your time, edited in the admin." in body
    assert block.text.strip() not in body


@pytest.mark.django_db
def test_an_added_then_deleted_block_changes_the_next_message_each_time(seeded):
    original = _closing_block().text.strip()
    assert original in _body()
    specific = Block.objects.create(
        **CLOSING, scenario_id="better_offer", text="Thanks again, and good luck with the search."
    )
    assert "Thanks again, and good luck with the search." in _body()
    specific.delete()
    body = _body()
    assert original in body
    assert "good luck with the search" not in body


@pytest.mark.django_db
def test_composing_again_reads_no_block_text_when_nothing_changed(seeded):
    _body()
    with CaptureQueriesContext(connection) as queries:
        body = _body()
    assert _closing_block().text.strip() in body
    assert len(queries) == 1  # the content version, one row
    assert '"text"' not in queries[0]["sql"]


# --- the session is written only when something changed ---------------------------------------


SESSION_WRITE = re.compile(r"^(UPDATE|INSERT)\b.*django_session", re.S)


@pytest.mark.django_db
def test_showing_the_preview_for_the_first_time_does_not_write_the_session(seeded, english_client):
    for step in wizard.ANSWER_STEPS:
        assert post_wizard_step(english_client, step, wizard_answers()).status_code == 302
    with CaptureQueriesContext(connection) as queries:
        first = english_client.get(wizard.step_url("preview"))
    assert first.status_code == 200
    statements = [q["sql"] for q in queries.captured_queries]
    assert not [sql for sql in statements if SESSION_WRITE.match(sql)], statements
    assert len(statements) <= 4, statements
    rendered = re.search(r'name="submission_id" value="([0-9a-f-]{36})"', first.text).group(1)
    again = english_client.get(wizard.step_url("preview")).text
    assert f'name="submission_id" value="{rendered}"' in again


# --- validation results reused across pages ----------------------------------------------------


def _situation_raw(interview_date: str):
    answers = wizard_answers(interview_date=interview_date)
    return MultiValueDict(wizard.answers_to_raw(answers)["situation"])


@pytest.mark.django_db
def test_a_typed_date_is_read_in_the_language_of_the_page_each_time():
    raw = _situation_raw("13/05/2031")  # day first: French, not English
    with translation.override("fr"):
        assert wizard.validated_step("situation", raw, {})["interview_date"] == date(2031, 5, 13)
    with translation.override("en"):
        assert wizard.validated_step("situation", raw, {}) is None
    with translation.override("fr"):
        assert wizard.validated_step("situation", raw, {})["interview_date"] == date(2031, 5, 13)


@pytest.mark.django_db
def test_a_reused_validation_result_cannot_be_changed_by_whoever_reads_it():
    raw = MultiValueDict(wizard.answers_to_raw(wizard_answers())["assessment"])
    first = wizard.validated_step("assessment", raw, {})
    first["reasons"].append("culture")
    first["basis"] = "feelings"
    again = wizard.validated_step("assessment", raw, {})
    assert again["reasons"] == ["another_offer"]
    assert again["basis"] == "facts"


@pytest.mark.django_db
def test_a_step_that_depends_on_earlier_answers_is_validated_for_those_answers():
    answers = wizard_answers(include_feedback=True, feedback="Clear, friendly process.")
    raw = MultiValueDict(wizard.answers_to_raw(answers)["structure"])
    early = wizard.validated_step(
        "structure", raw, {"stage": "invitation", "reasons": [], "channel": "email"}
    )
    late = wizard.validated_step(
        "structure", raw, {"stage": "offer", "reasons": [], "channel": "email"}
    )
    assert "feedback" not in early  # only offered after interviews
    assert late["feedback"] == "Clear, friendly process."


# --- the history rows, worked out once per page ----------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr"])
def test_history_rows_print_what_the_template_tags_and_filters_print(alice, client, language):
    now = timezone.now()
    for i, (channel, status, position) in enumerate(
        [("sms", DraftStatus.SENT, ""), ("phone", DraftStatus.REPLY_RECEIVED, "Analyst")]
    ):
        Draft.objects.create(
            owner=alice,
            channel=channel,
            language="fr",
            company=f"Company {i}",
            position=position,
            body="Body",
            status=status,
            sent_at=now - timedelta(days=3 * i, hours=23),
            created_at=now - timedelta(days=40 * i, hours=5),
            submission_id=uuid.uuid4(),
        )
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = language
    client.force_login(alice)
    rows = client.get(reverse("messages_app:history")).context["drafts"]
    assert len(rows) == 2
    filters = Template(
        "{% load i18n %}{{ d.created_at|date:'c' }}|{{ d.created_at|date:'SHORT_DATE_FORMAT' }}"
        "|{{ d.sent_at|date:'SHORT_DATE_FORMAT' }}|{{ d.position|default:_('Untitled position') }}"
    )
    with translation.override(language):
        for draft in rows:
            expected = filters.render(Context({"d": draft})).split("|")
            assert [draft.created_iso, draft.created_date, draft.sent_date, draft.title] == expected
            assert draft.detail_url == reverse("messages_app:draft_detail", args=[draft.pk])
            assert draft.channel_label == draft.get_channel_display()
            assert draft.status_label == draft.get_status_display()
            assert draft.language_code == "FR"


# --- lean renderers, same HTML -------------------------------------------------------------


HOSTILE = "<b onclick=\"x()\">&amp; 'quoted'</b>"
WIDGETS = [
    forms.TextInput(),
    forms.TextInput(attrs={"class": "textinput form-control", "maxlength": 120}),
    forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    forms.HiddenInput(),
    forms.CheckboxInput(),
    forms.Textarea(attrs={"rows": 4}),
    forms.Select(choices=[("a4", "A4"), ("letter", HOSTILE), ("g", [("1", "one"), ("2", 2)])]),
]
VALUES = [None, "", "plain", HOSTILE, mark_safe("<i>already safe</i>"), 42, "two\nlines", "a4"]
ATTRS = [
    {},
    {"id": "id_x", "required": True, "disabled": False, "aria-describedby": "id_x_helptext"},
    {"data-note": HOSTILE, "placeholder": mark_safe("&lt;safe&gt;")},
]


@pytest.mark.parametrize("widget", WIDGETS, ids=lambda w: type(w).__name__)
def test_the_widget_renderer_prints_what_djangos_widget_templates_print(widget):
    stock = DjangoTemplates()
    for value in VALUES:
        for attrs in ATTRS:
            expected = widget.render("name", value, attrs, renderer=stock)
            assert widget.render("name", value, attrs, renderer=WIDGET_RENDERER) == expected
    assert "<b onclick" not in widget.render("name", HOSTILE, {}, renderer=WIDGET_RENDERER)


def test_the_management_form_prints_the_hidden_input_formtools_prints():
    fast = wizard.WizardManagementForm(prefix=wizard.PREFIX, initial={"current_step": "channel"})
    stock = ManagementForm(prefix=wizard.PREFIX, initial={"current_step": "channel"})
    assert str(fast) == str(stock).strip()
    assert 'name="decline_wizard-current_step" value="channel"' in str(fast)


def _tags_only(html: str) -> str:
    """HTML without the whitespace around tags (which a browser does not show here)."""
    return re.sub(r"\s*([<>])\s*", r"\1", re.sub(r"\s+", " ", html)).strip()


class _StockPreviewForm(PreviewForm):
    helper = None  # `|as_crispy_field` then uses crispy's own bootstrap5/field.html


@pytest.mark.parametrize(
    "data",
    [
        {"subject": "Thanks <b>", "body": "Dear Claire,\n\nThank you.", "paper": "letter"},
        {"subject": "", "body": "", "paper": "nope"},
    ],
)
def test_the_preview_fields_look_as_crispys_own_field_template_makes_them(data):
    field = Template(
        "{% load crispy_forms_tags %}{{ form.subject|as_crispy_field }}"
        "{{ form.body|as_crispy_field }}{{ form.paper|as_crispy_field }}"
    )
    with translation.override("en"):
        lean = field.render(Context({"form": PreviewForm(channel="email", data=data)}))
        stock = field.render(Context({"form": _StockPreviewForm(channel="email", data=data)}))
    assert _tags_only(lean) == _tags_only(stock)
    assert "Thanks &lt;b&gt;" in lean or not data["subject"]


@pytest.mark.parametrize("form_class", [SituationForm, AssessmentForm, StructureForm])
def test_wizard_fields_carry_the_classes_crispy_would_give_them(form_class):
    kwargs = {"stage": "offer", "channel": "email", "reasons": ["other"]}
    form = form_class(prefix="x", **(kwargs if form_class is StructureForm else {}))
    crispy_field = Template("{% load crispy_forms_field %}{% crispy_field field 'class' css %}")
    for name, bound in form.fields.items():
        widget = bound.widget
        if widget.is_hidden or isinstance(widget, forms.RadioSelect):
            continue
        css = (
            "form-check-input"
            if isinstance(widget, forms.CheckboxInput)
            else "form-select"
            if isinstance(widget, forms.Select)
            else "form-control"
        )
        plain = forms.Form(prefix="x")
        plain.fields = {name: form_class.base_fields[name].__deepcopy__({})}
        expected = crispy_field.render(Context({"field": plain[name], "css": css}))
        assert str(form[name]) == expected, name


# --- the pages, end to end -------------------------------------------------------------------


@pytest.mark.django_db
def test_the_preview_still_shows_the_message_the_advice_and_the_quality_check(
    seeded, english_client
):
    html = walk_wizard(english_client).content.decode()
    assert _closing_block().text.strip() in html
    assert 'data-rule="gratitude"' in html
    assert 'id="id_decline_wizard-current_step"' in html


def test_only_pages_with_a_pdf_button_start_the_pdf_render_process(client, seeded, monkeypatch):
    from messages_app.pdf import worker

    fresh = worker.RenderWorker()
    monkeypatch.setattr(worker, "render_worker", fresh)
    try:
        client.get("/")
        answers = wizard_answers()
        for step in wizard.ANSWER_STEPS:
            client.get(wizard.step_url(step))
            post_wizard_step(client, step, answers)
        assert not fresh.started  # no PDF on these pages: nothing started
        assert client.get(wizard.step_url(wizard.STEP_PREVIEW)).status_code == 200
        assert fresh.started  # warming up while the person reads
    finally:
        fresh.stop()
