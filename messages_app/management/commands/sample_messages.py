"""`manage.py sample_messages`: every message the composer writes, to review.

One JSON object per line (or, with --markdown, a document to read), from the
blocks in the database: after editing blocks in the admin, run it and read
what changed. The declines come first, then the messages of a person not sure
yet (asking for more information, asking for another date), at every stage,
with and without their own question or times.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils.translation import override

from messages_app import wizard
from messages_app.choices import Channel, Language, Purpose, Reaction, ReasonKey, Tone, purpose_of
from messages_app.composer import ComposedMessage
from messages_app.quality import check
from messages_app.samples import Sample, base_answers, samples

#: The answers worth showing beside each message.
SHOWN_ANSWERS = (
    "message_language",
    "channel",
    "stage",
    "tone",
    "length",
    "reasons",
    "reason_detail",
    "contact_name",
    "contact_civility",
    "first_name_terms",
    "include_apology",
    "include_door_open",
    "include_stay_in_touch",
    "stay_in_touch_link",
    "include_feedback",
    "interview_date",
    "purpose",
    "question",
    "availability",
)

#: The stages a person not sure yet may write at.
ASKING_STAGES = ("invitation", "accepted", "several", "offer")
#: What such a person may type: their own question, or the times that suit them.
_TYPED: dict[str, dict[str, str]] = {
    "fr": {"question": "Le poste est-il ouvert au télétravail ?", "availability": "mardi matin"},
    "en": {"question": "Is the role open to remote work?", "availability": "any morning next week"},
}


def asking_samples() -> Iterator[Sample]:
    """Asking for more information or another date: every stage × channel ×
    language × tone, each without then with the person's own words (the
    variant is named after the purpose, "_typed" for the second)."""
    purposes = (Purpose.ASK_INFO.value, Purpose.RESCHEDULE.value)
    for stage, channel, language, tone, purpose in itertools.product(
        ASKING_STAGES, Channel.values, Language.values, Tone.values, purposes
    ):
        base = base_answers(
            stage=stage,
            reason=ReasonKey.CAREER_GOALS,
            channel=channel,
            language=language,
            tone=tone,
        )
        answers = {**base, "certainty": "unsure", "purpose": purpose}
        yield Sample(purpose, answers)
        yield Sample(f"{purpose}_typed", {**answers, **_TYPED[language]})


def sample_record(sample: Sample) -> dict[str, Any]:
    """One combination as plain data: the answers, the message and its check."""
    answers = sample.answers
    message = wizard.compose_from_answers(answers)
    findings = check(
        text=message.body,
        subject=message.subject,
        language=message.language,
        channel=message.channel,
        wants_door_open=bool(answers["include_door_open"]),
        company=answers["company"],
        position=answers["position"],
        purpose=purpose_of(answers),
    )
    return {
        "variant": sample.name,
        "scenario": wizard.message_request_from_answers(answers).scenario,
        "answers": {key: _plain(answers.get(key)) for key in SHOWN_ANSWERS},
        "subject": message.subject,
        "body": message.body,
        "points": list(message.points),
        "replies": {reply.reaction: reply.text for reply in message.replies},
        "voicemail": message.voicemail,
        "call_time": message.call_time,
        "sms": _sms(message),
        "findings": [
            {"rule": f.rule, "ok": f.ok, "message": f.message} for f in findings if not f.ok
        ],
    }


def _plain(value: Any) -> Any:
    """Choice members as their plain values, for JSON and reading."""
    if isinstance(value, list):
        return [str(item) for item in value]
    return str(value) if isinstance(value, str) else value


def _sms(message: ComposedMessage) -> dict[str, Any] | None:
    if message.sms is None:
        return None
    return {
        "characters": message.sms.characters,
        "encoding": message.sms.encoding,
        "segments": message.sms.segments,
        "outside_gsm": [char for char, _word in message.sms.wide_characters],
    }


def as_markdown(record: dict[str, Any]) -> str:
    answers = record["answers"]
    title = " · ".join(
        str(part)
        for part in (
            answers["message_language"],
            record["scenario"],
            answers["channel"],
            answers["tone"],
            record["variant"],
        )
    )
    lines = [f"### {title}", ""]
    changed = ", ".join(
        f"{k}={'+'.join(map(str, v)) if isinstance(v, list) else v}"
        for k, v in answers.items()
        if v not in ("", None, False)
    )
    lines += [f"<small>{changed}</small>", ""]
    if record["subject"]:
        lines += [f"**Subject:** {record['subject']}", ""]
    lines += ["```text", record["body"], "```", ""]
    if record["sms"]:
        sms = record["sms"]
        lines += [
            f"SMS: {sms['characters']} characters, {sms['encoding']}, {sms['segments']} segment(s)",
            "",
        ]
    if record["points"]:
        lines += ["Points to cover:", *[f"- {point}" for point in record["points"]], ""]
    for reaction, label in Reaction.choices:
        text = record["replies"].get(reaction)
        if text:
            lines.append(f"- *{label}*: {text}")
    if record["replies"]:
        lines.append("")
    if record["voicemail"]:
        lines += [f"Voicemail: {record['voicemail']}", ""]
    for finding in record["findings"]:
        lines.append(f"> ⚠ {finding['rule']}: {finding['message']}")
    return "\n".join(lines).rstrip() + "\n"


class Command(BaseCommand):
    help = (
        "Print every message the composer writes from the current blocks: one JSON "
        "object per line, or a Markdown document with --markdown."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--markdown", action="store_true", help="A document to read.")
        parser.add_argument("--language", choices=["fr", "en"], help="Only this language.")
        parser.add_argument("--channel", choices=Channel.values, help="Only this channel.")
        parser.add_argument(
            "--variant",
            help="Only this variant (e.g. base, no_contact, ask_info, reschedule_typed).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        with override("en"):  # labels of the document; the messages keep their language
            for sample in itertools.chain(samples(), asking_samples()):
                answers = sample.answers
                if options["language"] and answers["message_language"] != options["language"]:
                    continue
                if options["channel"] and answers["channel"] != options["channel"]:
                    continue
                if options["variant"] and sample.name != options["variant"]:
                    continue
                record = sample_record(sample)
                if options["markdown"]:
                    self.stdout.write(as_markdown(record))
                else:
                    self.stdout.write(json.dumps(record, ensure_ascii=False))
