"""Saving and loading reviews: answers, comments, evidence, states and the history of changes.

Every change is its own transaction, so a draft is saved as the reviewer works and survives a
crash. A review keeps the exact rubric it was created with (a snapshot stored once per rubric
hash); the score is always computed from that snapshot.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from reviewer.domain import ConversationStatus
from reviewer.domain.review import (
    Answer,
    Evidence,
    HistoryAction,
    HistoryEntry,
    Review,
    ReviewError,
    ReviewState,
)
from reviewer.domain.rubric import AnswerError, Rubric
from reviewer.storage.settings import Setting

if TYPE_CHECKING:
    from reviewer.storage.library import Library


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


#: Default of set_answer's arguments: leave that part of the answer as it is.
UNCHANGED: Any = _Unchanged()

_COLUMNS = (
    "r.id, r.conversation_id, r.rubric_hash, r.reviewer, r.state, r.created_at, r.updated_at,"
    " r.submitted_at, e.name, r.uid, r.calibration_uid"
)
_FROM = (
    "reviews r JOIN conversations c ON c.id = r.conversation_id LEFT JOIN employees e ON e.id = c.employee_id"
)
_CHUNK = 500  # ids per IN (...) query, well under SQLite's variable limit


@dataclass(frozen=True)
class ReviewFilter:
    employee: str | None = None  # the conversation's employee
    reviewer: str | None = None
    conversation_id: int | None = None
    state: ReviewState | None = None
    rubric_id: str | None = None
    since: str | None = None  # ISO date, inclusive; the submission date (drafts: creation date)
    until: str | None = None  # ISO date, inclusive
    calibration: bool | None = None  # False: leave out calibration reviews; True: only those


def _timestamp(at: datetime | str | None) -> str:
    """ISO 8601 in UTC, to the second; a time without a zone is the user's local time."""
    if at is None:
        at = datetime.now(timezone.utc)
    elif isinstance(at, str):
        at = datetime.fromisoformat(at)
    if at.tzinfo is None:
        at = at.astimezone()
    return at.astimezone(timezone.utc).isoformat(timespec="seconds")


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _evidence_data(evidence: Sequence[Evidence]) -> list:
    return [e.to_data() for e in evidence]


class ReviewRepository:
    def __init__(self, library: "Library"):
        self._library = library
        self._snapshots: dict[str, Rubric] = {}  # by hash; a snapshot never changes

    @property
    def _conn(self):
        return self._library.conn

    # Creating and changing ----------------------------------------------------------------

    def create(
        self,
        conversation_id: int,
        rubric: Rubric,
        reviewer: str | None = None,
        *,
        at: datetime | str | None = None,
    ) -> Review:
        """A new draft review; reviewer defaults to the library's reviewer_name setting."""
        reviewer = " ".join((reviewer or self._library.setting(Setting.REVIEWER_NAME) or "").split())
        if not reviewer:
            raise ReviewError("no reviewer name: give one, or set reviewer_name in the library settings")
        now = _timestamp(at)
        with self._library.transaction() as conn:
            if not conn.execute("SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)).fetchone():
                raise ReviewError(f"no conversation {conversation_id}")
            rubric_hash = self._store_snapshot(conn, rubric, now)
            review_id = conn.execute(
                "INSERT INTO reviews (uid, conversation_id, rubric_hash, rubric_id, rubric_version, reviewer,"
                " state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    uuid.uuid4().hex,
                    conversation_id,
                    rubric_hash,
                    rubric.id,
                    rubric.version,
                    reviewer,
                    str(ReviewState.DRAFT),
                    now,
                    now,
                ),
            ).lastrowid
            self._mark_calibration(conn, review_id, conversation_id, reviewer, rubric.id)
        return self.require(review_id)

    @staticmethod
    def _mark_calibration(conn, review_id: int, conversation_id: int, reviewer: str, rubric_id: str) -> None:
        """A review a participant makes of a conversation of an open calibration session (with
        its rubric), or the session's benchmark reviewer makes, belongs to that session, so it never counts in employee scores or reports."""
        row = conn.execute(
            "SELECT s.uid FROM calibration_sessions s"
            " JOIN calibration_conversations cc ON cc.session_id = s.id AND cc.conversation_id = ?"
            " WHERE s.state = 'open' AND s.rubric_id = ? AND (s.benchmark_reviewer = ? COLLATE NOCASE"
            " OR EXISTS (SELECT 1 FROM calibration_reviewers cr WHERE cr.session_id = s.id AND cr.reviewer = ?))"
            " ORDER BY s.id DESC LIMIT 1",
            (conversation_id, rubric_id, reviewer, reviewer),
        ).fetchone()
        if row:
            conn.execute("UPDATE reviews SET calibration_uid = ? WHERE id = ?", (row[0], review_id))

    def _store_snapshot(self, conn, rubric: Rubric, now: str) -> str:
        content = rubric.canonical_json()
        rubric_hash = rubric.fingerprint
        conn.execute(
            "INSERT OR IGNORE INTO rubric_snapshots (hash, rubric_id, version, content, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (rubric_hash, rubric.id, rubric.version, content, now),
        )
        self._snapshots.setdefault(rubric_hash, rubric)
        return rubric_hash

    def set_answer(
        self,
        review_id: int,
        criterion_id: str,
        value: Any = UNCHANGED,
        *,
        comment: Any = UNCHANGED,
        evidence: Any = UNCHANGED,
        by: str | None = None,
        at: datetime | str | None = None,
    ) -> Review:
        """Change one criterion's answer (None clears it), comment and/or evidence; saved at once.

        Evidence is a list of Evidence, turn indexes or {"start_ms", "end_ms"} ranges. Raises
        AnswerError for an answer the rubric does not accept and ReviewError for a submitted
        review; nothing is saved then."""
        return self.set_answers(review_id, [(criterion_id, value, comment, evidence)], by=by, at=at)

    def set_answers(
        self,
        review_id: int,
        answers: Iterable[Answer | tuple[str, Any, Any, Any]],
        *,
        by: str | None = None,
        at: datetime | str | None = None,
    ) -> Review:
        """Several answers in one transaction: all are saved, or none when any is rejected."""
        now = _timestamp(at)
        with self._library.transaction() as conn:
            review = self.require(review_id)
            if review.state is ReviewState.SUBMITTED:
                raise ReviewError(f"review {review_id} is submitted; reopen it to change answers")
            who = " ".join((by or review.reviewer).split())
            for item in answers:
                if isinstance(item, Answer):
                    item = (item.criterion_id, item.value, item.comment, item.evidence)
                self._change(conn, review, *item, who=who, now=now)
            self._refresh(conn, review_id, now)
        return self.require(review_id)

    def _change(
        self, conn, review: Review, criterion_id: str, value, comment, evidence, *, who: str, now: str
    ) -> None:
        criterion = review.rubric.criterion(criterion_id)
        old = review.answers.get(criterion_id) or Answer(criterion_id)
        new_value = old.value if value is UNCHANGED else (None if value is None else criterion.check(value))
        if comment is UNCHANGED:
            new_comment = old.comment
        elif comment is None or isinstance(comment, str):
            new_comment = comment or ""
        else:
            raise AnswerError(f"criterion {criterion_id!r}: the comment must be text")
        new_evidence = (
            old.evidence
            if evidence is UNCHANGED
            else self._checked_evidence(conn, review, criterion_id, evidence)
        )
        conn.execute(
            "INSERT INTO answers (review_id, criterion_id, value, comment) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (review_id, criterion_id) DO UPDATE SET value = excluded.value, comment = excluded.comment",
            (review.id, criterion_id, _json(new_value), new_comment),
        )
        if new_evidence != old.evidence:
            conn.execute(
                "DELETE FROM evidence WHERE review_id = ? AND criterion_id = ?", (review.id, criterion_id)
            )
            conn.executemany(
                "INSERT INTO evidence (review_id, criterion_id, position, turn_index, start_ms, end_ms)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (review.id, criterion_id, i, e.turn_index, e.start_ms, e.end_ms)
                    for i, e in enumerate(new_evidence)
                ],
            )
        review.answers[criterion_id] = Answer(criterion_id, new_value, new_comment, new_evidence)
        if review.submitted_at is None:
            return  # a draft that was never submitted keeps no history: only its latest state matters
        changes = [
            (HistoryAction.ANSWER, old.value, new_value),
            (HistoryAction.COMMENT, old.comment, new_comment),
            (HistoryAction.EVIDENCE, _evidence_data(old.evidence), _evidence_data(new_evidence)),
        ]
        for action, before, after in changes:
            if before != after:
                self._log(conn, review.id, now, who, action, criterion_id, before, after)

    def _checked_evidence(self, conn, review: Review, criterion_id: str, items: Any) -> tuple[Evidence, ...]:
        if items is None:
            return ()
        if not isinstance(items, (list, tuple)):
            items = [items]
        row = conn.execute(
            "SELECT duration_ms, (SELECT COUNT(*) FROM turns WHERE conversation_id = c.id)"
            " FROM conversations c WHERE c.id = ?",
            (review.conversation_id,),
        ).fetchone()
        duration_ms, turn_count = row
        found = []
        for item in items:
            try:
                evidence = item if isinstance(item, Evidence) else Evidence.from_data(item)
            except (ValueError, TypeError) as exc:
                raise AnswerError(f"criterion {criterion_id!r}: {exc}") from None
            if (
                evidence.is_turn
                and not conn.execute(
                    "SELECT 1 FROM turns WHERE conversation_id = ? AND idx = ?",
                    (review.conversation_id, evidence.turn_index),
                ).fetchone()
            ):
                has = f"turns 0-{turn_count - 1}" if turn_count else "no turns"
                raise AnswerError(
                    f"criterion {criterion_id!r}: evidence turn {evidence.turn_index} is not in conversation"
                    f" {review.conversation_id} (it has {has})"
                )
            if not evidence.is_turn and duration_ms is not None and evidence.end_ms > duration_ms:
                raise AnswerError(
                    f"criterion {criterion_id!r}: evidence time range ends at {evidence.end_ms} ms, after the end"
                    f" of conversation {review.conversation_id} ({duration_ms} ms)"
                )
            if evidence not in found:
                found.append(evidence)
        return tuple(found)

    def _log(
        self, conn, review_id: int, at: str, who: str, action: HistoryAction, criterion_id, old, new
    ) -> None:
        conn.execute(
            "INSERT INTO review_history (review_id, at, who, action, criterion_id, old, new)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (review_id, at, who, str(action), criterion_id, _json(old), _json(new)),
        )

    def _refresh(self, conn, review_id: int, now: str) -> None:
        """Store the score computed from the snapshot, for lists and reports that query it."""
        review = self.require(review_id)
        score = review.score()
        conn.execute(
            "UPDATE reviews SET score = ?, flagged = ?, updated_at = ? WHERE id = ?",
            (score.total, int(score.flagged), now, review_id),
        )

    def submit(self, review_id: int, *, by: str | None = None, at: datetime | str | None = None) -> Review:
        """Make a complete draft final; its conversation becomes reviewed."""
        now = _timestamp(at)
        with self._library.transaction() as conn:
            review = self.require(review_id)
            if review.state is ReviewState.SUBMITTED:
                raise ReviewError(f"review {review_id} is already submitted")
            missing = review.score().unanswered
            if missing:
                raise ReviewError(
                    f"review {review_id} cannot be submitted: {len(missing)} of"
                    f" {sum(1 for _ in review.rubric.criteria())} criteria have no answer ({', '.join(missing)})"
                )
            uncommented = review.missing_comments()
            if uncommented:
                raise ReviewError(
                    f"review {review_id} cannot be submitted: every \"no\" answer needs a comment saying why"
                    f" ({', '.join(uncommented)})"
                )
            conn.execute(
                "UPDATE reviews SET state = ?, submitted_at = ? WHERE id = ?",
                (str(ReviewState.SUBMITTED), now, review_id),
            )
            who = " ".join((by or review.reviewer).split())
            self._log(
                conn,
                review_id,
                now,
                who,
                HistoryAction.SUBMIT,
                None,
                str(ReviewState.DRAFT),
                str(ReviewState.SUBMITTED),
            )
            self._refresh(conn, review_id, now)
            self._library.conversations.set_status(review.conversation_id, ConversationStatus.REVIEWED)
            _record_suggestions(self._library, conn, review)
        return self.require(review_id)

    def reopen(self, review_id: int, *, by: str | None = None, at: datetime | str | None = None) -> Review:
        """Make a submitted review editable again; every later change goes into its history.

        The conversation stays reviewed: it was, and the earlier submission is in the history."""
        now = _timestamp(at)
        with self._library.transaction() as conn:
            review = self.require(review_id)
            if review.state is not ReviewState.SUBMITTED:
                raise ReviewError(f"review {review_id} is a draft; only a submitted review can be reopened")
            conn.execute(
                "UPDATE reviews SET state = ?, updated_at = ? WHERE id = ?",
                (str(ReviewState.DRAFT), now, review_id),
            )
            who = " ".join((by or review.reviewer).split())
            self._log(
                conn,
                review_id,
                now,
                who,
                HistoryAction.REOPEN,
                None,
                str(ReviewState.SUBMITTED),
                str(ReviewState.DRAFT),
            )
        return self.require(review_id)

    def check_evidence(self, review: Review, criterion_id: str, items: Any) -> tuple[Evidence, ...]:
        """Evidence items checked against the review's conversation (AnswerError when one is not there)."""
        return self._checked_evidence(self._conn, review, criterion_id, items)

    def change_by_decision(
        self, review_id: int, criterion_id: str, value: Any, *, by: str, note: str, at: datetime | str | None = None
    ) -> Review:
        """Change one answer of a submitted review as a dispute's decision says; the history keeps
        the old and new answer, who decided and why (note), and the score is recomputed from the
        review's own rubric copy. The review stays submitted."""
        now = _timestamp(at)
        with self._library.transaction() as conn:
            review = self.require(review_id)
            if review.state is not ReviewState.SUBMITTED:
                raise ReviewError(f"review {review_id} is reopened for editing; submit it before deciding its disputes")
            new_value = review.rubric.criterion(criterion_id).check(value)
            old = review.answers.get(criterion_id) or Answer(criterion_id)
            conn.execute(
                "INSERT INTO answers (review_id, criterion_id, value, comment) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (review_id, criterion_id) DO UPDATE SET value = excluded.value",
                (review_id, criterion_id, _json(new_value), old.comment),
            )
            conn.execute(
                "INSERT INTO review_history (review_id, at, who, action, criterion_id, old, new, note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (review_id, now, " ".join(by.split()), str(HistoryAction.DISPUTE), criterion_id,
                 _json(old.value), _json(new_value), note),
            )
            self._refresh(conn, review_id, now)
        return self.require(review_id)

    def delete(self, review_id: int) -> None:
        with self._library.transaction() as conn:
            if not conn.execute("DELETE FROM reviews WHERE id = ?", (review_id,)).rowcount:
                raise ReviewError(f"no review {review_id}")

    # Reading ------------------------------------------------------------------------------

    def get(self, review_id: int) -> Review | None:
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM {_FROM} WHERE r.id = ?", (review_id,)).fetchall()
        if not rows:
            return None
        review = self._build(rows)[0]
        review.history = self.history(review_id)
        return review

    def require(self, review_id: int) -> Review:
        review = self.get(review_id)
        if review is None:
            raise ReviewError(f"no review {review_id}")
        return review

    def list(self, flt: ReviewFilter = ReviewFilter()) -> list[Review]:
        """Reviews with their answers (no history), oldest first by submission (drafts: creation)."""
        clauses, params = [], []
        if flt.employee:
            clauses.append("e.name = ? COLLATE NOCASE")
            params.append(" ".join(flt.employee.split()))
        if flt.reviewer:
            clauses.append("r.reviewer = ? COLLATE NOCASE")
            params.append(" ".join(flt.reviewer.split()))
        if flt.conversation_id is not None:
            clauses.append("r.conversation_id = ?")
            params.append(flt.conversation_id)
        if flt.state:
            clauses.append("r.state = ?")
            params.append(str(flt.state))
        if flt.rubric_id:
            clauses.append("r.rubric_id = ?")
            params.append(flt.rubric_id)
        if flt.since:
            clauses.append("COALESCE(r.submitted_at, r.created_at) >= ?")
            params.append(flt.since)
        if flt.until:
            clauses.append("substr(COALESCE(r.submitted_at, r.created_at), 1, 10) <= ?")
            params.append(flt.until[:10])
        if flt.calibration is not None:
            clauses.append("r.calibration_uid IS NOT NULL" if flt.calibration else "r.calibration_uid IS NULL")
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM {_FROM}{where} ORDER BY COALESCE(r.submitted_at, r.created_at), r.id",
            params,
        ).fetchall()
        return self._build(rows)

    def history(self, review_id: int) -> list[HistoryEntry]:
        return [
            HistoryEntry(
                at,
                who,
                HistoryAction(action),
                criterion_id,
                json.loads(old) if old else None,
                json.loads(new) if new else None,
                note or "",
            )
            for at, who, action, criterion_id, old, new, note in self._conn.execute(
                "SELECT at, who, action, criterion_id, old, new, note FROM review_history WHERE review_id = ?"
                " ORDER BY id",
                (review_id,),
            )
        ]

    def rubric_snapshot(self, rubric_hash: str) -> Rubric:
        """The rubric copy stored under this hash."""
        rubric = self._snapshots.get(rubric_hash)
        if rubric is None:
            row = self._conn.execute(
                "SELECT content FROM rubric_snapshots WHERE hash = ?", (rubric_hash,)
            ).fetchone()
            if row is None:
                raise ReviewError(f"no stored rubric with hash {rubric_hash}")
            rubric = Rubric.from_data(json.loads(row[0]))
            self._snapshots[rubric_hash] = rubric
        return rubric

    def _build(self, rows: list[tuple]) -> list[Review]:
        reviews = {}
        for rid, cid, rubric_hash, reviewer, state, created, updated, submitted, employee, uid, calibration in rows:
            reviews[rid] = Review(
                id=rid,
                uid=uid,
                conversation_id=cid,
                reviewer=reviewer,
                rubric=self.rubric_snapshot(rubric_hash),
                state=ReviewState(state),
                created_at=created,
                updated_at=updated,
                submitted_at=submitted,
                employee=employee,
                calibration_uid=calibration,
            )
        ids = list(reviews)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            evidence: dict[tuple[int, str], list[Evidence]] = {}
            for rid, criterion_id, turn_index, start_ms, end_ms in self._conn.execute(
                "SELECT review_id, criterion_id, turn_index, start_ms, end_ms FROM evidence"
                f" WHERE review_id IN ({marks}) ORDER BY review_id, criterion_id, position",
                chunk,
            ):
                evidence.setdefault((rid, criterion_id), []).append(Evidence(turn_index, start_ms, end_ms))
            for rid, criterion_id, value, comment in self._conn.execute(
                f"SELECT review_id, criterion_id, value, comment FROM answers WHERE review_id IN ({marks})",
                chunk,
            ):
                reviews[rid].answers[criterion_id] = Answer(
                    criterion_id,
                    json.loads(value) if value is not None else None,
                    comment,
                    tuple(evidence.get((rid, criterion_id), ())),
                )
        return list(reviews.values())


def _record_suggestions(library, conn, review) -> None:
    """Automatic QA: keep, per criterion, what was suggested and what the reviewer decided."""
    from reviewer.checks.service import record_on_submit

    record_on_submit(library, conn, review)
