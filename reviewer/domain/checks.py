"""Automatic QA: what a rubric check suggests for one criterion, why, and where it saw it.

Plain data only (standard library). The checks themselves live in ``reviewer.checks``; a check
never submits anything: its suggestion is a starting point the reviewer accepts or overrides.
Reasons are kept as a code and its values, so that the interface can say them in its own
language (``reason_text``), and the JSON output can say them in English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

#: Raised whenever a change to the checks may change a suggestion: stored results made by an
#: older checker are recomputed. 2: turns in reasons are numbered from 1, as on screen; the
#: e-mail rubric's thanks ships automated (its results and auto scores change).
CHECKER_VERSION = "2"


class CheckKind(StrEnum):
    PHRASE = "phrase"  # the agent says one of these phrases (optionally early / late)
    AVOID = "avoid"  # the agent never says any of these
    QUESTION = "question"  # the agent asks a question (of a kind)
    NAME = "name"  # the agent addresses the customer by name
    FORMAL_ADDRESS = "formal_address"  # Вы / Jūs, never ты / tu
    SPELLING = "spelling"  # spelling errors in the agent's written text
    METRIC = "metric"  # a conversation metric against thresholds


class Flag(StrEnum):
    """What the library marks a conversation with, so that reviewers find the worst first."""

    FORBIDDEN_WORD = "forbidden_word"
    NO_GREETING = "no_greeting"
    SLOW_FIRST_REPLY = "slow_first_reply"
    LONG_SILENCE = "long_silence"
    RUDE_WORD = "rude_word"


@dataclass(frozen=True, slots=True)
class Evidence:
    """A turn (with the character span of what matched, when a phrase did), or a time range."""

    turn: int | None = None
    start: int | None = None  # character offsets in the turn's text
    end: int | None = None
    start_ms: int | None = None
    end_ms: int | None = None

    def to_data(self) -> dict:
        if self.turn is not None:
            return {"turn": self.turn, "start": self.start, "end": self.end}
        return {"start_ms": self.start_ms, "end_ms": self.end_ms}

    @classmethod
    def from_data(cls, data: dict) -> "Evidence":
        if "turn" in data:
            return cls(turn=data["turn"], start=data.get("start"), end=data.get("end"))
        return cls(start_ms=data.get("start_ms"), end_ms=data.get("end_ms"))


@dataclass(frozen=True, slots=True)
class Reason:
    """Why: a code (see REASONS) and the values its sentence needs."""

    code: str
    values: dict[str, Any] = field(default_factory=dict)

    def to_data(self) -> dict:
        return {"code": self.code, "values": dict(self.values)}

    @classmethod
    def from_data(cls, data: dict) -> "Reason":
        return cls(data["code"], dict(data.get("values", {})))


@dataclass(frozen=True, slots=True)
class Suggestion:
    criterion_id: str
    answer: str | int  # on the criterion's scale, or "n/a"
    confidence: float  # 0..1
    reason: Reason
    evidence: tuple[Evidence, ...] = ()
    flags: tuple[Flag, ...] = ()
    # Not measured to agree with reviewers well enough to pre-fill a draft (shown, not counted).
    experimental: bool = False

    def to_data(self, language: str = "en") -> dict:
        return {
            "answer": self.answer,
            "confidence": round(self.confidence, 2),
            "reason": reason_text(self.reason, language),
            "evidence": [e.to_data() for e in self.evidence],
            "experimental": self.experimental,
        }

    def to_store(self) -> dict:
        data = self.to_data()
        data["reason"] = self.reason.to_data()
        data["flags"] = [str(f) for f in self.flags]
        return data

    @classmethod
    def from_store(cls, criterion_id: str, data: dict) -> "Suggestion":
        return cls(
            criterion_id,
            data["answer"],
            float(data["confidence"]),
            Reason.from_data(data["reason"]),
            tuple(Evidence.from_data(e) for e in data.get("evidence", ())),
            tuple(Flag(f) for f in data.get("flags", ())),
            bool(data.get("experimental", False)),
        )


@dataclass(frozen=True, slots=True)
class AutoResult:
    """Every suggestion for one conversation against one rubric."""

    conversation_id: int
    rubric_id: str
    rubric_version: str
    suggestions: dict[str, Suggestion]
    score: float | None  # the review score the suggestions would give, in percent
    errors: dict[str, str] = field(default_factory=dict)  # criterion id -> why its check broke
    checker_version: str = CHECKER_VERSION

    @property
    def flags(self) -> list[str]:
        found: list[str] = []
        for suggestion in self.suggestions.values():
            for flag in suggestion.flags:
                if str(flag) not in found:
                    found.append(str(flag))
        return sorted(found)

    def to_data(self, language: str = "en") -> dict:
        return {
            "conversation_id": self.conversation_id,
            "rubric_id": self.rubric_id,
            "rubric_version": self.rubric_version,
            "checker_version": self.checker_version,
            "score": None if self.score is None else round(self.score, 1),
            "flags": self.flags,
            "criteria": {cid: s.to_data(language) for cid, s in self.suggestions.items()},
        }


# Reasons -----------------------------------------------------------------------------------
# One sentence per code in each interface language; {quote} is always shown as spoken.

REASONS: dict[str, dict[str, str]] = {
    "said": {
        "en": "The agent said «{quote}» at {at}",
        "ru": "Сотрудник сказал «{quote}» в {at}",
        "lv": "Darbinieks teica «{quote}» {at}",
    },
    "not_said": {
        "en": "The agent never said any of: {phrases}{where}",
        "ru": "Сотрудник ни разу не сказал: {phrases}{where}",
        "lv": "Darbinieks ne reizi neteica: {phrases}{where}",
    },
    "said_one_part": {
        "en": "Only one part: «{quote}» at {at}; nothing of {missing}",
        "ru": "Только одна часть: «{quote}» в {at}; нет ничего из {missing}",
        "lv": "Tikai viena daļa: «{quote}» {at}; nekā no {missing}",
    },
    "avoided_said": {
        "en": "«{quote}» in turn {turn} (avoid: «{phrase}»)",
        "ru": "«{quote}» в реплике {turn} (избегать: «{phrase}»)",
        "lv": "«{quote}» replikā {turn} (izvairīties: «{phrase}»)",
    },
    "avoided_clean": {
        "en": "None of the {count} phrases to avoid in the agent's turns",
        "ru": "Ни одной из {count} нежелательных фраз в репликах сотрудника",
        "lv": "Neviena no {count} nevēlamajām frāzēm darbinieka replikās",
    },
    "questions": {
        "en": "{count} question(s) from the agent, first «{quote}» at {at}",
        "ru": "Вопросов сотрудника: {count}, первый «{quote}» в {at}",
        "lv": "Darbinieka jautājumi: {count}, pirmais «{quote}» {at}",
    },
    "no_questions": {
        "en": "The agent asked no question{where}",
        "ru": "Сотрудник не задал ни одного вопроса{where}",
        "lv": "Darbinieks neuzdeva nevienu jautājumu{where}",
    },
    "name_used": {
        "en": "The agent called the customer «{quote}» at {at} (name {name})",
        "ru": "Сотрудник назвал клиента «{quote}» в {at} (имя {name})",
        "lv": "Darbinieks uzrunāja klientu «{quote}» {at} (vārds {name})",
    },
    "name_not_used": {
        "en": "The customer's name ({name}) is known but the agent never used it",
        "ru": "Имя клиента ({name}) известно, но сотрудник его не назвал",
        "lv": "Klienta vārds ({name}) ir zināms, bet darbinieks to neizmantoja",
    },
    "name_given": {
        "en": "The customer gave the name ({name}) without being asked",
        "ru": "Клиент назвал своё имя ({name}), не дожидаясь вопроса",
        "lv": "Klients pats nosauca savu vārdu ({name}), nejautāts",
    },
    "name_unknown": {
        "en": "The customer's name never came up in the conversation",
        "ru": "Имя клиента в разговоре не прозвучало",
        "lv": "Klienta vārds sarunā neizskanēja",
    },
    "familiar": {
        "en": "Familiar «{quote}» in turn {turn}",
        "ru": "На «ты»: «{quote}» в реплике {turn}",
        "lv": "Uz “tu”: «{quote}» replikā {turn}",
    },
    "formal": {
        "en": "Polite form throughout{name}",
        "ru": "На «Вы» весь разговор{name}",
        "lv": "Pieklājības forma visu sarunu{name}",
    },
    "formal_no_name": {
        "en": "Polite form throughout, but the customer's name ({name}) is never used",
        "ru": "На «Вы» весь разговор, но имя клиента ({name}) не звучит",
        "lv": "Pieklājības forma visu sarunu, bet klienta vārds ({name}) neizskan",
    },
    "spelling_errors": {
        "en": "{count} spelling error(s): {words}",
        "ru": "Орфографических ошибок: {count}: {words}",
        "lv": "Pareizrakstības kļūdas: {count}: {words}",
    },
    "spelling_clean": {
        "en": "No spelling errors in {count} words of the agent",
        "ru": "Нет ошибок в {count} словах сотрудника",
        "lv": "Nav kļūdu {count} darbinieka vārdos",
    },
    "metric": {
        "en": "{metric}: {value} ({rule})",
        "ru": "{metric}: {value} ({rule})",
        "lv": "{metric}: {value} ({rule})",
    },
    "wait": {
        "en": "No reply for {value} after the customer's message at {at}",
        "ru": "Нет ответа {value} после сообщения клиента в {at}",
        "lv": "Nav atbildes {value} pēc klienta ziņas {at}",
    },
    "silence": {
        "en": "Nobody spoke for {value} from {at}",
        "ru": "Тишина {value} с {at}",
        "lv": "Klusums {value} no {at}",
    },
    "metric_missing": {
        "en": "{metric} cannot be measured in this conversation",
        "ru": "{metric} в этом разговоре не измерить",
        "lv": "{metric} šajā sarunā nevar izmērīt",
    },
    "not_for_channel": {
        "en": "This check does not apply to a {channel}",
        "ru": "Эта проверка не относится к каналу {channel}",
        "lv": "Šī pārbaude neattiecas uz kanālu {channel}",
    },
    "not_arisen": {
        "en": "The situation this criterion is about did not arise",
        "ru": "Ситуации, о которой этот критерий, не было",
        "lv": "Situācija, par kuru ir šis kritērijs, neradās",
    },
    "no_agent_turns": {
        "en": "No turn of the agent to check",
        "ru": "Нет реплик сотрудника для проверки",
        "lv": "Nav darbinieka replikas, ko pārbaudīt",
    },
}

_WHERE = {
    "first_turns": {"en": " in the first {n} turns", "ru": " в первых {n} репликах", "lv": " pirmajās {n} replikās"},
    "last_turns": {"en": " in the last {n} turns", "ru": " в последних {n} репликах", "lv": " pēdējās {n} replikās"},
    "first_seconds": {"en": " in the first {n} s", "ru": " за первые {n} с", "lv": " pirmajās {n} s"},
}


def where_text(code: str | None, n: int | None, language: str) -> str:
    if not code:
        return ""
    table = _WHERE[code]
    return (table.get(language) or table["en"]).format(n=n)


def reason_text(reason: Reason, language: str = "en") -> str:
    """The reason as a sentence in the interface language (English when it has none)."""
    table = REASONS.get(reason.code)
    if table is None:
        return reason.code
    values = dict(reason.values)
    where = values.pop("where", None)
    values["where"] = where_text(where[0], where[1], language) if where else ""
    template = table.get(language) or table["en"]
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return table["en"]


def clock(ms: int | None) -> str:
    """0:02, 12:05, 1:02:03: a moment or a length as people read it."""
    if ms is None:
        return "?"
    seconds = max(0, int(ms)) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def length_text(ms: int) -> str:
    """4 min 26 s, 45 s, 2 h 5 min."""
    seconds = max(0, int(round(ms / 1000)))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds} s" if seconds else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"
