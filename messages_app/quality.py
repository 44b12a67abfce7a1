"""The quality check: explainable rules on the final (possibly edited) text.

Pure functions of plain values, no request and no ORM. Each rule returns a
`Finding` saying what it found and why it matters, in the *message*
language. The check advises; it never blocks anything.

The rules come from the key elements of a good decline: thank them, state
the decision clearly, keep any reason brief and professional, never criticise
the company or name the other employer, do not over-apologise, leave the
door open when wanted, and fit the channel.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from django.utils.translation import gettext, gettext_noop, ngettext, override

from messages_app.choices import Channel
from messages_app.composer import ComposedMessage, sms_info


@dataclass(frozen=True)
class Finding:
    rule: str
    ok: bool
    message: str


#: Rule names, in the order findings are returned.
RULES: tuple[str, ...] = (
    "gratitude",
    "decision",
    "reason",
    "criticism",
    "apology",
    "other_employer",
    "door_open",
    "length",
    "placeholder",
    "subject",
    "role",
    "leftover",
)

EMAIL_MIN_WORDS, EMAIL_MAX_WORDS = 45, 220
SPOKEN_MAX_WORDS = 180
SMS_MAX_SEGMENTS = 2


def _lexicon(*alternatives: str) -> re.Pattern[str]:
    """Keywords as one regex over lower-cased text.

    Each alternative starts with a literal letter and there is no leading
    `\b`: the regex engine can then skip ahead to the possible first letters,
    which keeps the whole check well under a millisecond. The start of a word
    is checked by `_words()` instead.
    """
    for alternative in alternatives:
        if not alternative[0].isalpha() or alternative[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"A keyword must start with a literal letter: {alternative!r}")
    return re.compile("(?:" + "|".join(alternatives) + r")\b")


def _words(pattern: re.Pattern[str], low: str) -> list[re.Match[str]]:
    """Matches of a `_lexicon` that start a word."""
    return [
        m
        for m in pattern.finditer(low)
        if m.start() == 0 or not (low[m.start() - 1].isalnum() or low[m.start() - 1] == "_")
    ]


_GRATITUDE = {
    "en": _lexicon(r"thank\w*", "grateful", "gratitude", r"appreciat\w*"),
    "fr": _lexicon(r"merci\w*", r"remerci\w*", r"reconnaissan\w*", "gratitude", r"appr[ée]ci\w*"),
}

_REFUSE_EN = r"(?:be )?(?:attend\w*|pursu\w*|accept\w*|moving forward|proceed\w*|join\w*|tak\w* up)"
_DECISION = {
    "en": _lexicon(
        r"declin\w*",
        r"withdr[ae]w\w*",
        r"turn\w* down",
        r"not (?:to )?(?:pursu\w*|proceed\w*|mov\w* forward|continu\w*|attend\w*|accept\w*"
        r"|take up|go ahead)",
        rf"won't {_REFUSE_EN}",
        rf"will not {_REFUSE_EN}",
        rf"shall not {_REFUSE_EN}",
        rf"cannot {_REFUSE_EN}",
        rf"can't {_REFUSE_EN}",
        r"no longer (?:be )?(?:pursu\w*|interest\w*|availab\w*|consider\w*|a candidate"
        r"|in the running)",
        r"pull\w* out",
        r"cancel\w*",
    ),
    "fr": _lexicon(
        r"d[ée]clin\w*",
        r"retir\w*",
        r"renon\w*",
        r"refus\w*",
        r"annul\w*",
        r"ne pas (?:donner suite|poursuivre|me pr[ée]senter|participer|accepter"
        r"|aller plus loin|continuer|rejoindre)",
        r"ne (?:donnerai|poursuivrai|pourrai|pourrais|vais|souhaite|peux|serai) pas",
        r"ne plus (?:être|etre|me consid[ée]rer) candidat",
        "mettre fin",
    ),
}

_VAGUE = {
    "en": _lexicon(
        "maybe",
        "perhaps",
        r"not (?:yet )?sure",
        "unsure",
        r"not (?:yet )?certain",
        "undecided",
        "probably",
        "possibly",
        "might",
        "for now",
        "i think",
    ),
    "fr": _lexicon(
        r"peut-[êe]tre",
        r"pas (?:encore )?s[ûu]re?s?",
        r"pas (?:encore )?certaine?s?",
        r"h[ée]sit\w*",
        r"ind[ée]cise?",
        "probablement",
        "sans doute",
        "pour l'instant",
        "pour le moment",
        "je pense",
    ),
}

_REASON = {
    "en": _lexicon(
        "because",
        "since",
        "due to",
        "owing to",
        "given that",
        r"as (?:i|i've|i'm|my)",
        "the reason",
        r"reasons?",
    ),
    "fr": _lexicon(
        "car",
        "parce que",
        "parce qu'",
        "en raison",
        r"étant donn\w*",
        r"etant donn\w*",
        "puisque",
        "du fait",
        "vu que",
        r"dans la mesure o[ùu]",
        r"raisons?",
        r"motifs?",
    ),
}

_CRITICISM = {
    "en": _lexicon(
        "toxic",
        r"disorgani[sz]ed",
        r"unorgani[sz]ed",
        "unprofessional",
        "chaotic",
        "incompetent",
        "rude",
        "disrespectful",
        "unreasonable",
        r"underpa\w+",
        r"lowball\w*",
        r"salary (?:is |was |seems |seemed )?(?:too|very|far too) low",
        r"low (?:salary|pay)",
        r"poor (?:salary|pay|reviews?|reputation)",
        r"bad (?:salary|pay|reviews?|reputation)",
        r"negative (?:reviews?|reputation)",
        r"badly (?:managed|organi[sz]ed|run)",
        r"poorly (?:managed|organi[sz]ed|run)",
        r"waste of (?:my )?time",
        "terrible",
        "awful",
        "horrible",
        "mess",
    ),
    "fr": _lexicon(
        r"d[ée]sorganis\w*",
        r"toxique\w*",
        r"pas s[ée]rieu\w*",
        r"peu s[ée]rieu\w*",
        r"mauvaise r[ée]putation",
        "mauvais avis",
        r"avis n[ée]gatifs",
        r"salaire (?:est |était |etait |semble |paraissait )?(?:trop |très |tres )?"
        r"(?:bas|faible|insuffisant|ridicule)",
        r"mal (?:pay[ée]\w*|organis[ée]\w*|g[ée]r[ée]\w*)",
        r"chaotique\w*",
        r"incomp[ée]ten\w*",
        r"impoli\w*",
        r"irrespectu\w*",
        r"non professionnel\w*",
        r"peu professionnel\w*",
        r"amateuris\w*",
        "perte de temps",
        r"lamentable\w*",
        r"catastrophique\w*",
        r"d[ée]plorable\w*",
    ),
}

_APOLOGY = {
    "en": _lexicon("sorry", r"apolog\w*", "excuse me", "forgive me", "pardon"),
    "fr": _lexicon(r"d[ée]sol[ée]\w*", r"excus\w*", r"pardon\w*", r"navr[ée]\w*"),
}

_DOOR_OPEN = {
    "en": _lexicon(
        "future",
        r"stay\w* in touch",
        "keep in touch",
        "remain in touch",
        "in contact",
        r"cross\w* paths",
        r"paths (?:cross|will cross|may cross|might cross)",
        r"work (?:together |with you )?again",
        r"meet (?:again|up again)",
        r"talk (?:again|to you again)",
        r"speak (?:again|to you again)",
        "connect again",
        "door open",
        "down the line",
        "later on",
        "one day",
        "keep me in mind",
        "hear from you",
        r"another (?:role|opportunit\w*|position|opening|vacanc\w*)",
        r"other (?:roles|opportunit\w*|positions|openings|vacancies)",
        r"new (?:role|opportunit\w*|position|opening)",
        r"opportunit\w+ to come",
    ),
    "fr": _lexicon(
        "avenir",
        r"futur\w*",
        "rester en contact",
        "restons en contact",
        "restions en contact",
        "garder le contact",
        "rester en lien",
        "garder le lien",
        r"recroise\w*",
        r"crois\w* [àa] nouveau",
        "porte ouverte",
        r"prochaine?s? (?:fois|occasion|opportunit\w*)",
        r"une autre (?:occasion|opportunit\w*|offre)",
        r"un autre (?:poste|projet)",
        r"d'autres (?:postes|opportunit\w*|occasions|offres|projets)",
        r"nouvel\w* (?:poste|opportunit\w*|occasion|offre|projet)\w*",
        r"ult[ée]rieurement",
        "plus tard",
        "de nouveau",
        "à nouveau",
        r"reparler\w*",
    ),
}

_CAPITAL = "A-ZÀ-ÖØ-Þ"
_NAME_RE = re.compile(rf"[{_CAPITAL}][\w&'.-]*(?: (?:[{_CAPITAL}][\w&'.-]*|&))*")
_OTHER_EMPLOYER = {
    "en": _lexicon(
        r"offer (?:from|at|with) ",
        r"position (?:from|at|with) ",
        r"role (?:from|at|with) ",
        r"job (?:from|at|with) ",
        r"post (?:from|at|with) ",
        r"opportunity (?:from|at|with) ",
        "join ",
        "joining ",
    ),
    "fr": _lexicon(
        r"offre (?:de |chez |d'|auprès de )",
        r"poste (?:de |chez |d'|auprès de )",
        r"proposition (?:de |chez |d'|auprès de )",
        r"emploi (?:de |chez |d'|auprès de )",
        r"opportunité (?:de |chez |d'|auprès de )",
        "rejoindre ",
        "chez ",
    ),
}

LEFTOVER_RE = re.compile(r"\[[^\]]*\]|\{[^}]*\}|\(\s*\)|\[\s*\]")
#: The phone script's stage directions are brackets on purpose.
STAGE_DIRECTIONS = re.compile(r"\[(?:À l’accueil|Une fois en ligne|At reception|Once connected)\]")

_SENTENCE_END = re.compile(r"[.!?…\n]\s*")
_PUNCTUATION_ONLY = frozenset(";:!?«»–—-…/&*•")


def word_count(text: str) -> int:
    """Words as a reader counts them ("j’ai" is one; a lone "?" is none)."""
    tokens = text.split()
    return len(tokens) - sum(map(_PUNCTUATION_ONLY.__contains__, tokens))


def _sentence_ends(low: str) -> list[int]:
    """Offsets where sentences end: . ! ? … followed by a space, or a line break."""
    return [
        m.end()
        for m in _SENTENCE_END.finditer(low)
        if m.end() > m.start() + 1 or low[m.start()] == "\n" or m.end() == len(low)
    ]


def _quote(found: list[str]) -> str:
    unique = list(dict.fromkeys(found))
    return ", ".join(unique[:3])


def _same_name(candidate: str, names: tuple[str, ...]) -> bool:
    low = candidate.casefold().strip(" .'-")
    return any(low in name or name in low for name in names if name)


@lru_cache(maxsize=512)
def _tr(language: str, msgid: str) -> str:
    """`msgid` translated into the message language (looked up once per process)."""
    with override(language):
        return gettext(msgid)


@lru_cache(maxsize=512)
def _reason_sentences(language: str, count: int) -> str:
    with override(language):
        return ngettext(
            "Your reason seems to take %(count)s sentence: one is enough, "
            "details invite discussion.",
            "Your reason seems to take %(count)s sentences: one is enough, "
            "details invite discussion.",
            count,
        ) % {"count": count}


#: A reason longer than this is no longer "one short sentence".
REASON_MAX_WORDS = 30


def _reason_finding(lang: str, folded: str, ends: list[int]) -> Finding:
    """The reason takes one sentence, and a short one: details invite discussion."""
    sentences = sorted({bisect_right(ends, m.start()) for m in _words(_REASON[lang], folded)})
    if len(sentences) > 1:
        return Finding("reason", False, _reason_sentences(lang, len(sentences)))
    if not sentences:
        return Finding(
            "reason",
            True,
            _tr(lang, gettext_noop("If you give a reason, keep it to one short sentence.")),
        )
    index = sentences[0]
    start = ends[index - 1] if index else 0
    end = ends[index] if index < len(ends) else len(folded)
    words = len(folded[start:end].split())
    if words > REASON_MAX_WORDS:
        with override(lang):
            message = gettext(
                "Your reason takes a sentence of %(count)s words: a short one (about 20 "
                "words) is enough."
            ) % {"count": words}
        return Finding("reason", False, message)
    return Finding(
        "reason",
        True,
        _tr(
            lang, gettext_noop("Your reason fits in one short sentence: the message stays focused.")
        ),
    )


@lru_cache(maxsize=512)
def _sms_fits(language: str, count: int) -> str:
    with override(language):
        return ngettext(
            "Your text message fits in %(count)s segment.",
            "Your text message fits in %(count)s segments.",
            count,
        ) % {"count": count}


def check(
    *,
    text: str,
    subject: str,
    language: str,
    channel: str,
    wants_door_open: bool,
    company: str,
    position: str,
    other_employer: str = "",
    earlier_names: tuple[str, ...] = (),
) -> list[Finding]:
    """Check a message and return one `Finding` per rule that applies.

    Messages are in the message language. `door_open` is only checked when
    the user wants it, `subject` only for an email, `role` only when a
    company or a position is known, `leftover` only when the message was
    started from another one (`earlier_names`: its company and contact).
    """
    lang = "fr" if language == "fr" else "en"
    text = text or ""
    subject = subject or ""
    plain = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    folded = plain.lower()
    # Quote what was found as the user typed it, when offsets allow it.
    source = plain if len(folded) == len(plain) else folded
    findings: list[Finding] = []
    add = findings.append

    # Gratitude.
    if _words(_GRATITUDE[lang], folded):
        add(
            Finding(
                "gratitude",
                True,
                _tr(lang, gettext_noop("You thank them: it sets a positive tone.")),
            )
        )
    else:
        add(
            Finding(
                "gratitude",
                False,
                _tr(
                    lang,
                    gettext_noop(
                        "No word of thanks found: thank them for their time and the "
                        "opportunity, it leaves a good impression."
                    ),
                ),
            )
        )

    # One clear decision: vague words only count inside a decision sentence.
    ends = _sentence_ends(folded)
    decided = {bisect_right(ends, m.start()) for m in _words(_DECISION[lang], folded)}
    vague = [
        source[m.start() : m.end()]
        for m in _words(_VAGUE[lang], folded)
        if bisect_right(ends, m.start()) in decided
    ]
    if not decided:
        add(
            Finding(
                "decision",
                False,
                _tr(
                    lang,
                    gettext_noop(
                        "No sentence clearly says that you decline: say it plainly to "
                        "avoid any misunderstanding."
                    ),
                ),
            )
        )
    elif vague:
        add(
            Finding(
                "decision",
                False,
                _tr(
                    lang,
                    gettext_noop(
                        "Your decision sounds uncertain (“%(words)s”): a firm answer "
                        "avoids misunderstanding."
                    ),
                )
                % {"words": _quote(vague)},
            )
        )
    else:
        add(
            Finding(
                "decision",
                True,
                _tr(
                    lang,
                    gettext_noop("Your decision is stated clearly: there is no room for doubt."),
                ),
            )
        )

    add(_reason_finding(lang, folded, ends))

    # No criticism of the company.
    critical = [source[m.start() : m.end()] for m in _words(_CRITICISM[lang], folded)]
    if critical:
        add(
            Finding(
                "criticism",
                False,
                _tr(
                    lang,
                    gettext_noop(
                        "“%(words)s” may read as criticism of the company: keep it positive "
                        "so you do not burn a bridge."
                    ),
                )
                % {"words": _quote(critical)},
            )
        )
    else:
        add(
            Finding(
                "criticism",
                True,
                _tr(
                    lang,
                    gettext_noop("No criticism of the company: the relationship stays intact."),
                ),
            )
        )

    # No over-apologising.
    apologies = len(_words(_APOLOGY[lang], folded))
    if apologies > 1:
        add(
            Finding(
                "apology",
                False,
                _tr(
                    lang,
                    gettext_noop(
                        "You apologise %(count)s times: once is enough, more makes the "
                        "message sound unsure."
                    ),
                )
                % {"count": apologies},
            )
        )
    else:
        add(
            Finding(
                "apology",
                True,
                _tr(
                    lang,
                    gettext_noop(
                        "No over-apologising: a single apology at most keeps you confident."
                    ),
                ),
            )
        )

    # The other employer is not named.
    ours = (company.casefold().strip(), position.casefold().strip())
    named: list[str] = []
    other = other_employer.strip()
    if other and other.casefold() in text.casefold():
        named.append(other)
    for trigger in _words(_OTHER_EMPLOYER[lang], folded):
        name = _NAME_RE.match(source, trigger.end())
        if name and not _same_name(name.group(0), ours):
            named.append(name.group(0))
    if named:
        add(
            Finding(
                "other_employer",
                False,
                _tr(
                    lang,
                    gettext_noop(
                        "“%(name)s” looks like the name of another employer: leave it out, "
                        "it is not needed and can seem tactless."
                    ),
                )
                % {"name": _quote(named)},
            )
        )
    else:
        add(
            Finding(
                "other_employer",
                True,
                _tr(lang, gettext_noop("No other employer is named: your choice stays discreet.")),
            )
        )

    # Door left open, when wanted.
    if wants_door_open:
        if _words(_DOOR_OPEN[lang], folded):
            add(
                Finding(
                    "door_open",
                    True,
                    _tr(lang, gettext_noop("You leave the door open for future opportunities.")),
                )
            )
        else:
            add(
                Finding(
                    "door_open",
                    False,
                    _tr(
                        lang,
                        gettext_noop(
                            "Nothing leaves the door open: one sentence about future "
                            "opportunities keeps the relationship alive."
                        ),
                    ),
                )
            )

    add(_length_finding(text=text, channel=channel, language=lang))

    # Leftover placeholder or empty bracket.
    leftovers = LEFTOVER_RE.findall(STAGE_DIRECTIONS.sub("", f"{subject}\n{text}"))
    if leftovers:
        add(
            Finding(
                "placeholder",
                False,
                _tr(
                    lang,
                    gettext_noop(
                        "“%(found)s” looks like a placeholder or an empty bracket: replace "
                        "or remove it before sending."
                    ),
                )
                % {"found": _quote(leftovers)},
            )
        )
    else:
        add(
            Finding(
                "placeholder",
                True,
                _tr(lang, gettext_noop("No leftover placeholder or empty bracket.")),
            )
        )

    # Subject line (email).
    if channel == Channel.EMAIL:
        if subject.strip():
            add(Finding("subject", True, _tr(lang, gettext_noop("The email has a subject line."))))
        else:
            add(
                Finding(
                    "subject",
                    False,
                    _tr(
                        lang,
                        gettext_noop(
                            "The subject line is empty: a clear subject gets the email "
                            "opened and understood."
                        ),
                    ),
                )
            )

    # The recruiter can tell which application this is.
    names = [n for n in (company.strip(), position.strip()) if n]
    if names:
        haystack = f"{subject}\n{text}".casefold()
        if any(n.casefold() in haystack for n in names):
            add(
                Finding(
                    "role",
                    True,
                    _tr(
                        lang,
                        gettext_noop(
                            "The position or the company is named, so they know which "
                            "application you mean."
                        ),
                    ),
                )
            )
        else:
            add(
                Finding(
                    "role",
                    False,
                    _tr(
                        lang,
                        gettext_noop(
                            "Neither the position nor the company is named: recruiters "
                            "handle many applications, say which one you mean."
                        ),
                    ),
                )
            )
    leftover = _leftover_finding(lang, f"{subject}\n{text}", earlier_names, (company,))
    if leftover is not None:
        add(leftover)
    return findings


def _leftover_finding(
    lang: str, text: str, earlier_names: tuple[str, ...], current: tuple[str, ...]
) -> Finding | None:
    """A name from the message this one was copied from (the other company,
    its recruiter) still in the text: the recruiter would notice."""
    keep = {name.casefold() for name in current if name}
    names = [n.strip() for n in earlier_names if len(n.strip()) >= 3 and n.casefold() not in keep]
    if not names:
        return None
    haystack = text.casefold()
    found = [name for name in names if name.casefold() in haystack]
    if found:
        with override(lang):
            message = gettext(
                "“%(names)s” comes from the message you copied: check that this one speaks "
                "to the right company and person."
            ) % {"names": ", ".join(found)}
        return Finding("leftover", False, message)
    return Finding(
        "leftover",
        True,
        _tr(lang, gettext_noop("Nothing is left over from the message you copied.")),
    )


def _length_finding(*, text: str, channel: str, language: str) -> Finding:
    """Length right for the channel."""
    if channel == Channel.SMS:
        segments = sms_info(text.strip()).segments
        if segments > SMS_MAX_SEGMENTS:
            return Finding(
                "length",
                False,
                _tr(
                    language,
                    gettext_noop(
                        "Your text message needs %(count)s segments: keep it to two at most, "
                        "a text should stay brief."
                    ),
                )
                % {"count": segments},
            )
        return Finding("length", True, _sms_fits(language, segments))
    words = word_count(text)
    if channel == Channel.EMAIL:
        if words < EMAIL_MIN_WORDS:
            return Finding(
                "length",
                False,
                _tr(
                    language,
                    gettext_noop(
                        "Your email is very short (%(count)s words): a few words of thanks "
                        "and a polite close make it courteous."
                    ),
                )
                % {"count": words},
            )
        if words > EMAIL_MAX_WORDS:
            return Finding(
                "length",
                False,
                _tr(
                    language,
                    gettext_noop(
                        "Your email is long (%(count)s words): aim for under %(max)s so your "
                        "decision stands out."
                    ),
                )
                % {"count": words, "max": EMAIL_MAX_WORDS},
            )
        return Finding(
            "length",
            True,
            _tr(language, gettext_noop("The length suits an email (%(count)s words)."))
            % {"count": words},
        )
    if words > SPOKEN_MAX_WORDS:
        return Finding(
            "length",
            False,
            _tr(
                language,
                gettext_noop(
                    "Your script is long (%(count)s words): keep it under %(max)s so it "
                    "sounds natural when spoken."
                ),
            )
            % {"count": words, "max": SPOKEN_MAX_WORDS},
        )
    return Finding(
        "length",
        True,
        _tr(language, gettext_noop("The length suits a conversation (%(count)s words)."))
        % {"count": words},
    )


def check_message(
    message: ComposedMessage,
    *,
    text: str | None = None,
    subject: str | None = None,
    wants_door_open: bool,
    company: str,
    position: str,
    other_employer: str = "",
    earlier_names: tuple[str, ...] = (),
) -> list[Finding]:
    """`check()` on a composed message, or on its text as edited by the user."""
    return check(
        earlier_names=earlier_names,
        text=message.body if text is None else text,
        subject=message.subject if subject is None else subject,
        language=message.language,
        channel=message.channel,
        wants_door_open=wants_door_open,
        company=company,
        position=position,
        other_employer=other_employer,
    )
