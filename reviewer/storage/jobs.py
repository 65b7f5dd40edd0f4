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
        return self.take(job_id, pid, host) is None

    def take(self, job_id: int, pid: int, host: str) -> str | None:
        """Claim a job for this process in one transaction, so that of two processes starting
        it at once exactly one gets it; returns None when claimed, else why not ("taken by
        process 123 on host", "the conversation was transcribed meanwhile"...).

        Older interrupted jobs of the same conversation are closed: this one continues them.
        """
        with self._library.transaction() as conn:
            row = conn.execute(
                "SELECT j.state, j.owner_pid, j.owner_host, j.restart, j.conversation_id, c.status"
                " FROM transcription_jobs j LEFT JOIN conversations c ON c.id = j.conversation_id WHERE j.id = ?",
                (job_id,),
            ).fetchone()
            if row is None:
                return f"job {job_id} does not exist"
            state, owner_pid, owner_host, restart, cid, status = row
            if state == JobState.RUNNING:
                return f"taken by another process ({_owner(owner_pid, owner_host)})"
            if state not in RESUMABLE_STATES:
                return f"the job is {state}"
            if not restart and status is not None and status != "needs_transcription":
                conn.execute(
                    "UPDATE transcription_jobs SET state = ?, message = ?, finished_at = ? WHERE id = ?",
                    (str(JobState.CANCELLED), "the conversation was transcribed by another job", _now(), job_id),
                )
                return "taken by another process: the conversation has been transcribed meanwhile"
            conn.execute(
                "UPDATE transcription_jobs SET state = ?, owner_pid = ?, owner_host = ?, started_at = ?,"
                " finished_at = NULL, message = NULL WHERE id = ?",
                (str(JobState.RUNNING), pid, host, _now(), job_id),
            )
            conn.execute(
                "UPDATE transcription_jobs SET state = ?, message = ?, finished_at = ?"
                " WHERE conversation_id = ? AND id <> ? AND state = ?",
                (str(JobState.CANCELLED), f"continued by job {job_id}", _now(), cid, job_id,
                 str(JobState.INTERRUPTED)),
            )
        return None

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


def _owner(pid: int | None, host: str | None) -> str:
    import socket

    if pid is None:
        return "unknown process"
    return f"pid {pid}" + (f" on {host}" if host and host != socket.gethostname() else "")
