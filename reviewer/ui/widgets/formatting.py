"""Turning stored values into the short text a table cell or a turn header shows."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from reviewer.domain import Channel, ConversationStatus, SpeakerRole

# Texts go through literal QCoreApplication.translate("Formatting", ...) calls so lupdate finds them.


def duration(ms: int | None) -> str:
    """0:35, 12:04, 1:02:03; empty for an unknown duration."""
    if ms is None:
        return ""
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def wait(ms: int) -> str:
    """A reply time: 19 s, 4 min 05 s, 2 h 10 min, 3 d 4 h."""
    seconds = max(0, ms) // 1000
    if seconds < 60:
        return QCoreApplication.translate("Formatting", "%1 s").replace("%1", str(seconds))
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return QCoreApplication.translate("Formatting", "%1 min %2 s").replace("%1", str(minutes)).replace("%2", f"{seconds:02d}")
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return QCoreApplication.translate("Formatting", "%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
    days, hours = divmod(hours, 24)
    return QCoreApplication.translate("Formatting", "%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))


def span(ms: int | None) -> str:
    """How long a chat or e-mail thread ran: 4:18 under an hour, else 3 h 05 min or 2 d 4 h;
    empty for a single message."""
    if not ms:
        return ""
    if ms < 3600_000:
        return duration(ms)
    hours, minutes = divmod(ms // 60_000, 60)
    if hours < 24:
        return QCoreApplication.translate("Formatting", "%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
    days, hours = divmod(hours, 24)
    return QCoreApplication.translate("Formatting", "%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))


def conversation_length(channel_value: Channel, ms: int | None) -> str:
    """A call's duration as a clock (0:35); a chat's or e-mail thread's as a span."""
    if channel_value in (Channel.CALL, Channel.VISIT):
        return duration(ms)
    return span(ms)


_STARTS_BLOCK = re.compile(r"^\s*(?:[-*\u2022\u2013\u2014>]|\d+[.)]\s|--\s*$)")


def reflow(text: str, wrapped_at: int = 60) -> str:
    """An e-mail's hard-wrapped paragraphs joined back up, so they wrap to the view's width.

    A line break stays after a short line (greetings, signatures, the end of a paragraph) and
    before a line that starts a list item, a quote or a signature.
    """
    out: list[str] = []
    for line in text.split("\n"):
        previous = out[-1] if out else ""
        if (previous.strip() and line.strip() and len(previous) >= wrapped_at
                and not _STARTS_BLOCK.match(line) and not previous.lstrip().startswith(">")):
            out[-1] = previous.rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def date_time(value: str | None) -> str:
    """2026-10-06 10:14: unambiguous in every language the app speaks, and sorts as it reads."""
    moment = parse_iso(value)
    if moment is None:
        return value or ""
    return moment.strftime("%Y-%m-%d %H:%M")


def channel(value: Channel) -> str:
    return {
        Channel.CALL: QCoreApplication.translate("Formatting", "Call"),
        Channel.CHAT: QCoreApplication.translate("Formatting", "Chat"),
        Channel.EMAIL: QCoreApplication.translate("Formatting", "E-mail"),
        Channel.VISIT: QCoreApplication.translate("Formatting", "Visit"),
    }[value]


def status(value: ConversationStatus) -> str:
    return {
        ConversationStatus.NEEDS_TRANSCRIPTION: QCoreApplication.translate("Formatting", "To transcribe"),
        ConversationStatus.NEW: QCoreApplication.translate("Formatting", "New"),
        ConversationStatus.TRANSCRIBED: QCoreApplication.translate("Formatting", "Transcribed"),
        ConversationStatus.REVIEWED: QCoreApplication.translate("Formatting", "Reviewed"),
    }[value]


def role(value: SpeakerRole) -> str:
    return {
        SpeakerRole.AGENT: QCoreApplication.translate("Formatting", "agent"),
        SpeakerRole.CUSTOMER: QCoreApplication.translate("Formatting", "customer"),
        SpeakerRole.SYSTEM: QCoreApplication.translate("Formatting", "system"),
        SpeakerRole.UNKNOWN: QCoreApplication.translate("Formatting", "unknown speaker"),
    }[value]


def own_name(name: str | None, value: SpeakerRole) -> str | None:
    """The speaker's own name; None when it only states the role ("Agent": the library names
    transcribed speakers after their role), or says what the role label will say anyway."""
    if not name or name.casefold() in (value.value, role(value).casefold()):
        return None
    return name


def speaker(name: str | None, value: SpeakerRole) -> str:
    """How a turn's speaker is shown: the name, else the role in the interface language."""
    return own_name(name, value) or role(value).capitalize()


def language(code: str | None) -> str:
    """The language's name in the interface language (Latvian, Russian...); the code if Qt
    does not know it."""
    if not code:
        return ""
    # The languages Reviewer's users work in, named in the interface language; Qt names the
    # rest in English.
    named = {
        "ru": QCoreApplication.translate("Formatting", "Russian"),
        "lv": QCoreApplication.translate("Formatting", "Latvian"),
        "en": QCoreApplication.translate("Formatting", "English"),
        "lt": QCoreApplication.translate("Formatting", "Lithuanian"),
        "et": QCoreApplication.translate("Formatting", "Estonian"),
        "uk": QCoreApplication.translate("Formatting", "Ukrainian"),
        "de": QCoreApplication.translate("Formatting", "German"),
    }
    if code in named:
        return named[code]
    locale = QLocale(code)
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    return QLocale.languageToString(locale.language())
