"""Recording coaching sessions and their follow-ups, and reading them back."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from reviewer.coaching.common import clean_name, evidence_from_json, evidence_json, timestamp
from reviewer.domain.coaching import (
    CoachingError,
    CoachingSession,
    Discussed,
    FocusCriterion,
    check_day,
    check_session,
    due_follow_ups,
)
from reviewer.domain.review import Evidence

if TYPE_CHECKING:
    from reviewer.storage.library import Library

_COLUMNS = (
    "s.id, s.uid, e.name, s.held_on, s.trainer, s.notes, s.actions, s.follow_up_on, s.follow_up_done_at,"
    " s.follow_up_note, s.created_at, s.updated_at"
)
_FROM = "coaching_sessions s JOIN employees e ON e.id = s.employee_id"


@dataclass(frozen=True)
class SessionFilter:
    employee: str | None = None
    since: str | None = None  # held on or after (YYYY-MM-DD)
    until: str | None = None  # held on or before


class SessionRepository:
    def __init__(self, library: "Library"):
        self._library = library

    @property
    def _conn(self):
        return self._library.conn

    def _checked(self, session: CoachingSession) -> CoachingSession:
        """The session with clean names and dates, its discussed moments checked against their
        conversations; CoachingError otherwise."""
        session = replace(
            session,
            employee=clean_name(session.employee),
            trainer=clean_name(session.trainer),
            held_on=check_day(session.held_on, "session date") or "",
            follow_up_on=check_day(session.follow_up_on, "follow-up date"),
            notes=session.notes.strip(),
            actions=session.actions.strip(),
        )
        check_session(session)
        known = {n.casefold(): n for n in self._library.employees()}
        if session.employee.casefold() not in known:
            listed = ", ".join(list(known.values())[:20]) or "none"
            raise CoachingError(f"no employee named {session.employee!r}; employees in this library: {listed}")
        session = replace(session, employee=known[session.employee.casefold()])
        seen = set()
        for item in session.discussed:
            if item.conversation_id in seen:
                raise CoachingError(f"conversation {item.conversation_id} is listed twice")
            seen.add(item.conversation_id)
            row = self._conn.execute(
                "SELECT duration_ms, (SELECT COUNT(*) FROM turns WHERE conversation_id = c.id) FROM conversations c"
                " WHERE c.id = ?", (item.conversation_id,)).fetchone()
            if row is None:
                raise CoachingError(f"no conversation {item.conversation_id}")
            duration, turns = row
            for moment in item.moments:
                if moment.is_turn and moment.turn_index >= turns:
                    raise CoachingError(f"conversation {item.conversation_id} has no turn {moment.turn_index}")
                if not moment.is_turn and duration is not None and moment.end_ms > duration:
                    raise CoachingError(
                        f"conversation {item.conversation_id}: the moment ends at {moment.end_ms} ms, after its end"
                        f" ({duration} ms)")
        return session

    def add(self, session: CoachingSession, *, at: datetime | str | None = None, uid: str | None = None) -> CoachingSession:
        """Store a session; returns it as stored. CoachingError for a bad field (nothing stored)."""
        session = self._checked(session)
        now = timestamp(at)
        with self._library.transaction() as conn:
            employee_id = self._library.employee_id(session.employee, create=False)
            sid = conn.execute(
                "INSERT INTO coaching_sessions (uid, employee_id, held_on, trainer, notes, actions, follow_up_on,"
                " follow_up_done_at, follow_up_note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (uid or uuid.uuid4().hex, employee_id, session.held_on, session.trainer, session.notes,
                 session.actions, session.follow_up_on, session.follow_up_done_at, session.follow_up_note, now, now),
            ).lastrowid
            self._write_parts(conn, sid, session)
        return self.require(sid)

    def _write_parts(self, conn, sid: int, session: CoachingSession) -> None:
        conn.executemany(
            "INSERT INTO coaching_focus (session_id, position, rubric_id, criterion_id) VALUES (?, ?, ?, ?)",
            [(sid, i, f.rubric_id, f.criterion_id) for i, f in enumerate(session.focus)],
        )
        conn.executemany(
            "INSERT INTO coaching_discussed (session_id, position, conversation_id, moments) VALUES (?, ?, ?, ?)",
            [(sid, i, d.conversation_id, evidence_json(d.moments)) for i, d in enumerate(session.discussed)],
        )

    def mark_follow_up_done(self, session_id: int, note: str = "", *, at: datetime | str | None = None) -> CoachingSession:
        session = self.require(session_id)
        if session.follow_up_on is None:
            raise CoachingError(f"session {session_id} has no follow-up")
        if session.follow_up_done_at:
            raise CoachingError(f"the follow-up of session {session_id} was done on {session.follow_up_done_at[:10]}")
        now = timestamp(at)
        with self._library.transaction() as conn:
            conn.execute(
                "UPDATE coaching_sessions SET follow_up_done_at = ?, follow_up_note = ?, updated_at = ? WHERE id = ?",
                (now, note.strip(), now, session_id),
            )
        return self.require(session_id)

    # Reading --------------------------------------------------------------------------------

    def _build(self, rows) -> list[CoachingSession]:
        sessions = []
        for sid, uid, employee, held, trainer, notes, actions, follow, done, fnote, created, updated in rows:
            focus = tuple(
                FocusCriterion(r, c) for r, c in self._conn.execute(
                    "SELECT rubric_id, criterion_id FROM coaching_focus WHERE session_id = ? ORDER BY position", (sid,))
            )
            discussed = tuple(
                Discussed(cid, evidence_from_json(moments), sha) for cid, moments, sha in self._conn.execute(
                    "SELECT d.conversation_id, d.moments, c.source_sha256 FROM coaching_discussed d"
                    " JOIN conversations c ON c.id = d.conversation_id WHERE d.session_id = ? ORDER BY d.position",
                    (sid,))
            )
            sessions.append(CoachingSession(
                employee=employee, held_on=held, trainer=trainer, focus=focus, discussed=discussed, notes=notes,
                actions=actions, follow_up_on=follow, follow_up_done_at=done, follow_up_note=fnote, id=sid, uid=uid,
                created_at=created, updated_at=updated,
            ))
        return sessions

    def get(self, session_id: int) -> CoachingSession | None:
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM {_FROM} WHERE s.id = ?", (session_id,)).fetchall()
        found = self._build(rows)
        return found[0] if found else None

    def require(self, session_id: int) -> CoachingSession:
        session = self.get(session_id)
        if session is None:
            raise CoachingError(f"no coaching session {session_id}")
        return session

    def by_uid(self, uid: str) -> CoachingSession | None:
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM {_FROM} WHERE s.uid = ?", (uid,)).fetchall()
        found = self._build(rows)
        return found[0] if found else None

    def list(self, flt: SessionFilter = SessionFilter()) -> list[CoachingSession]:
        """Sessions, oldest held first."""
        clauses, params = [], []
        if flt.employee:
            clauses.append("e.name = ? COLLATE NOCASE")
            params.append(clean_name(flt.employee))
        if flt.since:
            clauses.append("s.held_on >= ?")
            params.append(flt.since[:10])
        if flt.until:
            clauses.append("s.held_on <= ?")
            params.append(flt.until[:10])
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return self._build(self._conn.execute(
            f"SELECT {_COLUMNS} FROM {_FROM}{where} ORDER BY s.held_on, s.id", params).fetchall())

    def due(self, today: date | None = None) -> list[CoachingSession]:
        """Sessions whose follow-up is due today or overdue, the oldest first."""
        today = today or date.today()
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM {_FROM} WHERE s.follow_up_done_at IS NULL AND s.follow_up_on <= ?",
            (today.isoformat(),),
        ).fetchall()
        return due_follow_ups(self._build(rows), today)


def moments_from_data(items) -> tuple[Evidence, ...]:
    """Moments in the answers-file form (turn numbers or {"start_ms", "end_ms"}); CoachingError."""
    try:
        return tuple(Evidence.from_data(i) for i in items or ())
    except (ValueError, TypeError) as exc:
        raise CoachingError(f"moment: {exc}") from None


__all__ = ["SessionFilter", "SessionRepository", "moments_from_data"]
