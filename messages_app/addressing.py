"""How a message addresses its recipient: pure functions, no database.

French never abbreviates the title in a salutation ("Madame," not "Mme,") and
a formal letter repeats it in the closing formula ("Je vous prie d'agréer,
Madame, …"); English writes "Dear Ms Carter," or "Dear Sarah,". People type
names in many ways ("Mme Lefèvre", "M. Dubois", "Mrs Carter", "Lefèvre",
"Sarah Johnson"), so the typed name is read first: a leading title becomes the
civility, the rest the name.

The greeting (and the closing formula that must agree with it) then depends
on the *mode*:

- ``titled``: a civility and a surname: "Madame," / "Bonjour Madame Lefèvre," /
  "Dear Ms Carter,";
- ``first_name``: on first-name terms and a first name is known: "Bonjour
  Sarah," / "Dear Sarah,";
- ``named``: a first name and surname but no civility: "Bonjour Sarah
  Johnson," / "Dear Sarah Johnson,";
- ``team``: no contact, or a lone surname without a title (there is no polite
  way to greet "Lefèvre"): "Madame, Monsieur," / "Dear Hiring Team,".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from messages_app.choices import BlockKind, Civility

TITLED, FIRST_NAME, NAMED, TEAM = "titled", "first_name", "named", "team"

#: Typed titles (lower case, without the final dot) and the civility they mean.
#: "Dr" keeps its own word in English; French letters use Madame/Monsieur.
_TYPED_TITLES: dict[str, str] = {
    "mme": Civility.MS,
    "madame": Civility.MS,
    "mlle": Civility.MS,
    "mademoiselle": Civility.MS,
    "ms": Civility.MS,
    "mrs": "mrs",  # kept in English, "Madame" in French
    "miss": "miss",
    "m": Civility.MR,
    "mr": Civility.MR,
    "monsieur": Civility.MR,
    "dr": "dr",
}
_TITLE_RE = re.compile(r"^\s*([A-Za-z]+)\.?\s+(?=\S)")

#: The civility as written in each language (salutation and closing).
_WORDS: dict[str, dict[str, str]] = {
    "fr": {Civility.MS: "Madame", Civility.MR: "Monsieur", "mrs": "Madame", "miss": "Madame"},
    "en": {Civility.MS: "Ms", Civility.MR: "Mr", "dr": "Dr", "mrs": "Mrs", "miss": "Miss"},
}
#: French closing formula's "appel" when nobody is named.
_FR_TEAM_APPELLATION = "Madame, Monsieur"

_GREETING_KIND = {
    TITLED: BlockKind.GREETING_TITLED,
    FIRST_NAME: BlockKind.GREETING_FIRST_NAME,
    NAMED: BlockKind.GREETING_NAMED,
    TEAM: BlockKind.GREETING_TEAM,
}


@dataclass(frozen=True)
class Addressing:
    mode: str
    contact_name: str = ""  # the name without its title: "Sarah Carter"
    civility: str = ""  # "Madame", "Ms", "Dr"
    surname: str = ""
    first_name: str = ""
    appellation: str = ""  # French closing formula: "Madame", "Madame, Monsieur"

    @property
    def greeting_kind(self) -> str:
        return _GREETING_KIND[self.mode]

    @property
    def signature_kind(self) -> str:
        """A formula with the title ("Je vous prie d'agréer, Madame, …") only
        agrees with a titled or anonymous greeting; a greeting by name closes
        by name."""
        if self.mode in (TITLED, TEAM):
            return BlockKind.SIGNATURE
        return BlockKind.SIGNATURE_NAMED

    def values(self) -> dict[str, str]:
        """The placeholder values: {contact_name} {civility} {surname}
        {first_name} {appellation}."""
        return {
            "contact_name": self.contact_name,
            "civility": self.civility,
            "surname": self.surname,
            "first_name": self.first_name,
            "appellation": self.appellation,
        }


def split_title(typed: str) -> tuple[str, str]:
    """("ms", "Lefèvre") for "Mme Lefèvre"; ("", "Sarah Johnson") when no title
    is typed. A lone word that looks like a title ("Madame") is a name."""
    match = _TITLE_RE.match(typed)
    if match:
        civility = _TYPED_TITLES.get(match.group(1).lower())
        if civility:
            return civility, typed[match.end() :].strip()
    return "", typed.strip()


def addressing(*, name: str, civility: str, first_name_terms: bool, language: str) -> Addressing:
    """How to address the contact `name` (as typed), given the civility chosen
    in the form (which wins over a typed title) and whether the two are on
    first-name terms."""
    typed_civility, name = split_title(" ".join(name.split()))
    refines = civility == Civility.MS and typed_civility in ("mrs", "miss")
    if civility not in (Civility.MS, Civility.MR) or refines:
        civility = typed_civility
    words = _WORDS["fr" if language == "fr" else "en"]
    if not name:
        return Addressing(mode=TEAM, appellation=_FR_TEAM_APPELLATION if language == "fr" else "")
    parts = name.split(" ", 1)
    first, surname = (parts[0], parts[1]) if len(parts) == 2 else ("", name)
    title = words.get(civility, "")
    common = {"contact_name": name, "surname": surname, "first_name": first}
    if first_name_terms and first:
        return Addressing(mode=FIRST_NAME, civility=title, appellation=title, **common)
    if title:
        return Addressing(mode=TITLED, civility=title, appellation=title, **common)
    if not first:
        # A lone surname, no title: "Bonjour Lefèvre," would be rude, and the
        # title is unknown; greet as if nobody were named.
        return Addressing(mode=TEAM, appellation=_FR_TEAM_APPELLATION if language == "fr" else "")
    return Addressing(mode=NAMED, **common)
