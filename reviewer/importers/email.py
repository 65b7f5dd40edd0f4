"""E-mail: single messages (.eml, RFC 822) and mailboxes (.mbox).

A message is one turn by its sender (the From display name, or the address), at its Date, with
the Subject as the conversation's title. The plain-text part is preferred; HTML is turned into
text. Quoted earlier mail is trimmed so that each turn holds what that person wrote: lines
starting with ">", and everything from an attribution line ("On ... wrote:", "... писал(а):",
"-----Original Message-----", an Outlook "From: / Sent:" block) to the end.

A mailbox holds threads: messages joined by Message-ID / In-Reply-To / References, and replies
without those headers joined by their subject ("Re: ..."). One thread is one conversation, its
messages ordered by Date, told apart by the first message's Message-ID.
"""

from __future__ import annotations

import mailbox
import re
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from reviewer.domain import Channel, Conversation, Turn
from reviewer.importers import chattime, htmltext
from reviewer.importers.agents import assign_roles
from reviewer.importers.base import ImportOptions, ImportProblem, Parsed
from reviewer.importers.textio import decode, decode_head

_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9-]{1,40}):[ \t]", re.M)
_MBOX_FROM = re.compile(r"^From \S+ ", re.M)
_MBOX_ESCAPED = re.compile(rb"^>(>*From )", re.M)
_KNOWN_HEADERS = {"from", "to", "date", "subject", "message-id", "received", "mime-version", "return-path"}

# Where quoted earlier mail starts. Attribution lines may wrap over two lines, so they are
# also matched against a line joined with the next one.
_ATTRIBUTION = re.compile(
    r"^(?:On\s.{0,300}?wrote:"
    r"|.{0,300}?(?:писал|писала|писал\(а\)|написал|написала|написал\(а\)|пишет)\s*:"
    r"|.{0,300}?rakstīja:"
    r"|Am\s.{0,300}?schrieb.{0,100}:"
    r"|.{0,300}?<[^<>\s]+@[^<>\s]+>\s*:)\s*$"  # Gmail in Russian: "пн, 15 янв. 2024 г. в 10:00, Иван <i@x.ru>:"
)
_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(?:Original Message|Исходное сообщение|Oriģinālā ziņa|Ursprüngliche Nachricht)\s*-{2,}\s*$",
    re.I,
)
_OUTLOOK_FROM = re.compile(r"^\s*(?:From|От|No|Von):\s.+$")
_OUTLOOK_NEXT = re.compile(r"^\s*(?:Sent|Date|Отправлено|Дата|Nosūtīts|Gesendet):\s")
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|sv|vs|ответ|отв|rif)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


class EmailImporter:
    name = "email"
    suffixes = (".eml", ".mbox", ".mbx")

    def sniff(self, path: Path, head: bytes) -> int:
        text = decode_head(head)
        if text is None:
            return 0
        if text.startswith("From "):  # mbox: each message starts with a "From sender date" line
            if not _MBOX_FROM.match(text):
                return 0
            block = text[:16384].split("\n\n", 1)[0]
            return 3 if re.search(r"^(?:From|Date|Subject):", block, re.M | re.I) else 0
        if not _HEADER_LINE.match(text):
            return 0
        block = re.split(r"\r?\n\r?\n", text[:16384], maxsplit=1)[0]
        names = {m.group(1).lower() for m in _HEADER_LINE.finditer(block)}
        return 3 if "from" in names and len(names & _KNOWN_HEADERS) >= 3 else 0

    def parse(self, path: Path, options: ImportOptions) -> Parsed:
        data = path.read_bytes()
        if not data.strip():
            raise ImportProblem("empty file")
        if data.startswith(b"From "):
            messages = _mbox_messages(path)
        else:
            messages = [BytesParser(policy=policy.default).parsebytes(data)]
            if not messages[0].get("From") and not messages[0].get("Date"):
                raise ImportProblem("not an e-mail message: no From or Date header")
        threads = _threads(messages) if len(messages) > 1 else [messages]
        conversations, notes = [], []
        for number, thread in enumerate(threads, start=1):
            key = f"thread-{number}" if len(threads) > 1 else ""
            conversation, aliases = _conversation(thread, path, options, key)
            if not conversation.turns:
                continue
            note = assign_roles(conversation, options.agents, aliases=aliases)
            if note:
                notes.append(f"thread {conversation.title!r}: {note}" if len(threads) > 1 else note)
            conversations.append(conversation)
        if not conversations:
            raise ImportProblem("no messages found: the e-mail has no text")
        return Parsed(conversations, notes)


def _mbox_messages(path: Path) -> list[EmailMessage]:
    box = mailbox.mbox(path, create=False)
    parser = BytesParser(policy=policy.default)
    try:
        # Mailboxes escape body lines starting with "From " as ">From "; undo one level.
        return [parser.parsebytes(_MBOX_ESCAPED.sub(rb"\1", box.get_bytes(key))) for key in box.keys()]
    finally:
        box.close()


# Threads -----------------------------------------------------------------------------------


def _ids(value) -> list[str]:
    return re.findall(r"<[^<>\s]+>", str(value or ""))


def _threads(messages: list[EmailMessage]) -> list[list[EmailMessage]]:
    parent = list(range(len(messages)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(a: int, b: int) -> None:
        parent[root(a)] = root(b)

    owner: dict[str, int] = {}
    for i, message in enumerate(messages):
        linked = _ids(message.get("Message-ID")) + _ids(message.get("In-Reply-To")) + _ids(message.get("References"))
        for mid in linked:
            if mid in owner:
                join(i, owner[mid])
            else:
                owner[mid] = i
    # Replies whose mail program dropped the reference headers: join them by subject.
    by_subject: dict[str, int] = {}
    for i, message in enumerate(messages):
        subject = str(message.get("Subject") or "")
        key = _REPLY_PREFIX.sub("", subject).strip().casefold()
        if not key:
            continue
        if key in by_subject and _REPLY_PREFIX.match(subject) and not _ids(message.get("In-Reply-To")):
            join(i, by_subject[key])
        by_subject.setdefault(key, i)
    groups: dict[int, list[EmailMessage]] = {}
    for i, message in enumerate(messages):
        groups.setdefault(root(i), []).append(message)
    return list(groups.values())


# Messages ----------------------------------------------------------------------------------


def _conversation(
    thread: list[EmailMessage], path: Path, options: ImportOptions, key: str
) -> tuple[Conversation, dict[str, list[str]]]:
    """One thread's conversation, and each sender's e-mail address for matching agents."""
    dated = [(_date(m), i, m) for i, m in enumerate(thread)]
    # By Date; undated messages keep their place after the dated ones.
    dated.sort(key=lambda d: (d[0] is None, d[0].timestamp() if d[0] else 0, d[1]))
    first = dated[0][2]
    conversation = Conversation(
        channel=options.channel or Channel.EMAIL,
        source_name=path.name,
        source_format="email",
        title=str(first.get("Subject") or "").strip() or None,
        source_key=(_ids(first.get("Message-ID")) or [key])[0] if key else "",
    )
    aliases: dict[str, list[str]] = {}
    moments = []
    for moment, _, message in dated:
        name, address = _sender(message)
        text = _body(message)
        if not text:
            continue
        if address:
            aliases.setdefault(name, [])
            if address not in aliases[name]:
                aliases[name].append(address)
        conversation.turns.append(Turn(text=text, speaker_name=name, sent_at=chattime.iso(moment) if moment else None))
        moments.append(moment)
    chattime.finish(conversation, moments)
    return conversation, aliases


def _date(message: EmailMessage) -> datetime | None:
    raw = message.get("Date")
    if not raw:
        return None
    try:
        moment = parsedate_to_datetime(str(raw))
    except (TypeError, ValueError, IndexError):
        return None
    return moment


def _sender(message: EmailMessage) -> tuple[str, str | None]:
    raw = message.get("From")
    try:
        pairs = getaddresses([str(raw)]) if raw else []
    except (TypeError, ValueError):
        pairs = []
    name, address = pairs[0] if pairs else ("", "")
    address = address.strip() or None
    return (name.strip() or address or "Unknown sender"), address


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    text = ""
    if part is not None:
        text = _part_text(part)
        if part.get_content_subtype() == "html":
            text = htmltext.to_text(text)
    text = trim_quotes(text)
    attached = [a.get_filename() for a in message.iter_attachments() if a.get_filename()]
    if attached:
        text = (text + "\n\n" if text else "") + "\n".join(f"[attachment: {name}]" for name in attached)
    return text


def _part_text(part: EmailMessage) -> str:
    """A text part, decoded by its charset; a wrong or missing charset falls back to guessing."""
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError, AssertionError):
        payload = part.get_payload(decode=True) or b""
        try:
            return decode(payload)[0]
        except ImportProblem:
            return payload.decode("utf-8", errors="replace")


def trim_quotes(text: str) -> str:
    """What the sender wrote, without the earlier mail quoted below (or between) it."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for i, line in enumerate(lines):
        if _SEPARATOR.match(line):
            break
        if _OUTLOOK_FROM.match(line) and i + 1 < len(lines) and _OUTLOOK_NEXT.match(lines[i + 1]):
            break
        if _is_attribution(lines, i):
            break
        if not line.lstrip().startswith(">"):
            kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept).strip()


def _is_attribution(lines: list[str], i: int) -> bool:
    """An "On ... wrote:" line (possibly wrapped over two lines) with quoted lines after it.

    Requiring the quote keeps a sentence of the sender's own that happens to end in "wrote:".
    """
    first = lines[i].strip()
    if not first or first.startswith(">"):
        return False
    for span in (1, 2):
        if i + span > len(lines):
            break
        if span == 2 and _ATTRIBUTION.match(lines[i + 1].strip()):
            return False  # the next line is the attribution by itself; this one is the sender's
        joined = " ".join(line.strip() for line in lines[i:i + span])
        if _ATTRIBUTION.match(joined) and _quote_follows(lines, i + span):
            return True
    return False


def _quote_follows(lines: list[str], start: int) -> bool:
    for line in lines[start:]:
        if line.strip():
            return line.lstrip().startswith(">")
    return False


IMPORTER = EmailImporter()
