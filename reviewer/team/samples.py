"""Samples and assignments: drawing what to review, sharing it among reviewers, and each
reviewer's queue of what is still to do.

A sample stores its rule, seed and result, so it can be audited and drawn again identically
(``redraw``). An assignment gives conversations to one reviewer with a due date; it travels to
the reviewer's library in a bundle (``reviewer export bundle --assignment UID``), and the
finished reviews travel back the same way. A conversation of an assignment is done when its
reviewer has submitted a review of it.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from reviewer.domain.sampling import Candidate, Drawn, SampleError, SampleRule, draw, split
from reviewer.storage.settings import Setting
from reviewer.storage.conversation_search import _METRIC_FILTERS  # one allow-list for the library and samples

if TYPE_CHECKING:
    from reviewer.storage.library import Library


@dataclass
class Sample:
    id: int
    uid: str
    name: str
    rule: SampleRule
    seed: int
    created_by: str
    created_at: str
    items: list[Drawn] = field(default_factory=list)


@dataclass
class Assignment:
    id: int
    uid: str
    reviewer: str
    due: str | None
    assigned_by: str
    created_at: str
    sample_uid: str | None = None
    conversation_ids: list[int] = field(default_factory=list)


@dataclass
class QueueItem:
    conversation_id: int
    title: str
    employee: str | None
    channel: str
    started_at: str | None
    due: str | None
    assignment_uid: str
    done: bool


@dataclass
class Queue:
    reviewer: str
    items: list[QueueItem]

    @property
    def done(self) -> int:
        return sum(i.done for i in self.items)

    @property
    def due(self) -> str | None:
        """The earliest due date of what is still to do."""
        dates = [i.due for i in self.items if i.due and not i.done]
        return min(dates) if dates else None

    def next(self, after: int | None = None) -> QueueItem | None:
        """The next conversation still to do (after ``after``, wrapping round)."""
        todo = [i for i in self.items if not i.done]
        if not todo:
            return None
        if after is not None:
            ids = [i.conversation_id for i in self.items]
            if after in ids:
                start = ids.index(after)
                for item in self.items[start + 1 :] + self.items[: start + 1]:
                    if not item.done and item.conversation_id != after:
                        return item
        return todo[0]

    def to_data(self) -> dict:
        return {
            "reviewer": self.reviewer,
            "done": self.done,
            "total": len(self.items),
            "due": self.due,
            "items": [i.__dict__ for i in self.items],
        }


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _me(library: "Library", name: str | None) -> str:
    import getpass

    return " ".join((name or library.setting(Setting.REVIEWER_NAME) or getpass.getuser()).split())


def candidates(library: "Library", filters: dict) -> list[Candidate]:
    """The conversations a rule's filters let through."""
    clauses, params = [], []
    if filters.get("employee"):
        clauses.append("e.name = ? COLLATE NOCASE")
        params.append(filters["employee"])
    for key in ("channel", "status"):
        if filters.get(key):
            clauses.append(f"c.{key} = ?")  # the column name is one of the two literals above
            params.append(str(filters[key]))
    if filters.get("since"):
        clauses.append("c.started_at >= ?")
        params.append(filters["since"])
    if filters.get("until"):
        clauses.append("substr(c.started_at, 1, 10) <= ?")
        params.append(str(filters["until"])[:10])
    latest = (
        "(SELECT r.score FROM reviews r WHERE r.conversation_id = c.id AND r.state = 'submitted'"
        " AND r.calibration_uid IS NULL ORDER BY r.submitted_at DESC, r.id DESC LIMIT 1)"
    )
    if filters.get("score_under") is not None:
        clauses.append(f"{latest} < ?")
        params.append(float(filters["score_under"]))
    if filters.get("score_over") is not None:
        clauses.append(f"{latest} > ?")
        params.append(float(filters["score_over"]))
    metric_bounds = {k: filters[k] for k in _METRIC_FILTERS if filters.get(k) is not None}
    if metric_bounds:
        from reviewer.metrics import refresh

        refresh(library)  # the bounds read stored figures: bring stale ones up to date first
    for key, bound in metric_bounds.items():
        # The column name comes from the allow-list, never from the rule.
        clauses.append(f"c.id IN (SELECT conversation_id FROM conversation_metrics WHERE {_METRIC_FILTERS[key]} > ?)")
        params.append(int(bound))
    if filters.get("auto_score_under") is not None:
        clauses.append("(SELECT MIN(ar.score) FROM auto_results ar WHERE ar.conversation_id = c.id) < ?")
        params.append(float(filters["auto_score_under"]))
    if filters.get("auto_flag"):
        clauses.append("c.id IN (SELECT conversation_id FROM auto_flags WHERE flag = ?)")
        params.append(str(filters["auto_flag"]))
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = library.conn.execute(
        "SELECT c.id, e.name, c.started_at, c.source_sha256, c.source_key"
        f" FROM conversations c LEFT JOIN employees e ON e.id = c.employee_id{where}",
        params,
    )
    return [Candidate(*row) for row in rows]


def create_sample(
    library: "Library", rule: SampleRule, *, seed: int | None = None, name: str = "", created_by: str | None = None
) -> Sample:
    """Draw the sample (reading first) and store rule, seed and result in one short transaction."""
    seed = random.SystemRandom().randrange(1, 2**31) if seed is None else int(seed)
    drawn = draw(rule, seed, candidates(library, rule.filters))
    if not drawn:
        raise SampleError(f"no conversation matches the rule ({rule.describe()}); no sample was made")
    uid, now, who = uuid.uuid4().hex, _now(), _me(library, created_by)
    name = name or f"{rule.describe()} ({now[:10]})"
    with library.transaction() as conn:
        sid = conn.execute(
            "INSERT INTO samples (uid, name, rule, seed, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (uid, name, json.dumps(rule.to_data(), ensure_ascii=False), seed, who, now),
        ).lastrowid
        conn.executemany(
            "INSERT INTO sample_items (sample_id, position, conversation_id, reason) VALUES (?, ?, ?, ?)",
            [(sid, p, d.id, d.reason) for p, d in enumerate(drawn)],
        )
    return Sample(sid, uid, name, rule, seed, who, now, drawn)


def _find(library: "Library", table: str, key: str) -> int:
    """The local id of a sample or assignment given as its number or uid (or a unique uid prefix)."""
    conn = library.conn
    if key.isdigit() and conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (int(key),)).fetchone():
        return int(key)
    rows = conn.execute(f"SELECT id FROM {table} WHERE uid LIKE ? || '%'", (key.lower(),)).fetchall()
    if len(rows) != 1:
        what = {"samples": "sample", "assignments": "assignment"}.get(table, "calibration session")
        raise LookupError(f"no {what} {key!r}" if not rows else f"{key!r} names more than one {what}")
    return rows[0][0]


def sample(library: "Library", key: str) -> Sample:
    sid = _find(library, "samples", key)
    row = library.conn.execute(
        "SELECT id, uid, name, rule, seed, created_by, created_at FROM samples WHERE id = ?", (sid,)
    ).fetchone()
    found = Sample(row[0], row[1], row[2], SampleRule.from_data(json.loads(row[3])), *row[4:])
    found.items = [Drawn(cid, reason) for cid, reason in library.conn.execute(
        "SELECT conversation_id, reason FROM sample_items WHERE sample_id = ? ORDER BY position", (sid,))]
    return found


def samples(library: "Library") -> list[Sample]:
    return [sample(library, str(r[0])) for r in library.conn.execute("SELECT id FROM samples ORDER BY id")]


def redraw(library: "Library", found: Sample) -> list[Drawn]:
    """The sample drawn again from its rule and seed on the library as it is now (the same
    result while the qualifying conversations are the same: the audit check)."""
    return draw(found.rule, found.seed, candidates(library, found.rule.filters))


def assign(
    library: "Library",
    sample_key: str,
    reviewers: list[str],
    *,
    due: str | None = None,
    quota: int | None = None,
    assigned_by: str | None = None,
) -> list[Assignment]:
    """Share the sample among the reviewers (in turn, at most ``quota`` each) with a due date."""
    if due is not None:
        try:
            due = date.fromisoformat(due).isoformat()
        except ValueError:
            raise SampleError(f"due date {due!r} is not a date; use YYYY-MM-DD") from None
    reviewers = [" ".join(r.split()) for r in reviewers if r.strip()]
    found = sample(library, sample_key)
    shares = split([d.id for d in found.items], reviewers, quota)
    who, now = _me(library, assigned_by), _now()
    made = []
    with library.transaction() as conn:
        for reviewer, ids in shares.items():
            if not ids:
                continue
            uid = uuid.uuid4().hex
            aid = conn.execute(
                "INSERT INTO assignments (uid, sample_uid, reviewer, due, assigned_by, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (uid, found.uid, reviewer, due, who, now),
            ).lastrowid
            conn.executemany(
                "INSERT INTO assignment_items (assignment_id, position, conversation_id) VALUES (?, ?, ?)",
                [(aid, p, cid) for p, cid in enumerate(ids)],
            )
            made.append(Assignment(aid, uid, reviewer, due, who, now, found.uid, ids))
    return made


def assignments(library: "Library", reviewer: str | None = None) -> list[Assignment]:
    rows = library.conn.execute(
        "SELECT id, uid, reviewer, due, assigned_by, created_at, sample_uid FROM assignments"
        + (" WHERE reviewer = ? COLLATE NOCASE" if reviewer else "") + " ORDER BY due IS NULL, due, id",
        (reviewer,) if reviewer else (),
    ).fetchall()
    found = []
    for row in rows:
        a = Assignment(*row)
        a.conversation_ids = [r[0] for r in library.conn.execute(
            "SELECT conversation_id FROM assignment_items WHERE assignment_id = ? ORDER BY position", (a.id,))]
        found.append(a)
    return found


def queue(library: "Library", reviewer: str | None = None) -> Queue:
    """What ``reviewer`` (default: this library's reviewer_name) has been assigned, in due-date
    order, each marked done once they submitted a review of it."""
    who = _me(library, reviewer)
    rows = library.conn.execute(
        "SELECT c.id, COALESCE(c.title, c.source_name), e.name, c.channel, c.started_at, a.due, a.uid,"
        " EXISTS (SELECT 1 FROM reviews r WHERE r.conversation_id = c.id AND r.state = 'submitted'"
        "   AND r.reviewer = a.reviewer COLLATE NOCASE)"
        " FROM assignments a JOIN assignment_items i ON i.assignment_id = a.id"
        " JOIN conversations c ON c.id = i.conversation_id LEFT JOIN employees e ON e.id = c.employee_id"
        " WHERE a.reviewer = ? COLLATE NOCASE ORDER BY a.due IS NULL, a.due, a.id, i.position",
        (who,),
    ).fetchall()
    seen, items = set(), []
    for row in rows:
        if row[0] in seen:
            continue  # assigned twice: listed once, under the earliest due date
        seen.add(row[0])
        items.append(QueueItem(row[0], row[1], row[2], row[3], row[4], row[5], row[6], bool(row[7])))
    return Queue(who, items)
