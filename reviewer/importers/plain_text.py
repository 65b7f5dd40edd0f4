"""Plain-text chats and transcripts: one "Name: message" line per message.

    Anna: Hello, how can I help?
    [2024-01-15 10:30] Anna: Hello              (date and time)
    [15.01.2024 10:30:15] Клиент: Добрый день
    10:31 Customer: Where is my order?          (time only)
    00:01:05.250 - Agent: ...                   (offsets into a call)

A line that does not start a message continues the one above. When any message line carries a
time, only lines with a time start messages, so "Note: ..." inside a message stays text. Lines
before the first message are kept in the conversation's metadata as the preamble.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

from reviewer.domain import Channel, Conversation, Turn
from reviewer.importers import chattime
from reviewer.importers.agents import assign_roles, label_roles
from reviewer.importers.base import ImportOptions, ImportProblem, Parsed
from reviewer.importers.textio import decode_head, read_text

_HEADER = re.compile(
    r"^[\ufeff\u200e\u200f]*\s*(?:[\[(]?"
    r"(?:(?P<date>\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?:,?\s+|T))?"
    r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)"
    r"(?:\s?(?P<half>[AaPp])\.?\s?[Mm]\.?)?"
    r"[\])]?(?:\s*[-\u2013|]\s*|\s+))?"
    r"(?P<name>[^\s:\[\]<>\"][^:\[\]<>\"]{0,59}?)\s*:(?:\s+(?P<text>.*)|$)"
)
_DATE_PARTS = re.compile(r"[./-]")
_MAX_NAME_WORDS = 5


def _header(line: str) -> re.Match | None:
    m = _HEADER.match(line)
    if m is None or m["name"].count(" ") >= _MAX_NAME_WORDS:
        return None
    return m


class PlainTextImporter:
    name = "plain_text"
    suffixes = (".txt",)

    def sniff(self, path: Path, head: bytes) -> int:
        text = decode_head(head)
        if text is None or text[:1024].lstrip()[:1] in ("{", "<"):
            return 0
        lines = [line for line in text[:4096].splitlines()[:15] if line.strip()]
        if not lines:
            return 0
        if _header(lines[0]):
            return 2
        headers = sum(1 for line in lines[1:] if _header(line))
        return 2 if headers >= 2 and headers * 3 >= len(lines) else 0

    def parse(self, path: Path, options: ImportOptions) -> Parsed:
        lines = read_text(path).split("\n")
        found = [_header(line) for line in lines]
        if any(m is not None and m["time"] for m in found):
            found = [m if m is not None and m["time"] else None for m in found]

        preamble: list[str] = []
        messages: list[tuple[re.Match, list[str]]] = []
        for line, m in zip(lines, found):
            if m is not None:
                messages.append((m, [m["text"] or ""]))
            elif messages:
                messages[-1][1].append(line)
            elif line.strip():
                preamble.append(line.strip())

        conversation = Conversation(
            channel=options.channel or Channel.CHAT, source_name=path.name, source_format=self.name
        )
        kept: list[re.Match] = []
        for m, text_lines in messages:
            text = "\n".join(text_lines).strip()
            if text:
                conversation.turns.append(Turn(text=text, speaker_name=m["name"].strip()))
                kept.append(m)
        if not conversation.turns:
            raise ImportProblem("no messages found: no line looks like \"Name: message\"")
        if preamble:
            conversation.metadata["preamble"] = "\n".join(preamble)

        notes: list[str] = []
        if any(m["date"] for m in kept):
            _set_dated_times(conversation, kept, notes)
        elif kept[0]["time"]:
            _set_clock_offsets(conversation, kept)
        label_roles(conversation)
        note = assign_roles(conversation, options.agents)
        if note:
            notes.append(note)
        return Parsed([conversation], notes)


def _set_dated_times(conversation: Conversation, kept: list[re.Match], notes: list[str]) -> None:
    """Wall-clock times, the date order decided over the whole file (as for WhatsApp); a line
    with a time but no date takes the date of the line before."""
    triples = [tuple(_DATE_PARTS.split(m["date"])) for m in kept if m["date"]]
    order, certain = chattime.date_order(triples)
    moments = _moments(kept, order)
    if not certain:
        swapped = _moments(kept, chattime.MDY, quiet=True)
        if not chattime.in_time_order(moments) and swapped and chattime.in_time_order(swapped):
            moments = swapped  # only month/day keeps the messages in order
        elif any(a != b for a, b, _ in triples):
            notes.append("dates could be day/month or month/day; read as day/month")
    for turn, moment in zip(conversation.turns, moments):
        turn.sent_at = chattime.iso(moment)
    chattime.finish(conversation, moments)


def _moments(kept: list[re.Match], order: str, quiet: bool = False) -> list[datetime] | None:
    date = next(m["date"] for m in kept if m["date"])
    moments: list[datetime] = []
    for m in kept:
        date = m["date"] or date
        year, month, day = chattime.ymd(tuple(_DATE_PARTS.split(date)), order)
        hours, rest = divmod(chattime.clock_ms(m["time"]), 3_600_000)
        try:
            start_of_hour = datetime(year, month, day, chattime.hour_24(hours, m["half"]))
            moments.append(start_of_hour + timedelta(milliseconds=rest))
        except ValueError:
            if quiet:
                return None
            raise ImportProblem(f"impossible date or time {date} {m['time']}") from None
    return moments


def _set_clock_offsets(conversation: Conversation, kept: list[re.Match]) -> None:
    """Times without a date. Under an hour at the first message they are offsets into a call
    ("00:01:05"); otherwise times of day, counted from the first message. Two-number times are
    hours:minutes unless a first number above 23 shows they are minutes:seconds."""
    minutes_first = any(m["time"].count(":") == 1 and int(m["time"].split(":")[0]) > 23 for m in kept)
    clock = []
    for m in kept:
        ms = chattime.clock_ms(m["time"], minutes_first)
        if m["half"]:
            hours, rest = divmod(ms, 3_600_000)
            ms = chattime.hour_24(hours, m["half"]) * 3_600_000 + rest
        clock.append(ms)
    for turn, offset in zip(conversation.turns, chattime.offsets_from_clock(clock)):
        turn.start_ms = offset
    chattime.finish_offsets(conversation)


IMPORTER = PlainTextImporter()
