"""WhatsApp "Export chat" text files, from Android and iPhone, in any date order and 12/24 h.

    24.11.2026, 14:05 - Анна: текст             (Android)
    [24.11.26, 14:05:33] Анна: текст            (iPhone)
    01/30/2019, 08:49 p. m. - Jahn Doe: text    (12-hour clock, Spanish-style "p. m.")

Lines that do not start with a date and time continue the message above. Lines with a date and
time but no "Name: " are WhatsApp's own notices ("Messages are end-to-end encrypted", "X added
Y", "You were added"): they are kept as system turns, so the timeline stays complete. iPhone
exports write notices as messages from the chat's name (a group's or a business's name, "Seller
Hub Support: Messages and calls are end-to-end encrypted"), usually with a direction mark before
the text: the notices WhatsApp writes in every chat (encryption, business account, security
code) are system turns whatever name stands before them, and so is every other marked line of
the name that posted one, since that name is the chat itself, not a person.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
from reviewer.importers import chattime
from reviewer.importers.agents import assign_roles, label_roles
from reviewer.importers.base import ImportOptions, ImportProblem, Parsed
from reviewer.importers.textio import decode_head, read_text

# Direction marks that iPhone exports put before lines and attachments.
_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_LINE = re.compile(
    rf"^[{_MARKS}]*\[?(?P<a>\d{{1,4}})[./-](?P<b>\d{{1,2}})[./-](?P<c>\d{{1,4}}),?\s+"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:\s*(?P<half>[AaPp])\.?\s?[Mm]\.?)?"
    r"(?:\]\s*|\s+[-\u2013]\s+)(?P<rest>.*)$"
)
# "Name: text"; a name has no quotes, so notices such as `X changed the subject to "Re: y"` are
# not read as messages. A colon not followed by a space ("John Doe:.") is not a sender.
_SENDER = re.compile(r'^([^"\u201c\u201d]{1,100}?):(?: (.*)|$)', re.S)
# The notices WhatsApp itself writes into chats, whoever they seem to come from; anchored at the
# start of the text, so that a customer asking "is this end-to-end encrypted?" stays a message.
_NOTICE = re.compile(
    r"^(?:Messages and calls are end-to-end encrypted"
    r"|Messages (?:to|you send to) this (?:group|chat)(?: and calls)? are now secured with end-to-end encryption"
    r"|Messages and calls are now secured with end-to-end encryption"
    r"|This (?:chat|message) is with a business account|This business (?:uses|is working with)"
    r"|Your security code with .{1,100} changed|Disappearing messages"
    r"|Сообщения и звонки защищены сквозным шифрованием|Ваш код безопасности"
    r"|Этот чат с бизнес-аккаунтом|Исчезающие сообщения"
    r"|Ziņas un zvani ir (?:pilnībā )?šifrēti|Ziņojumi un zvani ir (?:pilnībā )?šifrēti"
    r"|Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt"
    r"|Los mensajes y las llamadas están cifrados de extremo a extremo"
    r"|Les messages et les appels sont chiffrés de bout en bout)",
    re.I,
)
# "WhatsApp Chat with Anna.txt" (the other person of a one-to-one chat), in a few languages.
_CHAT_WITH = re.compile(
    r"^(?:WhatsApp Chat (?:with|mit|met|con|avec|com) |Чат WhatsApp с )(.+?)(?:\s*\(\d+\))?$"
)


class WhatsAppImporter:
    name = "whatsapp"
    suffixes = (".txt",)

    def sniff(self, path: Path, head: bytes) -> int:
        text = decode_head(head)
        if text is None:
            return 0
        lines = [line for line in text[:8192].splitlines()[:12] if line.strip()]
        if not lines:
            return 0
        if _LINE.match(lines[0]):
            return 3
        return 3 if sum(1 for line in lines[1:] if _LINE.match(line)) >= 2 else 0

    def parse(self, path: Path, options: ImportOptions) -> Parsed:
        entries: list[tuple[int, re.Match, list[str]]] = []
        preamble: list[str] = []
        for number, line in enumerate(read_text(path).split("\n"), start=1):
            m = _LINE.match(line)
            if m:
                entries.append((number, m, []))
            elif entries:
                entries[-1][2].append(line)
            elif line.strip():
                preamble.append(line)
        if not entries:
            raise ImportProblem("no messages found: no line starts with a WhatsApp date and time")

        notes: list[str] = []
        moments = _moments(entries, notes)
        conversation = Conversation(
            channel=options.channel or Channel.CHAT,
            source_name=path.name,
            source_format=self.name,
        )
        turns = conversation.turns
        kept: list[datetime | None] = []
        if preamble:
            turns.append(Turn(text="\n".join(preamble).strip(), role=SpeakerRole.SYSTEM))
            kept.append(None)
        lines = [_sender_and_text(m["rest"]) for _, m, _ in entries]
        chat_names = _chat_names(lines)
        for (_, m, more), moment, (name, first) in zip(entries, moments, lines):
            if name is not None and (name in chat_names and first[:1] in _MARKS or _NOTICE.match(first.lstrip(_MARKS))):
                name = None  # a notice, "sent" by the chat's own name
            elif name is not None and not turns and first[:1] in _MARKS:
                name = None  # iPhone's opening notice in a language _NOTICE does not know
            first = first.lstrip(_MARKS)
            text = "\n".join([first, *more]).strip() if more else first.strip()
            if not text:
                continue
            sent_at = chattime.iso(moment)
            if name:
                turns.append(Turn(text=text, speaker_name=name, sent_at=sent_at))
            else:
                turns.append(Turn(text=text, role=SpeakerRole.SYSTEM, sent_at=sent_at))
            kept.append(moment)
        if not any(t.speaker_name for t in turns):
            raise ImportProblem("no messages found: only WhatsApp notices, nobody wrote anything")
        chattime.finish(conversation, kept)
        label_roles(conversation)  # contacts saved as "Support" or "Клиент"
        note = assign_roles(conversation, options.agents, _exporter(path, conversation))
        if note:
            notes.append(note)
        return Parsed([conversation], notes)


def _sender_and_text(rest: str) -> tuple[str | None, str]:
    """(the name before "Name: ", the text after it, its direction marks kept); no name for
    Android's notices, which have none."""
    rest = rest.lstrip(_MARKS)
    sender = _SENDER.match(rest)
    if not sender:
        return None, rest
    return sender.group(1).strip(), sender.group(2) or ""


def _chat_names(lines: list[tuple[str | None, str]]) -> set[str]:
    """Names that posted one of WhatsApp's own notices: the group or business the chat is
    named after, under which iPhone writes all its notices ("Anna added Peter")."""
    return {name for name, text in lines if name is not None and _NOTICE.match(text.lstrip(_MARKS))}


def _moments(entries: list[tuple[int, re.Match, list[str]]], notes: list[str]) -> list[datetime]:
    """Each entry's time, with the date order decided over the whole file."""
    order, certain = chattime.date_order(m.group("a", "b", "c") for _, m, _ in entries)
    moments = _read(entries, order)
    if not certain:
        swapped = _read(entries, chattime.MDY, quiet=True)
        if not chattime.in_time_order(moments) and swapped and chattime.in_time_order(swapped):
            return swapped  # only month/day keeps the messages in order
        if any(m["a"] != m["b"] for _, m, _ in entries):
            notes.append("dates could be day/month or month/day; read as day/month")
    return moments


def _read(entries, order: str, quiet: bool = False) -> list[datetime] | None:
    moments = []
    for number, m, _ in entries:
        year, month, day = chattime.ymd(m.group("a", "b", "c"), order)
        hour = chattime.hour_24(int(m["hour"]), m["half"])
        try:
            moments.append(datetime(year, month, day, hour, int(m["minute"]), int(m["second"] or 0)))
        except ValueError:
            if quiet:
                return None
            raise ImportProblem(f"line {number}: impossible date or time {m.group(0)[:40]!r}") from None
    return moments


def _exporter(path: Path, conversation: Conversation) -> str | None:
    """Who exported a one-to-one chat, when the file name names the other person exactly.

    Android names the export "WhatsApp Chat with X.txt"; when X is one of exactly two senders,
    the other sender is the phone's owner. Anything less certain gives no exporter.
    """
    m = _CHAT_WITH.match(path.stem)
    if not m:
        return None
    senders = [n for n in conversation.participants if n]
    other = m.group(1).strip().casefold()
    if len(senders) != 2 or other not in (s.casefold() for s in senders):
        return None
    return next(s for s in senders if s.casefold() != other)


IMPORTER = WhatsAppImporter()
