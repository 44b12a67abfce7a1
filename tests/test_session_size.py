"""One visitor cannot fill the session store: a step keeps one value per
single-value field, each cut near its field's limit, and a step larger than
any real answer is refused."""

from __future__ import annotations

import pytest
from django.contrib.sessions.models import Session
from django.urls import reverse

from messages_app import wizard
from messages_app.limits import NAME_MAX, NOTES_MAX

pytestmark = pytest.mark.django_db


def advice_url(step: str) -> str:
    return reverse("messages_app:wizard_advice", args=[step])


def stored_session_bytes(client) -> int:
    return len(Session.objects.get(pk=client.session.session_key).session_data)


def test_many_long_values_per_field_store_one_value_cut_near_its_limit(client, seeded):
    bloat = ["x" * 10_000] * 20
    data = {
        f"situation-{name}": bloat
        for name in wizard.STEPS_BY_NAME["situation"].form_class.base_fields
    }

    response = client.post(advice_url("situation"), data)

    assert response.status_code == 200
    raw = wizard.WizardState.for_request(client).raw("situation")
    assert raw.getlist("situation-company") == ["x" * (2 * NAME_MAX)]
    assert stored_session_bytes(client) < 32 * 1024


def test_three_bloated_steps_leave_a_small_session(client, seeded):
    for step in wizard.ANSWER_STEPS:
        names = wizard.STEPS_BY_NAME[step].form_class.base_fields
        client.post(advice_url(step), {f"{step}-{name}": ["y" * 10_000] * 20 for name in names})

    # The probe reached 4.5 MB this way; real answers stay far below this.
    assert stored_session_bytes(client) < 64 * 1024


def test_a_step_larger_than_any_real_answer_is_refused(client, seeded):
    wide = "\N{GRINNING FACE}"  # four bytes in UTF-8
    data = {
        "assessment-notes": wide * (2 * NOTES_MAX),
        "assessment-reasons": [wide * 200] * 20,
    }

    response = client.post(advice_url("assessment"), data)

    assert response.status_code == 400
    assert wizard.SESSION_KEY not in client.session or (
        wizard.WizardState.for_request(client).raw("assessment") is None
    )


def test_a_real_over_long_paste_is_kept_to_show_its_error(client, seeded):
    pasted = "word " * (NOTES_MAX // 5 + 40)  # a little over the limit

    client.post(advice_url("assessment"), {"assessment-notes": pasted})

    raw = wizard.WizardState.for_request(client).raw("assessment")
    assert raw["assessment-notes"] == pasted
