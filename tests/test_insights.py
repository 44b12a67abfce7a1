"""My declines: the counts (pure), the page's charts and tables, its empty
states, who sees what, and how many queries it costs."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from messages_app.choices import Purpose
from messages_app.insights import DeclineRow, known_reasons, month_range, summarise
from messages_app.insights_chart import WIDTH, bar_chart
from messages_app.models import Draft, Reflection
from tests.factories import DraftFactory, bulk_drafts, wizard_answers

URL = reverse("messages_app:insights")


def row(reasons=("another_offer",), stage="invitation", channel="email", day=date(2026, 3, 4)):
    return DeclineRow(reasons=list(reasons), stage=stage, channel=channel, day=day)


# --- the counts (no database) -------------------------------------------------


def test_reasons_are_counted_once_per_decline_most_given_first():
    with translation.override("en"):
        insights = summarise(
            [
                row(["culture", "another_offer"]),
                row(["culture", "culture"]),
                row(["location"]),
                row([]),
            ]
        )
    assert [(c.key, c.value) for c in insights.reasons] == [
        ("culture", 2),
        ("another_offer", 1),
        ("location", 1),
    ]
    assert insights.total == 4
    assert insights.with_reasons == 3
    assert insights.reasons[0].label == "The company culture does not suit me"


def test_unknown_or_malformed_answers_are_left_out_of_their_chart():
    assert known_reasons("culture") == []
    assert known_reasons(["culture", 3, None, "made_up"]) == ["culture"]
    insights = summarise([row(stage=None), row(stage="made_up"), row(stage="offer")])
    assert [(c.key, c.value) for c in insights.stages] == [("offer", 1)]


def test_stages_follow_the_process_and_channels_the_most_used():
    insights = summarise(
        [
            row(stage="offer", channel="phone"),
            row(stage="invitation", channel="phone"),
            row(stage="offer", channel="email"),
            row(stage="offer", channel="phone"),
        ]
    )
    assert [(c.key, c.value) for c in insights.stages] == [("invitation", 1), ("offer", 3)]
    assert [(c.key, c.value) for c in insights.channels] == [("phone", 3), ("email", 1)]


def test_months_run_from_the_first_decline_to_the_last_with_empty_months():
    insights = summarise(
        [row(day=date(2025, 11, 30)), row(day=date(2026, 2, 1)), row(day=date(2025, 11, 2))]
    )
    assert [(c.key, c.value) for c in insights.months] == [
        ("2025-11", 2),
        ("2025-12", 0),
        ("2026-01", 0),
        ("2026-02", 1),
    ]
    assert month_range(date(2026, 5, 9), date(2026, 4, 30)) == []


def test_no_declines_count_nothing():
    insights = summarise([])
    assert (insights.total, insights.reasons, insights.months) == (0, [], [])


def test_chart_bars_are_proportional_and_every_label_fits_the_chart():
    counts = summarise([row(["culture"]), row(["culture"]), row(["location"])]).reasons
    chart = bar_chart(
        slug="reasons",
        title="t",
        description="d",
        label_heading="Reason",
        value_heading="Declines",
        counts=counts,
    )
    culture, location = chart.bars
    assert culture.width == pytest.approx(2 * location.width)
    assert culture.value_x + 30 <= WIDTH
    long = [c.__class__(c.key, "word " * 30, c.value) for c in counts]
    wrapped = bar_chart(
        slug="x", title="t", description="d", label_heading="", value_heading="", counts=long
    )
    assert all(len(line.text) * 7 <= WIDTH for bar in wrapped.bars for line in bar.lines)
    assert wrapped.height > chart.height


# --- the page --------------------------------------------------------------


def decline(owner, reasons, *, stage="invitation", channel="email", **fields):
    return DraftFactory(
        owner=owner,
        channel=channel,
        answers=wizard_answers(reasons=list(reasons), stage=stage, channel=channel),
        **fields,
    )


def first_group(pattern: str, text: str) -> str:
    """The first group of `pattern` in `text`; the test fails if it is absent."""
    found = re.search(pattern, text, re.S)
    assert found is not None, f"{pattern!r} not found"
    return found.group(1)


def svg_values(html: str, slug: str) -> list[tuple[str, str]]:
    """(label, value) of each bar of the chart `slug`, as the SVG prints them."""
    figure = first_group(rf'data-chart="{slug}">(.*?)</figure>', html)
    rows = re.findall(r'<g class="chart-row">(.*?)</g>', figure, re.S)
    return [
        (
            " ".join(re.findall(r"<tspan[^>]*>([^<]*)</tspan>", r)),
            first_group(r'class="chart-value"[^>]*>([^<]*)<', r),
        )
        for r in rows
    ]


def table_values(html: str, slug: str) -> list[tuple[str, str]]:
    table = first_group(rf'data-table="{slug}">(.*?)</table>', html)
    return [
        (label.strip(), value.strip())
        for label, value in re.findall(
            r'<th scope="row"[^>]*>([^<]*)</th>\s*<td[^>]*>([^<]*)</td>', table
        )
    ]


def test_the_tables_hold_the_same_figures_as_the_charts(alice_client, alice):
    decline(alice, ["culture", "location"], stage="offer", channel="phone")
    decline(alice, ["culture"], stage="offer")
    decline(alice, ["another_offer"], stage="invitation")
    html = alice_client.get(URL).text
    assert table_values(html, "reasons") == [
        ("The company culture does not suit me", "2"),
        ("I accepted another offer", "1"),
        ("Location or commute", "1"),
    ]
    for slug in ("reasons", "stages", "channels", "months"):
        assert svg_values(html, slug) == table_values(html, slug), slug
    assert table_values(html, "stages") == [
        ("I was invited to an interview", "1"),
        ("I received an offer", "2"),
    ]
    assert table_values(html, "channels") == [("Email", "2"), ("Phone call", "1")]
    this_month = timezone.localdate().strftime("%B %Y")
    assert table_values(html, "months") == [(this_month, "3")]
    assert 'role="img"' in html and '<title id="reasons-chart-title">' in html
    assert "style=" not in html


def test_the_french_page_names_months_in_french_and_keeps_svg_numbers_plain(client, alice):
    client.force_login(alice)
    decline(alice, ["culture"])
    html = client.get(URL, HTTP_ACCEPT_LANGUAGE="fr").text
    assert "Mes refus" in html
    assert re.search(r'width="\d+(\.\d+)?"', html)
    assert not re.search(r'(width|x|y)="\d+,\d', html)


def test_only_declines_are_counted(alice_client, alice):
    decline(alice, ["culture"])
    decline(alice, ["location"], purpose=Purpose.ASK_INFO)
    decline(alice, ["location"], purpose=Purpose.RESCHEDULE)
    response = alice_client.get(URL)
    assert response.context["insights"].total == 1
    assert table_values(response.text, "reasons") == [("The company culture does not suit me", "1")]


def test_what_would_have_changed_my_mind_is_listed_with_its_draft(alice_client, alice):
    draft = decline(alice, ["culture"], company="Globex", position="Designer")
    Reflection.objects.create(draft=draft, change_of_mind="A <b>remote</b> day a week")
    other = decline(alice, ["culture"], company="Initech")
    Reflection.objects.create(draft=other, lessons="Ask earlier")
    html = alice_client.get(URL).text
    assert "A &lt;b&gt;remote&lt;/b&gt; day a week" in html
    assert f'href="{reverse("messages_app:draft_detail", args=[draft.pk])}"' in html
    assert "Designer at Globex" in html
    assert "Ask earlier" not in html


def test_empty_history_explains_what_will_appear_and_links_to_the_wizard(alice_client):
    html = alice_client.get(URL).text
    assert "No declines yet" in html
    assert "<svg" not in html
    assert reverse("messages_app:wizard_new") in html


def test_declines_without_reasons_say_so_and_still_show_the_other_charts(alice_client, alice):
    bulk_drafts(alice, 3)
    html = alice_client.get(URL).text
    assert "None of your declines names a reason yet" in html
    assert 'data-chart="reasons"' not in html
    assert table_values(html, "channels") == [("Email", "3")]


def test_bobs_reasons_never_appear_on_alices_page(alice_client, alice, bob):
    decline(alice, ["culture"])
    secret = decline(bob, ["personal"], company="Bob's secret")
    Reflection.objects.create(draft=secret, change_of_mind="Bob's own words")
    html = alice_client.get(URL).text
    assert table_values(html, "reasons") == [("The company culture does not suit me", "1")]
    assert "Personal circumstances" not in html
    assert "Bob's own words" not in html


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_the_header_links_to_the_page_for_signed_in_people_only(alice_client):
    assert f'href="{URL}"' in alice_client.get(reverse("messages_app:history")).text
    alice_client.logout()
    assert f'href="{URL}"' not in alice_client.get(reverse("messages_app:home")).text


# --- a bounded number of queries ----------------------------------------------


def _many(owner, count: int) -> None:
    bulk_drafts(owner, count)
    Draft.objects.filter(owner=owner).update(
        answers={"reasons": ["culture", "location"], "stage": "offer", "notes": "x" * 500}
    )
    for draft in Draft.objects.filter(owner=owner)[:20]:
        Reflection.objects.create(draft=draft, change_of_mind=f"Change {draft.pk}")


#: The session, the user, the declines' rows, the reflections' answers.
QUERIES = 4


@pytest.mark.parametrize("count", [1, 1000])
def test_the_page_costs_the_same_queries_for_1_or_1000_drafts(
    alice_client, alice, django_assert_num_queries, count
):
    _many(alice, count)
    with django_assert_num_queries(QUERIES):
        response = alice_client.get(URL)
    assert response.context["insights"].total == count
    assert table_values(response.text, "reasons")[0][1] == str(count)
    assert len(response.context["changes_of_mind"]) == min(count, 20)


def test_months_use_the_day_it_was_sent(alice_client, alice):
    sent = timezone.now() - timedelta(days=70)
    decline(alice, ["culture"], sent_at=sent, status="sent")
    months = alice_client.get(URL).context["insights"].months
    assert months[0].key == timezone.localtime(sent).strftime("%Y-%m")
