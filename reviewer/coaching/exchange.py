"""The disputes and coaching sessions part of a bundle (the bundle format itself lives with the
bundle importer, which calls these three functions).

Disputes refer to their review by its uid, sessions to their conversations by the source's
SHA-256; both have uids of their own, so importing a bundle twice changes nothing. A dispute
decided later replaces the copy decided earlier (or still open); a session updated later (its
follow-up done) replaces the older copy. Importing a decided dispute does not change the
review's answer again: the review travels in the same bundle with that change in its history.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from reviewer.coaching.common import evidence_json, to_json
from reviewer.domain.dispute import DecisionReason, DisputeState, RaisedBy
from reviewer.domain.review import Evidence

if TYPE_CHECKING:
    import sqlite3

    from reviewer.storage.library import Library

PART_VERSION = 1
_UID = re.compile(r"^[0-9a-f]{32}$")
_SHA = re.compile(r"^[0-9a-f]{64}$")
_DISPUTE_KEYS = {
    "uid", "review_uid", "criterion_id", "raised_by", "raised_role", "raised_at", "old_answer", "proposed",
    "argument", "evidence", "state", "decided_by", "decided_at", "reason", "decision_note", "new_answer",
}
_SESSION_KEYS = {
    "uid", "employee", "held_on", "trainer", "focus", "discussed", "notes", "actions", "follow_up_on",
    "follow_up_done_at", "follow_up_note", "created_at", "updated_at",
}


def export_part(library: "Library", review_uids: set[str], employees: set[str]) -> dict:
    """The disputes of these reviews and the coaching sessions of these employees, as JSON-able data."""
    disputes = []
    uids = sorted(review_uids)
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        rows = library.conn.execute(
            "SELECT d.uid, r.uid, d.criterion_id, d.raised_by, d.raised_role, d.raised_at, d.old_answer, d.proposed,"
            " d.argument, d.evidence, d.state, d.decided_by, d.decided_at, d.reason, d.decision_note, d.new_answer"
            f" FROM disputes d JOIN reviews r ON r.id = d.review_id WHERE r.uid IN ({marks}) ORDER BY d.id",
            chunk,
        )
        for row in rows:
            (uid, review_uid, criterion, by, role, raised_at, old, proposed, argument, evidence, state, decided_by,
             decided_at, reason, note, new) = row
            disputes.append({
                "uid": uid, "review_uid": review_uid, "criterion_id": criterion, "raised_by": by,
                "raised_role": role, "raised_at": raised_at,
                "old_answer": json.loads(old) if old is not None else None, "proposed": json.loads(proposed),
                "argument": argument, "evidence": json.loads(evidence), "state": state, "decided_by": decided_by,
                "decided_at": decided_at, "reason": reason, "decision_note": note,
                "new_answer": json.loads(new) if new is not None else None,
            })
    from reviewer.coaching.sessions import SessionFilter, SessionRepository

    sessions = []
    repo = SessionRepository(library)
    for employee in sorted(employees):
        for s in repo.list(SessionFilter(employee=employee)):
            sessions.append({
                "uid": s.uid, "employee": s.employee, "held_on": s.held_on, "trainer": s.trainer,
                "focus": [{"rubric_id": f.rubric_id, "criterion_id": f.criterion_id} for f in s.focus],
                "discussed": [{"source_sha256": d.source_sha256, "moments": [m.to_data() for m in d.moments]}
                              for d in s.discussed],
                "notes": s.notes, "actions": s.actions, "follow_up_on": s.follow_up_on,
                "follow_up_done_at": s.follow_up_done_at, "follow_up_note": s.follow_up_note,
                "created_at": s.created_at, "updated_at": s.updated_at,
            })
    return {"version": PART_VERSION, "disputes": disputes, "sessions": sessions}


# Validating untrusted data ---------------------------------------------------------------------


def _is_time(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_day(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _is_answer(value: Any) -> bool:
    return (isinstance(value, str) and 0 < len(value) <= 20) or (isinstance(value, int) and not isinstance(value, bool))


def _text(value: Any, limit: int = 100_000) -> bool:
    return isinstance(value, str) and len(value) <= limit


def _moments_ok(items: Any) -> bool:
    if not isinstance(items, list):
        return False
    try:
        for item in items:
            Evidence.from_data(item)
    except (ValueError, TypeError):
        return False
    return True


def _dispute_problems(i: int, d: Any) -> list[str]:
    where = f"disputes[{i}]"
    if not isinstance(d, dict):
        return [f"{where}: not an object"]
    problems = []
    missing = sorted(_DISPUTE_KEYS - set(d))
    unknown = sorted(set(d) - _DISPUTE_KEYS)
    if missing:
        problems.append(f"{where}: missing {', '.join(missing)}")
    if unknown:
        problems.append(f"{where}: unknown key(s) {', '.join(unknown)}")
    if missing:
        return problems
    for key in ("uid", "review_uid"):
        if not isinstance(d[key], str) or not _UID.match(d[key]):
            problems.append(f"{where}: {key} is not a uid (32 hex digits)")
    for key in ("criterion_id", "raised_by"):
        if not isinstance(d[key], str) or not d[key].strip() or len(d[key]) > 200:
            problems.append(f"{where}: {key} must be a non-empty text")
    if d["raised_role"] not in [r.value for r in RaisedBy]:
        problems.append(f"{where}: raised_role {d['raised_role']!r} is not employee or trainer")
    if not _is_time(d["raised_at"]):
        problems.append(f"{where}: raised_at is not an ISO 8601 time")
    if not _is_answer(d["proposed"]) or (d["old_answer"] is not None and not _is_answer(d["old_answer"])):
        problems.append(f"{where}: proposed and old_answer must be answers (a word or a whole number)")
    if not _text(d["argument"]) or not _text(d["decision_note"]):
        problems.append(f"{where}: argument and decision_note must be texts")
    if not _moments_ok(d["evidence"]):
        problems.append(f"{where}: evidence must be a list of turn numbers or time ranges")
    states = [s.value for s in DisputeState]
    if d["state"] not in states:
        problems.append(f"{where}: state {d['state']!r} is not one of {', '.join(states)}")
    elif d["state"] == "open":
        if any(d[k] is not None for k in ("decided_by", "decided_at", "reason", "new_answer")):
            problems.append(f"{where}: an open dispute has no decision")
    else:
        if not isinstance(d["decided_by"], str) or not d["decided_by"].strip():
            problems.append(f"{where}: a decided dispute needs decided_by")
        if not _is_time(d["decided_at"]):
            problems.append(f"{where}: decided_at is not an ISO 8601 time")
        if d["reason"] not in [r.value for r in DecisionReason]:
            problems.append(f"{where}: reason {d['reason']!r} is not a decision reason")
        if d["new_answer"] is not None and not _is_answer(d["new_answer"]):
            problems.append(f"{where}: new_answer must be an answer")
    return problems


def _session_problems(i: int, s: Any) -> list[str]:
    where = f"sessions[{i}]"
    if not isinstance(s, dict):
        return [f"{where}: not an object"]
    problems = []
    missing = sorted(_SESSION_KEYS - set(s))
    unknown = sorted(set(s) - _SESSION_KEYS)
    if missing:
        problems.append(f"{where}: missing {', '.join(missing)}")
    if unknown:
        problems.append(f"{where}: unknown key(s) {', '.join(unknown)}")
    if missing:
        return problems
    if not isinstance(s["uid"], str) or not _UID.match(s["uid"]):
        problems.append(f"{where}: uid is not a uid (32 hex digits)")
    for key in ("employee", "trainer"):
        if not isinstance(s[key], str) or not s[key].strip() or len(s[key]) > 200:
            problems.append(f"{where}: {key} must be a non-empty text")
    if not _is_day(s["held_on"]):
        problems.append(f"{where}: held_on is not a date (YYYY-MM-DD)")
    if s["follow_up_on"] is not None and not _is_day(s["follow_up_on"]):
        problems.append(f"{where}: follow_up_on is not a date (YYYY-MM-DD)")
    for key in ("created_at", "updated_at"):
        if not _is_time(s[key]):
            problems.append(f"{where}: {key} is not an ISO 8601 time")
    if s["follow_up_done_at"] is not None and not _is_time(s["follow_up_done_at"]):
        problems.append(f"{where}: follow_up_done_at is not an ISO 8601 time")
    for key in ("notes", "actions", "follow_up_note"):
        if not _text(s[key]):
            problems.append(f"{where}: {key} must be a text")
    focus = s["focus"]
    if not isinstance(focus, list) or not all(
        isinstance(f, dict) and set(f) == {"rubric_id", "criterion_id"}
        and all(isinstance(v, str) and v.strip() for v in f.values()) for f in focus
    ):
        problems.append(f"{where}: focus must be a list of {{rubric_id, criterion_id}}")
    discussed = s["discussed"]
    if not isinstance(discussed, list) or not all(
        isinstance(d, dict) and set(d) == {"source_sha256", "moments"} and isinstance(d["source_sha256"], str)
        and _SHA.match(d["source_sha256"]) and _moments_ok(d["moments"]) for d in discussed
    ):
        problems.append(f"{where}: discussed must be a list of {{source_sha256, moments}}")
    return problems


def validate_part(data: Any) -> list[str]:
    """Problems found in this untrusted part; an empty list when it can be merged."""
    if not isinstance(data, dict):
        return ["the coaching part is not an object"]
    problems = []
    if data.get("version") != PART_VERSION:
        problems.append(f"coaching part version {data.get('version')!r} is not {PART_VERSION}")
    unknown = sorted(set(data) - {"version", "disputes", "sessions"})
    if unknown:
        problems.append(f"coaching part: unknown key(s) {', '.join(unknown)}")
    for key, check in (("disputes", _dispute_problems), ("sessions", _session_problems)):
        items = data.get(key, [])
        if not isinstance(items, list):
            problems.append(f"{key} must be a list")
            continue
        for i, item in enumerate(items):
            problems += check(i, item)
        uids = [item.get("uid") for item in items if isinstance(item, dict)]
        if len(uids) != len(set(uids)):
            problems.append(f"{key}: a uid appears twice")
    return problems


# Merging ---------------------------------------------------------------------------------------


def _newer(incoming: str | None, existing: str | None) -> bool:
    if incoming is None:
        return False
    if existing is None:
        return True
    return datetime.fromisoformat(incoming) > datetime.fromisoformat(existing)


def _merge_dispute(conn: "sqlite3.Connection", d: dict, counts: dict[str, int]) -> None:
    row = conn.execute("SELECT id FROM reviews WHERE uid = ?", (d["review_uid"],)).fetchone()
    if row is None:
        counts["disputes_skipped"] += 1  # its review is not in this library
        return
    review_id = row[0]
    values = (
        d["criterion_id"], d["raised_by"], d["raised_role"], d["raised_at"], to_json(d["old_answer"]),
        to_json(d["proposed"]), d["argument"], evidence_json(Evidence.from_data(e) for e in d["evidence"]),
        d["state"], d["decided_by"], d["decided_at"], d["reason"], d["decision_note"], to_json(d["new_answer"]),
    )
    existing = conn.execute("SELECT id, review_id, decided_at FROM disputes WHERE uid = ?", (d["uid"],)).fetchone()
    if existing is None:
        conn.execute(
            "INSERT INTO disputes (uid, review_id, criterion_id, raised_by, raised_role, raised_at, old_answer,"
            " proposed, argument, evidence, state, decided_by, decided_at, reason, decision_note, new_answer)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (d["uid"], review_id, *values),
        )
        counts["disputes_added"] += 1
    elif existing[1] == review_id and _newer(d["decided_at"], existing[2]):
        conn.execute(
            "UPDATE disputes SET criterion_id = ?, raised_by = ?, raised_role = ?, raised_at = ?, old_answer = ?,"
            " proposed = ?, argument = ?, evidence = ?, state = ?, decided_by = ?, decided_at = ?, reason = ?,"
            " decision_note = ?, new_answer = ? WHERE id = ?",
            (*values, existing[0]),
        )
        counts["disputes_updated"] += 1
    else:
        counts["disputes_unchanged"] += 1


def _merge_session(conn: "sqlite3.Connection", s: dict, counts: dict[str, int]) -> None:
    name = " ".join(s["employee"].split())
    row = conn.execute("SELECT id FROM employees WHERE name = ? COLLATE NOCASE", (name,)).fetchone()
    employee_id = row[0] if row else conn.execute(
        "INSERT INTO employees (name, created_at) VALUES (?, datetime('now'))", (name,)).lastrowid
    existing = conn.execute("SELECT id, updated_at FROM coaching_sessions WHERE uid = ?", (s["uid"],)).fetchone()
    if existing is not None and not _newer(s["updated_at"], existing[1]):
        counts["sessions_unchanged"] += 1
        return
    values = (employee_id, s["held_on"], " ".join(s["trainer"].split()), s["notes"], s["actions"], s["follow_up_on"],
              s["follow_up_done_at"], s["follow_up_note"], s["created_at"], s["updated_at"])
    if existing is None:
        sid = conn.execute(
            "INSERT INTO coaching_sessions (uid, employee_id, held_on, trainer, notes, actions, follow_up_on,"
            " follow_up_done_at, follow_up_note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (s["uid"], *values),
        ).lastrowid
        counts["sessions_added"] += 1
    else:
        sid = existing[0]
        conn.execute(
            "UPDATE coaching_sessions SET employee_id = ?, held_on = ?, trainer = ?, notes = ?, actions = ?,"
            " follow_up_on = ?, follow_up_done_at = ?, follow_up_note = ?, created_at = ?, updated_at = ? WHERE id = ?",
            (*values, sid),
        )
        conn.execute("DELETE FROM coaching_focus WHERE session_id = ?", (sid,))
        conn.execute("DELETE FROM coaching_discussed WHERE session_id = ?", (sid,))
        counts["sessions_updated"] += 1
    seen = set()
    for i, f in enumerate(s["focus"]):
        key = (f["rubric_id"], f["criterion_id"])
        if key not in seen:
            seen.add(key)
            conn.execute("INSERT INTO coaching_focus (session_id, position, rubric_id, criterion_id) VALUES (?, ?, ?, ?)",
                         (sid, i, *key))
    placed = set()
    for i, item in enumerate(s["discussed"]):
        row = conn.execute("SELECT id FROM conversations WHERE source_sha256 = ? ORDER BY id LIMIT 1",
                           (item["source_sha256"],)).fetchone()
        if row is None or row[0] in placed:
            counts["conversations_missing"] += row is None
            continue
        placed.add(row[0])
        conn.execute("INSERT INTO coaching_discussed (session_id, position, conversation_id, moments) VALUES (?, ?, ?, ?)",
                     (sid, i, row[0], evidence_json(Evidence.from_data(m) for m in item["moments"])))


def merge_part(library: "Library", conn: "sqlite3.Connection", data: dict) -> dict[str, int]:
    """Merge a validated part inside the importer's open transaction (after its conversations
    and reviews); returns how many disputes and sessions were added, updated, left unchanged or
    skipped (a dispute whose review is not here; a discussed conversation not in this library)."""
    counts = dict.fromkeys(
        ("disputes_added", "disputes_updated", "disputes_unchanged", "disputes_skipped", "sessions_added",
         "sessions_updated", "sessions_unchanged", "conversations_missing"), 0)
    for d in data.get("disputes", []):
        _merge_dispute(conn, d, counts)
    for s in data.get("sessions", []):
        _merge_session(conn, s, counts)
    return counts
