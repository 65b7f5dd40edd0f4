"""Raising, deciding and listing disputes of review answers.

Checks run before the write lock is taken; each change is one small transaction. An accepted
(or partly accepted) dispute changes the review's answer through the review's history, and the
score is recomputed from the review's own rubric copy (ReviewRepository.change_by_decision).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Iterable

from reviewer.coaching.common import clean_name, evidence_from_json, evidence_json, from_json, timestamp, to_json
from reviewer.domain.dispute import (
    DecisionReason,
    Dispute,
    DisputeError,
    DisputeState,
    RaisedBy,
    check_decision,
    check_raise,
    decided_answer,
)
from reviewer.domain.review import ReviewState

if TYPE_CHECKING:
    from reviewer.storage.library import Library

_COLUMNS = (
    "d.id, d.uid, d.review_id, d.criterion_id, d.raised_by, d.raised_role, d.raised_at, d.old_answer, d.proposed,"
    " d.argument, d.evidence, d.state, d.decided_by, d.decided_at, d.reason, d.decision_note, d.new_answer,"
    " r.uid, r.conversation_id, e.name, r.reviewer, r.rubric_id"
)
_FROM = (
    "disputes d JOIN reviews r ON r.id = d.review_id JOIN conversations c ON c.id = r.conversation_id"
    " LEFT JOIN employees e ON e.id = c.employee_id"
)
_CHUNK = 500


@dataclass(frozen=True)
class DisputeFilter:
    state: DisputeState | None = None
    open_only: bool = False
    employee: str | None = None
    reviewer: str | None = None  # the original reviewer
    review_id: int | None = None
    conversation_id: int | None = None
    rubric_id: str | None = None
    since: str | None = None  # ISO date, inclusive: when raised
    until: str | None = None


def _row_to_dispute(row) -> tuple[str, Dispute]:
    (did, uid, review_id, criterion_id, raised_by, role, raised_at, old, proposed, argument, evidence, state,
     decided_by, decided_at, reason, note, new, review_uid, cid, employee, reviewer, rubric_id) = row
    dispute = Dispute(
        id=did, uid=uid, review_id=review_id, criterion_id=criterion_id, raised_by=raised_by,
        raised_role=RaisedBy(role), raised_at=raised_at, old_answer=from_json(old), proposed=from_json(proposed),
        argument=argument, evidence=evidence_from_json(evidence), state=DisputeState(state),
        decided_by=decided_by, decided_at=decided_at, reason=DecisionReason(reason) if reason else None,
        decision_note=note, new_answer=from_json(new), review_uid=review_uid, conversation_id=cid,
        employee=employee, reviewer=reviewer,
    )
    return rubric_id, dispute


class DisputeRepository:
    def __init__(self, library: "Library"):
        self._library = library

    @property
    def _conn(self):
        return self._library.conn

    # Raising and deciding -------------------------------------------------------------------

    def raise_dispute(
        self,
        review_id: int,
        criterion_id: str,
        proposed: Any,
        argument: str,
        *,
        by: str,
        role: RaisedBy = RaisedBy.EMPLOYEE,
        evidence: Iterable = (),
        at: datetime | str | None = None,
    ) -> Dispute:
        """A dispute of one answer of a submitted review. DisputeError (or AnswerError for an
        answer or evidence the rubric or conversation does not have); nothing is stored then."""
        by = clean_name(by)
        if not by:
            raise DisputeError("say who raises the dispute (the employee, or the trainer on their behalf)")
        review = self._library.reviews.get(review_id)
        if review is None:
            raise DisputeError(f"no review {review_id}")
        if review.state is not ReviewState.SUBMITTED:
            raise DisputeError(f"review {review_id} is not submitted; only a submitted review's answers can be disputed")
        criterion = review.rubric.criterion(criterion_id)  # AnswerError for one the rubric lacks
        value = criterion.check(proposed)
        answer = review.answers.get(criterion_id)
        old = answer.value if answer else None
        check_raise(old, value, argument or "")
        checked = self._library.reviews.check_evidence(review, criterion_id, list(evidence))
        if any(d.criterion_id == criterion_id for d in self.list(DisputeFilter(review_id=review_id, open_only=True))):
            raise DisputeError(f"review {review_id} already has an open dispute of {criterion_id!r}; decide it first")
        now = timestamp(at)
        with self._library.transaction() as conn:
            dispute_id = conn.execute(
                "INSERT INTO disputes (uid, review_id, criterion_id, raised_by, raised_role, raised_at, old_answer,"
                " proposed, argument, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (uuid.uuid4().hex, review_id, criterion_id, by, str(RaisedBy(role)), now, to_json(old),
                 to_json(value), argument.strip(), evidence_json(checked)),
            ).lastrowid
        return self.require(dispute_id)

    def decide(
        self,
        dispute_id: int,
        outcome: DisputeState | str,
        reason: DecisionReason | str | None,
        *,
        by: str,
        new_answer: Any = None,
        note: str = "",
        at: datetime | str | None = None,
    ) -> Dispute:
        """Accept, partly accept (with new_answer) or reject, with the reason; by someone other
        than the original reviewer. An upheld dispute changes the review's answer (and score)."""
        by = clean_name(by)
        dispute = self.require(dispute_id)
        try:
            outcome = DisputeState(outcome)
            reason = DecisionReason(reason) if reason else None
        except ValueError as exc:
            raise DisputeError(str(exc)) from None
        check_decision(dispute, by, outcome, reason, dispute.reviewer or "", dispute.employee)
        review = self._library.reviews.require(dispute.review_id)
        if review.state is not ReviewState.SUBMITTED:
            raise DisputeError(f"review {review.id} is reopened for editing; submit it before deciding its disputes")
        criterion = review.rubric.criterion(dispute.criterion_id)
        checked_new = criterion.check(new_answer) if new_answer is not None else None
        current = review.answers.get(dispute.criterion_id)
        current_value = current.value if current else None
        value = decided_answer(dispute, outcome, checked_new, current_value)
        now = timestamp(at)
        # The history's "why", readable as it stands: "accepted (reviewer error): the note".
        why = f"{outcome.value.replace('_', ' ')} ({reason.value.replace('_', ' ')})" + (
            f": {note.strip()}" if note.strip() else "")
        with self._library.transaction() as conn:
            if value is not None and value != current_value:
                self._library.reviews.change_by_decision(dispute.review_id, dispute.criterion_id, value, by=by,
                                                         note=why, at=now)
            changed = conn.execute(
                "UPDATE disputes SET state = ?, decided_by = ?, decided_at = ?, reason = ?, decision_note = ?,"
                " new_answer = ? WHERE id = ? AND state = 'open'",
                (str(outcome), by, now, str(reason), note.strip(), to_json(value), dispute_id),
            ).rowcount
            if not changed:  # decided by someone else meanwhile
                raise DisputeError(f"dispute {dispute_id} was decided meanwhile")
        return self.require(dispute_id)

    # Reading --------------------------------------------------------------------------------

    def get(self, dispute_id: int) -> Dispute | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM {_FROM} WHERE d.id = ?", (dispute_id,)).fetchone()
        return _row_to_dispute(row)[1] if row else None

    def require(self, dispute_id: int) -> Dispute:
        dispute = self.get(dispute_id)
        if dispute is None:
            raise DisputeError(f"no dispute {dispute_id}")
        return dispute

    def by_uid(self, uid: str) -> Dispute | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM {_FROM} WHERE d.uid = ?", (uid,)).fetchone()
        return _row_to_dispute(row)[1] if row else None

    def list_with_rubrics(self, flt: DisputeFilter = DisputeFilter()) -> list[tuple[str, Dispute]]:
        """(rubric id, dispute) pairs, oldest raised first."""
        clauses, params = [], []
        if flt.open_only:
            clauses.append("d.state = 'open'")
        if flt.state:
            clauses.append("d.state = ?")
            params.append(str(flt.state))
        if flt.employee:
            clauses.append("e.name = ? COLLATE NOCASE")
            params.append(clean_name(flt.employee))
        if flt.reviewer:
            clauses.append("r.reviewer = ? COLLATE NOCASE")
            params.append(clean_name(flt.reviewer))
        if flt.review_id is not None:
            clauses.append("d.review_id = ?")
            params.append(flt.review_id)
        if flt.conversation_id is not None:
            clauses.append("r.conversation_id = ?")
            params.append(flt.conversation_id)
        if flt.rubric_id:
            clauses.append("r.rubric_id = ?")
            params.append(flt.rubric_id)
        if flt.since:
            clauses.append("d.raised_at >= ?")
            params.append(flt.since)
        if flt.until:
            clauses.append("substr(d.raised_at, 1, 10) <= ?")
            params.append(flt.until[:10])
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM {_FROM}{where} ORDER BY d.raised_at, d.id", params)
        return [_row_to_dispute(row) for row in rows]

    def list(self, flt: DisputeFilter = DisputeFilter()) -> list[Dispute]:
        return [d for _, d in self.list_with_rubrics(flt)]

    def open_counts(self, conversation_ids: list[int]) -> dict[int, int]:
        """Conversation id -> number of open disputes of its reviews (those without are left out)."""
        found: dict[int, int] = {}
        for start in range(0, len(conversation_ids), _CHUNK):
            chunk = conversation_ids[start:start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(self._conn.execute(
                "SELECT r.conversation_id, COUNT(*) FROM disputes d JOIN reviews r ON r.id = d.review_id"
                f" WHERE d.state = 'open' AND r.conversation_id IN ({marks}) GROUP BY r.conversation_id",
                chunk,
            ).fetchall())
        return found

