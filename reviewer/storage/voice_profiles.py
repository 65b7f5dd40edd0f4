"""Employees' voice profiles in the library (tables of migration m0015).

Only storage: what material a profile is measured from, and how, is reviewer.speakers.profiles.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from reviewer.storage.library import Library

AGENT_CHANNEL = "agent_channel"  # the agent's channel of a two-channel call
LABELLED_TURNS = "labelled_turns"  # turns a reviewer labelled as the agent's
KINDS = (AGENT_CHANNEL, LABELLED_TURNS)


class VoiceProfileError(ValueError):
    """No such employee, or no profile to change; the message says which."""


@dataclass(frozen=True)
class ProfileSource:
    conversation_id: int
    kind: str
    speech_ms: int
    added_at: str


@dataclass(frozen=True)
class VoiceProfile:
    employee: str
    model: str
    created_at: str
    updated_at: str
    sources: tuple[ProfileSource, ...]
    embedding: np.ndarray | None  # (DIM,) L2-normalised; None while no source was measured

    @property
    def speech_ms(self) -> int:
        return sum(s.speech_ms for s in self.sources)

    @property
    def conversations(self) -> int:
        return len({s.conversation_id for s in self.sources})


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _employee(library: "Library", name: str) -> int:
    eid = library.employee_id(name, create=False)
    if eid is None:
        raise VoiceProfileError(f"no employee named {name!r} in this library")
    return eid


def create(library: "Library", employee: str, model: str) -> None:
    """Start the employee's profile (no sources yet); an existing one is kept."""
    eid = _employee(library, employee)
    with library.transaction() as conn:
        now = _now()
        conn.execute(
            "INSERT INTO voice_profiles (employee_id, model, created_at, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (employee_id) DO NOTHING", (eid, model, now, now))


def exists(library: "Library", employee: str) -> bool:
    eid = library.employee_id(employee, create=False)
    return eid is not None and library.conn.execute(
        "SELECT 1 FROM voice_profiles WHERE employee_id = ?", (eid,)).fetchone() is not None


def put_source(library: "Library", employee: str, cid: int, kind: str, embedding: np.ndarray, speech_ms: int) -> None:
    """Store (or replace) what one conversation's material of ``kind`` measured."""
    if kind not in KINDS:
        raise VoiceProfileError(f"unknown kind of voice material {kind!r}: expected one of {', '.join(KINDS)}")
    vector = np.asarray(embedding, dtype="<f4").ravel()
    vector = vector / max(float(np.linalg.norm(vector)), 1e-12)
    eid = _employee(library, employee)
    with library.transaction() as conn:
        if not conn.execute("SELECT 1 FROM voice_profiles WHERE employee_id = ?", (eid,)).fetchone():
            raise VoiceProfileError(f"{employee} has no voice profile: enrol them first")
        now = _now()
        conn.execute(
            "INSERT INTO voice_profile_sources (employee_id, conversation_id, kind, embedding, speech_ms, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (employee_id, conversation_id, kind) DO UPDATE"
            " SET embedding = excluded.embedding, speech_ms = excluded.speech_ms, added_at = excluded.added_at",
            (eid, cid, kind, vector.astype("<f4").tobytes(), int(speech_ms), now))
        conn.execute("UPDATE voice_profiles SET updated_at = ? WHERE employee_id = ?", (now, eid))


def drop_source(library: "Library", employee: str, cid: int, kind: str) -> bool:
    eid = _employee(library, employee)
    with library.transaction() as conn:
        gone = conn.execute("DELETE FROM voice_profile_sources WHERE employee_id = ? AND conversation_id = ?"
                            " AND kind = ?", (eid, cid, kind)).rowcount
        if gone:
            conn.execute("UPDATE voice_profiles SET updated_at = ? WHERE employee_id = ?", (_now(), eid))
    return bool(gone)


def remove(library: "Library", employee: str) -> bool:
    """Delete the employee's profile and everything measured for it; False when there was none."""
    eid = library.employee_id(employee, create=False)
    if eid is None:
        return False
    with library.transaction() as conn:
        return bool(conn.execute("DELETE FROM voice_profiles WHERE employee_id = ?", (eid,)).rowcount)


def profile(library: "Library", employee: str | None) -> VoiceProfile | None:
    if not employee:
        return None
    eid = library.employee_id(employee, create=False)
    if eid is None:
        return None
    found = _read(library, "WHERE p.employee_id = ?", (eid,))
    return found[0] if found else None


def profiles(library: "Library") -> list[VoiceProfile]:
    """Every profile, by employee name."""
    return _read(library, "", ())


def _read(library: "Library", where: str, params: tuple) -> list[VoiceProfile]:
    rows = library.conn.execute(
        "SELECT p.employee_id, e.name, p.model, p.created_at, p.updated_at FROM voice_profiles p"
        f" JOIN employees e ON e.id = p.employee_id {where} ORDER BY e.name COLLATE NOCASE", params).fetchall()
    out = []
    for eid, name, model, created, updated in rows:
        sources, total = [], None
        for cid, kind, blob, speech_ms, added in library.conn.execute(
                "SELECT conversation_id, kind, embedding, speech_ms, added_at FROM voice_profile_sources"
                " WHERE employee_id = ? ORDER BY conversation_id, kind", (eid,)):
            sources.append(ProfileSource(cid, kind, speech_ms, added))
            vector = np.frombuffer(blob, dtype="<f4").astype(np.float32) * max(speech_ms, 1)
            total = vector if total is None else total + vector
        embedding = None
        if total is not None:
            embedding = (total / max(float(np.linalg.norm(total)), 1e-12)).astype(np.float32)
        out.append(VoiceProfile(name, model, created, updated, tuple(sources), embedding))
    return out
