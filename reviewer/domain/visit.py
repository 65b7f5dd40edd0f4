"""Mystery-shopper visits and test calls: what the shopper logs beside the scored review.

A visit is a conversation of channel ``visit`` (a test call: ``call``) with these facts kept
next to it. Times are ISO 8601 local time of the visit, as the shopper's clock showed it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from reviewer.domain.conversation import Channel

#: Submitting a visit's review later than this after the visit marks it late.
LATE_AFTER = timedelta(hours=12)

#: A photo's EXIF time may lie this far before the visit starts or after it ends (the shop front
#: photographed on the way in, the receipt on the way out, a camera clock a little off) before
#: it is flagged as not taken during the visit.
PHOTO_TOLERANCE = timedelta(minutes=30)

VISIT_CHANNELS = (Channel.VISIT, Channel.CALL)


class VisitError(ValueError):
    """A visit that cannot be stored that way; the message names the field."""


class AttachmentError(VisitError):
    """A file that cannot be attached to a visit; the message names the file and says why."""


class Persona(StrEnum):
    """The difficult customer the shopper plays (the four of the visit rubric, or another)."""

    UNAWARE = "unaware"  # doesn't know what he or she needs
    EXPERT = "expert"  # thinks he or she knows better
    RUDE = "rude"
    SUSPICIOUS = "suspicious"  # offended, doubts the price or the origin
    CUSTOM = "custom"  # described in persona_custom


#: Short English names, as the visit rubric's persona criteria call them.
PERSONA_LABELS = {
    Persona.UNAWARE: "doesn't know",
    Persona.EXPERT: "knows better",
    Persona.RUDE: "rude",
    Persona.SUSPICIOUS: "suspicious",
    Persona.CUSTOM: "custom",
}

#: The criterion of the visit rubric that rates how the persona was handled; the other persona
#: criteria are answered N/A.
PERSONA_CRITERIA = {
    Persona.UNAWARE: "persona_doesnt_know",
    Persona.EXPERT: "persona_knows_better",
    Persona.RUDE: "persona_rude",
    Persona.SUSPICIOUS: "persona_suspicious",
}


class AttachmentKind(StrEnum):
    PHOTO = "photo"
    AUDIO = "audio"


@dataclass(frozen=True, slots=True)
class Attachment:
    kind: AttachmentKind
    name: str  # the original file name
    sha256: str
    path: str  # relative to the library root
    taken_at: str | None = None  # photos: EXIF DateTimeOriginal (or DateTime) as ISO local time
    added_at: str | None = None  # ISO 8601 UTC
    id: int | None = None


@dataclass(slots=True)
class Visit:
    channel: Channel  # Channel.VISIT, or Channel.CALL for a test call
    visited_at: str  # ISO 8601 local time, minutes precision at least
    branch: str = ""
    address: str = ""
    employee: str | None = None  # the name when known ...
    employee_description: str = ""  # ... or what they looked like
    scenario: str = ""
    persona: Persona | None = None
    persona_custom: str = ""  # the persona in the shopper's words (with Persona.CUSTOM)
    wait_ms: int | None = None  # waiting time before being greeted
    length_ms: int | None = None  # how long the visit or call took
    notes: str = ""
    shopper: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    conversation_id: int | None = None

    @property
    def is_test_call(self) -> bool:
        return self.channel == Channel.CALL

    def persona_text(self) -> str:
        """The persona as one short English phrase ("" when none was played)."""
        if self.persona is None:
            return ""
        if self.persona == Persona.CUSTOM:
            return self.persona_custom.strip() or PERSONA_LABELS[Persona.CUSTOM]
        return PERSONA_LABELS[self.persona]

    def title(self) -> str:
        """The conversation title the library lists it under."""
        kind = "Test call" if self.is_test_call else "Visit"
        where = self.branch.strip() or self.address.strip()
        return f"{kind}: {where}" if where else kind

    def photos(self) -> list[Attachment]:
        return [a for a in self.attachments if a.kind is AttachmentKind.PHOTO]

    def audio(self) -> list[Attachment]:
        return [a for a in self.attachments if a.kind is AttachmentKind.AUDIO]

    def check(self) -> None:
        """VisitError naming the first field that is wrong."""
        if self.channel not in VISIT_CHANNELS:
            raise VisitError(f"channel: a visit is {Channel.VISIT} or {Channel.CALL} (a test call), not {self.channel}")
        parse_time(self.visited_at, "visited_at")
        if self.persona is not None and self.persona not in tuple(Persona):
            raise VisitError(f"persona: {self.persona!r} is not one of {', '.join(p.value for p in Persona)}")
        if self.persona == Persona.CUSTOM and not self.persona_custom.strip():
            raise VisitError("persona_custom: describe the custom persona")
        for name in ("wait_ms", "length_ms"):
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int):
                raise VisitError(f"{name}: {value!r} is not a whole number of milliseconds")
            if value < 0:
                raise VisitError(f"{name}: {value} is negative")
        for name in ("branch", "address", "employee_description", "scenario", "persona_custom", "notes", "shopper"):
            if not isinstance(getattr(self, name), str):
                raise VisitError(f"{name}: must be text")
        if self.employee is not None and not isinstance(self.employee, str):
            raise VisitError("employee: must be text")


def parse_time(value: str, what: str = "time") -> datetime:
    """An ISO 8601 date and time (a zone is optional); VisitError naming ``what`` otherwise."""
    if not isinstance(value, str) or not value.strip():
        raise VisitError(f"{what}: a date and time is required, such as 2026-11-24T14:05")
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise VisitError(f"{what}: {value!r} is not a date and time; use YYYY-MM-DDTHH:MM") from None
    if len(text) <= 10:  # a date alone: the visit's time matters for lateness and photos
        raise VisitError(f"{what}: {value!r} has no time of day; use YYYY-MM-DDTHH:MM")
    return parsed


def normalize_time(value: str, what: str = "time") -> str:
    """The time as stored: ISO 8601 with a "T", to the minute (to the second when it has seconds),
    with its zone when it has one ("Z" becomes +00:00)."""
    parsed = parse_time(value, what)
    return parsed.isoformat(timespec="seconds" if parsed.second or parsed.microsecond else "minutes")


def _aware(moment: datetime) -> datetime:
    """A time without a zone is this computer's local time (where the visit was logged)."""
    return moment if moment.tzinfo is not None else moment.astimezone()


def is_late(visited_at: str, submitted_at: str) -> bool:
    """Whether the review was submitted more than LATE_AFTER (12 h) after the visit started."""
    visited = _aware(parse_time(visited_at, "visited_at"))
    submitted = _aware(parse_time(submitted_at, "submitted_at"))
    return submitted - visited > LATE_AFTER


def _comparable(a: datetime, b: datetime) -> tuple[datetime, datetime]:
    """Both with their zones when both have one; else both as wall-clock times (an EXIF time
    is usually the camera's wall clock, without a zone)."""
    if a.tzinfo is not None and b.tzinfo is not None:
        return a, b
    return a.replace(tzinfo=None), b.replace(tzinfo=None)


def photo_window(visit: Visit) -> tuple[datetime, datetime]:
    """The span a photo of this visit is expected in: the visit +- PHOTO_TOLERANCE."""
    start = parse_time(visit.visited_at, "visited_at")
    end = start + timedelta(milliseconds=visit.length_ms or 0)
    return start - PHOTO_TOLERANCE, end + PHOTO_TOLERANCE


def photo_mismatch(visit: Visit, attachment: Attachment) -> bool:
    """Whether a photo's EXIF time lies outside the visit (from PHOTO_TOLERANCE before it starts
    to PHOTO_TOLERANCE after it ends, the end being visited_at + length_ms). A photo without an
    EXIF time, and audio, are never flagged."""
    if attachment.kind is not AttachmentKind.PHOTO or not attachment.taken_at:
        return False
    try:
        taken = parse_time(attachment.taken_at, "taken_at")
        start, end = photo_window(visit)
    except VisitError:
        return False
    taken, start = _comparable(taken, start)
    taken, end = _comparable(taken, end)
    return not (start <= taken <= end)


def format_duration(ms: int | None) -> str:
    """Milliseconds as m:ss or h:mm:ss ("" for None), for reports and the command line."""
    if ms is None:
        return ""
    seconds = round(ms / 1000)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
