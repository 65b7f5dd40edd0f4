"""A review: one reviewer's answers to a rubric for one conversation, with the evidence for them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from reviewer.domain.rubric import AnswerValue, Rubric
from reviewer.domain.scoring import ReviewScore, score_review


class ReviewError(Exception):
    """A review cannot be changed that way (unknown review, submitted, incomplete...)."""


class ReviewState(StrEnum):
    DRAFT = "draft"  # saved on every change; the reviewer is still working
    SUBMITTED = "submitted"  # final until reopened


@dataclass(frozen=True, slots=True)
class Evidence:
    """What justifies an answer: one turn of the conversation (by its index) or a time range."""

    turn_index: int | None = None
    start_ms: int | None = None
    end_ms: int | None = None

    def __post_init__(self) -> None:
        if self.turn_index is not None:
            if self.start_ms is not None or self.end_ms is not None:
                raise ValueError("evidence is either a turn or a time range, not both")
            if (
                isinstance(self.turn_index, bool)
                or not isinstance(self.turn_index, int)
                or self.turn_index < 0
            ):
                raise ValueError(f"evidence turn {self.turn_index!r} is not a turn number (0 or more)")
            return
        for value in (self.start_ms, self.end_ms):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(
                    "evidence needs a turn number, or start_ms and end_ms in whole milliseconds (0 or more)"
                )
        if self.end_ms < self.start_ms:
            raise ValueError(
                f"evidence time range ends ({self.end_ms} ms) before it starts ({self.start_ms} ms)"
            )

    @classmethod
    def turn(cls, index: int) -> "Evidence":
        return cls(turn_index=index)

    @classmethod
    def span(cls, start_ms: int, end_ms: int) -> "Evidence":
        return cls(start_ms=start_ms, end_ms=end_ms)

    @property
    def is_turn(self) -> bool:
        return self.turn_index is not None

    def to_data(self) -> int | dict[str, int]:
        """A turn as its index; a time range as {"start_ms": .., "end_ms": ..} (the answers-file form)."""
        if self.turn_index is not None:
            return self.turn_index
        return {"start_ms": self.start_ms, "end_ms": self.end_ms}

    @classmethod
    def from_data(cls, data: Any) -> "Evidence":
        if isinstance(data, dict):
            unknown = set(data) - {"turn", "start_ms", "end_ms"}
            if unknown:
                raise ValueError(
                    f"evidence has unknown key(s) {', '.join(sorted(unknown))};"
                    " use a turn number or start_ms and end_ms"
                )
            if "turn" in data:
                return cls(turn_index=data["turn"])
            return cls(start_ms=data.get("start_ms"), end_ms=data.get("end_ms"))
        return cls(turn_index=data)


@dataclass(slots=True)
class Answer:
    criterion_id: str
    value: AnswerValue | None = None  # None: not answered yet (a comment or evidence may come first)
    comment: str = ""
    evidence: tuple[Evidence, ...] = ()


class HistoryAction(StrEnum):
    SUBMIT = "submit"
    REOPEN = "reopen"
    ANSWER = "answer"
    COMMENT = "comment"
    EVIDENCE = "evidence"
    DISPUTE = "dispute"  # an answer changed by a dispute's decision (note: why)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One change to a review that had been submitted: who, when, what, from what to what."""

    at: str  # ISO 8601, UTC
    who: str
    action: HistoryAction
    criterion_id: str | None = None
    old: Any = None
    new: Any = None
    note: str = ""  # why, where the change says (a dispute's decision)


@dataclass(slots=True)
class Review:
    conversation_id: int
    reviewer: str
    rubric: Rubric  # the exact copy scored with; later edits of the rubric file never reach it
    state: ReviewState = ReviewState.DRAFT
    answers: dict[str, Answer] = field(default_factory=dict)
    id: int | None = None
    created_at: str | None = None
    updated_at: str | None = None
    submitted_at: str | None = None  # the latest submission
    employee: str | None = None  # the conversation's employee, for lists
    uid: str | None = None  # stable across libraries (bundles match reviews by it)
    calibration_uid: str | None = None  # made for this calibration session: never in scores or reports
    history: list[HistoryEntry] = field(default_factory=list)

    @property
    def rubric_hash(self) -> str:
        return self.rubric.fingerprint

    def values(self) -> dict[str, AnswerValue | None]:
        return {cid: a.value for cid, a in self.answers.items()}

    def score(self) -> ReviewScore:
        return score_review(self.rubric, self.values())

    def missing_comments(self) -> list[str]:
        """Criteria answered with the bottom of their scale without the comment the rubric asks for."""
        return [
            a.criterion_id
            for a in self.answers.values()
            if self.rubric.needs_comment(a.criterion_id, a.value) and not a.comment.strip()
        ]

    def answer(self, criterion_id: str) -> Answer:
        """The answer for a criterion of the rubric; an empty one when nothing is recorded yet."""
        self.rubric.criterion(criterion_id)  # AnswerError for a criterion the rubric lacks
        return self.answers.get(criterion_id) or Answer(criterion_id)
