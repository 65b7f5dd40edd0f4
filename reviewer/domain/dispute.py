"""Disputes: an employee (or a trainer for them) disagrees with one answer of a submitted review.

Plain data and the rules of deciding; standard library only. A dispute names the criterion, the
answer proposed instead, the argument and its evidence. Someone other than the original reviewer
(and other than the employee) decides it: accepted (the proposed answer replaces the old one),
partly accepted (a new answer between the two), or rejected (nothing changes), with the reason.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import StrEnum
from typing import Iterable

from reviewer.domain.review import Evidence
from reviewer.domain.rubric import AnswerValue


class DisputeError(Exception):
    """A dispute cannot be raised or decided that way; the message says why."""


class DisputeState(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    PARTLY_ACCEPTED = "partly_accepted"
    REJECTED = "rejected"


#: How a dispute can end (every state but open).
OUTCOMES = (DisputeState.ACCEPTED, DisputeState.PARTLY_ACCEPTED, DisputeState.REJECTED)


class DecisionReason(StrEnum):
    REVIEWER_ERROR = "reviewer_error"  # the reviewer got it wrong
    NOT_REVIEWER_ERROR = "not_reviewer_error"  # the answer stands, or the change is not the reviewer's fault
    RUBRIC_UNCLEAR = "rubric_unclear"  # the criterion's guidance allowed both readings


class RaisedBy(StrEnum):
    EMPLOYEE = "employee"  # the employee themself
    TRAINER = "trainer"  # a trainer on the employee's behalf


@dataclass(slots=True)
class Dispute:
    review_id: int
    criterion_id: str
    raised_by: str
    raised_at: str  # ISO 8601 UTC
    proposed: AnswerValue
    argument: str
    old_answer: AnswerValue | None  # the answer disputed, as it was when the dispute was raised
    raised_role: RaisedBy = RaisedBy.EMPLOYEE
    evidence: tuple[Evidence, ...] = ()
    state: DisputeState = DisputeState.OPEN
    decided_by: str | None = None
    decided_at: str | None = None
    reason: DecisionReason | None = None
    decision_note: str = ""
    new_answer: AnswerValue | None = None  # what the review's answer became (accepted / partly)
    id: int | None = None
    uid: str | None = None  # stable across libraries (bundles match disputes by it)
    review_uid: str | None = None
    conversation_id: int | None = None
    employee: str | None = None
    reviewer: str | None = None  # the original reviewer

    @property
    def is_open(self) -> bool:
        return self.state is DisputeState.OPEN

    def age_days(self, now: datetime | None = None) -> int:
        """Whole days since it was raised (up to its decision once decided)."""
        end = datetime.fromisoformat(self.decided_at) if self.decided_at else (now or datetime.now(timezone.utc))
        start = datetime.fromisoformat(self.raised_at)
        if end.tzinfo is None:
            end = end.replace(tzinfo=timezone.utc)
        if start.tzinfo is None:
            start = start.replace(tzinfo=timezone.utc)
        return max(0, (end - start).days)


def same_person(a: str | None, b: str | None) -> bool:
    return bool(a and b) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def check_raise(old_answer: AnswerValue | None, proposed: AnswerValue, argument: str) -> None:
    """A dispute must propose a different answer and say why."""
    if old_answer is not None and proposed == old_answer:
        raise DisputeError(f"the proposed answer {proposed!r} is the answer already given")
    if not argument.strip():
        raise DisputeError("a dispute needs an argument: say why the answer is wrong")


def decided_answer(dispute: Dispute, outcome: DisputeState, new_answer: AnswerValue | None,
                   current: AnswerValue | None) -> AnswerValue | None:
    """The answer the review gets from this decision (None: it stays as it is).

    Accepted takes the proposed answer; partly accepted needs its own new answer, different
    from both the current and the proposed one; rejected changes nothing."""
    if outcome is DisputeState.ACCEPTED:
        if new_answer is not None and new_answer != dispute.proposed:
            raise DisputeError("an accepted dispute takes the proposed answer; decide 'partly accepted' for another")
        return dispute.proposed
    if outcome is DisputeState.PARTLY_ACCEPTED:
        if new_answer is None:
            raise DisputeError("a partly accepted dispute needs the new answer")
        if new_answer == current:
            raise DisputeError(f"the new answer {new_answer!r} is the answer already given; reject the dispute instead")
        if new_answer == dispute.proposed:
            raise DisputeError("the new answer is the one proposed: accept the dispute instead")
        return new_answer
    if new_answer is not None:
        raise DisputeError("a rejected dispute changes no answer")
    return None


def check_decision(dispute: Dispute, decider: str, outcome: DisputeState, reason: DecisionReason | None,
                   reviewer: str, employee: str | None) -> None:
    """Who may decide, and what a decision needs: someone other than the original reviewer (and
    than the employee), an open dispute, an outcome and a reason."""
    if not decider.strip():
        raise DisputeError("say who decides the dispute")
    if not dispute.is_open:
        raise DisputeError(f"dispute {dispute.id} was already decided ({dispute.state}) by {dispute.decided_by}")
    if same_person(decider, reviewer):
        raise DisputeError(f"{reviewer} wrote this review and cannot decide a dispute of it; ask another reviewer or a trainer")
    if same_person(decider, employee):
        raise DisputeError(f"{employee} is the employee of this review and cannot decide its dispute")
    if outcome not in OUTCOMES:
        raise DisputeError(f"a decision is one of {', '.join(OUTCOMES)}, not {outcome}")
    if reason is None:
        raise DisputeError("a decision needs its reason: reviewer_error, not_reviewer_error or rubric_unclear")


# What the team summary counts ------------------------------------------------------------------

#: A criterion is named as possibly unclear from this many disputes, most of them upheld.
UNCLEAR_MIN_DISPUTES = 3
UNCLEAR_MIN_UPHELD = 0.5


@dataclass(slots=True)
class DisputeCounts:
    """Disputes of one criterion or one reviewer, by how they ended."""

    total: int = 0
    open: int = 0
    accepted: int = 0
    partly: int = 0
    rejected: int = 0
    rubric_unclear: int = 0  # decisions that blamed the rubric

    def add(self, dispute: Dispute) -> None:
        self.total += 1
        self.open += dispute.state is DisputeState.OPEN
        self.accepted += dispute.state is DisputeState.ACCEPTED
        self.partly += dispute.state is DisputeState.PARTLY_ACCEPTED
        self.rejected += dispute.state is DisputeState.REJECTED
        self.rubric_unclear += dispute.reason is DecisionReason.RUBRIC_UNCLEAR

    @property
    def decided(self) -> int:
        return self.total - self.open

    @property
    def upheld(self) -> int:
        """Accepted in full or in part."""
        return self.accepted + self.partly

    @property
    def upheld_rate(self) -> float | None:
        return self.upheld / self.decided if self.decided else None


@dataclass(slots=True)
class DisputeSummary:
    by_criterion: dict[tuple[str, str], DisputeCounts] = field(default_factory=dict)  # (rubric id, criterion id)
    by_reviewer: dict[str, DisputeCounts] = field(default_factory=dict)
    overall: DisputeCounts = field(default_factory=DisputeCounts)
    reasons: Counter = field(default_factory=Counter)

    def unclear(self) -> list[tuple[str, str]]:
        """Criteria often disputed and mostly upheld: their guidance may be unclear."""
        return [
            key for key, c in sorted(self.by_criterion.items(), key=lambda kv: (-kv[1].total, kv[0]))
            if c.total >= UNCLEAR_MIN_DISPUTES and (c.upheld_rate or 0) >= UNCLEAR_MIN_UPHELD
        ]


def summarize(disputes: Iterable[tuple[str, Dispute]]) -> DisputeSummary:
    """Counts from (rubric id, dispute) pairs."""
    summary = DisputeSummary()
    by_criterion: dict = defaultdict(DisputeCounts)
    by_reviewer: dict = defaultdict(DisputeCounts)
    for rubric_id, dispute in disputes:
        by_criterion[(rubric_id, dispute.criterion_id)].add(dispute)
        by_reviewer[dispute.reviewer or ""].add(dispute)
        summary.overall.add(dispute)
        if dispute.reason is not None:
            summary.reasons[str(dispute.reason)] += 1
    summary.by_criterion = dict(by_criterion)
    summary.by_reviewer = dict(by_reviewer)
    return summary
