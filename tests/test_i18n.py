"""The French catalogue: compiled, used by the pages, complete and well typeset."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext

NBSP = "\u00a0"
NNBSP = "\u202f"

CATALOGUES = [
    settings.BASE_DIR / "locale" / "fr" / "LC_MESSAGES" / "django.po",
    settings.BASE_DIR / "messages_app" / "locale" / "fr" / "LC_MESSAGES" / "django.po",
]
CATALOGUE_IDS = ["templates", "messages_app"]

# Source strings held in constants rather than written inside gettext() calls,
# so that makemessages does not collect this test module into the catalogue.
TEMPLATE_MSGID = "Write a message"  # templates/base.html -> locale/
APP_MSGID = "Why are you declining?"  # messages_app/forms.py -> messages_app/locale/
DRAFT_COUNT = ("%(counter)s draft", "%(counter)s drafts")  # history page

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w+\}")


@dataclass
class Entry:
    """One message of a .po file (the header is the entry with an empty msgid)."""

    line: int
    flags: list[str] = field(default_factory=list)
    msgid: str = ""
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)

    def pairs(self) -> list[tuple[str, str]]:
        """(source, translation) for each form: the singular, then the plural."""
        if self.msgid_plural is None:
            return [(self.msgid, self.msgstr.get(0, ""))]
        return [(self.msgid, self.msgstr.get(0, "")), (self.msgid_plural, self.msgstr.get(1, ""))]


def _unquote(text: str) -> str:
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    return re.sub(r"\\(.)", lambda m: escapes[m.group(1)], text.strip()[1:-1])


def parse_po(path: Path) -> list[Entry]:
    """Read a .po file into entries (gettext separates entries by blank lines);
    obsolete (#~) lines are skipped."""
    entries: list[Entry] = []
    text = path.read_text(encoding="utf-8")
    offset = 1
    for block in text.split("\n\n"):
        entry = Entry(line=offset)
        offset += block.count("\n") + 2
        target: tuple[str, int] | None = None
        for line in block.splitlines():
            if line.startswith("#,"):
                entry.flags += [flag.strip() for flag in line[2:].split(",")]
                continue
            if not line.strip() or line.startswith("#"):
                continue
            keyword = re.match(
                r"^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d)\])?\s+(\".*\")$", line
            )
            if keyword:
                target = (keyword.group(1), int(keyword.group(2) or 0))
                value = _unquote(keyword.group(3))
            elif line.startswith('"') and target is not None:
                value = _unquote(line)
            else:
                raise AssertionError(f"{path}:{entry.line}: unexpected line {line!r}")
            name, index = target
            if name == "msgid":
                entry.msgid += value
            elif name == "msgid_plural":
                entry.msgid_plural = (entry.msgid_plural or "") + value
            elif name == "msgstr":
                entry.msgstr[index] = entry.msgstr.get(index, "") + value
        if target is not None:
            entries.append(entry)
    return entries


def messages(path: Path) -> list[Entry]:
    return [entry for entry in parse_po(path) if entry.msgid]


# --- the compiled catalogue is the one Django uses ---------------------------


def test_template_string_is_translated_into_french() -> None:
    with translation.override("fr"):
        assert gettext(TEMPLATE_MSGID) == "Rédiger un message"


def test_app_string_is_translated_into_french_with_french_typography() -> None:
    with translation.override("fr"):
        assert gettext(APP_MSGID) == f"Pourquoi déclinez-vous{NNBSP}?"


def test_french_plural_forms_follow_the_count() -> None:
    with translation.override("fr"):
        one = ngettext(*DRAFT_COUNT, 1) % {"counter": 1}
        two = ngettext(*DRAFT_COUNT, 2) % {"counter": 2}
    assert (one, two) == ("1 brouillon", "2 brouillons")


def test_english_interface_keeps_the_english_source_strings() -> None:
    with translation.override("en"):
        assert gettext(TEMPLATE_MSGID) == "Write a message"


# --- the pages speak the visitor's language ----------------------------------


@pytest.mark.django_db
def test_home_page_is_in_french_for_a_french_browser(client: Client) -> None:
    response = client.get(reverse("messages_app:home"), HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")
    page = response.content.decode()
    assert '<html lang="fr">' in page
    assert "Rédiger mon message" in page
    assert "Write my message" not in page


@pytest.mark.django_db
def test_home_page_is_in_english_for_an_english_browser(client: Client) -> None:
    response = client.get(reverse("messages_app:home"), HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    page = response.content.decode()
    assert '<html lang="en">' in page
    assert "Write my message" in page
    assert "Rédiger mon message" not in page


@pytest.mark.django_db
def test_language_chosen_in_the_header_wins_over_the_browser(client: Client) -> None:
    response = client.post(
        reverse("set_language"), {"language": "en", "next": reverse("messages_app:home")}
    )
    assert response.status_code == 302
    page = client.get(reverse("messages_app:home"), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert '<html lang="en">' in page
    assert "Write my message" in page


@pytest.mark.django_db
def test_wizard_labels_from_the_app_are_french_for_a_french_visitor(client: Client) -> None:
    page = client.get(reverse("messages_app:wizard"), HTTP_ACCEPT_LANGUAGE="fr", follow=True)
    text = page.content.decode()
    assert "Entreprise" in text
    assert "Langue du message" in text
    assert "Language of the message" not in text


# --- the .po files stay complete and correct ---------------------------------


@pytest.mark.parametrize("path", CATALOGUES, ids=CATALOGUE_IDS)
def test_catalogue_has_no_untranslated_entry(path: Path) -> None:
    missing = [
        f"line {entry.line}: {source!r}"
        for entry in messages(path)
        for source, translated in entry.pairs()
        if not translated.strip()
    ]
    assert not missing, "untranslated:\n" + "\n".join(missing)


@pytest.mark.parametrize("path", CATALOGUES, ids=CATALOGUE_IDS)
def test_catalogue_has_no_fuzzy_entry(path: Path) -> None:
    fuzzy = [
        f"line {entry.line}: {entry.msgid!r}" for entry in parse_po(path) if "fuzzy" in entry.flags
    ]
    assert not fuzzy, "fuzzy (check the translation, then remove the flag):\n" + "\n".join(fuzzy)


@pytest.mark.parametrize("path", CATALOGUES, ids=CATALOGUE_IDS)
def test_catalogue_keeps_every_placeholder(path: Path) -> None:
    broken = [
        f"line {entry.line}: {source!r} -> {translated!r}"
        for entry in messages(path)
        for source, translated in entry.pairs()
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translated))
    ]
    assert not broken, "placeholders differ:\n" + "\n".join(broken)


@pytest.mark.parametrize("path", CATALOGUES, ids=CATALOGUE_IDS)
def test_catalogue_uses_french_typography(path: Path) -> None:
    rules = [
        (re.compile(f"[^{NBSP}]:(?!//)"), "no-break space before a colon"),
        (re.compile(f"[^{NNBSP}][;!?]"), "narrow no-break space before ; ! ?"),
        (re.compile(f"«[^{NBSP}]|[^{NBSP}]»"), "no-break spaces inside « »"),
        (re.compile('["“”]'), "French quotes « »"),
        (re.compile("'"), "typographic apostrophe ’"),
    ]
    faults = [
        f"line {entry.line}: {translated!r}: {rule}"
        for entry in messages(path)
        for _source, translated in entry.pairs()
        for pattern, rule in rules
        if pattern.search(translated)
    ]
    assert not faults, "typography:\n" + "\n".join(faults)


TRANSLATE_TAG = re.compile(
    r"""{%\s*(?:translate|trans)\s+(["'])(.+?)\1(?:\s+context\s+["'][^"']*["'])?\s*(?:as\s+\w+\s*)?%}"""
)


def test_every_translate_tag_of_the_templates_is_in_the_catalogue() -> None:
    """A string marked in a template and missing from the catalogue (makemessages
    not run, or a catalogue emptied by a bad merge) would show in English."""
    catalogued = {entry.msgid for entry in messages(CATALOGUES[0])}
    marked = {
        match.group(2)
        for template in (settings.BASE_DIR / "templates").rglob("*.html")
        for match in TRANSLATE_TAG.finditer(template.read_text())
    }
    assert len(marked) > 100
    assert sorted(marked - catalogued) == []
