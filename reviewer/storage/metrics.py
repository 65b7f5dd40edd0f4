"""Storing conversation metrics and the voice activity they come from (migrations m0014, m0011
for the music heard, m0025 for the speech of each separated speaker of a mono call)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Iterable

from reviewer.domain import SpeakerRole
from reviewer.domain.metrics import VoiceActivity

if TYPE_CHECKING:
    from reviewer.storage.library import Library

#: Figures kept as columns too, for sorting and filtering the library.
COLUMNS = ("longest_silence_ms", "agent_talk_share", "first_reply_ms", "overtalk_ms")
_MONO = -1


class MetricsRepository:
    def __init__(self, library: "Library"):
        self._library = library

    @property
    def _conn(self):
        return self._library.conn

    # Figures ----------------------------------------------------------------------------------

    def get(self, cid: int) -> tuple[int, dict, dict] | None:
        """(metrics version, thresholds, figures) as stored; None when missing (or made stale)."""
        row = self._conn.execute(
            "SELECT metrics_version, thresholds, figures FROM conversation_metrics WHERE conversation_id = ?", (cid,)
        ).fetchone()
        return None if row is None else (row[0], json.loads(row[1]), json.loads(row[2]))

    def put_many(self, computed: Iterable[tuple[int, dict]]) -> None:
        """Store figures (each holding its metrics_version and thresholds), replacing old ones.
        Callers compute first and write here in one short transaction."""
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        rows = [
            (
                cid, figures["metrics_version"], json.dumps(figures["thresholds"], sort_keys=True),
                json.dumps(figures, ensure_ascii=False), *(figures.get(c) for c in COLUMNS), now,
            )
            for cid, figures in computed
        ]
        with self._library.transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO conversation_metrics (conversation_id, metrics_version, thresholds, figures,"
                f" {', '.join(COLUMNS)}, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def stale_ids(self, version: int, thresholds: dict, ids: list[int] | None = None) -> list[int]:
        """Conversations whose figures are missing, of another version or made with other
        thresholds (all of them, or those among ``ids``)."""
        sql = (
            "SELECT c.id FROM conversations c LEFT JOIN conversation_metrics m ON m.conversation_id = c.id"
            " WHERE (m.conversation_id IS NULL OR m.metrics_version != ? OR m.thresholds != ?)"
        )
        params = [version, json.dumps(thresholds, sort_keys=True)]
        if ids is None:
            return [r[0] for r in self._conn.execute(sql + " ORDER BY c.id", params)]
        found = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found += [r[0] for r in self._conn.execute(f"{sql} AND c.id IN ({marks})", [*params, *chunk])]
        return sorted(found)

    def columns(self, ids: list[int]) -> dict[int, dict]:
        """Conversation id -> the column figures (see COLUMNS) of those with stored metrics."""
        found: dict[int, dict] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._conn.execute(
                f"SELECT conversation_id, {', '.join(COLUMNS)} FROM conversation_metrics"
                f" WHERE conversation_id IN ({marks})",
                chunk,
            ):
                found[row[0]] = dict(zip(COLUMNS, row[1:]))
        return found

    def figures(self, ids: list[int]) -> dict[int, dict]:
        """Conversation id -> every stored figure."""
        found: dict[int, dict] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for cid, raw in self._conn.execute(
                f"SELECT conversation_id, figures FROM conversation_metrics WHERE conversation_id IN ({marks})", chunk
            ):
                found[cid] = json.loads(raw)
        return found

    # Voice activity ---------------------------------------------------------------------------

    def set_voice_activity(self, cid: int, activity: Iterable[VoiceActivity]) -> None:
        """Replace the conversation's voice activity (one entry per channel heard, and one per
        separated speaker of a mono call), all of it in one transaction."""
        activity = list(activity)
        channels = [a for a in activity if a.speaker is None]
        rows = [
            (
                cid, _MONO if a.channel is None else a.channel, None if a.role is None else str(a.role),
                _flat(a.regions),
            )
            for a in channels
        ]
        music = [(cid, _MONO if a.channel is None else a.channel, _flat(a.music)) for a in channels if a.music]
        # A speaker's role is not stored here: it is the decision in force (speaker_roles).
        speakers = [(cid, int(a.speaker), _flat(a.regions)) for a in activity if a.speaker is not None]
        with self._library.transaction() as conn:
            conn.execute("DELETE FROM voice_activity WHERE conversation_id = ?", (cid,))
            conn.execute("DELETE FROM heard_music WHERE conversation_id = ?", (cid,))
            conn.execute("DELETE FROM speaker_activity WHERE conversation_id = ?", (cid,))
            conn.executemany(
                "INSERT INTO voice_activity (conversation_id, channel, role, regions) VALUES (?, ?, ?, ?)", rows
            )
            conn.executemany("INSERT INTO heard_music (conversation_id, channel, regions) VALUES (?, ?, ?)", music)
            conn.executemany(
                "INSERT INTO speaker_activity (conversation_id, speaker, regions) VALUES (?, ?, ?)", speakers
            )

    def voice_activity(self, cid: int) -> list[VoiceActivity]:
        """The channels heard (by channel), then the separated speakers (by speaker)."""
        return self.voice_activity_of([cid]).get(cid, [])

    def voice_activity_of(self, ids: list[int]) -> dict[int, list[VoiceActivity]]:
        found: dict[int, list[VoiceActivity]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            music = {
                (cid, channel): json.loads(raw)
                for cid, channel, raw in self._conn.execute(
                    f"SELECT conversation_id, channel, regions FROM heard_music WHERE conversation_id IN ({marks})", chunk
                )
            }
            for cid, channel, role, raw in self._conn.execute(
                "SELECT conversation_id, channel, role, regions FROM voice_activity"
                f" WHERE conversation_id IN ({marks}) ORDER BY conversation_id, channel",
                chunk,
            ):
                flat = json.loads(raw)
                tune = music.get((cid, channel), [])
                found.setdefault(cid, []).append(
                    VoiceActivity(
                        None if channel == _MONO else channel,
                        SpeakerRole(role) if role else None,
                        tuple(zip(flat[0::2], flat[1::2])),
                        tuple(zip(tune[0::2], tune[1::2])),
                    )
                )
            # Each speaker with the role of the decision in force (the latest one recorded).
            for cid, speaker, raw, role in self._conn.execute(
                "SELECT a.conversation_id, a.speaker, a.regions, (SELECT r.role FROM speaker_roles r"
                " WHERE r.conversation_id = a.conversation_id AND r.speaker = a.speaker ORDER BY r.id DESC LIMIT 1)"
                f" FROM speaker_activity a WHERE a.conversation_id IN ({marks}) ORDER BY a.conversation_id, a.speaker",
                chunk,
            ):
                flat = json.loads(raw)
                found.setdefault(cid, []).append(
                    VoiceActivity(None, SpeakerRole(role) if role else None, tuple(zip(flat[0::2], flat[1::2])),
                                  speaker=speaker)
                )
        return found


def _flat(regions) -> str:
    return json.dumps([ms for region in regions for ms in region])


def turns_of(library: "Library", ids: list[int]) -> dict[int, list]:
    """Conversation id -> its turns, for many conversations in a few queries (recomputing
    the figures of a whole library one conversation at a time would cost a query each)."""
    from reviewer.storage.conversations import _TURN_SELECT, _turn_from_row

    found: dict[int, list] = {cid: [] for cid in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        select = _TURN_SELECT.replace("SELECT ", "SELECT t.conversation_id, ", 1)
        for row in library.conn.execute(
            f"{select} WHERE t.conversation_id IN ({marks}) ORDER BY t.conversation_id, t.idx", chunk
        ):
            found[row[0]].append(_turn_from_row(row[1:]))
    return found


def conversations_of(library: "Library", ids: list[int]) -> dict:
    """Conversation id -> the conversation (without turns), for many in a few queries."""
    from reviewer.storage.conversations import _COLUMNS, _FROM, ConversationRepository

    found = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in library.conn.execute(f"SELECT {_COLUMNS} FROM {_FROM} WHERE c.id IN ({marks})", chunk):
            conversation = ConversationRepository._from_row(row)
            found[conversation.id] = conversation
    return {cid: found[cid] for cid in ids if cid in found}
