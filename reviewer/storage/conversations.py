"""Saving and loading conversations with their participants and turns."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Iterable

from reviewer.domain import Channel, Conversation, ConversationStatus, SpeakerRole, Turn, Word
from reviewer.search.index import index_values
from reviewer.search.query import fts_match
from reviewer.storage import conversation_search, turn_edits
from reviewer.storage.conversation_search import ConversationFilter

if TYPE_CHECKING:
    from reviewer.storage.library import Library

_COLUMNS = (
    "c.id, e.name, c.channel, c.title, c.source_name, c.source_format, c.source_sha256,"
    " c.source_key, c.recording_path, c.started_at, c.duration_ms, c.language, c.status,"
    " c.audio_channels, c.sample_rate, c.metadata, c.imported_at"
)
_FROM = "conversations c LEFT JOIN employees e ON e.id = c.employee_id"
# Sorting by score joins each conversation's most recently submitted review (the one
# latest_scores reads: the latest submitted_at, then the highest id) as ``lr``; the indexes of
# migration m0006 let SQLite walk it in score order. Conversations without one, or whose latest
# review has no score, are the rows "without a value".
_LATEST_REVIEW = (
    " JOIN reviews lr ON lr.conversation_id = c.id AND lr.state = 'submitted' AND lr.calibration_uid IS NULL"
    " AND NOT EXISTS (SELECT 1 FROM reviews r2 WHERE r2.conversation_id = lr.conversation_id"
    " AND r2.state = 'submitted' AND r2.calibration_uid IS NULL AND (r2.submitted_at, r2.id) > (lr.submitted_at, lr.id))"
)
_NO_LATEST_SCORE = (
    "(SELECT r.score FROM reviews r WHERE r.conversation_id = c.id AND r.state = 'submitted'"
    " AND r.calibration_uid IS NULL ORDER BY r.submitted_at DESC, r.id DESC LIMIT 1) IS NULL"
)
# Automatic QA: a conversation's lowest auto score over its rubrics (reviewer.storage.auto_results).
_AUTO_SCORE = (
    " JOIN (SELECT conversation_id, MIN(score) AS score FROM auto_results GROUP BY conversation_id) ar"
    " ON ar.conversation_id = c.id"
)
_NO_AUTO_SCORE = "NOT EXISTS (SELECT 1 FROM auto_results a WHERE a.conversation_id = c.id AND a.score IS NOT NULL)"
# Per sort key that needs more than the conversation row: (join, test for "no value").
_SORT_JOINS = {"score": (_LATEST_REVIEW, _NO_LATEST_SCORE), "auto_score": (_AUTO_SCORE, _NO_AUTO_SCORE)}
# Conversation metrics (migration m0014): sort key -> column of conversation_metrics.
_METRIC_SORTS = {
    "longest_silence": "longest_silence_ms",
    "agent_talk_share": "agent_talk_share",
    "first_reply": "first_reply_ms",
    "overtalk": "overtalk_ms",
}
for _key, _column in _METRIC_SORTS.items():
    _SORT_JOINS[_key] = (
        " JOIN conversation_metrics m ON m.conversation_id = c.id",
        f"NOT EXISTS (SELECT 1 FROM conversation_metrics m WHERE m.conversation_id = c.id AND m.{_column} IS NOT NULL)",
    )
# Sort keys whose order an index of conversations gives: a page in that order with a common search
# word walks the index and stops at the page's end (see conversation_search).
_INDEXED_SORTS = {"started_at", "id", "status", "channel"}


def fts_query(text: str) -> str:
    """A search text as an FTS5 query over turns_fts: inflected forms, prefixes and "phrases"
    (reviewer.search.query); operators and punctuation typed by the user are inert."""
    return fts_match(text)


def _encode_words(words: list[Word] | None) -> str | None:
    if words is None:
        return None
    return json.dumps([[w.start_ms, w.end_ms, w.text, w.probability] for w in words], ensure_ascii=False)


def _decode_words(raw: str | None) -> list[Word] | None:
    if raw is None:
        return None
    return [Word(s, e, t, p) for s, e, t, p in json.loads(raw)]


# A turn with its speaker and, when a reviewer corrected it, what it was (turn_edits, m0004).
_TURN_SELECT = (
    "SELECT t.id, t.idx, p.role, p.name, t.start_ms, t.end_ms, t.sent_at, t.text, t.words,"
    " e.original_text, op.role, e.edited_at, e.edited_by, t.speaker"
    " FROM turns t JOIN participants p ON p.id = t.participant_id"
    " LEFT JOIN turn_edits e ON e.turn_id = t.id"
    " LEFT JOIN participants op ON op.id = e.original_participant_id"
)


def _turn_from_row(row) -> Turn:
    tid, idx, role, name, start, end, sent_at, text, words, original_text, original_role, edited_at, by, speaker = row
    text_edited = original_text is not None and original_text != text
    return Turn(
        id=tid, index=idx, role=SpeakerRole(role), speaker_name=name, start_ms=start, end_ms=end,
        sent_at=sent_at, text=text,
        # Word timings belong to the recognised text, not to a correction of it.
        words=None if text_edited else _decode_words(words),
        original_text=original_text if text_edited else None,
        original_role=SpeakerRole(original_role) if original_role not in (None, role) else None,
        edited_at=edited_at, edited_by=by, speaker=speaker,
    )


class ConversationRepository:
    def __init__(self, library: "Library"):
        self._library = library

    @property
    def _conn(self):
        return self._library.conn

    # Writing ------------------------------------------------------------------------------

    def add(self, conversation: Conversation) -> int:
        """Insert a conversation with its participants and turns; returns its id."""
        lib = self._library
        index = self._index_values(conversation.turns)  # stemming before taking the write lock
        with lib.transaction() as conn:
            employee_id = lib.employee_id(conversation.employee) if conversation.employee else None
            conversation.imported_at = conversation.imported_at or datetime.now(timezone.utc).isoformat(
                timespec="seconds"
            )
            cid = conn.execute(
                "INSERT INTO conversations (employee_id, channel, title, source_name, source_format,"
                " source_sha256, source_key, recording_path, started_at, duration_ms, language, status,"
                " audio_channels, sample_rate, metadata, imported_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    employee_id,
                    str(conversation.channel),
                    conversation.title,
                    conversation.source_name,
                    conversation.source_format,
                    conversation.source_sha256,
                    conversation.source_key,
                    conversation.recording_path,
                    conversation.started_at,
                    conversation.duration_ms,
                    conversation.language,
                    str(conversation.status),
                    conversation.audio_channels,
                    conversation.sample_rate,
                    json.dumps(conversation.metadata, ensure_ascii=False),
                    conversation.imported_at,
                ),
            ).lastrowid
            conversation.id = cid
            self._insert_turns(conn, cid, conversation.turns, first_index=0, index=index)
        return cid

    @staticmethod
    def _index_values(turns: list[Turn]) -> list[tuple[str, str]]:
        """The full-text index columns of each turn (m0010), computed outside any transaction."""
        return [index_values(turn.text) for turn in turns]

    def _participant_ids(self, conn, cid: int, turns: Iterable[Turn]) -> dict[tuple[str, str], int]:
        """Participant id for each (name, role) used by turns, creating those that are missing."""
        known = {
            name: (pid, role)
            for pid, name, role in conn.execute(
                "SELECT id, name, role FROM participants WHERE conversation_id = ?", (cid,)
            )
        }
        ids: dict[tuple[str, str], int] = {}
        for turn in turns:
            name = self.speaker_label(turn)
            key = (name, str(turn.role))
            if key in ids:
                continue
            if name in known:
                ids[key] = known[name][0]
                continue
            pid = conn.execute(
                "INSERT INTO participants (conversation_id, name, role) VALUES (?, ?, ?)",
                (cid, name, str(turn.role)),
            ).lastrowid
            known[name] = (pid, str(turn.role))
            ids[key] = pid
        return ids

    @staticmethod
    def speaker_label(turn: Turn) -> str:
        """A turn without a speaker name (speech) belongs to the participant named after its role."""
        return turn.speaker_name or turn.role.value.capitalize()

    def _insert_turns(self, conn, cid: int, turns: list[Turn], first_index: int,
                      index: list[tuple[str, str]] | None = None) -> None:
        if index is None:
            index = self._index_values(turns)
        ids = self._participant_ids(conn, cid, turns)
        rows = []
        for offset, turn in enumerate(turns):
            turn.index = first_index + offset
            rows.append(
                (
                    cid,
                    turn.index,
                    ids[(self.speaker_label(turn), str(turn.role))],
                    turn.start_ms,
                    turn.end_ms,
                    turn.sent_at,
                    turn.text,
                    _encode_words(turn.words),
                    turn.speaker,
                )
            )
        conn.executemany(
            "INSERT INTO turns (conversation_id, idx, participant_id, start_ms, end_ms, sent_at, text, words, speaker)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        if rows:
            # Index the new turns here rather than by a per-row trigger (see m0001 and m0010).
            turn_ids = dict(conn.execute(
                "SELECT idx, id FROM turns WHERE conversation_id = ? AND idx >= ?", (cid, first_index)
            ))
            conn.executemany(
                "INSERT INTO turns_fts (rowid, text, stems) VALUES (?, ?, ?)",
                [(turn_ids[turn.index], text, stems) for turn, (text, stems) in zip(turns, index)],
            )

    def append_turns(self, cid: int, turns: list[Turn]) -> None:
        """Add turns after the last one (transcription writes segments as they arrive)."""
        index = self._index_values(turns)
        with self._library.transaction() as conn:
            row = conn.execute("SELECT MAX(idx) FROM turns WHERE conversation_id = ?", (cid,)).fetchone()
            self._insert_turns(conn, cid, turns, first_index=(row[0] + 1) if row[0] is not None else 0,
                               index=index)

    def replace_turns(self, cid: int, turns: list[Turn]) -> None:
        index = self._index_values(turns)
        with self._library.transaction() as conn:
            conn.execute("DELETE FROM turns WHERE conversation_id = ?", (cid,))
            conn.execute(
                "DELETE FROM participants WHERE conversation_id = ?"
                " AND id NOT IN (SELECT participant_id FROM turns WHERE conversation_id = ?)",
                (cid, cid),
            )
            self._insert_turns(conn, cid, turns, first_index=0, index=index)

    def set_status(self, cid: int, status: ConversationStatus) -> None:
        with self._library.transaction() as conn:
            conn.execute("UPDATE conversations SET status = ? WHERE id = ?", (str(status), cid))

    def update(self, cid: int, **fields) -> None:
        """Change plain columns (language, duration_ms, title, started_at, status, employee)."""
        allowed = {"language", "duration_ms", "title", "started_at", "status", "channel"}
        with self._library.transaction() as conn:
            if "employee" in fields:
                name = fields.pop("employee")
                eid = self._library.employee_id(name) if name else None
                conn.execute("UPDATE conversations SET employee_id = ? WHERE id = ?", (eid, cid))
            for column, value in fields.items():
                if column not in allowed:
                    raise ValueError(f"cannot update column {column!r}")
                # The column name comes from the allow-list above, never from the caller.
                conn.execute(f"UPDATE conversations SET {column} = ? WHERE id = ?", (value, cid))

    def set_participant_role(self, cid: int, name: str, role: SpeakerRole) -> None:
        """Correct who someone is (e.g. mark an unknown speaker as the agent) for all their turns."""
        with self._library.transaction() as conn:
            changed = conn.execute(
                "UPDATE participants SET role = ? WHERE conversation_id = ? AND name = ?",
                (str(role), cid, name),
            ).rowcount
            if not changed:
                raise KeyError(f"conversation {cid} has no participant {name!r}")

    def edit_turn(self, cid: int, index: int, *, text: str | None = None, role: SpeakerRole | None = None,
                  by: str | None = None) -> Turn:
        """A reviewer's correction of one turn (see turn_edits); returns the turn as now stored.
        Raises TurnEditError for a turn that does not exist or an empty text."""
        turn_edits.edit_turn(self._library, cid, index, text=text, role=role, by=by)
        return self.turn(cid, index)

    def revert_turn(self, cid: int, index: int) -> Turn:
        """The turn back as transcribed or imported; returns it."""
        turn_edits.revert_turn(self._library, cid, index)
        return self.turn(cid, index)

    def delete(self, cid: int) -> None:
        with self._library.transaction() as conn:
            conn.execute("DELETE FROM conversations WHERE id = ?", (cid,))

    # Reading ------------------------------------------------------------------------------

    def ids_with_sha256(self, sha256: str) -> list[int]:
        return [
            r[0]
            for r in self._conn.execute(
                "SELECT id FROM conversations WHERE source_sha256 = ? ORDER BY id", (sha256,)
            )
        ]

    def get(self, cid: int, with_turns: bool = True) -> Conversation | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM {_FROM} WHERE c.id = ?", (cid,)).fetchone()
        if row is None:
            return None
        conversation = self._from_row(row)
        if with_turns:
            conversation.turns = self.turns(cid)
        return conversation

    def turns(self, cid: int) -> list[Turn]:
        rows = self._conn.execute(f"{_TURN_SELECT} WHERE t.conversation_id = ? ORDER BY t.idx", (cid,))
        return [_turn_from_row(row) for row in rows]

    def turn(self, cid: int, index: int) -> Turn | None:
        row = self._conn.execute(
            f"{_TURN_SELECT} WHERE t.conversation_id = ? AND t.idx = ?", (cid, index)
        ).fetchone()
        return _turn_from_row(row) if row else None

    def _where(self, flt: ConversationFilter, walking: bool = False) -> tuple[str, list]:
        found = conversation_search.where(self._conn, flt, walking)
        return found.sql, found.params

    def list(self, flt: ConversationFilter = ConversationFilter()) -> list[Conversation]:
        """The conversations ``flt`` selects by start time (those without one last, by id), from
        ``flt.offset``, at most ``flt.limit``."""
        selected = conversation_search.where(self._conn, flt, walking=flt.limit is not None)
        where, params = selected.sql, selected.params
        # Two queries, each in the order of an index (started_at, then id), so that a limited
        # list stops at its end instead of sorting every match.
        dated = (f"SELECT {_COLUMNS} FROM {_FROM}{where} AND c.started_at IS NOT NULL"
                 f" ORDER BY {selected.order('c.started_at')}, {selected.order('c.id')}")
        undated = f"SELECT {_COLUMNS} FROM {_FROM}{where} AND c.started_at IS NULL ORDER BY {selected.order('c.id')}"
        limit = -1 if flt.limit is None else int(flt.limit)
        found = [self._from_row(r) for r in self._conn.execute(f"{dated} LIMIT ? OFFSET ?",
                                                               [*params, limit, flt.offset])]
        if limit >= 0 and len(found) >= limit:
            return found
        skip = 0
        if flt.offset and not found:  # the offset went past the dated ones: skip the rest of it
            dated_count = self._conn.execute(
                f"SELECT COUNT(*) FROM {_FROM}{where} AND c.started_at IS NOT NULL", params).fetchone()[0]
            skip = max(0, flt.offset - dated_count)
        rest = -1 if limit < 0 else limit - len(found)
        found += [self._from_row(r) for r in self._conn.execute(f"{undated} LIMIT ? OFFSET ?", [*params, rest, skip])]
        return found

    #: What a table of conversations can be sorted by: the SQL expression, its collation, and
    #: the same value read from a loaded Conversation (where the next page continues from).
    SORT_KEYS = {
        "started_at": ("c.started_at", "", lambda c: c.started_at),
        "employee": ("e.name", " COLLATE NOCASE", lambda c: c.employee),
        "channel": ("c.channel", "", lambda c: str(c.channel)),
        "title": ("COALESCE(c.title, c.source_name)", " COLLATE NOCASE", lambda c: c.title or c.source_name),
        "duration": ("c.duration_ms", "", lambda c: c.duration_ms),
        "language": ("c.language", "", lambda c: c.language),
        "status": ("c.status", "", lambda c: str(c.status)),
        "source_name": ("c.source_name", " COLLATE NOCASE", lambda c: c.source_name),
        "id": ("c.id", "", lambda c: c.id),
        # The latest submitted review's score; a loaded row does not carry it (see _sort_value).
        "score": ("lr.score", "", None),
        # Conversation metrics; read from conversation_metrics (see _sort_value).
        **{key: (f"m.{column}", "", None) for key, column in _METRIC_SORTS.items()},
        # Automatic QA's score (the lowest over the conversation's rubrics); see _sort_value.
        "auto_score": ("ar.score", "", None),
    }

    def page(
        self,
        flt: ConversationFilter = ConversationFilter(),
        order_by: str = "started_at",
        descending: bool = False,
        limit: int = 100,
        after: Conversation | None = None,
    ) -> list[Conversation]:
        """The next ``limit`` conversations (without turns) in a sorted table, after ``after``
        (the last row of the previous page; None for the first page).

        ``order_by`` must be a key of SORT_KEYS. Rows without a value come last in both
        directions, ties are broken by id. Pages continue from the previous row's sort value
        (keyset paging), so a page deep in a large library costs as much as the first one.
        """
        if order_by not in self.SORT_KEYS:
            raise ValueError(f"cannot sort conversations by {order_by!r}")
        # Expression and collation come from the allow-list above, never from the caller.
        expr, collate, _ = self.SORT_KEYS[order_by]
        join, missing = _SORT_JOINS.get(order_by, ("", f"{expr} IS NULL"))
        op, direction = ("<", "DESC") if descending else (">", "ASC")
        selected = conversation_search.where(self._conn, flt, walking=order_by in _INDEXED_SORTS)
        params = selected.params
        where = selected.sql + " AND "
        ordered, by_id = selected.order(expr), selected.order("c.id")
        value = self._sort_value(order_by, after) if after is not None else None
        found: list[Conversation] = []
        if after is None or value is not None:
            # Rows with a value, in the column's order (its index serves this where one exists;
            # a row-value comparison lets SQLite start the index walk right after ``after``).
            sql = f"SELECT {_COLUMNS} FROM {_FROM}{join}{where}{expr} IS NOT NULL"
            args = list(params)
            if after is not None:
                sql += f" AND ({ordered}{collate}, {by_id}) {op} (?, ?)"
                args += [value, after.id]
            sql += f" ORDER BY {ordered}{collate} {direction}, {by_id} {direction} LIMIT ?"
            found += [self._from_row(r) for r in self._conn.execute(sql, [*args, int(limit)])]
        if len(found) < limit:
            # Then the rows without a value, by id.
            sql = f"SELECT {_COLUMNS} FROM {_FROM}{where}{missing}"
            args = list(params)
            if after is not None and value is None:
                sql += f" AND {by_id} {op} ?"
                args.append(after.id)
            sql += f" ORDER BY {by_id} {direction} LIMIT ?"
            found += [self._from_row(r) for r in self._conn.execute(sql, [*args, int(limit) - len(found)])]
        return found

    def _sort_value(self, order_by: str, after: Conversation):
        value_of = self.SORT_KEYS[order_by][2]
        if value_of is not None:
            return value_of(after)
        if order_by in _METRIC_SORTS:
            row = self._conn.execute(
                f"SELECT {_METRIC_SORTS[order_by]} FROM conversation_metrics WHERE conversation_id = ?", (after.id,)
            ).fetchone()
            return row[0] if row else None
        if order_by == "auto_score":
            row = self._conn.execute(
                "SELECT MIN(score) FROM auto_results WHERE conversation_id = ?", (after.id,)
            ).fetchone()
            return row[0] if row else None
        return self.latest_scores([after.id]).get(after.id, (None, False))[0]

    def latest_scores(self, ids: list[int]) -> dict[int, tuple[float | None, bool]]:
        """Conversation id -> (score in percent, a critical criterion failed) of its most
        recently submitted review; conversations without one are left out."""
        scores: dict[int, tuple[float | None, bool]] = {}
        for start in range(0, len(ids), 500):  # well under SQLite's limit of bound values
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(
                # Calibration reviews never count as a conversation's score (reviewer.team).
                "SELECT conversation_id, score, flagged FROM reviews"
                f" WHERE state = 'submitted' AND calibration_uid IS NULL AND conversation_id IN ({marks})"
                " ORDER BY submitted_at, id",
                chunk,
            )
            for cid, score, flagged in rows:
                scores[cid] = (score, bool(flagged))  # later rows win: the latest submission
        return scores

    def review_progress(self, ids: list[int]) -> dict[int, str]:
        """Conversation id -> "reopened" (a submitted review was reopened and is being changed)
        or "draft" (a review was started and none is submitted yet); others are left out."""
        progress: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(
                "SELECT conversation_id, MAX(state = 'draft' AND submitted_at IS NOT NULL),"
                " MAX(state = 'draft'), MAX(state = 'submitted') FROM reviews"
                f" WHERE conversation_id IN ({marks}) GROUP BY conversation_id",
                chunk,
            )
            for cid, reopened, draft, submitted in rows:
                if reopened:
                    progress[cid] = "reopened"
                elif draft and not submitted:
                    progress[cid] = "draft"
        return progress

    def count(self, flt: ConversationFilter = ConversationFilter(), up_to: int | None = None) -> int:
        """How many conversations ``flt`` selects; with ``up_to``, counting no further than that
        (a common search word matches tens of thousands: the walk stops at ``up_to``)."""
        if up_to is None:
            where, params = self._where(flt)
            return self._conn.execute(f"SELECT COUNT(*) FROM {_FROM}{where}", params).fetchone()[0]
        where, params = self._where(flt, walking=True)
        return self._conn.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM {_FROM}{where} LIMIT ?)",
                                  [*params, int(up_to)]).fetchone()[0]

    def turn_counts(self, ids: list[int]) -> dict[int, int]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return dict(
            self._conn.execute(
                f"SELECT conversation_id, COUNT(*) FROM turns WHERE conversation_id IN ({marks})"
                " GROUP BY conversation_id",
                ids,
            )
        )

    @staticmethod
    def _from_row(row) -> Conversation:
        (cid, employee, channel, title, source_name, source_format, sha, key, recording, started_at,
         duration_ms, language, status, audio_channels, sample_rate, metadata, imported_at) = row
        return Conversation(
            id=cid,
            employee=employee,
            channel=Channel(channel),
            title=title,
            source_name=source_name,
            source_format=source_format,
            source_sha256=sha,
            source_key=key,
            recording_path=recording,
            started_at=started_at,
            duration_ms=duration_ms,
            language=language,
            status=ConversationStatus(status),
            audio_channels=audio_channels,
            sample_rate=sample_rate,
            metadata=json.loads(metadata),
            imported_at=imported_at,
        )
