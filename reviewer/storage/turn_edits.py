"""Correcting one turn: its text and its speaker's role, keeping the original beside it.

The correction is written into the turn itself (``turns.text``, ``turns.participant_id``), so
search, reports and evidence quotes see it; ``turn_edits`` keeps the text and participant the
turn had before its first edit (see migration m0004). A role belongs to a participant, so
relabelling one turn moves that turn to a participant of the new role, never relabels the others.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from reviewer.domain import SpeakerRole

if TYPE_CHECKING:
    from reviewer.storage.library import Library


class TurnEditError(ValueError):
    """The turn does not exist, or the correction is not acceptable (empty text)."""


def edit_turn(
    library: "Library",
    cid: int,
    index: int,
    *,
    text: str | None = None,
    role: SpeakerRole | None = None,
    by: str | None = None,
) -> None:
    """Correct a turn's text and/or role; a correction back to the original removes the edit."""
    if role is not None:
        try:
            role = SpeakerRole(role)
        except ValueError:
            raise TurnEditError(
                f"unknown speaker role {role!r}: expected agent, customer, system or unknown"
            ) from None
    with library.transaction() as conn:
        tid, pid, current_text = _find(conn, cid, index)
        edit = conn.execute(
            "SELECT original_text, original_participant_id FROM turn_edits WHERE turn_id = ?", (tid,)
        ).fetchone()
        original_text, original_pid = edit if edit else (current_text, pid)

        new_text = current_text
        if text is not None:
            cleaned = text.strip()
            if not cleaned:
                raise TurnEditError(f"conversation #{cid}, turn {index}: the text cannot be empty")
            # Spaces around an unchanged text are no correction.
            if cleaned == current_text.strip():
                new_text = current_text
            elif cleaned == original_text.strip():
                new_text = original_text
            else:
                new_text = cleaned
        new_pid = pid if role is None else _participant_for(conn, cid, pid, original_pid, role)
        if new_text == current_text and new_pid == pid:
            return

        if new_text == original_text and new_pid == original_pid:
            conn.execute("DELETE FROM turn_edits WHERE turn_id = ?", (tid,))
        else:
            conn.execute(
                "INSERT INTO turn_edits (turn_id, original_text, original_participant_id, edited_at, edited_by)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (turn_id) DO UPDATE"
                " SET edited_at = excluded.edited_at, edited_by = excluded.edited_by",
                (tid, original_text, original_pid, _now(), _clean_name(by)),
            )
        _write(conn, tid, pid, current_text, new_pid, new_text)


def revert_turn(library: "Library", cid: int, index: int) -> None:
    """Put the turn back as the transcript or import made it; a turn never edited stays as it is."""
    with library.transaction() as conn:
        tid, pid, current_text = _find(conn, cid, index)
        edit = conn.execute(
            "SELECT original_text, original_participant_id FROM turn_edits WHERE turn_id = ?", (tid,)
        ).fetchone()
        if edit is None:
            return
        original_text, original_pid = edit
        conn.execute("DELETE FROM turn_edits WHERE turn_id = ?", (tid,))
        _write(conn, tid, pid, current_text, original_pid, original_text)


def _find(conn: sqlite3.Connection, cid: int, index: int) -> tuple[int, int, str]:
    row = conn.execute(
        "SELECT id, participant_id, text FROM turns WHERE conversation_id = ? AND idx = ?", (cid, index)
    ).fetchone()
    if row is not None:
        return row
    if conn.execute("SELECT 1 FROM conversations WHERE id = ?", (cid,)).fetchone() is None:
        raise TurnEditError(f"no conversation #{cid}")
    count = conn.execute("SELECT COUNT(*) FROM turns WHERE conversation_id = ?", (cid,)).fetchone()[0]
    if not count:
        raise TurnEditError(f"conversation #{cid} has no turns")
    raise TurnEditError(f"conversation #{cid} has no turn {index} (its turns are 0 to {count - 1})")


def _write(conn, tid: int, pid: int, text: str, new_pid: int, new_text: str) -> None:
    if new_text != text:
        conn.execute("UPDATE turns SET text = ? WHERE id = ?", (new_text, tid))  # re-indexed by trigger
    if new_pid != pid:
        conn.execute("UPDATE turns SET participant_id = ? WHERE id = ?", (new_pid, tid))
        # A participant made for a relabelled turn goes when its last turn leaves; one that is
        # some turn's original stays, for reverting.
        conn.execute(
            "DELETE FROM participants WHERE id = ?"
            " AND NOT EXISTS (SELECT 1 FROM turns WHERE participant_id = ?)"
            " AND NOT EXISTS (SELECT 1 FROM turn_edits WHERE original_participant_id = ?)",
            (pid, pid, pid),
        )


def _participant_for(conn, cid: int, current: int, original: int, role: SpeakerRole) -> int:
    """The participant a turn relabelled to ``role`` belongs to.

    Its own participant if that already has the role, else the one it came from, else the only
    participant with that role (a chat's agent), else one named after the role ("Agent", as
    transcription names a call's speakers), created when missing.
    """
    rows = conn.execute("SELECT id, name, role FROM participants WHERE conversation_id = ?", (cid,)).fetchall()
    roles = {pid: r for pid, _, r in rows}
    for pid in (current, original):
        if roles.get(pid) == role.value:
            return pid
    label = role.value.capitalize()
    same = [(pid, name) for pid, name, r in rows if r == role.value]
    named = [pid for pid, name in same if name == label]
    if named:
        return named[0]
    if len(same) == 1:
        return same[0][0]
    # Several people have this role and none is the plain label: which one spoke is not known.
    taken = {name for _, name, _ in rows}
    name, n = label, 2
    while name in taken:  # e.g. "Agent" relabelled as a customer by hand earlier
        name, n = f"{label} {n}", n + 1
    return conn.execute(
        "INSERT INTO participants (conversation_id, name, role) VALUES (?, ?, ?)", (cid, name, role.value)
    ).lastrowid


def _clean_name(name: str | None) -> str | None:
    name = " ".join((name or "").split())
    return name or None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
