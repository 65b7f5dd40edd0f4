"""Storing automatic QA results and what reviewers did with the suggestions.

Writers compute first and call these inside one short ``library.transaction()``.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from reviewer.domain.checks import AutoResult, Suggestion

OVERRIDE_REASONS = ("wrong_answer", "wrong_evidence", "missed_evidence")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def save(conn, result: AutoResult, stamp: str) -> None:
    """Replace the stored result of this conversation and rubric."""
    cid, rid = result.conversation_id, result.rubric_id
    criteria = {k: s.to_store() for k, s in result.suggestions.items()}
    conn.execute(
        "INSERT OR REPLACE INTO auto_results (conversation_id, rubric_id, rubric_version, checker_version,"
        " turns_stamp, score, criteria, errors, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            cid, rid, result.rubric_version, result.checker_version, stamp, result.score,
            json.dumps(criteria, ensure_ascii=False, separators=(",", ":")),
            json.dumps(result.errors, ensure_ascii=False) if result.errors else None, _now(),
        ),
    )
    conn.execute("DELETE FROM auto_flags WHERE conversation_id = ? AND rubric_id = ?", (cid, rid))
    conn.executemany(
        "INSERT INTO auto_flags (conversation_id, rubric_id, flag) VALUES (?, ?, ?)",
        [(cid, rid, flag) for flag in result.flags],
    )


def _result(row) -> tuple[AutoResult, str]:
    cid, rid, version, checker, stamp, score, criteria, errors = row
    suggestions = {k: Suggestion.from_store(k, v) for k, v in json.loads(criteria).items()}
    result = AutoResult(cid, rid, version, suggestions, score, json.loads(errors) if errors else {}, checker)
    return result, stamp


def load(conn, conversation_id: int, rubric_id: str | None = None) -> list[tuple[AutoResult, str]]:
    """Stored results of a conversation (one rubric, or all), each with its turns stamp."""
    sql = (
        "SELECT conversation_id, rubric_id, rubric_version, checker_version, turns_stamp, score, criteria,"
        " errors FROM auto_results WHERE conversation_id = ?"
    )
    params: list = [conversation_id]
    if rubric_id is not None:
        sql += " AND rubric_id = ?"
        params.append(rubric_id)
    return [_result(row) for row in conn.execute(sql + " ORDER BY rubric_id", params)]


def stamps(conn, ids: list[int]) -> dict[tuple[int, str], tuple[str, str, str]]:
    """(conversation, rubric) -> (rubric version, checker version, turns stamp) of stored results."""
    found = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for cid, rid, version, checker, stamp in conn.execute(
            "SELECT conversation_id, rubric_id, rubric_version, checker_version, turns_stamp"
            f" FROM auto_results WHERE conversation_id IN ({marks})",
            chunk,
        ):
            found[(cid, rid)] = (version, checker, stamp)
    return found


def scores(conn, ids: list[int]) -> dict[int, tuple[float | None, list[str]]]:
    """Conversation -> (auto score, flags) of its result with the lowest score, for lists."""
    found: dict[int, tuple[float | None, list[str]]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for cid, score in conn.execute(
            f"SELECT conversation_id, MIN(score) FROM auto_results WHERE conversation_id IN ({marks})"
            " GROUP BY conversation_id",
            chunk,
        ):
            found[cid] = (score, [])
        for cid, flag in conn.execute(
            f"SELECT DISTINCT conversation_id, flag FROM auto_flags WHERE conversation_id IN ({marks})"
            " ORDER BY flag",
            chunk,
        ):
            found.setdefault(cid, (None, []))[1].append(flag)
    return found


# Reviews ------------------------------------------------------------------------------------


def record_decisions(conn, review) -> int:
    """Keep, per criterion with a suggestion, what was suggested and what the reviewer decided.

    Called inside the submitting transaction; returns the number of criteria recorded."""
    row = conn.execute(
        "SELECT criteria, checker_version FROM auto_results WHERE conversation_id = ? AND rubric_id = ?",
        (review.conversation_id, review.rubric.id),
    ).fetchone()
    if row is None:
        return 0
    criteria, checker = json.loads(row[0]), row[1]
    count = 0
    for cid, data in criteria.items():
        answer = review.answers.get(cid)
        decided = answer.value if answer is not None else None
        conn.execute(
            "INSERT INTO review_suggestions (review_id, criterion_id, suggested, confidence, checker_version,"
            " decided) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (review_id, criterion_id) DO UPDATE SET"
            " suggested = excluded.suggested, confidence = excluded.confidence,"
            " checker_version = excluded.checker_version, decided = excluded.decided",
            (review.id, cid, json.dumps(data["answer"]), data["confidence"], checker, json.dumps(decided)),
        )
        count += 1
    return count


def set_override_reason(conn, review_id: int, criterion_id: str, reason: str | None, suggested=None) -> None:
    """The reviewer's reason for not taking a suggestion (None clears it)."""
    if reason is not None and reason not in OVERRIDE_REASONS:
        raise ValueError(f"override reason must be one of {', '.join(OVERRIDE_REASONS)}")
    conn.execute(
        "INSERT INTO review_suggestions (review_id, criterion_id, suggested, confidence, checker_version,"
        " override_reason) VALUES (?, ?, ?, 0, '', ?) ON CONFLICT (review_id, criterion_id) DO UPDATE SET"
        " override_reason = excluded.override_reason",
        (review_id, criterion_id, json.dumps(suggested), reason),
    )


def decisions(conn, date_from: str | None = None, date_to: str | None = None, rubric_id: str | None = None):
    """(rubric id, criterion id, suggested, decided) of every submitted review that had suggestions."""
    sql = (
        "SELECT r.rubric_id, rs.criterion_id, rs.suggested, rs.decided FROM review_suggestions rs"
        " JOIN reviews r ON r.id = rs.review_id"
        " WHERE r.state = 'submitted' AND rs.decided IS NOT NULL AND rs.checker_version != ''"
    )
    params: list = []
    if date_from:
        sql += " AND substr(r.submitted_at, 1, 10) >= ?"
        params.append(date_from)
    if date_to:
        sql += " AND substr(r.submitted_at, 1, 10) <= ?"
        params.append(date_to)
    if rubric_id:
        sql += " AND r.rubric_id = ?"
        params.append(rubric_id)
    return [
        (rid, cid, json.loads(suggested), json.loads(decided))
        for rid, cid, suggested, decided in conn.execute(sql + " ORDER BY r.rubric_id, rs.criterion_id", params)
    ]
