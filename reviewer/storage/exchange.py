"""Conversations and reviews as plain data, read and written in bulk for bundles.

Reading gathers the rows of many conversations and reviews in a few chunked queries (a bundle of
400 reviews must export in well under two seconds from a library of 20,000 conversations).
Writing is called inside the importer's one transaction with data already validated; it never
validates itself.
"""

from __future__ import annotations

import json
from typing import Iterable, Iterator, Sequence

_CHUNK = 500  # ids per IN (...) query, well under SQLite's variable limit


def _chunks(ids: Sequence) -> Iterator[list]:
    ids = list(ids)
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _marks(chunk: list) -> str:
    return ",".join("?" * len(chunk))


# Reading ------------------------------------------------------------------------------------


def conversations(conn, ids: Iterable[int], with_turns: bool = True) -> dict[int, dict]:
    """Local id -> conversation data (with turns and their corrections when asked)."""
    found: dict[int, dict] = {}
    ids = sorted(set(ids))
    for chunk in _chunks(ids):
        for row in conn.execute(
            "SELECT c.id, e.name, c.channel, c.title, c.source_name, c.source_format, c.source_sha256,"
            " c.source_key, c.recording_path, c.started_at, c.duration_ms, c.language, c.status,"
            " c.audio_channels, c.sample_rate, c.metadata"
            " FROM conversations c LEFT JOIN employees e ON e.id = c.employee_id"
            f" WHERE c.id IN ({_marks(chunk)})",
            chunk,
        ):
            (cid, employee, channel, title, source_name, source_format, sha, key, recording, started_at,
             duration_ms, language, status, audio_channels, sample_rate, metadata) = row
            found[cid] = {
                "sha256": sha, "key": key, "employee": employee, "channel": channel, "title": title,
                "source_name": source_name, "source_format": source_format, "recording": recording,
                "started_at": started_at, "duration_ms": duration_ms, "language": language,
                "status": status, "audio_channels": audio_channels, "sample_rate": sample_rate,
                "metadata": json.loads(metadata), "turns": [] if with_turns else None,
            }
        if not with_turns:
            continue
        for row in conn.execute(
            "SELECT t.conversation_id, t.idx, p.name, p.role, t.start_ms, t.end_ms, t.sent_at, t.text,"
            " t.words, e.original_text, op.name, op.role, e.edited_at, e.edited_by"
            " FROM turns t JOIN participants p ON p.id = t.participant_id"
            " LEFT JOIN turn_edits e ON e.turn_id = t.id"
            " LEFT JOIN participants op ON op.id = e.original_participant_id"
            f" WHERE t.conversation_id IN ({_marks(chunk)}) ORDER BY t.conversation_id, t.idx",
            chunk,
        ):
            (cid, idx, name, role, start_ms, end_ms, sent_at, text, words, original_text, original_name,
             original_role, edited_at, edited_by) = row
            turn = {"index": idx, "speaker": name, "role": role, "start_ms": start_ms, "end_ms": end_ms,
                    "sent_at": sent_at, "text": text, "words": json.loads(words) if words else None}
            if original_text is not None:
                turn["edit"] = {"text": original_text, "speaker": original_name, "role": original_role,
                                "at": edited_at, "by": edited_by}
            found[cid]["turns"].append(turn)
    return found


def review_ids(conn, conversation_ids: Iterable[int], submitted_only: bool = True) -> list[int]:
    found = []
    for chunk in _chunks(sorted(set(conversation_ids))):
        state = " AND state = 'submitted'" if submitted_only else ""
        found += [r[0] for r in conn.execute(
            f"SELECT id FROM reviews WHERE conversation_id IN ({_marks(chunk)}){state} ORDER BY id", chunk)]
    return found


def reviews(conn, ids: Iterable[int]) -> dict[int, dict]:
    """Local review id -> review data: its row, answers with evidence, and history."""
    found: dict[int, dict] = {}
    for chunk in _chunks(sorted(set(ids))):
        marks = _marks(chunk)
        for row in conn.execute(
            "SELECT id, uid, conversation_id, rubric_hash, reviewer, state, created_at, updated_at,"
            f" submitted_at, calibration_uid FROM reviews WHERE id IN ({marks})",
            chunk,
        ):
            rid, uid, cid, rubric_hash, reviewer, state, created, updated, submitted, calibration = row
            found[rid] = {
                "uid": uid, "conversation_id": cid, "rubric_hash": rubric_hash, "reviewer": reviewer,
                "state": state, "created_at": created, "updated_at": updated, "submitted_at": submitted,
                "calibration_uid": calibration, "answers": {}, "history": [],
            }
        evidence: dict[tuple[int, str], list] = {}
        for rid, criterion_id, turn_index, start_ms, end_ms in conn.execute(
            "SELECT review_id, criterion_id, turn_index, start_ms, end_ms FROM evidence"
            f" WHERE review_id IN ({marks}) ORDER BY review_id, criterion_id, position",
            chunk,
        ):
            evidence.setdefault((rid, criterion_id), []).append(
                turn_index if turn_index is not None else {"start_ms": start_ms, "end_ms": end_ms}
            )
        for rid, criterion_id, value, comment in conn.execute(
            f"SELECT review_id, criterion_id, value, comment FROM answers WHERE review_id IN ({marks})", chunk
        ):
            found[rid]["answers"][criterion_id] = {
                "value": json.loads(value) if value is not None else None,
                "comment": comment,
                "evidence": evidence.get((rid, criterion_id), []),
            }
        for rid, at, who, action, criterion_id, old, new in conn.execute(
            "SELECT review_id, at, who, action, criterion_id, old, new FROM review_history"
            f" WHERE review_id IN ({marks}) ORDER BY review_id, id",
            chunk,
        ):
            found[rid]["history"].append({
                "at": at, "who": who, "action": action, "criterion": criterion_id,
                "old": json.loads(old) if old else None, "new": json.loads(new) if new else None,
            })
    return found


def rubric_snapshots(conn, hashes: Iterable[str]) -> dict[str, str]:
    found = {}
    for chunk in _chunks(sorted(set(hashes))):
        found.update(conn.execute(
            f"SELECT hash, content FROM rubric_snapshots WHERE hash IN ({_marks(chunk)})", chunk))
    return found


def conversation_ids_by_identity(conn, identities: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """(SHA-256, source key) -> local conversation id, for those this library has."""
    wanted = set(identities)
    found = {}
    for chunk in _chunks(sorted({sha for sha, _ in wanted})):
        for cid, sha, key in conn.execute(
            f"SELECT id, source_sha256, source_key FROM conversations WHERE source_sha256 IN ({_marks(chunk)})",
            chunk,
        ):
            if (sha, key) in wanted:
                found[(sha, key)] = cid
    return found


def reviews_by_uid(conn, uids: Iterable[str]) -> dict[str, tuple[int, str, str, str | None]]:
    """uid -> (local id, reviewer, updated_at, submitted_at) of the reviews this library has."""
    found = {}
    for chunk in _chunks(sorted(set(uids))):
        for rid, uid, reviewer, updated, submitted in conn.execute(
            f"SELECT id, uid, reviewer, updated_at, submitted_at FROM reviews WHERE uid IN ({_marks(chunk)})",
            chunk,
        ):
            found[uid] = (rid, reviewer, updated, submitted)
    return found


# Writing (inside the caller's transaction, data already validated) -----------------------------


def insert_conversation(conn, data: dict, employee_id: int | None, recording: str | None, now: str) -> int:
    cid = conn.execute(
        "INSERT INTO conversations (employee_id, channel, title, source_name, source_format, source_sha256,"
        " source_key, recording_path, started_at, duration_ms, language, status, audio_channels, sample_rate,"
        " metadata, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (employee_id, data["channel"], data.get("title"), data["source_name"], data.get("source_format"),
         data["sha256"], data.get("key", ""), recording, data.get("started_at"), data.get("duration_ms"),
         data.get("language"), data["status"], data.get("audio_channels"), data.get("sample_rate"),
         json.dumps(data.get("metadata") or {}, ensure_ascii=False), now),
    ).lastrowid
    turns = data.get("turns") or []
    people: dict[str, str] = {}
    for turn in turns:
        edit = turn.get("edit")
        if edit:
            people.setdefault(edit["speaker"], edit["role"])
    for turn in turns:
        people[turn["speaker"]] = turn["role"]
    pids = {}
    for name, role in people.items():
        pids[name] = conn.execute(
            "INSERT INTO participants (conversation_id, name, role) VALUES (?, ?, ?)", (cid, name, role)
        ).lastrowid
    conn.executemany(
        "INSERT INTO turns (conversation_id, idx, participant_id, start_ms, end_ms, sent_at, text, words)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(cid, turn["index"], pids[turn["speaker"]], turn.get("start_ms"), turn.get("end_ms"), turn.get("sent_at"),
          turn["text"], json.dumps(turn["words"], ensure_ascii=False) if turn.get("words") is not None else None)
         for turn in turns],
    )
    edits = [t for t in turns if t.get("edit")]
    if edits:
        tids = dict(conn.execute("SELECT idx, id FROM turns WHERE conversation_id = ?", (cid,)))
        conn.executemany(
            "INSERT INTO turn_edits (turn_id, original_text, original_participant_id, edited_at, edited_by)"
            " VALUES (?, ?, ?, ?, ?)",
            [(tids[t["index"]], t["edit"]["text"], pids[t["edit"]["speaker"]], t["edit"].get("at") or now,
              t["edit"].get("by")) for t in edits],
        )
    if turns:
        # One index statement per conversation, as the repository does (see migration m0001).
        # The text and its stems, exactly as the repository indexes them (reviewer.search.index):
        # a turn indexed differently could not be removed from the index when edited later.
        conn.execute("INSERT INTO turns_fts (rowid, text, stems)"
                     " SELECT id, search_text(text), search_stems(text) FROM turns WHERE conversation_id = ?",
                     (cid,))
    return cid


class ReviewRows:
    """Answers, evidence and history rows of many reviews, inserted together by flush()."""

    def __init__(self):
        self.answers: list[tuple] = []
        self.evidence: list[tuple] = []
        self.history: list[tuple] = []

    def flush(self, conn) -> None:
        conn.executemany("INSERT INTO answers (review_id, criterion_id, value, comment) VALUES (?, ?, ?, ?)",
                         self.answers)
        conn.executemany(
            "INSERT INTO evidence (review_id, criterion_id, position, turn_index, start_ms, end_ms)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            self.evidence,
        )
        conn.executemany(
            "INSERT INTO review_history (review_id, at, who, action, criterion_id, old, new) VALUES (?, ?, ?, ?, ?, ?, ?)",
            self.history,
        )
        self.answers, self.evidence, self.history = [], [], []


def write_review(conn, review_id: int | None, data: dict, conversation_id: int, rubric: object,
                 score: float | None, flagged: bool, rows: ReviewRows | None = None) -> int:
    """Insert the review (review_id None) or replace its answers and row by the newer copy; the
    history becomes the union of both copies' entries. With ``rows``, the answers, evidence and
    history wait in it for one rows.flush() (many reviews at once)."""
    own = rows is None
    rows = rows or ReviewRows()
    values = (data["uid"], conversation_id, data["rubric_hash"], rubric.id, rubric.version, data["reviewer"],
              data["state"], score, int(flagged), data["created_at"], data["updated_at"], data.get("submitted_at"),
              data.get("calibration_uid"))
    if review_id is None:
        review_id = conn.execute(
            "INSERT INTO reviews (uid, conversation_id, rubric_hash, rubric_id, rubric_version, reviewer, state,"
            " score, flagged, created_at, updated_at, submitted_at, calibration_uid)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        ).lastrowid
        known = set()
    else:
        conn.execute(
            "UPDATE reviews SET uid = ?, conversation_id = ?, rubric_hash = ?, rubric_id = ?, rubric_version = ?,"
            " reviewer = ?, state = ?, score = ?, flagged = ?, created_at = ?, updated_at = ?, submitted_at = ?,"
            " calibration_uid = ? WHERE id = ?",
            (*values, review_id),
        )
        conn.execute("DELETE FROM answers WHERE review_id = ?", (review_id,))  # evidence goes with them
        known = {
            (at, who, action, criterion, old, new)
            for at, who, action, criterion, old, new in conn.execute(
                "SELECT at, who, action, criterion_id, old, new FROM review_history WHERE review_id = ?",
                (review_id,),
            )
        }
    answers, evidence = rows.answers, rows.evidence
    for criterion_id, answer in data["answers"].items():
        value = answer.get("value")
        answers.append((review_id, criterion_id, None if value is None else json.dumps(value, ensure_ascii=False),
                        answer.get("comment") or ""))
        for position, item in enumerate(answer.get("evidence") or []):
            if isinstance(item, dict):
                evidence.append((review_id, criterion_id, position, None, item["start_ms"], item["end_ms"]))
            else:
                evidence.append((review_id, criterion_id, position, item, None, None))
    history = rows.history
    for entry in sorted(data.get("history") or [], key=lambda e: e["at"]):
        row = (entry["at"], entry["who"], entry["action"], entry.get("criterion"),
               None if entry.get("old") is None else json.dumps(entry["old"], ensure_ascii=False),
               None if entry.get("new") is None else json.dumps(entry["new"], ensure_ascii=False))
        if row not in known:
            known.add(row)
            history.append((review_id, *row))
    if own:
        rows.flush(conn)
    return review_id
