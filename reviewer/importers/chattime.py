"""Chat timestamps: the ways exports write dates and times, and offsets from the first message."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Iterable, Sequence

from reviewer.domain import Conversation
from reviewer.importers.base import ImportProblem

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_DAY_MS = 24 * 3600 * 1000

# Date orders a day-month-year string can have.
DMY, MDY, YMD = "day/month/year", "month/day/year", "year/month/day"


def from_epoch(seconds: float) -> datetime:
    """A Unix time as an aware UTC datetime."""
    try:
        return _EPOCH + timedelta(seconds=seconds)
    except (OverflowError, ValueError):
        raise ImportProblem(f"time out of range: {seconds!r} seconds since 1970") from None


def iso(moment: datetime) -> str:
    """ISO 8601 as stored: seconds always, milliseconds only when there are some."""
    if moment.microsecond:
        return moment.isoformat(timespec="milliseconds")
    return moment.isoformat(timespec="seconds")


def parse_iso(value: str) -> datetime | None:
    """An ISO 8601 date-time ("2024-01-15T10:30:00", "... 10:30:00Z", "...+03:00"), else None."""
    value = value.strip()
    if len(value) < 16 or value[4] != "-":
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def hour_24(hour: int, half: str | None) -> int:
    """The 24-hour hour for a 12-hour clock reading ("a"/"p" for AM/PM; None: already 24-hour)."""
    if not half:
        return hour
    if half in "pP":
        return hour if hour == 12 else hour + 12
    return 0 if hour == 12 else hour


def date_order(triples: Iterable[tuple[str, str, str]]) -> tuple[str, bool]:
    """The order of the numbers in a file's dates, decided over the whole file.

    Returns (order, certain). A four-digit first number means year first. Otherwise a first
    number above 12 anywhere means day first, a second number above 12 means month first; with
    neither, dates stay ambiguous and are read day first (what most of the world writes), and the
    caller may check which order keeps the messages in time order.
    """
    day_first = month_first = False
    for a, b, _c in triples:
        if len(a) == 4:
            return YMD, True
        if int(a) > 12:
            day_first = True
        if int(b) > 12:
            month_first = True
        if day_first and month_first:
            break
    if day_first and not month_first:
        return DMY, True
    if month_first and not day_first:
        return MDY, True
    return DMY, False


def ymd(triple: tuple[str, str, str], order: str) -> tuple[int, int, int]:
    a, b, c = triple
    if order == YMD:
        year, month, day = int(a), int(b), int(c)
    elif order == MDY:
        month, day, year = int(a), int(b), int(c)
    else:
        day, month, year = int(a), int(b), int(c)
    if year < 100:
        year += 2000
    return year, month, day


def in_time_order(moments: Sequence[datetime | None]) -> bool:
    last = None
    for moment in moments:
        if moment is None:
            continue
        if last is not None and moment < last:
            return False
        last = moment
    return True


_CLOCK = re.compile(r"^(\d{1,3}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,3}))?$")


def clock_ms(value: str, minutes_first: bool = False) -> int | None:
    """A time of day or an offset, "hh:mm", "hh:mm:ss", "hh:mm:ss.mmm" (also "mm:ss.mmm"), in ms.

    Two numbers are hours and minutes unless ``minutes_first`` (minutes and seconds); a fraction
    after two numbers always means minutes and seconds.
    """
    m = _CLOCK.match(value.strip())
    if not m:
        return None
    a, b, c, frac = m.groups()
    ms = int(frac.ljust(3, "0")) if frac else 0
    if c is not None:
        return ((int(a) * 60 + int(b)) * 60 + int(c)) * 1000 + ms
    if minutes_first or frac:
        return (int(a) * 60 + int(b)) * 1000 + ms
    return (int(a) * 60 + int(b)) * 60_000


def offsets_from_clock(values: Sequence[int | None]) -> list[int | None]:
    """Times without a date (ms) as offsets, carrying over midnight.

    When the first time is under an hour the times are taken as offsets into a recording
    ("00:00:05" stays 5 s); otherwise they are times of day and count from the first.
    """
    result: list[int | None] = []
    base = previous = None
    days = 0
    for value in values:
        if value is None:
            result.append(None)
            continue
        if base is None:
            base = 0 if value < 3_600_000 else value
            previous = value
        elif value < previous and previous - value > _DAY_MS // 2:
            days += 1  # went past midnight
        previous = value
        result.append(value + days * _DAY_MS - base)
    return result


def finish(conversation: Conversation, moments: Sequence[datetime | None]) -> None:
    """Fill start_ms of each turn, started_at and duration_ms from the turns' wall-clock times.

    ``moments`` holds each turn's time (None where a turn has none). Offsets count from the
    first timed turn; a turn without a time gets no offset.
    """
    first = last = None
    for moment in moments:
        if moment is not None:
            if first is None:
                first = moment
            last = moment
    if first is None:
        return
    mixed = any(m is not None and (m.tzinfo is None) != (first.tzinfo is None) for m in moments)
    if mixed:  # a file mixing zoned and local times: compare them as local clock readings
        moments = [m.replace(tzinfo=None) if m is not None else None for m in moments]
        first = first.replace(tzinfo=None)
    for turn, moment in zip(conversation.turns, moments):
        if moment is not None:
            turn.start_ms = _ms(moment - first)
    conversation.started_at = conversation.turns[_first_timed(moments)].sent_at or iso(first)
    conversation.duration_ms = max(t.start_ms for t in conversation.turns if t.start_ms is not None)


def finish_offsets(conversation: Conversation) -> None:
    """duration_ms for turns that carry offsets (transcripts): the end of the last one."""
    ends = [t.end_ms if t.end_ms is not None else t.start_ms for t in conversation.turns]
    ends = [e for e in ends if e is not None]
    if ends:
        conversation.duration_ms = max(ends)


def _first_timed(moments: Sequence[datetime | None]) -> int:
    for i, moment in enumerate(moments):
        if moment is not None:
            return i
    return 0


def _ms(delta: timedelta) -> int:
    return (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
