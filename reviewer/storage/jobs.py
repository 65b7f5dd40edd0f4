"""The transcription job queue as stored in the library."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from enum import StrEnum
from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:
    from reviewer.storage.library import Library


class JobState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"  # was running when Reviewer stopped; can be resumed


ACTIVE_STATES = (JobState.QUEUED, JobState.RUNNING)
RESUMABLE_STATES = (JobState.QUEUED, JobState.FAILED, JobState.CANCELLED, JobState.INTERRUPTED)


@dataclass(frozen=True)
class TranscriptionJob:
    id: int
    conversation_id: int
    state: JobState
    model: str
    language: str | None
    word_timestamps: bool
    restart: bool
    progress: float
    message: str | None
    owner_pid: int | None
    owner_host: str | None
    created_at: str
    started_at: str | None
    finished_at: str | None


_COLUMNS = (
    "id, conversation_id, state, model, language, word_timestamps, restart, progress, message,"
    " owner_pid, owner_host, created_at, started_at, finished_at"
)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _job(row) -> TranscriptionJob:
    (jid, cid, state, model, language, words, restart, progress, message, pid, host, created, started,
     finished) = row
    return TranscriptionJob(
        jid, cid, JobState(state), model, language, bool(words), bool(restart), progress, message, pid, host,
        created, started, finished,
    )


class JobRepository:
    def __init__(self, library: "Library"):
        self._library = library

    def add(
        self,
        conversation_id: int,
        model: str = "",
        language: str | None = None,
        word_timestamps: bool = False,
        restart: bool = False,
    ) -> int:
        with self._library.transaction() as conn:
            return conn.execute(
                "INSERT INTO transcription_jobs (conversation_id, state, model, language, word_timestamps,"
                " restart, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (conversation_id, str(JobState.QUEUED), model, language, int(word_timestamps), int(restart), _now()),
            ).lastrowid

    def get(self, job_id: int) -> TranscriptionJob | None:
        row = self._library.conn.execute(
            f"SELECT {_COLUMNS} FROM transcription_jobs WHERE id = ?", (job_id,)
        ).fetchone()
        return _job(row) if row else None

    def list(
        self, states: Iterable[JobState] | None = None, conversation_id: int | None = None
    ) -> list[TranscriptionJob]:
        clauses, params = [], []
        if states is not None:
            states = [str(s) for s in states]
            clauses.append(f"state IN ({','.join('?' * len(states))})")
            params.extend(states)
        if conversation_id is not None:
            clauses.append("conversation_id = ?")
            params.append(conversation_id)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self._library.conn.execute(f"SELECT {_COLUMNS} FROM transcription_jobs{where} ORDER BY id", params)
        return [_job(r) for r in rows]

    def active_for(self, conversation_id: int) -> TranscriptionJob | None:
        found = self.list(ACTIVE_STATES, conversation_id)
        return found[0] if found else None

    def claim(self, job_id: int, pid: int, host: str) -> bool:
        """Mark a job running for this process; False if it is running elsewhere or finished."""
        with self._library.transaction() as conn:
            changed = conn.execute(
                "UPDATE transcription_jobs SET state = ?, owner_pid = ?, owner_host = ?, started_at = ?,"
                " finished_at = NULL, message = NULL"
                f" WHERE id = ? AND state IN ({','.join('?' * len(RESUMABLE_STATES))})",
                (str(JobState.RUNNING), pid, host, _now(), job_id, *map(str, RESUMABLE_STATES)),
            ).rowcount
        return changed == 1

    def set_progress(self, job_id: int, fraction: float) -> None:
        with self._library.transaction() as conn:
            conn.execute("UPDATE transcription_jobs SET progress = ? WHERE id = ?", (fraction, job_id))

    def restarted(self, job_id: int) -> None:
        """The old turns are gone: resuming this job later must keep what it wrote since."""
        with self._library.transaction() as conn:
            conn.execute("UPDATE transcription_jobs SET restart = 0 WHERE id = ?", (job_id,))

    def finish(self, job_id: int, state: JobState, message: str | None = None) -> None:
        with self._library.transaction() as conn:
            conn.execute(
                "UPDATE transcription_jobs SET state = ?, message = ?, finished_at = ?"
                + (", progress = 1" if state == JobState.DONE else "")
                + " WHERE id = ?",
                (str(state), message, _now(), job_id),
            )

    def mark_interrupted(self, owner_alive: Callable[[int | None, str | None], bool]) -> list[int]:
        """Running jobs whose process is gone (Reviewer crashed or was killed) become interrupted."""
        stale = [j.id for j in self.list([JobState.RUNNING]) if not owner_alive(j.owner_pid, j.owner_host)]
        if not stale:
            return stale  # no write lock taken at every start-up
        with self._library.transaction() as conn:
            for job_id in stale:
                conn.execute(
                    "UPDATE transcription_jobs SET state = ?, message = ? WHERE id = ? AND state = ?",
                    (
                        str(JobState.INTERRUPTED),
                        "Reviewer stopped while this transcription was running",
                        job_id,
                        str(JobState.RUNNING),
                    ),
                )
        return stale
