"""Rubrics: what a reviewer scores in a conversation.

Plain data only; reading rubric files and checking them lives in ``reviewer.rubrics``. A rubric
can be turned into plain data and back (``to_data`` / ``from_data``) so that every review keeps
an exact copy of the rubric it was scored with.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Iterator

from reviewer.domain.conversation import Channel

LANGUAGES = ("en", "ru", "lv")

#: The answer for a criterion that does not apply to this conversation.
NOT_APPLICABLE = "n/a"

#: An answer: "yes" / "partly" / "no" on the word scales, a whole number on rating and points
#: scales, or NOT_APPLICABLE.
AnswerValue = str | int


class AnswerError(ValueError):
    """An answer that the rubric does not accept; the message says which criterion and why."""


@dataclass(frozen=True, slots=True)
class Text:
    """A short text in the app's languages; a missing language falls back to English, then any."""

    en: str = ""
    ru: str = ""
    lv: str = ""

    def get(self, language: str = "en") -> str:
        for lang in (language, *LANGUAGES):
            value = getattr(self, lang, "") if lang in LANGUAGES else ""
            if value:
                return value
        return ""

    def __bool__(self) -> bool:
        return bool(self.en or self.ru or self.lv)

    def to_data(self) -> dict[str, str]:
        return {lang: getattr(self, lang) for lang in LANGUAGES if getattr(self, lang)}

    @classmethod
    def from_data(cls, data: dict[str, str] | str | None) -> "Text":
        if data is None:
            return cls()
        if isinstance(data, str):
            return cls(en=data)
        return cls(**{lang: data.get(lang, "") for lang in LANGUAGES})


YES, PARTLY, NO = "yes", "partly", "no"
_WORD_LABELS = {
    YES: Text("Yes", "Да", "Jā"),
    PARTLY: Text("Partly", "Частично", "Daļēji"),
    NO: Text("No", "Нет", "Nē"),
    NOT_APPLICABLE: Text("N/A", "Неприменимо", "Nav attiecināms"),
}


class ScaleKind(StrEnum):
    YES_NO = "yes_no"  # yes = 100 %, no = 0 %
    YES_PARTLY_NO = "yes_partly_no"  # yes = 100 %, partly = 50 %, no = 0 %
    RATING = "rating"  # whole points low..high, each with a label; low = 0 %, high = 100 %
    POINTS = "points"  # 0..high points; share of the maximum


@dataclass(frozen=True, slots=True)
class Scale:
    kind: ScaleKind
    low: int = 0
    high: int = 1
    labels: dict[int, Text] = field(default_factory=dict)  # rating: one per point; points: optional
    name: str = ""  # the name it has in the rubric file, when it was defined there

    @classmethod
    def yes_no(cls) -> "Scale":
        return cls(ScaleKind.YES_NO)

    @classmethod
    def yes_partly_no(cls) -> "Scale":
        return cls(ScaleKind.YES_PARTLY_NO)

    def values(self) -> list[AnswerValue]:
        """Every answer on the scale, from the bottom to the top."""
        if self.kind is ScaleKind.YES_NO:
            return [NO, YES]
        if self.kind is ScaleKind.YES_PARTLY_NO:
            return [NO, PARTLY, YES]
        return list(range(self.low, self.high + 1))

    @property
    def bottom(self) -> AnswerValue:
        return self.values()[0]

    @property
    def top(self) -> AnswerValue:
        return self.values()[-1]

    def fraction(self, value: AnswerValue) -> float:
        """Where value lies on the scale: 0.0 at the bottom, 1.0 at the top."""
        values = self.values()
        if self.kind is ScaleKind.YES_PARTLY_NO and value == PARTLY:
            return 0.5
        if self.kind in (ScaleKind.YES_NO, ScaleKind.YES_PARTLY_NO):
            return 1.0 if value == YES else 0.0
        return (value - values[0]) / (values[-1] - values[0])

    def describe(self) -> str:
        if self.kind is ScaleKind.YES_NO:
            return "yes/no"
        if self.kind is ScaleKind.YES_PARTLY_NO:
            return "yes/partly/no"
        if self.kind is ScaleKind.RATING:
            return f"a rating from {self.low} to {self.high}"
        return f"0 to {self.high} points"

    def normalize(self, value: Any) -> AnswerValue:
        """The answer as stored, or ValueError saying what the scale accepts.

        Word scales take their words in any letter case (and true/false for yes/no); number
        scales take whole numbers (3 or 3.0, not "3")."""
        if self.kind in (ScaleKind.YES_NO, ScaleKind.YES_PARTLY_NO):
            if isinstance(value, bool) and self.kind is ScaleKind.YES_NO:
                return YES if value else NO
            if isinstance(value, str) and value.strip().lower() in self.values():
                return value.strip().lower()
            words = " or ".join(f'"{v}"' for v in reversed(self.values()))
            raise ValueError(f"{_show(value)} is not on the {self.describe()} scale; use {words}")
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(
                f"{_show(value)} is not on the scale; use a whole number from {self.bottom} to {self.top}"
            )
        if not self.bottom <= value <= self.top:
            raise ValueError(f"{value} is outside the scale {self.bottom}-{self.top}")
        return value

    def label(self, value: AnswerValue | None, language: str = "en") -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            return _WORD_LABELS[value].get(language) if value in _WORD_LABELS else value
        text = self.labels.get(value)
        return text.get(language) if text else str(value)

    def to_data(self) -> dict:
        data: dict[str, Any] = {"kind": str(self.kind)}
        if self.kind in (ScaleKind.RATING, ScaleKind.POINTS):
            data["low"], data["high"] = self.low, self.high
        if self.labels:
            data["labels"] = {str(k): v.to_data() for k, v in sorted(self.labels.items())}
        if self.name:
            data["name"] = self.name
        return data

    @classmethod
    def from_data(cls, data: dict) -> "Scale":
        kind = ScaleKind(data["kind"])
        return cls(
            kind=kind,
            low=data.get("low", 0),
            high=data.get("high", 1),
            labels={int(k): Text.from_data(v) for k, v in data.get("labels", {}).items()},
            name=data.get("name", ""),
        )


def _show(value: Any) -> str:
    return (
        json.dumps(value, ensure_ascii=False)
        if isinstance(value, (str, bool)) or value is None
        else str(value)
    )


class NotApplicablePolicy(StrEnum):
    """What an N/A answer does to the score; set per rubric."""

    EXCLUDE = "exclude"  # left out of the section's denominator (the default)
    COUNT_AS_MET = "count_as_met"  # counts as the top of the scale


class CriticalRule(StrEnum):
    """What failing a critical criterion (answering the bottom of its scale) does."""

    ZERO_REVIEW = "zero_review"  # the whole review scores 0
    ZERO_SECTION = "zero_section"  # its section scores 0
    FLAG = "flag"  # the score stands; the review is flagged


@dataclass(frozen=True, slots=True)
class Criterion:
    id: str
    title: Text
    scale: Scale = field(default_factory=Scale.yes_no)
    weight: float = 1.0
    guidance: Text = field(default_factory=Text)  # what counts as met
    example: Text = field(default_factory=Text)  # what it sounds like when met
    na_allowed: bool = False
    critical: CriticalRule | None = None
    # The automatic check of the criterion ([sections.criteria.auto] in the rubric file): its
    # "kind" and rule keys, as checked by the rubric loader; None for criteria scored by hand.
    auto: dict | None = field(default=None, compare=False)

    def is_failed(self, value: AnswerValue | None) -> bool:
        """A critical criterion fails when answered with the bottom of its scale."""
        return self.critical is not None and value is not None and value == self.scale.bottom

    def check(self, value: Any) -> AnswerValue:
        """The normalized answer, or AnswerError naming this criterion."""
        if isinstance(value, str) and value.strip().lower() in (NOT_APPLICABLE, "na"):
            if not self.na_allowed:
                raise AnswerError(f"criterion {self.id!r}: N/A is not allowed here")
            return NOT_APPLICABLE
        try:
            return self.scale.normalize(value)
        except ValueError as exc:
            raise AnswerError(f"criterion {self.id!r}: {exc}") from None

    def to_data(self) -> dict:
        data = {
            "id": self.id,
            "title": self.title.to_data(),
            "scale": self.scale.to_data(),
            "weight": self.weight,
            "na_allowed": self.na_allowed,
        }
        if self.guidance:
            data["guidance"] = self.guidance.to_data()
        if self.example:
            data["example"] = self.example.to_data()
        if self.critical:
            data["critical"] = str(self.critical)
        if self.auto:
            data["auto"] = self.auto
        return data

    @classmethod
    def from_data(cls, data: dict) -> "Criterion":
        return cls(
            id=data["id"],
            title=Text.from_data(data["title"]),
            scale=Scale.from_data(data["scale"]),
            weight=data["weight"],
            guidance=Text.from_data(data.get("guidance")),
            example=Text.from_data(data.get("example")),
            na_allowed=data["na_allowed"],
            critical=CriticalRule(data["critical"]) if data.get("critical") else None,
            auto=data.get("auto"),
        )


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    title: Text
    criteria: tuple[Criterion, ...]
    weight: float = 1.0
    guidance: Text = field(default_factory=Text)

    def to_data(self) -> dict:
        data = {
            "id": self.id,
            "title": self.title.to_data(),
            "weight": self.weight,
            "criteria": [c.to_data() for c in self.criteria],
        }
        if self.guidance:
            data["guidance"] = self.guidance.to_data()
        return data

    @classmethod
    def from_data(cls, data: dict) -> "Section":
        return cls(
            id=data["id"],
            title=Text.from_data(data["title"]),
            weight=data["weight"],
            criteria=tuple(Criterion.from_data(c) for c in data["criteria"]),
            guidance=Text.from_data(data.get("guidance")),
        )


@dataclass(frozen=True, slots=True)
class Rubric:
    id: str
    version: str
    title: Text
    sections: tuple[Section, ...]
    channels: tuple[Channel, ...] = ()
    guidance: Text = field(default_factory=Text)
    not_applicable: NotApplicablePolicy = NotApplicablePolicy.EXCLUDE
    # Mystery-shopping rule (MSPA): every "no" (the bottom of a scale) must say why in a comment.
    comment_on_lowest: bool = False
    # The reply standard per channel (chat 30 s, e-mail 2 h...) the conversation metrics count
    # late replies against; a channel not listed uses the library's setting.
    reply_standard_ms: tuple[tuple[Channel, int], ...] = ()

    def criteria(self) -> Iterator[Criterion]:
        for section in self.sections:
            yield from section.criteria

    def criterion(self, criterion_id: str) -> Criterion:
        for criterion in self.criteria():
            if criterion.id == criterion_id:
                return criterion
        raise AnswerError(f"rubric {self.id!r} has no criterion {criterion_id!r}")

    def section_of(self, criterion_id: str) -> Section:
        for section in self.sections:
            if any(c.id == criterion_id for c in section.criteria):
                return section
        raise AnswerError(f"rubric {self.id!r} has no criterion {criterion_id!r}")

    def check_answer(self, criterion_id: str, value: Any) -> AnswerValue:
        """The normalized answer, or AnswerError: unknown criterion, outside the scale, N/A not allowed."""
        return self.criterion(criterion_id).check(value)

    def needs_comment(self, criterion_id: str, value: AnswerValue | None) -> bool:
        """Whether this answer may only be given with a comment saying why."""
        if not self.comment_on_lowest or value is None:
            return False
        return value == self.criterion(criterion_id).scale.bottom

    def reply_standard(self, channel: Channel) -> int | None:
        """Milliseconds a reply may take on this channel by this rubric; None: not declared."""
        return dict(self.reply_standard_ms).get(channel)

    def applies_to(self, channel: Channel) -> bool:
        return not self.channels or channel in self.channels

    def to_data(self) -> dict:
        return {
            "id": self.id,
            "version": self.version,
            "title": self.title.to_data(),
            "guidance": self.guidance.to_data(),
            "channels": [str(c) for c in self.channels],
            "not_applicable": str(self.not_applicable),
            "sections": [s.to_data() for s in self.sections],
            # Only when set, so that the fingerprints of rubrics without the rule stay as they were.
            **({"comment_on_lowest": True} if self.comment_on_lowest else {}),
            **({"reply_standard_ms": {str(c): ms for c, ms in self.reply_standard_ms}}
               if self.reply_standard_ms else {}),
        }

    @classmethod
    def from_data(cls, data: dict) -> "Rubric":
        return cls(
            id=data["id"],
            version=data["version"],
            title=Text.from_data(data["title"]),
            guidance=Text.from_data(data.get("guidance")),
            channels=tuple(Channel(c) for c in data.get("channels", ())),
            not_applicable=NotApplicablePolicy(data.get("not_applicable", NotApplicablePolicy.EXCLUDE)),
            sections=tuple(Section.from_data(s) for s in data["sections"]),
            comment_on_lowest=bool(data.get("comment_on_lowest", False)),
            reply_standard_ms=tuple((Channel(c), int(ms)) for c, ms in data.get("reply_standard_ms", {}).items()),
        )

    def canonical_json(self) -> str:
        """The rubric as JSON with a fixed key order: the same rubric always gives the same text."""
        return json.dumps(self.to_data(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the canonical JSON; reviews refer to their rubric copy by it."""
        return hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()
