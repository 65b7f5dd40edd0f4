"""Calibration sessions: the same conversations scored by several reviewers with one rubric by a
deadline, optionally against the lead's benchmark answers.

A review a participant makes of a session's conversation while the session is open belongs to
it (see ReviewRepository._mark_calibration) and never counts in employee scores or reports.
While the session is open, a participant sees the others' reviews of those conversations only
after submitting their own (``visible_reviews``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Iterable

from reviewer.domain.review import Review, ReviewState
from reviewer.storage.reviews import ReviewFilter
from reviewer.team.samples import _find, _me

if TYPE_CHECKING:
    from reviewer.storage.library import Library


class CalibrationError(Exception):
    """A session cannot be made or changed that way (unknown conversation, no rubric...)."""


@dataclass
class Session:
    id: int
    uid: str
    name: str
    rubric_id: str
    deadline: str | None
    benchmark_reviewer: str | None
    state: str
    created_by: str
    created_at: str
    conversation_ids: list[int] = field(default_factory=list)
    reviewers: list[str] = field(default_factory=list)

    @property
    def is_open(self) -> bool:
        return self.state == "open"

    def to_data(self) -> dict:
        return dict(self.__dict__)


def _check_date(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise CalibrationError(f"{what} {value!r} is not a date; use YYYY-MM-DD") from None


def _check_conversations(conn, ids: Iterable[int]) -> list[int]:
    ids = list(dict.fromkeys(int(i) for i in ids))
    missing = [i for i in ids if not conn.execute("SELECT 1 FROM conversations WHERE id = ?", (i,)).fetchone()]
    if missing:
        raise CalibrationError(f"no conversation {', '.join(f'#{i}' for i in missing)}")
    return ids


def create(
    library: "Library",
    name: str,
    rubric_id: str,
    conversation_ids: Iterable[int] = (),
    reviewers: Iterable[str] = (),
    *,
    deadline: str | None = None,
    benchmark_reviewer: str | None = None,
    created_by: str | None = None,
) -> Session:
    if not name.strip():
        raise CalibrationError("a calibration session needs a name")
    if not rubric_id.strip():
        raise CalibrationError("a calibration session needs a rubric")
    deadline = _check_date(deadline, "deadline")
    ids = _check_conversations(library.conn, conversation_ids)
    uid, who = uuid.uuid4().hex, _me(library, created_by)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with library.transaction() as conn:
        sid = conn.execute(
            "INSERT INTO calibration_sessions (uid, name, rubric_id, deadline, benchmark_reviewer, state,"
            " created_by, created_at) VALUES (?, ?, ?, ?, ?, 'open', ?, ?)",
            (uid, " ".join(name.split()), rubric_id.strip(), deadline,
             " ".join(benchmark_reviewer.split()) if benchmark_reviewer else None, who, now),
        ).lastrowid
        _add(conn, sid, ids, reviewers)
    return session(library, uid)


def _add(conn, sid: int, ids: list[int], reviewers: Iterable[str]) -> None:
    conn.executemany("INSERT OR IGNORE INTO calibration_conversations (session_id, conversation_id) VALUES (?, ?)",
                     [(sid, cid) for cid in ids])
    conn.executemany("INSERT OR IGNORE INTO calibration_reviewers (session_id, reviewer) VALUES (?, ?)",
                     [(sid, " ".join(r.split())) for r in reviewers if r.strip()])


def add(
    library: "Library",
    key: str,
    conversation_ids: Iterable[int] = (),
    reviewers: Iterable[str] = (),
    *,
    benchmark_reviewer: str | None = None,
    deadline: str | None = None,
    state: str | None = None,
) -> Session:
    """Add conversations and reviewers; set the benchmark reviewer, deadline, or open/closed."""
    sid = session(library, key).id
    ids = _check_conversations(library.conn, conversation_ids)
    deadline = _check_date(deadline, "deadline")
    if state not in (None, "open", "closed"):
        raise CalibrationError(f"state must be open or closed, not {state!r}")
    with library.transaction() as conn:
        _add(conn, sid, ids, reviewers)
        if benchmark_reviewer is not None:
            conn.execute("UPDATE calibration_sessions SET benchmark_reviewer = ? WHERE id = ?",
                         (" ".join(benchmark_reviewer.split()) or None, sid))
        if deadline is not None:
            conn.execute("UPDATE calibration_sessions SET deadline = ? WHERE id = ?", (deadline, sid))
        if state is not None:
            conn.execute("UPDATE calibration_sessions SET state = ? WHERE id = ?", (state, sid))
    return session(library, str(sid))


def session(library: "Library", key: str) -> Session:
    try:
        sid = _find(library, "calibration_sessions", key)
    except LookupError as exc:
        raise CalibrationError(str(exc)) from None
    conn = library.conn
    row = conn.execute(
        "SELECT id, uid, name, rubric_id, deadline, benchmark_reviewer, state, created_by, created_at"
        " FROM calibration_sessions WHERE id = ?", (sid,)).fetchone()
    found = Session(*row)
    found.conversation_ids = [r[0] for r in conn.execute(
        "SELECT conversation_id FROM calibration_conversations WHERE session_id = ? ORDER BY conversation_id", (sid,))]
    found.reviewers = [r[0] for r in conn.execute(
        "SELECT reviewer FROM calibration_reviewers WHERE session_id = ? ORDER BY reviewer", (sid,))]
    return found


def sessions(library: "Library") -> list[Session]:
    return [session(library, str(r[0])) for r in library.conn.execute("SELECT id FROM calibration_sessions ORDER BY id")]


def reviews(library: "Library", found: Session) -> list[Review]:
    """The session's submitted reviews (all reviewers, the benchmark's included)."""
    return [r for r in library.reviews.list(ReviewFilter(state=ReviewState.SUBMITTED, calibration=True))
            if r.calibration_uid == found.uid]


def visible_reviews(library: "Library", reviews_of_conversation: list[Review], viewer: str | None) -> list[Review]:
    """``reviews_of_conversation`` without what ``viewer`` may not see yet: while a session is
    open, a participant who has not submitted their own review of the conversation sees none
    of the others' reviews made for it."""
    viewer = " ".join((viewer or "").split()).casefold()
    hidden = []
    for review in reviews_of_conversation:
        if not review.calibration_uid or review.reviewer.casefold() == viewer:
            continue
        row = library.conn.execute(
            "SELECT s.state, EXISTS (SELECT 1 FROM calibration_reviewers cr WHERE cr.session_id = s.id"
            " AND cr.reviewer = ? COLLATE NOCASE) FROM calibration_sessions s WHERE s.uid = ?",
            (viewer, review.calibration_uid),
        ).fetchone()
        if row is None or row[0] != "open" or not row[1]:
            continue
        own_submitted = any(
            r.reviewer.casefold() == viewer and r.calibration_uid == review.calibration_uid
            and r.state is ReviewState.SUBMITTED for r in reviews_of_conversation
        )
        if not own_submitted:
            hidden.append(review.id)
    return [r for r in reviews_of_conversation if r.id not in hidden]
