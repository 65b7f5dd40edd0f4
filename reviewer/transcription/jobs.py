"""The transcription service: queues jobs in the library and runs them one at a time.

Each job runs in a worker process (``worker``); this side writes every turn to the library the
moment it arrives, so a crash or a cancel keeps what was done and the job can be resumed from
there. Creating the service marks jobs left running by a process that no longer exists as
interrupted.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from dataclasses import dataclass
from typing import Callable

from reviewer.domain import ConversationStatus, SpeakerRole, Turn
from reviewer.metrics import compute_and_store, store_voice_activity
from reviewer.storage import Library
from reviewer.storage.library import LibraryBusy
from reviewer.storage.conversations import ConversationFilter
from reviewer.storage.jobs import RESUMABLE_STATES, JobRepository, JobState, TranscriptionJob
from reviewer.storage import speaker_counts
from reviewer.storage.settings import Setting
from reviewer.transcription import languages
from reviewer.transcription.messages import (
    Done, Error, Message, Progress, Segment, Separated, Started, TranscriptionRequest, VoiceFound,
)
from reviewer.transcription.processes import process_alive
from reviewer.transcription.worker import TranscriptionWorker

PROGRESS_SAVE_INTERVAL_S = 1.0


class TranscriptionError(Exception):
    """A job cannot be queued; the message says which conversation and why."""


class AlreadyTranscribed(TranscriptionError):
    """The conversation has its transcript; only a restart replaces it."""


@dataclass(frozen=True)
class JobOutcome:
    job_id: int
    conversation_id: int
    state: JobState
    message: str | None = None
    language: str | None = None
    turns: int = 0  # turns written by this run
    seconds: float = 0.0
    peak_rss_mb: float | None = None
    #: another process has (or had) this job: nothing was done here, and that is not a failure
    taken: bool = False
    #: the worker's phases in wall and CPU seconds (Done): separation of a mono call, decoding
    separation_seconds: float = 0.0
    separation_cpu_seconds: float = 0.0
    decoding_seconds: float = 0.0
    decoding_cpu_seconds: float = 0.0


OnMessage = Callable[[TranscriptionJob, Message], None]


def _owner_alive(pid: int | None, host: str | None) -> bool:
    if pid is None:
        return False
    if host and host != socket.gethostname():
        return True  # a library shared with another computer: we cannot tell, leave it be
    return process_alive(pid)


def mark_stale_jobs(library: Library) -> list[int]:
    """Mark jobs left 'running' by a process that is gone as interrupted; returns their ids.

    Called when the app starts and when a transcription service is made, so that a crash shows
    at the next start even before anything else is transcribed."""
    return JobRepository(library).mark_interrupted(_owner_alive)


def role_for(channel: int | None, agent_channel: int) -> SpeakerRole:
    if channel is None:
        return SpeakerRole.UNKNOWN
    return SpeakerRole.AGENT if channel == agent_channel else SpeakerRole.CUSTOMER


class TranscriptionService:
    def __init__(self, library: Library, worker: TranscriptionWorker | None = None, batch_size: int = 0):
        """``batch_size``: clips decoded together (0: what suits the device); memory grows with
        it, and so does the time before the first turns arrive."""
        self.library = library
        self.jobs = JobRepository(library)
        self._worker = worker or TranscriptionWorker()
        self._batch_size = batch_size
        self._lock = threading.Lock()
        self._running: tuple[int, threading.Event] | None = None  # the job the worker is on
        #: jobs found running from a process that is gone, now marked interrupted
        self.interrupted = mark_stale_jobs(library)

    def close(self) -> None:
        """Stop the worker process (it keeps the model loaded between jobs)."""
        self._worker.close()

    def __enter__(self) -> "TranscriptionService":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # Queueing ---------------------------------------------------------------------------------

    def enqueue(
        self,
        conversation_id: int,
        *,
        model: str | None = None,
        language: str | None = None,
        word_timestamps: bool | None = None,
        restart: bool = False,
    ) -> int:
        """Queue a conversation's recording; returns the job id (an existing active job's, if any).

        A conversation still waiting for its transcript continues after the turns it already
        has; one already transcribed is only transcribed again with ``restart``, which
        replaces its turns.
        """
        conversation = self.library.conversations.get(conversation_id, with_turns=False)
        if conversation is None:
            raise TranscriptionError(f"conversation {conversation_id} does not exist")
        if not conversation.recording_path:
            raise TranscriptionError(
                f"conversation {conversation_id} ({conversation.source_name}) has no recording to transcribe"
            )
        if conversation.status == ConversationStatus.REVIEWED:
            raise TranscriptionError(
                f"conversation {conversation_id} ({conversation.source_name}) has been reviewed;"
                " transcribing it again would replace the turns its review points to"
            )
        if conversation.status != ConversationStatus.NEEDS_TRANSCRIPTION and not restart:
            raise AlreadyTranscribed(
                f"conversation {conversation_id} ({conversation.source_name}) is already transcribed;"
                " transcribing it again replaces its turns"
            )
        active = self.jobs.active_for(conversation_id)
        if active is not None:
            return active.id
        if model is None:
            model = self.library.setting(Setting.MODEL)
        if word_timestamps is None:
            word_timestamps = self.library.setting(Setting.WORD_TIMESTAMPS)
        return self.jobs.add(conversation_id, model or "", language or None, word_timestamps, restart)

    def pending_conversations(self) -> list[int]:
        """Conversations with a recording that still need a transcript."""
        found = self.library.conversations.list(ConversationFilter(status=ConversationStatus.NEEDS_TRANSCRIPTION))
        return [c.id for c in found if c.recording_path]

    # Running ----------------------------------------------------------------------------------

    def run_queued(self, on_message: OnMessage | None = None, job_ids: list[int] | None = None) -> list[JobOutcome]:
        """Run the given jobs (default: every queued job), one after another."""
        ids = job_ids if job_ids is not None else [j.id for j in self.jobs.list([JobState.QUEUED])]
        return [self.run(job_id, on_message) for job_id in ids]

    def run(self, job_id: int, on_message: OnMessage | None = None) -> JobOutcome:
        """Run (or resume) one job to its end in the worker process; blocks until it is over.
        ``on_message`` sees every message after it has been stored."""
        job = self.jobs.get(job_id)
        if job is None:
            raise TranscriptionError(f"transcription job {job_id} does not exist")
        if job.state == JobState.RUNNING:
            reason = self.jobs.take(job.id, os.getpid(), socket.gethostname())  # says who has it
            return JobOutcome(job.id, job.conversation_id, JobState.RUNNING, reason, taken=True)
        if job.state not in RESUMABLE_STATES:
            return JobOutcome(job.id, job.conversation_id, job.state, f"the job is {job.state}")
        conversation = self.library.conversations.get(job.conversation_id, with_turns=False)
        if conversation is None or not conversation.recording_path:
            reason = "the conversation or its recording is gone"
            self.jobs.finish(job.id, JobState.FAILED, reason)
            return JobOutcome(job.id, job.conversation_id, JobState.FAILED, reason)
        cancelled = threading.Event()
        with self._lock:
            reason = self.jobs.take(job.id, os.getpid(), socket.gethostname())
            if reason is not None:
                return JobOutcome(job.id, job.conversation_id, JobState.RUNNING, reason, taken=True)
            self._running = (job.id, cancelled)
        began = time.perf_counter()
        try:
            request = self._prepare(job, conversation)
            job = self.jobs.get(job.id)
            progress = _JobProgress(self, job, conversation, began)
            for message in self._worker.run(request, cancelled):
                progress.store(message)
                if on_message is not None:
                    on_message(job, message)
            outcome = progress.outcome
        except (KeyboardInterrupt, SystemExit):
            self._worker.cancel()
            self.jobs.finish(job.id, JobState.CANCELLED, "cancelled by the user")
            raise
        except Exception as exc:  # the library or a callback failed: the job ends, the app goes on
            self._worker.cancel()
            if isinstance(exc, LibraryBusy):
                # resumable: the turns written so far are kept, the job continues from them
                reason = f"stopped: {exc}"
                state = JobState.INTERRUPTED
            else:
                reason = f"transcription failed: {type(exc).__name__}: {exc}"
                state = JobState.FAILED
            try:
                self.jobs.finish(job.id, state, reason)
            except LibraryBusy:
                pass  # left 'running': the next start marks it interrupted (this process is gone)
            if state == JobState.INTERRUPTED:
                return JobOutcome(job.id, job.conversation_id, state, reason, seconds=time.perf_counter() - began)
            return JobOutcome(job.id, job.conversation_id, JobState.FAILED, reason, seconds=time.perf_counter() - began)
        finally:
            with self._lock:
                self._running = None
        if outcome is None:  # the messages stopped because the job was cancelled
            self.jobs.finish(job.id, JobState.CANCELLED, "cancelled by the user")
            outcome = JobOutcome(
                job.id, job.conversation_id, JobState.CANCELLED, "cancelled by the user", None,
                progress.written, time.perf_counter() - began,
            )
        return outcome

    def _language(self, job: TranscriptionJob, conversation) -> str | None:
        """The language asked for this job, else the one the conversation came with (set at
        import or by the user before it was ever transcribed), else the library's, else None:
        detect."""
        if job.language:
            return job.language
        if conversation.status == ConversationStatus.NEEDS_TRANSCRIPTION and conversation.language:
            try:
                known = languages.check(conversation.language)
            except ValueError:
                known = None
            if known:
                return known
        return self.library.setting(Setting.LANGUAGE) or None

    def _prepare(self, job: TranscriptionJob, conversation) -> TranscriptionRequest:
        cid = conversation.id
        language = self._language(job, conversation)  # before a restart resets the status
        if job.restart:
            with self.library.transaction():
                self.library.conversations.replace_turns(cid, [])
                self.library.conversations.set_status(cid, ConversationStatus.NEEDS_TRANSCRIPTION)
                self.jobs.restarted(job.id)
        return TranscriptionRequest(
            audio_path=str(self.library.recordings.path(conversation.recording_path)),
            model=job.model,
            language=language,
            glossary=tuple(self.library.setting(Setting.GLOSSARY)),
            word_timestamps=job.word_timestamps,
            resume_ms=self._resume_points(cid, self.library.setting(Setting.AGENT_AUDIO_CHANNEL)),
            batch_size=self._batch_size,
            speakers=speaker_counts.for_separation(self.library, cid),
            speakers_set=speaker_counts.stored(self.library, cid) is not None,
        )

    def cancel(self, job_id: int) -> bool:
        """Stop a running job (within about a second) or withdraw a queued one."""
        with self._lock:
            if self._running is not None and self._running[0] == job_id:
                self._running[1].set()
                self._worker.cancel()
                return True
        job = self.jobs.get(job_id)
        if job is not None and job.state == JobState.QUEUED:
            self.jobs.finish(job_id, JobState.CANCELLED, "cancelled by the user")
            return True
        return False

    # Library side -----------------------------------------------------------------------------

    def _resume_points(self, cid: int, agent_channel: int) -> dict[int | None, int]:
        """Per channel, where the turns already saved end."""
        points: dict[int | None, int] = {}
        for turn in self.library.conversations.turns(cid):
            if turn.end_ms is None:
                continue
            if turn.speaker is not None:  # a separated mono call's turn, whatever its role
                channel = None
            elif turn.role == SpeakerRole.AGENT:
                channel = agent_channel
            elif turn.role == SpeakerRole.CUSTOMER:
                channel = 1 - agent_channel
            else:
                channel = None
            points[channel] = max(points.get(channel, 0), turn.end_ms)
        return points

    @staticmethod
    def _turn(segment: Segment, agent_channel: int) -> Turn:
        return Turn(
            text=segment.text,
            role=role_for(segment.channel, agent_channel),
            start_ms=segment.start_ms,
            end_ms=segment.end_ms,
            words=list(segment.words) if segment.words else None,
            speaker=segment.speaker,
        )

    def _finish_transcript(self, cid: int, done: Done) -> None:
        conversations = self.library.conversations
        with self.library.transaction():
            turns = conversations.turns(cid)
            order = sorted(turns, key=lambda t: (t.start_ms or 0, t.index))
            if [t.index for t in order] != [t.index for t in turns]:
                # A resumed two-channel job can leave one channel's turns after the other's.
                for turn in order:
                    turn.id = None
                conversations.replace_turns(cid, order)
            fields = {"status": str(ConversationStatus.TRANSCRIBED)}
            if done.language:
                fields["language"] = done.language
            conversations.update(cid, **fields)


class _JobProgress:
    """Stores what the worker reports for one job, as it arrives."""

    def __init__(self, service: TranscriptionService, job: TranscriptionJob, conversation, began: float):
        self.service = service
        self.library = service.library
        self.job = job
        self.conversation = conversation
        self.began = began
        self.agent_channel = self.library.setting(Setting.AGENT_AUDIO_CHANNEL)
        self.written = 0
        self.outcome: JobOutcome | None = None
        self._last_save = 0.0
        self._unsaved: list[Turn] = []  # segments that met a busy library, written with the next
        self._channels: tuple = ()
        self._voice: list[VoiceFound] = []
        self._separated: Separated | None = None

    def _save_turns(self, final: bool) -> None:
        """Write the segments not yet in the library. One that meets a library kept busy by
        another writer stays in memory and goes with the next segment; the last ones are
        retried (final) before the job gives up."""
        if not self._unsaved:
            return
        turns = self._unsaved
        try:
            if final:
                _retrying(lambda: self.library.conversations.append_turns(self.conversation.id, turns))
            else:
                self.library.conversations.append_turns(self.conversation.id, turns)
        except LibraryBusy:
            if final:
                raise
            return
        self.written += len(turns)
        self._unsaved = []

    def _store_voice(self) -> None:
        """Every track's voice activity and the separated speakers' (a run sends both once,
        resumed or not: what is kept is replaced whole)."""
        cid, voice, separated = self.conversation.id, self._voice, self._separated
        _retrying(lambda: store_voice_activity(self.library, cid, voice, self.agent_channel, separated))

    def store(self, message: Message) -> None:
        cid, jobs = self.conversation.id, self.service.jobs
        if isinstance(message, Segment):
            self._unsaved.append(self.service._turn(message, self.agent_channel))
            self._save_turns(final=False)
        elif isinstance(message, Progress):
            if time.monotonic() - self._last_save >= PROGRESS_SAVE_INTERVAL_S:
                try:
                    jobs.set_progress(self.job.id, message.fraction)
                except LibraryBusy:
                    pass  # only the progress bar of another window misses it
                self._last_save = time.monotonic()
        elif isinstance(message, Started):
            self._channels, self._voice, self._separated = message.channels, [], None
            if self.conversation.duration_ms is None:
                _retrying(lambda: self.library.conversations.update(cid, duration_ms=message.duration_ms))
        elif isinstance(message, VoiceFound):
            self._voice.append(message)
            if len(self._voice) == len(self._channels):
                self._store_voice()
        elif isinstance(message, Separated):
            self._separated = message
            if self._channels and len(self._voice) == len(self._channels):
                self._store_voice()  # the speakers came after the voice activity was kept
        elif isinstance(message, Done):
            self._save_turns(final=True)
            _retrying(lambda: self.service._finish_transcript(cid, message))
            if self._separated is not None and self._separated.count:
                _assign_roles(self.library, cid, self._separated)  # before the metrics, which need them
            note = self._separated.note if self._separated is not None else None
            # Conversation metrics, from the voice activity: computed before, written in a short write.
            _retrying(lambda: compute_and_store(self.library, [cid]))
            _retrying(lambda: jobs.finish(self.job.id, JobState.DONE, note))
            from reviewer.checks.service import after_new_turns

            after_new_turns(self.library, [cid])  # automatic QA of the new transcript
            self.outcome = JobOutcome(
                self.job.id, cid, JobState.DONE, note, message.language, self.written,
                time.perf_counter() - self.began, message.peak_rss_mb,
                separation_seconds=message.separation_seconds, separation_cpu_seconds=message.separation_cpu_seconds,
                decoding_seconds=message.decoding_seconds, decoding_cpu_seconds=message.decoding_cpu_seconds,
            )
        elif isinstance(message, Error):
            # A worker that died mid-way (killed, crashed) can be resumed; a recording or model
            # the engine rejected needs the user to act first.
            state = JobState.INTERRUPTED if message.interrupted else JobState.FAILED
            self._save_turns(final=True)
            _retrying(lambda: jobs.finish(self.job.id, state, message.message))
            self.outcome = JobOutcome(
                self.job.id, cid, state, message.message, None, self.written, time.perf_counter() - self.began
            )


#: tries of a write that must not be lost (each waits writers.lock_wait_s() for the lock)
WRITE_TRIES = 3


def _retrying(write: Callable[[], None]) -> None:
    for attempt in range(WRITE_TRIES):
        try:
            return write()
        except LibraryBusy:
            if attempt == WRITE_TRIES - 1:
                raise


def _assign_roles(library: Library, cid: int, found: Separated) -> None:
    """Agent and customer among the separated speakers (reviewer.speakers.roles)."""
    import numpy as np

    from reviewer.speakers.roles import assign_after_separation

    embeddings = {k: (None if v is None else np.asarray(v, dtype=np.float32)) for k, v in found.embeddings.items()}
    _retrying(lambda: assign_after_separation(library, cid, embeddings))
