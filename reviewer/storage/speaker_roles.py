"""Which separated speaker of a mono call is the agent (table speaker_roles, migration m0024),
and the reviewer's one-action correction: swapping the agent and the customer.

The machine's decision writes the turns' roles directly (their participants "Agent" and
"Customer", as transcription names a two-channel call's speakers); a turn a reviewer already
corrected keeps the correction. A swap is a turn correction of every turn of the two speakers
(reviewer.storage.turn_edits: the original role kept, edited_at/edited_by set), so a second
swap puts the machine's labels back. The separated speaker of each turn is ``turns.speaker``
(migration m0023).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Iterable

from reviewer.domain import SpeakerRole
from reviewer.storage import turn_edits

if TYPE_CHECKING:
    from reviewer.storage.library import Library

MACHINE, REVIEWER = "machine", "reviewer"


class SpeakerRolesError(ValueError):
    """No such conversation, or it has no separated speakers to swap; the message says which."""


@dataclass(frozen=True)
class SpeakerRoleRow:
    speaker: int
    role: SpeakerRole
    cue: str
    confidence: float
    decided_by: str  # 'machine' or 'reviewer'
    decided_at: str
    reviewer: str | None = None

    @property
    def label(self) -> str:
        return f"Speaker {self.speaker}"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def save(library: "Library", cid: int, decisions: Iterable, decided_by: str = MACHINE,
         reviewer: str | None = None) -> None:
    """Record a decision (objects with speaker, role, cue, confidence) as the one in force."""
    now = _now()
    with library.transaction() as conn:
        for d in decisions:
            conn.execute(
                "INSERT INTO speaker_roles (conversation_id, speaker, role, cue, confidence, decided_by,"
                " reviewer, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (cid, int(d.speaker), SpeakerRole(d.role).value, d.cue, float(d.confidence), decided_by,
                 reviewer, now))


def load(library: "Library", cid: int) -> list[SpeakerRoleRow]:
    """The decision in force, one row per speaker in speaker order; [] for a call never separated."""
    rows = library.conn.execute(
        "SELECT speaker, role, cue, confidence, decided_by, decided_at, reviewer FROM speaker_roles s"
        " WHERE conversation_id = ? AND id = (SELECT MAX(id) FROM speaker_roles"
        " WHERE conversation_id = s.conversation_id AND speaker = s.speaker) ORDER BY speaker", (cid,)).fetchall()
    return [_row(r) for r in rows]


def history(library: "Library", cid: int) -> list[SpeakerRoleRow]:
    """Every decision ever recorded for the call, oldest first."""
    rows = library.conn.execute(
        "SELECT speaker, role, cue, confidence, decided_by, decided_at, reviewer FROM speaker_roles"
        " WHERE conversation_id = ? ORDER BY id", (cid,)).fetchall()
    return [_row(r) for r in rows]


def _row(r) -> SpeakerRoleRow:
    return SpeakerRoleRow(r[0], SpeakerRole(r[1]), r[2], r[3], r[4], r[5], r[6])


def turn_speakers(library: "Library", cid: int) -> dict[int, int]:
    """Turn index -> separated speaker number, for the turns that have one."""
    columns = {row[1] for row in library.conn.execute("PRAGMA table_info(turns)")}
    if "speaker" not in columns:
        return {}
    return dict(library.conn.execute(
        "SELECT idx, speaker FROM turns WHERE conversation_id = ? AND speaker IS NOT NULL ORDER BY idx", (cid,)))


def apply(library: "Library", cid: int, decisions: list) -> None:
    """Write the machine's decision: each separated speaker's turns get the speaker's role (turns
    a reviewer corrected keep the correction), and the decision is recorded."""
    roles = {int(d.speaker): SpeakerRole(d.role) for d in decisions}
    speakers = turn_speakers(library, cid)
    with library.transaction() as conn:
        pids = {role: _participant(conn, cid, role) for role in set(roles.values())}
        edited = {r[0] for r in conn.execute(
            "SELECT t.idx FROM turns t JOIN turn_edits e ON e.turn_id = t.id WHERE t.conversation_id = ?", (cid,))}
        old = {r[0] for r in conn.execute("SELECT DISTINCT participant_id FROM turns WHERE conversation_id = ?",
                                          (cid,))}
        for idx, speaker in speakers.items():
            if speaker in roles and idx not in edited:
                conn.execute("UPDATE turns SET participant_id = ? WHERE conversation_id = ? AND idx = ?",
                             (pids[roles[speaker]], cid, idx))
        for pid in old - set(pids.values()):  # e.g. "Unknown" of the call before separation
            conn.execute(
                "DELETE FROM participants WHERE id = ? AND NOT EXISTS (SELECT 1 FROM turns WHERE participant_id = ?)"
                " AND NOT EXISTS (SELECT 1 FROM turn_edits WHERE original_participant_id = ?)", (pid, pid, pid))
        save(library, cid, decisions, MACHINE)


def _participant(conn, cid: int, role: SpeakerRole) -> int:
    label = role.value.capitalize()
    rows = conn.execute("SELECT id, name, role FROM participants WHERE conversation_id = ?", (cid,)).fetchall()
    for pid, name, r in rows:
        if name == label and r == role.value:
            return pid
    taken = {name for _, name, _ in rows}
    name, n = label, 2
    while name in taken:
        name, n = f"{label} {n}", n + 1
    return conn.execute("INSERT INTO participants (conversation_id, name, role) VALUES (?, ?, ?)",
                        (cid, name, role.value)).lastrowid


def swap_roles(library: "Library", cid: int, by: str | None = None, *, score: bool = True) -> tuple[int, int]:
    """Swap the agent and the customer of a separated call, for all their turns at once, as a
    reviewer's turn correction; returns (the new agent's speaker, the new customer's). With
    several customers, the one who speaks most is swapped. Automatic QA is recomputed (the voice
    profile is the caller's: reviewer.speakers.profiles.update_from_conversation decodes audio)."""
    if library.conn.execute("SELECT 1 FROM conversations WHERE id = ?", (cid,)).fetchone() is None:
        raise SpeakerRolesError(f"no conversation #{cid}")
    current = load(library, cid)
    agents = [r for r in current if r.role == SpeakerRole.AGENT]
    others = [r for r in current if r.role == SpeakerRole.CUSTOMER]
    if len(agents) != 1 or not others:
        raise SpeakerRolesError(f"conversation #{cid} has no separated agent and customer to swap"
                                " (only mono calls separated into speakers have)")
    agent = agents[0].speaker
    speakers = turn_speakers(library, cid)
    talk = _speech_ms(library, cid, speakers)
    customer = max(others, key=lambda r: talk.get(r.speaker, 0)).speaker
    with library.transaction():
        for idx, speaker in speakers.items():
            if speaker == agent:
                turn_edits.edit_turn(library, cid, idx, role=SpeakerRole.CUSTOMER, by=by)
            elif speaker == customer:
                turn_edits.edit_turn(library, cid, idx, role=SpeakerRole.AGENT, by=by)
        save(library, cid, [_Decision(customer, SpeakerRole.AGENT), _Decision(agent, SpeakerRole.CUSTOMER)],
             REVIEWER, by)
    if score:
        # storage calling the checks service: the swap is one action wherever it is made from
        from reviewer.checks.service import after_new_turns

        after_new_turns(library, [cid])
    return customer, agent


@dataclass(frozen=True)
class _Decision:
    speaker: int
    role: SpeakerRole
    cue: str = "reviewer"
    confidence: float = 1.0


def _speech_ms(library: "Library", cid: int, speakers: dict[int, int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for idx, start, end in library.conn.execute(
            "SELECT idx, start_ms, end_ms FROM turns WHERE conversation_id = ?", (cid,)):
        if idx in speakers and start is not None and end is not None:
            out[speakers[idx]] = out.get(speakers[idx], 0) + max(0, end - start)
    return out
