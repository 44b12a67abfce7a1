"""The wizard's "Learn more": every piece of advice the wizard can give
leads to the guide page that explains it, and those pages exist."""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from guide.loading import load_guide
from guide.rendering import render_markdown
from guide.source import shipped_pages
from messages_app import advice, wizard
from messages_app.advice.common import GUIDE_FOR_STEP, GUIDE_PAGES, Advice, guide_page_for
from messages_app.choices import (
    Basis,
    Certainty,
    Channel,
    Purpose,
    Rapport,
    ReasonKey,
    Researched,
    Stage,
)
from tests.factories import post_wizard_step, wizard_answers

TODAY = date(2026, 12, 2)
LEARN_MORE = re.compile(
    r'<a class="advice-more link-body-emphasis" href="([^"]+)" aria-label="Learn more: [^"]+">'
)


@pytest.fixture
def guide(db):
    """The shipped pages, even after a transactional test flushed the table."""
    load_guide()


def _anchors() -> dict[tuple[str, str], set[str]]:
    return {
        (page.language, page.slug): set(re.findall(r'id="([^"]+)"', render_markdown(page.body)))
        for page in shipped_pages()
    }


def every_advice_code() -> set[str]:
    """The codes of all the advice the rules can give, whatever the answers."""
    items: list[Advice] = []
    dates = [None, *(TODAY + timedelta(days=d) for d in (-1, 0, 2, 10))]
    for when, certainty, channel in itertools.product(
        dates, ["", *Certainty.values], ["", *Channel.values]
    ):
        items += advice.timing_advice(
            interview_date=when, today=TODAY, certainty=certainty, channel=channel
        )
    for stage in Stage.values:
        items += advice.stage_advice(stage=stage)
    for certainty, basis, researched in itertools.product(
        Certainty.values, Basis.values, Researched.values
    ):
        items += advice.certainty_advice(certainty=certainty, basis=basis, researched=researched)
    for certainty, purpose in itertools.product(Certainty.values, Purpose.values):
        items += advice.purpose_advice(certainty=certainty, purpose=purpose)
        items += advice.timing_advice(
            interview_date=TODAY + timedelta(days=2), today=TODAY, purpose=purpose
        )
    items += advice.reasons_advice(reasons=ReasonKey.values)
    for stage, apology, feedback, door, detail, purpose in itertools.product(
        Stage.values,
        [True, False],
        [True, False],
        [True, False],
        ["none", "general", "specific"],
        Purpose.values,
    ):
        items += advice.structure_advice(
            stage=stage,
            channel=Channel.SMS,
            reason_detail=detail,
            include_apology=apology,
            include_feedback=feedback,
            include_door_open=door,
            length="standard",
            purpose=purpose,
        )
    for invitation, chosen, rapport in itertools.product(
        Channel.values, Channel.values, Rapport.values
    ):
        recommendation = advice.recommend_channel(
            invitation_channel=invitation, stage=Stage.INVITATION, rapport=rapport
        )
        items += advice.chosen_channel_advice(chosen=chosen, recommendation=recommendation)
    codes = {item.code for item in items}
    return codes | {f"reasons.hint.{key}" for key in ReasonKey.values}


def test_every_advice_the_wizard_gives_has_a_guide_page():
    codes = every_advice_code()
    assert {"timing.urgent", "certainty.unsure", "channel.discouraged", "apology.missing"} <= codes
    assert not [code for code in sorted(codes) if not guide_page_for(code)]


@pytest.mark.parametrize("target", sorted({*GUIDE_PAGES.values(), *GUIDE_FOR_STEP.values()}))
def test_every_learn_more_target_is_a_shipped_page_in_both_languages(target):
    slug, _, anchor = target.partition("#")
    anchors = _anchors()
    for language in ("fr", "en"):
        assert (language, slug) in anchors, (language, slug)
        if anchor:
            assert anchor in anchors[(language, slug)], (language, target)


def test_the_most_specific_prefix_wins():
    assert guide_page_for("reasons.hint.culture") == "common-reasons"
    assert guide_page_for("reasons.hint.better_offer") == "scenarios#better-offer"
    assert guide_page_for("stage.accepted") == "scenarios#after-accepting"
    assert guide_page_for("unknown.code") == ""


def test_a_learn_more_link_is_named_for_screen_readers_and_stays_in_the_tab():
    item = Advice("channel.discouraged", advice.WARNING, "Not advised.", field="channel")
    with translation.override("en"):
        html = render_to_string("messages_app/wizard/_advice_item.html", {"item": item})
    assert (
        '<a class="advice-more link-body-emphasis" href="/guide/choosing-the-channel/"'
        ' aria-label="Learn more: Choosing the channel">Learn more</a>'
    ) in html
    assert "target=" not in html
    with translation.override("fr"):
        html = render_to_string("messages_app/wizard/_advice_item.html", {"item": item})
    assert 'aria-label="En savoir plus\u00a0: Choisir le canal">En savoir plus</a>' in html
    plain = Advice("none.such", advice.INFO, "Plain.")
    assert "advice-more" not in render_to_string(
        "messages_app/wizard/_advice_item.html", {"item": plain}
    )


def _learn_more_hrefs(client, step: str) -> list[str]:
    response = client.get(wizard.step_url(step))
    assert response.status_code == 200
    return LEARN_MORE.findall(response.text)


@pytest.mark.django_db
def test_learn_more_from_the_advice_of_steps_1_to_3_opens_existing_pages(
    seeded, guide, english_client
):
    answers = wizard_answers(
        stage=Stage.ACCEPTED,
        interview_date=date.today() + timedelta(days=2),
        certainty=Certainty.UNSURE,
        basis=Basis.FEELINGS,
        researched=Researched.NO,
        reasons=[ReasonKey.CULTURE],
        channel=Channel.SMS,
    )
    hrefs: dict[str, list[str]] = {}
    for step in (wizard.STEP_SITUATION, wizard.STEP_ASSESSMENT, wizard.STEP_CHANNEL):
        assert post_wizard_step(english_client, step, answers).status_code == 302
        hrefs[step] = _learn_more_hrefs(english_client, step)
    assert "/guide/scenarios/#after-accepting" in hrefs[wizard.STEP_SITUATION]
    assert "/guide/when-to-decline/" in hrefs[wizard.STEP_SITUATION]
    assert "/guide/self-assessment/" in hrefs[wizard.STEP_ASSESSMENT]
    assert "/guide/choosing-the-channel/" in hrefs[wizard.STEP_CHANNEL]
    for href in set(itertools.chain.from_iterable(hrefs.values())):
        path, _, anchor = href.partition("#")
        page = english_client.get(path)
        assert page.status_code == 200, href
        if anchor:
            assert f'id="{anchor}"' in page.text, href


@pytest.mark.django_db
@pytest.mark.parametrize("step", wizard.ANSWER_STEPS)
def test_every_step_links_to_the_guide_page_it_puts_into_practice(seeded, guide, client, step):
    for earlier in wizard.ANSWER_STEPS[: wizard.ANSWER_STEPS.index(step)]:
        assert post_wizard_step(client, earlier, wizard_answers()).status_code == 302
    html = client.get(wizard.step_url(step), HTTP_ACCEPT_LANGUAGE="fr").text
    slug = GUIDE_FOR_STEP[step]
    match = re.search(rf'<a class="guide-step-link" href="/guide/{slug}/">([^<]+)</a>', html)
    assert match, step
    assert match.group(1).startswith("Dans le guide\u00a0: ")
    assert client.get(reverse("guide:page", args=[slug])).status_code == 200


@pytest.mark.django_db
def test_the_pages_after_sending_link_to_the_guide_page_they_put_into_practice(alice_client, alice):
    from messages_app.models import DraftStatus
    from tests.factories import DraftFactory

    draft = DraftFactory.create(owner=alice, status=DraftStatus.SENT)
    pages = {
        reverse("messages_app:draft_detail", args=[draft.pk]): "/guide/handling-reactions/",
        reverse("messages_app:draft_reflection", args=[draft.pk]): "/guide/reflecting-afterwards/",
        reverse("messages_app:insights"): "/guide/reflecting-afterwards/",
    }
    for url, guide in pages.items():
        assert f'href="{guide}"' in alice_client.get(url).text, url
        assert alice_client.get(guide).status_code == 200
