"""PDF export: what the printed page says, and how the download behaves.

PDFs are checked by their extracted text (pypdf), rendered by the real
pipeline (templates → render worker → WeasyPrint) from messages composed with
the seed content.
"""

from __future__ import annotations

import dataclasses
import datetime
import io
import re
import subprocess
import sys
import time
from typing import Any

import pytest
from django.conf import settings
from django.contrib.messages import get_messages
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from messages_app import pdf, wizard
from messages_app.choices import Channel, Reaction
from messages_app.composer import ComposedMessage, Reply, compose
from messages_app.pdf.assets import ASSETS_DIR
from messages_app.pdf.fonts import trimmed_fonts
from messages_app.pdf.html import RUN_PIECE, ZWSP
from messages_app.pdf.worker import render_worker
from messages_app.placeholders import PLACEHOLDERS, fill
from tests.clients import FormClient
from tests.processes import server_environment

PDF_URL = reverse("messages_app:preview_pdf")
PREVIEW_URL = reverse("messages_app:wizard_step", kwargs={"step": "preview"})


@pytest.fixture(autouse=True)
def own_render_slots(settings, tmp_path) -> None:
    """This test's own render slot (pdf.render_slot): another test run on the
    machine rendering at the same moment must not make it "busy"."""
    settings.PDF_RENDER_SLOT_DIR = str(tmp_path / "slots")


ANSWERS: dict[str, Any] = {
    **wizard.ANSWER_DEFAULTS,
    "company": "Brasserie Lumière",
    "position": "Responsable des ventes",
    "contact_name": "Claire Dubois",
    "invitation_channel": Channel.EMAIL,
    "stage": "invitation",
    "rapport": "some",
    "message_language": "fr",
    "sender_name": "Jules Martin",
    "sender_contact": "jules.martin@example.org",
    "reasons": ["another_offer"],
    "basis": "facts",
    "researched": "yes",
    "certainty": "sure",
    "channel": Channel.PHONE,
    "reason_detail": "general",
    "include_door_open": True,
}


def answers_for(channel: str, language: str, **changes: Any) -> dict[str, Any]:
    english = {"company": "Northwind Traders", "position": "Sales Manager"}
    base = {**ANSWERS, **(english if language == "en" else {})}
    return {**base, "channel": channel, "message_language": language, **changes}


def extract(content: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(content))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces made single spaces: the PDF
    wraps lines where it likes. No-break spaces are kept: they are content."""
    return re.sub(r"[ \t\r\n]+", " ", text.replace(ZWSP, "")).strip()


def squash(text: str) -> str:
    """Text without any line break or space: where a line wraps inside a word
    (after a slash, say), the extracted text gets a space the user never typed."""
    return re.sub(r"[ \t\r\n]+", "", text.replace(ZWSP, ""))


def decision_sentence(catalog, request) -> str:
    template = catalog.index.get(
        "decision", request.language, request.channel, request.tone, request.scenario
    )
    assert template, "the seed content has a decision block"
    values = {name: getattr(request, name, "") for name in PLACEHOLDERS if hasattr(request, name)}
    return fill(template, values)


def render(document: pdf.PdfDocument) -> tuple[PdfReader, str]:
    return extract(pdf.render_pdf(document))


# --- every channel, both languages ---------------------------------------------


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("channel", Channel.values)
def test_each_channel_prints_company_position_decision_and_its_own_parts(
    catalog, channel: str, language: str
) -> None:
    answers = answers_for(channel, language)
    request = wizard.message_request_from_answers(answers)
    message = compose(request, catalog)
    document = pdf.document_for(
        message,
        subject=message.subject,
        body=message.body,
        sender_name=answers["sender_name"],
        sender_contact=answers["sender_contact"],
        company=answers["company"],
        position=answers["position"],
    )
    reader, text = render(document)
    page = flat(text)

    assert len(reader.pages) == 1, "a normal message fits on one page"
    assert answers["company"] in page
    assert answers["position"] in page
    assert flat(decision_sentence(catalog, request)) in page
    assert flat(message.body) in page
    for reminder in message.reminders:
        if channel != Channel.EMAIL:  # the email PDF is the letter alone
            assert flat(reminder) in page
    if channel == Channel.EMAIL:
        assert flat(message.subject) in page
        assert answers["sender_contact"] in page
        assert answers["sender_name"] in page
    if message.is_spoken:
        assert message.points and message.replies
        for point in message.points:
            assert flat(point) in page
        for reply in message.replies:
            assert flat(reply.text) in page
    if channel == Channel.PHONE:
        assert message.call_time
        assert flat(message.call_time) in page
    if language == "en":
        labels = {
            Channel.PHONE: ["When to call", "What to say", "Points to cover", "Reminders"],
            Channel.IN_PERSON: ["What to say", "Points to cover", "Reminders"],
            Channel.SMS: ["The message", "Reminders"],
            Channel.EMAIL: ["Subject:"],
        }[Channel(channel)]
        for label in labels:
            assert label.upper() in page.upper()
        if channel == Channel.IN_PERSON:
            assert "WHEN TO CALL" not in page.upper()


def _spoken_document(**changes: Any) -> pdf.PdfDocument:
    message = ComposedMessage(
        language="fr",
        channel=Channel.PHONE,
        body="Bonjour, je vous appelle au sujet de l’entretien.\n\nMerci encore.",
        points=("Remercier", "Annoncer la décision"),
        replies=(
            Reply(reaction=Reaction.POSITIVE, text="Merci de votre compréhension."),
            Reply(reaction=Reaction.DISAPPOINTED, text="Je comprends tout à fait."),
            Reply(reaction=Reaction.WHY, text="J’ai accepté une autre offre."),
        ),
        call_time="Pendant les heures de bureau.",
        reminders=("Préparez vos points.",),
    )
    fields: dict[str, Any] = {
        "subject": "",
        "body": message.body,
        "sender_name": "Jules",
        "sender_contact": "",
        "company": "Brasserie Lumière",
        "position": "Responsable des ventes",
    }
    fields.update(changes)
    return pdf.document_for(message, **fields)


def test_french_accents_and_typography_come_back_intact() -> None:
    body = (
        "Très chère équipe, à propos de l’œuvre « Ça » : je décline\u202f! "
        "Noël, maïs, où, çà et là. ŒUVRE, Ça, À, É, È."
    )
    document = _spoken_document(company="Société d’Œnologie", position="Chargé « senior »")
    document = dataclasses.replace(document, body=body)
    _, text = render(document)
    page = flat(text)

    for word in ("Très chère équipe", "l’œuvre", "« Ça »", "décline\u202f!", "Noël, maïs, où, çà"):
        assert word in page
    assert "ŒUVRE, Ça, À, É, È." in page
    assert "Société d’Œnologie" in page
    assert "Chargé « senior »" in page


def test_date_is_written_in_the_message_language_whatever_the_interface() -> None:
    day = datetime.date(2026, 3, 3)
    with translation.override("en"):
        _, french = render(dataclasses.replace(_spoken_document(), date=day))
    with translation.override("fr"):
        _, english = render(dataclasses.replace(_spoken_document(), language="en", date=day))

    assert "3 mars 2026" in french
    assert "March 3, 2026" in english
    assert 'lang="fr"' in pdf.render_html(_spoken_document())


def test_labels_follow_the_message_language_not_the_interface() -> None:
    with translation.override("fr"):
        french_label = translation.gettext("When to call")
    assert french_label != "When to call", "the French catalogue is compiled (make messages)"

    with translation.override("en"):
        _, french_pdf = render(_spoken_document())
    with translation.override("fr"):
        _, english_pdf = render(dataclasses.replace(_spoken_document(), language="en"))

    assert french_label.upper() in flat(french_pdf).upper()
    assert "WHEN TO CALL" not in flat(french_pdf).upper()
    assert "WHEN TO CALL" in flat(english_pdf).upper()
    assert french_label.upper() not in flat(english_pdf).upper()


@pytest.mark.parametrize("paper", [pdf.Paper.A4, pdf.Paper.LETTER])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_fullest_call_script_still_fits_one_sheet(catalog, language: str, paper: str) -> None:
    answers = answers_for(
        Channel.PHONE,
        language,
        stage="several",
        reasons=["culture"],
        reason_detail="specific",
        include_apology=True,
        include_stay_in_touch=True,
        stay_in_touch_link="https://www.linkedin.com/in/jules-martin-1234",
        include_feedback=True,
        feedback="Le processus était très bien organisé et j’ai beaucoup appris.",
    )
    message = compose(wizard.message_request_from_answers(answers), catalog)
    document = pdf.document_for(
        message,
        subject="",
        body=message.body,
        company=answers["company"],
        position=answers["position"],
        paper=paper,
    )
    reader, text = render(document)

    assert len(reader.pages) == 1
    assert flat(message.body) in flat(text)
    for reply in message.replies:
        assert flat(reply.text) in flat(text)


def test_pdf_fonts_are_the_bundled_ones_embedded() -> None:
    reader, _ = render(_spoken_document())
    resources: Any = reader.pages[0]["/Resources"]
    fonts = resources["/Font"]
    names = [str(font.get_object()["/BaseFont"]) for font in fonts.values()]
    assert names and all("Decliner" in name for name in names)
    for font in fonts.values():
        descendant = font.get_object()["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in descendant["/FontDescriptor"]  # embedded, not referenced


FRENCH_SAMPLE = (
    "Très chère équipe : l’œuvre « Ça » — ŒUVRE, À, É, È, Ç, Ï, Ô, Ù, Ÿ, æ, €, … "
    "\u00a0\u202f\u200b •"
)


@pytest.fixture(scope="module")
def trimmed() -> dict:
    return trimmed_fonts()


def test_trimmed_fonts_keep_french_and_are_a_third_of_the_size(trimmed: dict) -> None:
    from fontTools.ttLib import TTFont

    assert {path.name for path in trimmed} == {path.name for path in ASSETS_DIR.glob("*.ttf")}, (
        "every bundled font is trimmed"
    )
    for path, data in trimmed.items():
        assert len(data) < 0.4 * path.stat().st_size, path.name
        covered = TTFont(io.BytesIO(data)).getBestCmap()
        assert [char for char in FRENCH_SAMPLE if ord(char) not in covered] == [], path.name
        whole = TTFont(path).getBestCmap()
        symbols = [char for char in "☐✓★→≤" if ord(char) in whole]
        assert [char for char in symbols if ord(char) not in covered] == [], path.name


def test_the_render_worker_embeds_the_trimmed_fonts(trimmed: dict) -> None:
    reader, text = render(_spoken_document(body=FRENCH_SAMPLE))
    assert flat(FRENCH_SAMPLE.replace("\u200b", "")) in flat(text)
    resources: Any = reader.pages[0]["/Resources"]
    fonts = resources["/Font"].values()
    assert fonts and all("Decliner" in str(font.get_object()["/BaseFont"]) for font in fonts)
    # A whole 740 KB face embedded would make a file of several hundred KB.
    assert len(pdf.render_pdf(_spoken_document())) < 60_000


def test_letters_the_trimmed_fonts_leave_out_still_print() -> None:
    armenian = "Շնորհակալություն"
    _, text = render(_spoken_document(company=f"Société {armenian}"))
    assert f"Société {armenian}" in flat(text)


def test_reminders_print_as_a_bulleted_list(catalog) -> None:
    answers = answers_for(Channel.PHONE, "fr")
    message = compose(wizard.message_request_from_answers(answers), catalog)
    document = pdf.document_for(
        message,
        subject="",
        body=message.body,
        company=answers["company"],
        position=answers["position"],
    )
    _, text = render(document)
    assert message.reminders
    for reminder in message.reminders:
        assert f"•\u00a0{flat(reminder)}" in flat(text)


@pytest.mark.parametrize(
    ("paper", "size"), [(pdf.Paper.A4, (595, 842)), (pdf.Paper.LETTER, (612, 792))]
)
def test_paper_size_is_a4_by_default_or_us_letter(paper: str, size: tuple[int, int]) -> None:
    reader, _ = render(_spoken_document(paper=paper))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_unknown_paper_size_falls_back_to_a4() -> None:
    assert _spoken_document(paper="tabloid").paper == pdf.Paper.A4


# --- user input stays plain text -------------------------------------------------

PAYLOADS = [
    "<script>alert(1)</script>",
    "<style>*{display:none}</style>",
    "</p><h1>big</h1>",
    "{{ 7*7 }} {% debug %}",
    "<link rel=attachment href=file:///etc/passwd>",
    "<img src=http://127.0.0.1:9/x>",
    "&lt;b&gt; &amp;",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_in_every_field_appear_literally(payload: str) -> None:
    message = ComposedMessage(
        language="en",
        channel=Channel.PHONE,
        body=payload,
        points=(f"point {payload}",),
        replies=(Reply(reaction=Reaction.WHY, text=f"reply {payload}"),),
        call_time=f"call {payload}",
        reminders=(f"reminder {payload}",),
    )
    document = pdf.document_for(
        message,
        subject=f"subject {payload}",
        body=f"body {payload}",
        sender_name=f"name {payload}"[:120],
        sender_contact=f"contact {payload}",
        company=f"company {payload}"[:120],
        position=f"position {payload}"[:120],
    )
    for channel in (Channel.PHONE, Channel.EMAIL):
        reader, text = render(dataclasses.replace(document, channel=channel))
        page = squash(text)
        expected = ["body", "company", "position"]
        expected += ["point", "reply", "call", "reminder"] if channel == Channel.PHONE else []
        expected += ["subject", "name", "contact"] if channel == Channel.EMAIL else []
        for field in expected:
            assert squash(f"{field} {payload}") in page, (channel, field)
        assert reader.attachments == {}
        assert "root:x" not in text
        assert "49" not in text  # {{ 7*7 }} was not evaluated


def test_pdf_title_metadata_is_plain_text() -> None:
    document = _spoken_document(company="<b>ACME</b>", position="{{ x }}")
    reader, _ = render(document)
    assert reader.metadata is not None
    title = str(reader.metadata.title)
    assert "<b>ACME</b>" in title
    assert "{{ x }}" in title


# --- caps and limits ----------------------------------------------------------------


def test_long_unbroken_runs_are_made_breakable() -> None:
    assert pdf.printable("x" * 80) == "x" * 80
    broken = pdf.printable("y" * 200)
    assert broken.replace(ZWSP, "") == "y" * 200
    assert max(len(piece) for piece in broken.split(ZWSP)) <= RUN_PIECE
    assert pdf.printable("a\x00b\x1bc\x7fd\r\ne") == "abcd\ne"


def test_a_5000_character_word_prints_quickly_within_its_width() -> None:
    document = _spoken_document(body="z" * 5000)
    started = time.monotonic()
    reader, text = render(document)
    assert time.monotonic() - started < 5
    assert sum(len(run) for run in re.findall(r"z{10,}", squash(text))) == 5000
    assert len(reader.pages) <= 4


@pytest.mark.parametrize(
    ("field", "limit"),
    [("body", 5000), ("subject", 150), ("company", 120), ("sender_contact", 200)],
)
def test_over_long_fields_are_refused_with_a_clear_message(field: str, limit: int) -> None:
    with pytest.raises(pdf.PdfInputError) as excinfo:
        _spoken_document(**{field: "a " * limit})
    with translation.override("en"):
        message = str(excinfo.value.user_message)
    assert "too long for the PDF" in message
    assert f"at most {limit:,}" in message


@override_settings(PDF_MAX_PAGES=1)
def test_a_document_over_the_page_cap_is_refused_with_a_clear_message() -> None:
    sentence = "This sentence is here to make the script long enough for two pages. "
    document = _spoken_document(body=(sentence * 70)[:4900])
    with pytest.raises(pdf.PdfTooManyPagesError) as excinfo:
        pdf.render_pdf(document)
    with translation.override("en"):
        assert "longer than 1 page" in str(excinfo.value.user_message)


#: Seconds a stuck render process may take to be killed and reaped.
KILL_MARGIN = 2.5


def _pathological_html() -> str:
    # SECURITY.md fact 2: a 20,000-character word with overflow-wrap: anywhere
    # takes WeasyPrint several seconds (the caps are bypassed on purpose).
    return (
        "<html><body><p style='overflow-wrap:anywhere;width:50mm'>"
        + "w" * 20_000
        + "</p></body></html>"
    )


def test_a_render_over_the_time_limit_is_stopped_in_time_and_the_next_one_works() -> None:
    pid_before = render_worker.wait_until_ready()
    started = time.monotonic()
    with pytest.raises(pdf.PdfTimeoutError) as excinfo:
        render_worker.render(_pathological_html(), timeout=1.0, max_pages=10)
    elapsed = time.monotonic() - started

    # Limit + time to kill the stuck process on a busy machine; unbounded,
    # this render takes about 10 s.
    assert elapsed < 1.0 + KILL_MARGIN
    with translation.override("en"):
        assert "took too long" in str(excinfo.value.user_message)
    _, text = render(_spoken_document())
    assert "Brasserie Lumière" in flat(text)
    assert render_worker.wait_until_ready() != pid_before  # the stuck process was replaced


def test_filename_is_ascii_from_company_and_channel() -> None:
    assert (
        pdf.pdf_filename(company="Société Générale & Œuvres", channel="in_person")
        == "decline-societe-generale-oeuvres-in-person.pdf"
    )
    assert pdf.pdf_filename(company="北京", channel="phone") == "decline-phone.pdf"
    hostile = pdf.pdf_filename(company='a"b\r\nSet-Cookie: x=1;', channel="email")
    assert hostile == "decline-ab-set-cookie-x1-email.pdf"


# --- the view ------------------------------------------------------------------


def load_answers(client: Client, answers: dict[str, Any]) -> None:
    """Put complete wizard answers in the client's session."""
    request = RequestFactory().get("/")
    request.session = client.session
    wizard.restore_wizard(request, answers)
    request.session.save()


def post_pdf(client: Client, **data: str) -> Any:
    return client.post(PDF_URL, data, HTTP_ACCEPT_LANGUAGE="en")


def flash(response: Any) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def phone_client(client: Client, seeded) -> Client:
    load_answers(client, answers_for(Channel.PHONE, "fr"))
    return client


def test_it_works(phone_client: Client) -> None:
    response = post_pdf(phone_client, body="Bonjour, je vous appelle.", paper="a4")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="decline-brasserie-lumiere-phone.pdf"'
    )
    assert response["Content-Disposition"].isascii()
    assert "no-store" in response["Cache-Control"]
    reader, text = extract(response.content)
    assert "Brasserie Lumière" in text
    assert len(reader.pages) == 1


def test_the_pdf_shows_the_edited_text_not_the_composed_one(phone_client: Client) -> None:
    edited = "Texte modifié à la main : je préfère vous le dire de vive voix."
    response = post_pdf(phone_client, body=edited, paper="letter")

    _, text = extract(response.content)
    assert edited in flat(text)
    request = RequestFactory().get("/")
    request.session = phone_client.session
    assert wizard.get_preview_text(request) == ("", edited)  # the preview shows it too


def test_email_subject_as_edited_is_printed(client: Client, seeded) -> None:
    load_answers(client, answers_for(Channel.EMAIL, "en"))
    response = post_pdf(client, subject="My own subject line", body="Dear team, no thanks.")

    _, text = extract(response.content)
    assert "Subject: My own subject line" in text
    assert response["Content-Disposition"].endswith('-email.pdf"')


def test_get_is_not_allowed(phone_client: Client) -> None:
    assert phone_client.get(PDF_URL).status_code == 405


def test_csrf_is_enforced(seeded) -> None:
    client = FormClient(enforce_csrf_checks=True)
    load_answers(client, answers_for(Channel.PHONE, "fr"))
    assert client.post(PDF_URL, {"body": "Bonjour"}).status_code == 403


def test_without_answers_it_sends_back_to_the_wizard_with_a_message(client: Client, db) -> None:
    response = post_pdf(client, body="Bonjour")

    assert response.status_code == 302
    assert response["Location"] == reverse("messages_app:wizard")
    assert any("go through the steps again" in text for text in flash(response))


def test_over_long_text_returns_to_the_preview_with_the_text_kept(phone_client: Client) -> None:
    body = "Trop long. " * 500 + "fin"
    response = post_pdf(phone_client, body=body)

    assert response.status_code == 302
    assert response["Location"] == PREVIEW_URL
    assert any("PDF was not created" in text for text in flash(response))
    page = phone_client.get(PREVIEW_URL, HTTP_ACCEPT_LANGUAGE="en")
    assert "Trop long. Trop long." in page.content.decode()
    assert "5000" in page.content.decode() or "5,000" in page.content.decode()


def test_a_render_timeout_returns_to_the_preview_and_the_next_request_works(
    phone_client: Client,
) -> None:
    render_worker.wait_until_ready()
    with override_settings(PDF_RENDER_TIMEOUT=0.001):
        started = time.monotonic()
        response = post_pdf(phone_client, body="Bonjour, texte gardé.")
        assert time.monotonic() - started < KILL_MARGIN
    assert response.status_code == 302
    assert response["Location"] == PREVIEW_URL
    assert any("took too long" in text for text in flash(response))
    page = phone_client.get(PREVIEW_URL)
    assert "Bonjour, texte gardé." in page.content.decode()

    response = post_pdf(phone_client, body="Bonjour, texte gardé.")
    assert response.status_code == 200
    assert "Bonjour, texte gardé." in extract(response.content)[1]


WEB_PROCESS_RENDER = """
import sys
import django
django.setup()
from django.conf import settings
settings.PDF_RENDER_SLOT_DIR = sys.argv[1]
from messages_app import pdf
from messages_app.composer import ComposedMessage
message = ComposedMessage(language="en", channel="email", body="Hello")
document = pdf.document_for(message, subject="S", body="Hello", company="ACME", position="Dev")
content = pdf.render_pdf(document)
print(content[:5].decode(), "weasyprint" in sys.modules)
"""


def test_the_web_process_renders_without_importing_weasyprint(tmp_path) -> None:
    """WeasyPrint (half a second to import, and its memory) lives in the
    render process only: what comes back to the web process is plain data."""
    result = subprocess.run(
        [sys.executable, "-c", WEB_PROCESS_RENDER, str(tmp_path)],
        cwd=settings.BASE_DIR,
        env=server_environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["%PDF-", "False"]
