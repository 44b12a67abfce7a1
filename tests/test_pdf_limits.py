"""Render limits: no text within the field caps stalls the PDF renderer, and
no client can keep the renderers (or the web workers) to itself.

- Normalisation: every Unicode format character (Cf), combining mark (Mn, Me,
  and Mc), bidi control and joiner, grouped by class and laid out in the
  patterns that hurt (one after every letter, stacked on one letter, inside
  long words, inside short words), fills every field at its cap and goes
  through the real pipeline (templates → render worker → WeasyPrint) and
  comes out as a PDF (tests/pdf_sweep.py holds the cases; bench/pdf_sweep.py
  times them).
- Throttle: allauth's `pdf_render` rates, per session and per client IP.
- Render slot: a request that finds the server's render slot taken gets the
  "busy" answer at once (after `SLOT_WAIT`, a tenth of a second), its
  text kept.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.contrib.messages import get_messages
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from messages_app import pdf, wizard
from messages_app.choices import Channel
from messages_app.composer import ComposedMessage
from messages_app.pdf.document import MAX_LINES_PER_PAGE
from messages_app.pdf.html import (
    BIDI_POP_EMBEDDING,
    BIDI_POP_ISOLATE,
    DROPPED_FORMAT_CHARACTERS,
    MAX_ATTACHED_RUN,
    MAX_BIDI_DEPTH,
    MAX_FORMAT_RUN,
    MAX_RUN,
    ZWSP,
)
from messages_app.pdf.slots import SLOT_WAIT
from messages_app.pdf.worker import render_worker
from tests.clients import FormClient
from tests.factories import DraftFactory
from tests.pdf_sweep import (
    SWEEP_CHANNELS,
    character_classes,
    characters_by_category,
    sweep_document,
    sweep_keys,
)

PDF_URL = reverse("messages_app:preview_pdf")
PREVIEW_URL = reverse("messages_app:wizard_step", kwargs={"step": "preview"})
#: How long a "busy" answer may take, on a busy machine (the slot wait is 0.1 s).
BUSY_ANSWER_S = 1.0

THROTTLED_EN = "Too many PDFs in a short time: please try again in a minute."
THROTTLED_FR = "Trop de PDF en peu de temps\u00a0: veuillez réessayer dans une minute."
BUSY_EN = "The PDF service is busy. Your text is kept: please try again in a moment."
BUSY_FR = "Le service PDF est occupé. Votre texte est conservé\u00a0: réessayez dans un instant."


@pytest.fixture(autouse=True)
def own_render_slots(settings, tmp_path: Path) -> Path:
    """This test's own slot files: other test runs on the machine (or a
    benchmark) holding the shared slot must not make these tests wait."""
    settings.PDF_RENDER_SLOT_DIR = str(tmp_path / "slots")
    return tmp_path / "slots"


# --- normalisation: every character -----------------------------------------------


@pytest.mark.parametrize("category", ["Cf", "Mn", "Me", "Mc"])
def test_no_invisible_or_combining_character_can_pile_up(category: str) -> None:
    """Each character of the category, 100 in a row on one letter, comes out
    capped (or gone, for the invisible ones dropped outright)."""
    closers = {BIDI_POP_EMBEDDING, BIDI_POP_ISOLATE}
    for char in characters_by_category()[category]:
        tamed = pdf.tame_invisibles("a" + char * 100 + " b")
        run, found, after = tamed.partition(" b")
        assert found and run.startswith("a"), hex(ord(char))
        assert set(after) <= closers, hex(ord(char))  # the bidi levels left open, closed
        kept = len(run) - 1
        if char in DROPPED_FORMAT_CHARACTERS or char in closers:
            assert kept == 0, hex(ord(char))  # (a closer with nothing to close)
        elif category == "Cf":
            assert 1 <= kept <= MAX_FORMAT_RUN, hex(ord(char))
        else:
            assert 1 <= kept <= MAX_ATTACHED_RUN, hex(ord(char))


def test_marks_and_joiners_taking_turns_are_capped_together() -> None:
    # A cap per kind alone would let an alternating pile through.
    tamed = pdf.tame_invisibles("a" + "\u0301\u200d" * 2000)
    assert len(tamed) == 1 + MAX_ATTACHED_RUN


def test_bidi_controls_stay_balanced_shallow_and_closed() -> None:
    lre, rle, pdf_, lri, rli, pdi = "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2069"
    # What the bidi algorithm would ignore goes: closers with nothing to close.
    assert pdf.tame_invisibles(f"a{pdf_}b{pdi}c") == "abc"
    # A PDF cannot close an isolate.
    assert pdf.tame_invisibles(f"{lri}a{pdf_}b{pdi}") == f"{lri}ab{pdi}"
    # A PDI closes its isolate and the embeddings opened inside it.
    assert pdf.tame_invisibles(f"{lri}{rle}a{pdi}b") == f"{lri}{rle}a{pdi}b"
    # At most MAX_BIDI_DEPTH levels open, and the field closes its own levels.
    deep = pdf.tame_invisibles("".join(f"{rle}{rli}x" for _ in range(200)))
    assert deep.count("x") == 200
    assert deep.count(rle) + deep.count(rli) == MAX_BIDI_DEPTH
    assert deep.endswith(pdi + pdf_ + pdi + pdf_)
    assert pdf.tame_invisibles(f"ACME {lre}Corp") == f"ACME {lre}Corp{pdf_}"


def test_what_people_write_is_left_exactly_as_typed() -> None:
    texts = [
        "Très chère équipe, l’œuvre « Ça » : je décline\u202f!",
        "Cafe\u0301 cre\u0300me, Tiê\u0301ng Viê\u0323t",  # decomposed accents stay decomposed
        "مَرْحَبًا بِكُمْ، شكراً جزيلاً",
        "שָׁלוֹם עֲלֵיכֶם",
        "क्षत्रिय नमस्ते",
        "谢谢您的邀请",
        "می\u200cخواهم",  # Persian needs its zero-width non-joiner
        "👩🏽\u200d💻 👨\u200d👩\u200d👧\u200d👦 ❤\ufe0f 1\ufe0f\u20e3 🇫🇷",
        "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",  # Scotland's flag
        "Tel: \u2066+33 1 23 45 67 89\u2069 \u200fشكرا",
    ]
    for text in texts:
        assert pdf.tame_invisibles(text) == text


def test_soft_hyphens_and_other_invisible_characters_are_removed() -> None:
    assert pdf.tame_invisibles("in\u00adter\u00adna\u00adtio\u00adnal") == "international"
    assert pdf.tame_invisibles("\ufeffBonjour\u2062\u180e") == "Bonjour"


def test_long_runs_are_cut_between_letters_never_inside_one() -> None:
    for unit in ("👩🏽\u200d💻", "🇫🇷", "e\u0301", "ש\u05c1\u05b8", "a\u20dd", "1\ufe0f\u20e3"):
        run = unit * 200
        broken = pdf.printable(run)
        pieces = broken.split(ZWSP)
        assert broken.replace(ZWSP, "") == run
        assert len(pieces) > 1
        assert all(piece.startswith(unit) for piece in pieces), unit
        assert max(len(piece) for piece in pieces) <= MAX_RUN


# --- normalisation: the real render ---------------------------------------------


def extract(content: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(content))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def squash(text: str) -> str:
    """Extracted text without the spaces and line breaks the layout adds (and
    the NULs pypdf leaves between the letters of a fallback font's text)."""
    text = text.replace(ZWSP, "").replace("\x00", "")
    return unicodedata.normalize("NFC", re.sub(r"[ \t\r\n]+", "", text))


@pytest.fixture(scope="module")
def ready_worker() -> None:
    """Rendering starts from a warm worker: its start-up is not a render."""
    render_worker.wait_until_ready()


MADE_OF_LINE_BREAKS = {
    "visible: blank lines",
    "visible: line breaks",
    "visible: line separators",
    "visible: the most line breaks allowed",
}


@pytest.mark.parametrize(
    ("case", "channel"),
    sweep_keys(every_pattern=False),
    ids=lambda value: re.sub(r"\W+", "-", str(value)).strip("-"),
)
def test_every_invisible_character_class_at_the_field_caps_renders(
    case, channel, ready_worker, settings
):
    """The sweep: 38 documents through the real pipeline (each character class
    in its hardest pattern, in both layouts; bench/pdf_sweep.py times all 80). Each
    gives a PDF within the page limit, or (only the documents made of line
    breaks) the clear "too many pages" refusal; none crashes the renderer.
    How long each one takes is bench/pdf_sweep.py's job (budget: 2 s)."""
    settings.PDF_RENDER_TIMEOUT = 30  # a loaded test machine must not fail this
    try:
        reader, _ = extract(pdf.render_pdf(sweep_document(case, channel)))
    except pdf.PdfTooManyPagesError:
        assert case in MADE_OF_LINE_BREAKS
    else:
        assert 1 <= len(reader.pages) <= settings.PDF_MAX_PAGES


def test_the_sweep_covers_every_character_class_in_both_layouts() -> None:
    keys = sweep_keys(every_pattern=False)
    assert len(keys) == 38
    assert len(sweep_keys()) == 80
    for channel in SWEEP_CHANNELS:
        covered = {case for case, on in keys if on == channel}
        assert all(any(case.startswith(name) for case in covered) for name in character_classes())


def test_a_soft_hyphen_body_renders_within_the_time_limit_and_its_words_survive(
    ready_worker,
) -> None:
    """'a\\u00ad' * 1200 used to run the renderer to its time limit."""
    words = "in\u00adter\u00adna\u00adtio\u00adnal ex\u00adtra\u00ador\u00addi\u00adnaire "
    body = "a\u00ad" * 1200 + "\n\n" + words * 40
    message = ComposedMessage(language="fr", channel=Channel.EMAIL, body=body)
    document = pdf.document_for(
        message, subject="Objet", body=body, company="Brasserie Lumière", position="Vendeur"
    )
    _, text = extract(pdf.render_pdf(document))  # the default time limit applies

    page = squash(text)
    assert "a" * 1200 in page
    assert page.count("internationalextraordinaire") == 40
    assert "\u00ad" not in text


def test_more_lines_than_the_pages_can_hold_are_refused_before_layout() -> None:
    max_pages = int(django_settings.PDF_MAX_PAGES)
    lines = MAX_LINES_PER_PAGE * max_pages + 1
    message = ComposedMessage(language="fr", channel=Channel.EMAIL, body="")
    document = pdf.document_for(
        message, subject="Objet", body="a\u2028" * lines, company="C", position="P"
    )
    started = time.perf_counter()
    with pytest.raises(pdf.PdfTooManyPagesError) as excinfo:
        pdf.render_pdf(document)
    assert time.perf_counter() - started < 0.1  # nothing was laid out
    with translation.override("en"):
        assert f"longer than {max_pages} pages" in str(excinfo.value.user_message)


def test_accents_and_right_to_left_scripts_survive_the_normalisation(ready_worker) -> None:
    lines = [
        "Très chère équipe, l’œuvre « Ça » : je décline\u202f!",
        "Cafe\u0301 cre\u0300me",
        "مَرْحَبًا بِكُمْ",
        "שָׁלוֹם",
        "Αγαπητή ομάδα, Уважаемая команда",
    ]
    body = "\n\n".join(lines)
    message = ComposedMessage(language="fr", channel=Channel.EMAIL, body=body)
    document = pdf.document_for(
        message, subject="Objet", body=body, company="Brasserie", position="Vendeur"
    )
    _, text = extract(pdf.render_pdf(document))
    page = squash(text)
    for line in lines:
        assert squash(line) in page, line


# --- the throttle -----------------------------------------------------------------


def load_answers(client: Client, answers: dict[str, Any]) -> None:
    request = RequestFactory().get("/")
    request.session = client.session
    wizard.restore_wizard(request, answers)
    request.session.save()


def visitor(language: str = "en", **headers: Any) -> FormClient:
    """A fresh browser (its own session) with wizard answers for a call script."""
    client = FormClient(HTTP_ACCEPT_LANGUAGE=language, **headers)
    load_answers(
        client,
        {
            **wizard.ANSWER_DEFAULTS,
            **{
                "company": "Brasserie Lumière",
                "position": "Responsable des ventes",
                "invitation_channel": Channel.PHONE,
                "stage": "invitation",
                "rapport": "some",
                "message_language": "fr",
                "sender_name": "Jules Martin",
                "sender_contact": "",
                "reasons": ["another_offer"],
                "basis": "facts",
                "researched": "yes",
                "certainty": "sure",
                "channel": Channel.PHONE,
                "reason_detail": "general",
            },
        },
    )
    return client


def post_pdf(client: Client, body: str = "Bonjour, je vous appelle.") -> Any:
    return client.post(PDF_URL, {"body": body, "paper": "a4"})


def flash(response: Any) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def is_pdf(response: Any) -> bool:
    return response.status_code == 200 and response["Content-Type"] == "application/pdf"


#: Small rates keep the tests short; the mechanism is the one in production.
RATES = "4/m/ip,2/m/key"


@pytest.fixture
def small_rates(settings) -> None:
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "pdf_render": RATES}


def test_pdf_renders_are_limited_per_ip_and_per_session_in_the_settings() -> None:
    rates = django_settings.ACCOUNT_RATE_LIMITS["pdf_render"]
    assert sorted(part.rsplit("/", 1)[1] for part in rates.split(",")) == ["ip", "key"]


@pytest.mark.parametrize(("language", "expected"), [("en", THROTTLED_EN), ("fr", THROTTLED_FR)])
def test_one_session_asking_too_often_is_refused_and_keeps_its_text(
    seeded, small_rates, language: str, expected: str
) -> None:
    client = visitor(language)
    assert is_pdf(post_pdf(client)) and is_pdf(post_pdf(client))

    typed = "Mon texte retouché, à ne pas perdre."
    started = time.perf_counter()
    refused = post_pdf(client, body=typed)
    assert time.perf_counter() - started < 1.0  # refused before any render

    assert refused.status_code == 302
    assert refused["Location"] == PREVIEW_URL
    assert flash(refused) == [expected]
    page = client.get(PREVIEW_URL)
    assert typed in page.content.decode()


def test_other_sessions_are_still_served_until_the_ip_limit(seeded, small_rates) -> None:
    first, second, third = visitor(), visitor(), visitor()
    assert is_pdf(post_pdf(first)) and is_pdf(post_pdf(first))
    assert not is_pdf(post_pdf(first))  # this session's limit
    assert is_pdf(post_pdf(second))  # another session, same address
    # Four renders from this address in the minute (the refused one counts too).
    refused = post_pdf(third)
    assert refused.status_code == 302
    assert flash(refused) == [THROTTLED_EN]
    elsewhere = visitor(REMOTE_ADDR="198.51.100.7")
    assert is_pdf(post_pdf(elsewhere))


def test_behind_the_proxy_each_real_client_ip_has_its_own_count(
    seeded, small_rates, settings
) -> None:
    """With one trusted proxy, the address it saw (the last X-Forwarded-For
    entry) is the client's, not the proxy's own address."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1

    def behind_proxy(client_ip: str) -> FormClient:
        return visitor(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=f"1.2.3.4, {client_ip}")

    for _ in range(2):  # two sessions, same real client: 4 renders
        client = behind_proxy("203.0.113.5")
        assert is_pdf(post_pdf(client)) and is_pdf(post_pdf(client))
    assert not is_pdf(post_pdf(behind_proxy("203.0.113.5")))
    assert is_pdf(post_pdf(behind_proxy("203.0.113.9")))  # everyone else behind the proxy


def test_draft_pdfs_are_throttled_too(alice_client, alice, seeded, small_rates) -> None:
    draft = DraftFactory.create(owner=alice, company="Acme Robotics")
    url = reverse("messages_app:draft_pdf", args=[draft.pk])
    assert is_pdf(alice_client.get(url)) and is_pdf(alice_client.get(url))

    refused = alice_client.get(url)
    assert refused.status_code == 302
    assert refused["Location"] == reverse("messages_app:draft_detail", args=[draft.pk])
    assert flash(refused) == [THROTTLED_EN]


# --- the render slot ---------------------------------------------------------------


def test_while_the_slot_is_held_a_pdf_request_is_told_busy_quickly(seeded, ready_worker) -> None:
    client = visitor("fr")
    typed = "Texte tapé pendant que le service est occupé."
    with pdf.render_slot():
        started = time.perf_counter()
        response = post_pdf(client, body=typed)
        elapsed = time.perf_counter() - started

    assert SLOT_WAIT <= elapsed < BUSY_ANSWER_S
    assert response.status_code == 302
    assert response["Location"] == PREVIEW_URL
    assert flash(response) == [BUSY_FR]
    assert typed in client.get(PREVIEW_URL).content.decode()
    assert is_pdf(post_pdf(client, body=typed))  # the slot is free again


def test_a_draft_pdf_is_told_busy_too(alice_client, alice, seeded, ready_worker) -> None:
    draft = DraftFactory.create(owner=alice, company="Acme Robotics")
    with pdf.render_slot():
        response = alice_client.get(reverse("messages_app:draft_pdf", args=[draft.pk]))
    assert response.status_code == 302
    assert flash(response) == [BUSY_EN]


def test_with_two_slots_one_held_the_other_renders(seeded, settings) -> None:
    settings.PDF_RENDER_SLOTS = 2
    with pdf.render_slot():
        assert is_pdf(post_pdf(visitor()))


HOLD_SLOT = """
import sys, time
import django
django.setup()
from django.conf import settings
settings.PDF_RENDER_SLOT_DIR = sys.argv[1]
from messages_app import pdf
with pdf.render_slot():
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


@pytest.mark.slow
def test_a_render_in_another_server_process_holds_the_slot(
    seeded, own_render_slots, ready_worker
) -> None:
    """The slot is shared by processes: what a second gunicorn worker sees."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_SLOT, str(own_render_slots), "20"],
        cwd=django_settings.BASE_DIR,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        started = time.perf_counter()
        response = post_pdf(visitor())
        assert time.perf_counter() - started < BUSY_ANSWER_S
        assert flash(response) == [BUSY_EN]
    finally:
        holder.kill()
        holder.wait(timeout=10)
    assert is_pdf(post_pdf(visitor()))  # released when its holder died
