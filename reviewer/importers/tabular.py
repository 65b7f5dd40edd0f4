"""Conversations as tables: CSV (comma, semicolon or tab separated, with a header row) and JSON
(a list of objects, or an object holding the list under "turns", "messages", "segments",
"utterances" or "dialog").

Columns and keys are found by name, in any letter case; the first synonym present wins:

    text     text, message, body, content, utterance, transcript, msg, текст, сообщение, teksts, ziņa
    speaker  speaker, author, from, name, sender, sender_name, speaker_name, user, participant,
             who, автор, отправитель, имя, говорящий, спикер, autors, sūtītājs, runātājs
    role     role, speaker_role, side, роль, loma
    time     time, timestamp, start, start_ms, start_time, datetime, sent_at, created_at,
             timestamp_ms, offset, begin, время, laiks, date, дата, datums
    date     date, day, дата, datums (with a separate time column that holds only the time)
    end      end, end_ms, end_time, stop, конец, beigas
    duration duration_ms (milliseconds), duration, duration_s, dur (seconds): the end is start + duration

A table with several text columns (an ASR "transcript" beside a "human_transcript", "text" beside
"corrected_text") is read from the human or corrected one, and the import note names it; a row
whose corrected cell is empty keeps the other text. Rows without any text are counted in the note.

Time values: ISO 8601 date-times ("2024-01-15T10:30:00", "2024-01-15 10:30:00+03:00", "...Z");
day.month.year or month/day/year dates with a time ("24.11.2026 14:05", "11/24/2026 2:05 PM",
the order decided over the whole file); times without a date "hh:mm", "hh:mm:ss", "hh:mm:ss.mmm",
"mm:ss.mmm" (offsets into a call when the first is under an hour, else times of day counted from
the first row); integers (milliseconds from the start; from 10^9 on Unix seconds, from 10^11 Unix
milliseconds); decimal numbers (seconds from the start, as Whisper writes them; "12,5" too).
Rows are put in time order when the file has them otherwise (Instagram writes newest first).
A table of timed speech segments is a call: rows with ends or durations, a JSON "segments" or
"utterances" list, or a start/offset column holding offsets into the recording; otherwise it is a
chat.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime, timedelta
from pathlib import Path

from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
from reviewer.importers import chattime, jsonio
from reviewer.importers.agents import assign_roles, label_roles, role_from_label
from reviewer.importers.base import ImportOptions, ImportProblem, Parsed
from reviewer.importers.textio import decode_head, read_text

SYNONYMS = {
    "text": "text message body content utterance transcript msg текст сообщение teksts ziņa",
    "speaker": (
        "speaker author from name sender sender_name speaker_name user participant who"
        " автор отправитель имя говорящий спикер autors sūtītājs runātājs"
    ),
    "role": "role speaker_role side роль loma",
    "time": (
        "time timestamp start start_ms start_time datetime sent_at created_at timestamp_ms offset offset_ms begin"
        " время laiks date дата datums"
    ),
    "date": "date day дата datums",
    "end": "end end_ms end_time stop конец beigas",
    "duration": "duration_ms duration duration_s dur",
}
#: A text column a person wrote or corrected, preferred over the machine's: human_transcript,
#: corrected_text, text_corrected, reference_text...
_HUMAN_TEXT = re.compile(
    r"(?:(?:human|corrected|manual|reference|ref|gold|verified|edited|reviewed|final|fixed)_"
    r"(?:text|transcript|transcription|utterance|message)"
    r"|(?:text|transcript|transcription|utterance)_"
    r"(?:human|corrected|manual|reference|ref|gold|verified|edited|reviewed|final|fixed))"
)
#: Time column names that speak of positions in a recording, not of messages being sent.
_SEGMENT_TIME_NAMES = {"start", "start_ms", "start_time", "offset", "offset_ms", "begin"}
_SYNONYMS = {field: names.split() for field, names in SYNONYMS.items()}
_ALL_NAMES = {name for names in _SYNONYMS.values() for name in names}
_LIST_KEYS = ("turns", "messages", "segments", "utterances", "dialog")
_DELIMITERS = (",", ";", "\t", "|")

_JSON_TEXT_KEY = re.compile(
    r'"(?:' + "|".join(map(re.escape, _SYNONYMS["text"])) + "|" + _HUMAN_TEXT.pattern + r')"\s*:', re.I
)
_JSON_WHO_KEY = re.compile(
    r'"(?:' + "|".join(map(re.escape, _SYNONYMS["speaker"] + _SYNONYMS["role"] + _SYNONYMS["time"])) + r')"\s*:',
    re.I,
)
_TEXT_NAME = re.compile("|".join(map(re.escape, _SYNONYMS["text"])))  # cheap test before reading a header
_DATE_TIME = re.compile(
    r"^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})(?:[,\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,6}))?"
    r"\s*(?:([AaPp])\.?\s?[Mm]\.?)?)?$"
)
_INTEGER = re.compile(r"^-?\d+$")
_DECIMAL = re.compile(r"^\d+[.,]\d+$")


def _norm(name) -> str:
    return str(name).strip().casefold().replace(" ", "_").replace("-", "_")


class TabularImporter:
    name = "tabular"
    suffixes = (".csv", ".json")

    def sniff(self, path: Path, head: bytes) -> int:
        text = decode_head(head)
        if text is None:
            return 0
        start = text[:1024].lstrip("\ufeff \t\r\n")[:1]
        if start in ("{", "["):
            sample = text[:16384]
            return 2 if _JSON_TEXT_KEY.search(sample) and _JSON_WHO_KEY.search(sample) else 0
        lines = text[:16384].lstrip("\ufeff").split("\n", 2)
        first = lines[0].strip("\r")
        if first.lower().startswith("sep=") and len(first) == 5 and len(lines) > 1:
            delimiter, first = first[4], lines[1].strip("\r")
        else:
            delimiter = _delimiter(first)
        if delimiter is None or not _TEXT_NAME.search(first.casefold()):
            return 0
        columns = _columns(next(csv.reader([first], delimiter=delimiter)))
        return 2 if "text" in columns and len(columns) >= 2 else 0

    def parse(self, path: Path, options: ImportOptions) -> Parsed:
        text = read_text(path).lstrip("\ufeff")
        if text[:1024].lstrip()[:1] in ("{", "["):
            rows, meta = _json_rows(text)
        else:
            rows, meta = _csv_rows(text)
        return _build(rows, meta, path, options)


# Reading -----------------------------------------------------------------------------------


def _delimiter(header: str) -> str | None:
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(counts, key=counts.get)
    if counts[best] == 0:
        return None
    if list(counts.values()).count(counts[best]) > 1:  # a tie: let the standard sniffer decide
        try:
            return csv.Sniffer().sniff(header, delimiters="".join(_DELIMITERS)).delimiter
        except csv.Error:
            return best
    return best


def _columns(header: list) -> dict[str, object]:
    """Field -> the header name (or JSON key) that holds it."""
    present = {_norm(h): h for h in header if h is not None}
    found: dict[str, object] = {}
    for field, names in _SYNONYMS.items():
        for name in names:
            # A column serves one field: "date" is the time itself unless a "time" column
            # took the time of day, and only then also the separate date.
            if name in present and present[name] not in found.values():
                found[field] = present[name]
                break
    human = next((h for n, h in present.items() if _HUMAN_TEXT.fullmatch(n)), None)
    if human is not None:
        if "text" in found:
            found["machine_text"] = found["text"]  # for rows the person left empty
        found["text"] = human
    return found


def _text_note(columns: dict, header) -> str | None:
    """Which column the text came from, when the table offers more than one."""
    names = [
        h for h in header if h is not None and (_norm(h) in _SYNONYMS["text"] or _HUMAN_TEXT.fullmatch(_norm(h)))
    ]
    if len(names) < 2 or "text" not in columns:
        return None
    others = ", ".join(f'"{n}"' for n in names if n != columns["text"])
    return f'text read from the column "{columns["text"]}" (the table also has {others})'


def _csv_rows(text: str) -> tuple[list[dict], dict]:
    first, _, rest = text.partition("\n")
    if first.lower().startswith("sep=") and len(first.strip()) == 5:  # Excel's "sep=;" hint line
        delimiter, text = first.strip()[4], rest
    else:
        delimiter = _delimiter(first)
    if delimiter is None:
        raise ImportProblem("not a CSV table: the first line has no comma, semicolon or tab between column names")
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader)
        columns = _columns(header)
        _require_text(columns, header, "CSV")
        index = {field: header.index(name) for field, name in columns.items()}
        meta = {"text_note": _text_note(columns, header), "columns": columns}
        rows = []
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            rows.append({field: cells[i] if i < len(cells) else "" for field, i in index.items()})
    except csv.Error as exc:
        raise ImportProblem(f"damaged CSV at line {reader.line_num}: {exc}") from exc
    return rows, meta


def _require_text(columns: dict, header, kind: str) -> None:
    if "text" not in columns:
        names = ", ".join(str(h) for h in header) or "none"
        raise ImportProblem(
            f"{kind}, but no text column: expected one of {', '.join(_SYNONYMS['text'])}; found: {names}"
        )


def _json_rows(text: str) -> tuple[list[dict], dict]:
    data = jsonio.unwrap(jsonio.loads(text))
    meta: dict = {}
    if isinstance(data, dict):
        list_key = next((k for k in _LIST_KEYS if isinstance(data.get(k), list)), None)
        listed = data[list_key] if list_key else None
        if listed is None:
            raise ImportProblem(
                "JSON, but not a conversation table: expected a list of messages or an object with "
                + ", ".join(f"'{k}'" for k in _LIST_KEYS)
            )
        meta = {k: data[k] for k in ("title", "channel", "language") if isinstance(data.get(k), str)}
        meta["list_key"] = list_key
        data = listed
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ImportProblem("JSON, but not a conversation table: the list must hold one object per message")
    keys: dict = {}
    for item in data[:50]:
        keys.update(dict.fromkeys(item))
    columns = _columns(list(keys))
    _require_text(columns, list(keys), "JSON")
    meta["text_note"] = _text_note(columns, list(keys))
    meta["columns"] = columns
    meta_export = "sender_name" in keys and "timestamp_ms" in keys
    rows = []
    for item in data:
        row = {field: item.get(key) for field, key in columns.items()}
        who = row.get("speaker")
        if isinstance(who, dict):  # {"name": ..., "role"/"type": ...}
            row["speaker"] = jsonio.string(who.get("name")) or jsonio.string(who.get("email")) or jsonio.string(who.get("id"))
            row.setdefault("role", jsonio.string(who.get("role")) or jsonio.string(who.get("type")))
        if meta_export:
            row = {k: _meta_mojibake(v) for k, v in row.items()}
        rows.append(row)
    return rows, meta


def _meta_mojibake(value):
    """Facebook and Instagram exports write UTF-8 bytes as if each were a character."""
    if isinstance(value, str) and value and max(value) < "\u0100" and max(value) >= "\u0080":
        try:
            return value.encode("latin-1").decode("utf-8")
        except UnicodeError:
            return value
    return value


# Building ----------------------------------------------------------------------------------


def _build(rows: list[dict], meta: dict, path: Path, options: ImportOptions) -> Parsed:
    kept = []
    empty = machine = 0
    for row in rows:
        text = jsonio.text_of(row.get("text")).strip()
        if not text and "machine_text" in row:
            text = jsonio.text_of(row.get("machine_text")).strip()
            machine += bool(text)
        if not text:
            empty += 1
            continue
        speaker = jsonio.text_of(row.get("speaker")).strip() or None
        role = role_from_label(jsonio.text_of(row.get("role"))) or SpeakerRole.UNKNOWN
        kept.append((row, Turn(text=text, role=role, speaker_name=speaker)))
    if not kept:
        raise ImportProblem("no messages found: every row's text is empty")

    notes: list[str] = [meta["text_note"]] if meta.get("text_note") else []
    if machine:
        columns = meta["columns"]
        notes.append(f'{_rows(machine)} with an empty "{columns["text"]}" kept the "{columns["machine_text"]}" text')
    if empty:
        notes.append(f"{_rows(empty)} without text left out")
    conversation = Conversation(
        channel=Channel.CHAT,
        source_name=path.name,
        source_format="tabular",
        title=meta.get("title"),
        language=meta.get("language"),
    )
    # Starts and ends interleaved, in time order, so that times of day share one origin.
    both = _times([value for row, _ in kept for value in (_joined(row), row.get("end"))], notes)
    starts, ends = both[0::2], both[1::2]
    durations = _durations(kept, meta.get("columns", {}).get("duration"))
    ends = [_end_from(start, end, ms) for start, end, ms in zip(starts, ends, durations)]
    segments = (
        any(e is not None for e in ends)
        or meta.get("list_key") in ("segments", "utterances")
        or _norm(meta.get("columns", {}).get("time", "")) in _SEGMENT_TIME_NAMES
        and all(s is not None and s[0] == "offset" for s in starts)
    )
    default = Channel.CALL if segments else Channel.CHAT
    conversation.channel = options.channel or _channel(meta.get("channel")) or default
    order = sorted(range(len(kept)), key=lambda i: starts[i][1]) if _needs_sorting(starts) else None
    if order is not None:
        kept, starts, ends = [kept[i] for i in order], [starts[i] for i in order], [ends[i] for i in order]
    conversation.turns = [turn for _, turn in kept]
    _apply_times(conversation, starts, ends)

    label_roles(conversation)
    note = assign_roles(conversation, options.agents)
    if note:
        notes.append(note)
    return Parsed([conversation], notes)


def _rows(n: int) -> str:
    return f"{n} row{'s' if n != 1 else ''}"


def _durations(kept: list, column) -> list[int | None]:
    """Each row's duration in milliseconds: a column ending in _ms holds milliseconds, the
    others seconds."""
    if column is None:
        return [None] * len(kept)
    in_ms = _norm(column).endswith("_ms")
    found = []
    for row, _ in kept:
        value = row.get("duration")
        if isinstance(value, str):
            value = value.strip().replace(",", ".")
        try:
            number = float(value) if value not in (None, "") and not isinstance(value, bool) else None
        except (TypeError, ValueError):
            raise ImportProblem(f"unreadable duration {str(value)[:40]!r}") from None
        found.append(None if number is None or number < 0 else round(number if in_ms else number * 1000))
    return found


def _end_from(start, end, duration_ms: int | None):
    """The row's end: its own, else its start plus its duration."""
    if end is not None or duration_ms is None or start is None:
        return end
    if start[0] == "offset":
        return ("offset", start[1] + duration_ms)
    if start[0] == "moment":
        return ("moment", start[1] + timedelta(milliseconds=duration_ms))
    return None


def _channel(value) -> Channel | None:
    try:
        return Channel(str(value).strip().lower()) if value else None
    except ValueError:
        return None


def _joined(row: dict):
    """The row's time, with a separate date column put in front of a time of day."""
    value = row.get("time")
    date = row.get("date")
    if date not in (None, "") and isinstance(value, str) and ":" in value and not _DATE_TIME.match(value.strip()):
        return f"{str(date).strip()} {value.strip()}"
    return value


# A time is ("moment", datetime), ("offset", ms), ("clock", "hh:mm[:ss]" text) or None.
def _times(values: list, notes: list[str]) -> list[tuple | None]:
    parsed: list[tuple | None] = []
    dated: list[tuple[int, re.Match]] = []
    for i, value in enumerate(values):
        parsed.append(_time(value))
        if parsed[-1] is not None and parsed[-1][0] == "dated":
            dated.append((i, parsed[-1][1]))
    if dated:
        order, certain = chattime.date_order(m.group(1, 2, 3) for _, m in dated)
        moments = [_dated_moment(m, order) for _, m in dated]
        if not certain:
            try:
                swapped = [_dated_moment(m, chattime.MDY) for _, m in dated]
            except ImportProblem:
                swapped = None
            if not chattime.in_time_order(moments) and swapped and chattime.in_time_order(swapped):
                moments = swapped  # only month/day keeps the rows in order
            elif any(m.group(1) != m.group(2) for _, m in dated):
                notes.append("dates could be day/month or month/day; read as day/month")
        for (i, _), moment in zip(dated, moments):
            parsed[i] = ("moment", moment)
    clocks = [p[1] for p in parsed if p is not None and p[0] == "clock"]
    if clocks:
        minutes_first = any(c.count(":") == 1 and int(c.split(":")[0]) > 23 for c in clocks)
        values_ms = [chattime.clock_ms(p[1], minutes_first) if p and p[0] == "clock" else None for p in parsed]
        for i, offset in enumerate(chattime.offsets_from_clock(values_ms)):
            if offset is not None:
                parsed[i] = ("offset", offset)
    return parsed


def _time(value) -> tuple | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return _number(value)
    if isinstance(value, float):
        return ("moment", chattime.from_epoch(value)) if value >= 1e9 else ("offset", round(value * 1000))
    value = str(value).strip()
    if not value:
        return None
    if _INTEGER.match(value):
        return _number(int(value))
    if _DECIMAL.match(value):
        return _time(float(value.replace(",", ".")))
    if ":" in value and chattime.clock_ms(value) is not None:
        return ("clock", value)
    moment = chattime.parse_iso(value.replace("Z", "+00:00") if value.endswith("Z") else value)
    if moment is not None:
        return ("moment", moment)
    m = _DATE_TIME.match(value)
    if m:
        return ("dated", m)
    raise ImportProblem(f"unreadable time {value[:40]!r}")


def _number(value: int) -> tuple:
    if value >= 100_000_000_000:
        return ("moment", chattime.from_epoch(value / 1000))
    if value >= 1_000_000_000:
        return ("moment", chattime.from_epoch(value))
    return ("offset", value)


def _dated_moment(m: re.Match, order: str) -> datetime:
    year, month, day = chattime.ymd(m.group(1, 2, 3), order)
    hour = chattime.hour_24(int(m.group(4) or 0), m.group(8))
    fraction = int((m.group(7) or "0").ljust(6, "0"))
    try:
        return datetime(year, month, day, hour, int(m.group(5) or 0), int(m.group(6) or 0), fraction)
    except ValueError:
        raise ImportProblem(f"impossible date or time {m.group(0)!r}") from None


def _needs_sorting(starts: list) -> bool:
    """Sort rows by time when every row has one of the same kind and they are out of order
    (Instagram and Messenger write the newest message first)."""
    if not starts or any(s is None for s in starts) or len({s[0] for s in starts}) != 1:
        return False
    if starts[0][0] == "moment" and len({s[1].tzinfo is None for s in starts}) != 1:
        return False  # local and zoned times mixed: leave the file's order
    return any(b[1] < a[1] for a, b in zip(starts, starts[1:]))


def _apply_times(conversation: Conversation, starts: list, ends: list) -> None:
    if any(s is not None and s[0] == "moment" for s in starts):
        moments = [s[1] if s is not None and s[0] == "moment" else None for s in starts]
        for turn, moment in zip(conversation.turns, moments):
            turn.sent_at = chattime.iso(moment) if moment is not None else None
        chattime.finish(conversation, moments)
        first = next(m for m in moments if m is not None)
        for turn, end in zip(conversation.turns, ends):
            if end is not None and end[0] == "moment" and (end[1].tzinfo is None) == (first.tzinfo is None):
                turn.end_ms = round((end[1] - first).total_seconds() * 1000)
        return
    for turn, start, end in zip(conversation.turns, starts, ends):
        turn.start_ms = start[1] if start is not None else None
        turn.end_ms = end[1] if end is not None and end[0] == "offset" else None
    chattime.finish_offsets(conversation)


IMPORTER = TabularImporter()
