"""Transcribing from the window: jobs are queued here and run one after another in a thread.

Queueing is a few quick writes, done on the GUI thread with the window's library connection so
that a job shows up the moment the reviewer asks for it. Running is not: a thread of its own
opens its own connection (SQLite connections stay in their thread) and drives the transcription
service, which stores every turn as it arrives and runs the model in a separate process. The
window hears about it only through signals, throttled so that a long call's hundreds of
messages cost the GUI thread next to nothing.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from reviewer.storage import Library

PROGRESS_INTERVAL_S = 0.25  # at most this often per job: a bar needs no more
IDLE_RELEASE_S = 120.0  # after this long without work the model's process is stopped (frees memory)
CLOSED_WHILE_RUNNING = (
    "Reviewer was closed while this transcription was running; it continues from there when run again"
)
CLOSED_BEFORE_START = "Reviewer was closed before this transcription started"
CANCELLED_BY_USER = "cancelled by the user"


@dataclass(frozen=True)
class Rejection:
    """A conversation that could not be queued, and why."""

    conversation_id: int
    message: str
    already_transcribed: bool = False  # it could be transcribed again, replacing its turns


class TranscriptionRunner(QObject):
    #: a job was queued: job id, conversation id
    queued = Signal(int, int)
    #: a job's recording is being transcribed: job id
    started = Signal(int)
    #: how far a job is: job id, milliseconds of the recording done, its length in milliseconds
    progress = Signal(int, int, int)
    #: a job ended: job id, its state (reviewer.storage.jobs.JobState value), the reason ("" when done)
    finished = Signal(int, str, str)

    def __init__(self, library: Library, parent=None, process=None):
        """``process``: the TranscriptionWorker to run jobs in (tests pass one that has the model
        loaded already); by default the runner starts its own and stops it when idle."""
        super().__init__(parent)
        self._library = library  # the GUI thread's connection: queueing and withdrawing jobs
        self.process = process
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._queue: deque[int] = deque()
        self._current: int | None = None
        self._in_worker = False  # the current job has reached the worker (it can be stopped there)
        self._cancel_requested: set[int] = set()
        self._stopping = False
        self._service = None  # the running thread's TranscriptionService
        self._planner = None  # a TranscriptionService on the GUI connection, for queueing only
        self._thread: _RunnerThread | None = None

    # Queueing (GUI thread) --------------------------------------------------------------------

    def transcribe(
        self, conversation_ids: list[int], *, restart: bool = False, language: str | None = None
    ) -> list[Rejection]:
        """Queue these conversations' recordings; returns those that could not be queued.
        ``restart`` transcribes already transcribed ones again, replacing their turns."""
        from reviewer.transcription.jobs import AlreadyTranscribed, TranscriptionError

        planner = self._queueing_service()
        rejected: list[Rejection] = []
        added: list[tuple[int, int]] = []
        with self._library.transaction():  # one commit for a whole library of pending calls
            for cid in dict.fromkeys(conversation_ids):
                try:
                    job_id = planner.enqueue(cid, language=language, restart=restart)
                except AlreadyTranscribed as exc:
                    rejected.append(Rejection(cid, str(exc), already_transcribed=True))
                except TranscriptionError as exc:
                    rejected.append(Rejection(cid, str(exc)))
                else:
                    added.append((job_id, cid))
        fresh = []
        with self._lock:
            if self._stopping:
                return rejected
            for job_id, cid in added:
                if job_id != self._current and job_id not in self._queue:
                    self._queue.append(job_id)
                    self._cancel_requested.discard(job_id)
                    fresh.append((job_id, cid))
            self._wake.notify_all()
        for job_id, cid in fresh:
            self.queued.emit(job_id, cid)
        if fresh:
            self._ensure_thread()
        return rejected

    def pending_conversations(self) -> list[int]:
        """Conversations with a recording that still wait for a transcript."""
        return self._queueing_service().pending_conversations()

    def _queueing_service(self):
        if self._planner is None:
            # Imported on first use: the window opens without the transcription modules.
            from reviewer.transcription.jobs import TranscriptionService

            self._planner = TranscriptionService(self._library)  # never runs: no process is started
        return self._planner

    def _ensure_thread(self) -> None:
        if self._thread is None or self._thread.isFinished():
            self._thread = _RunnerThread(self, self._library.root)
            self._thread.start()

    # Cancelling (GUI thread) ------------------------------------------------------------------

    def cancel(self, job_id: int) -> bool:
        """Withdraw a queued job at once, or stop the running one (within about a second once
        it has reached the model; ``finished`` says when). False when the job is not ours."""
        with self._lock:
            if job_id == self._current:
                self._cancel_requested.add(job_id)
                reached = self._in_worker
            elif job_id in self._queue:
                self._queue.remove(job_id)
                reached = None
            else:
                return False
        if reached is None:
            self._withdraw([job_id], CANCELLED_BY_USER)
        elif reached:
            # Stopping the worker waits for its process to end: not on the GUI thread.
            threading.Thread(target=self._service.cancel, args=(job_id,), daemon=True).start()
        # else: the thread stops it when it hands the job over (see _RunnerThread._on_message)
        return True

    def cancel_all(self) -> int | None:
        """Withdraw every waiting job (in one write) and stop the running one, whose id is
        returned (None when none runs)."""
        with self._lock:
            current, waiting = self._current, list(self._queue)
            self._queue.clear()
        if waiting:
            self._withdraw(waiting, CANCELLED_BY_USER)
        if current is not None and self.cancel(current):
            return current
        return None

    def _withdraw(self, job_ids: list[int], reason: str) -> None:
        from reviewer.storage.jobs import JobRepository, JobState

        jobs = JobRepository(self._library)
        with self._library.transaction():
            for job_id in job_ids:
                jobs.finish(job_id, JobState.CANCELLED, reason)
        for job_id in job_ids:
            self.finished.emit(job_id, str(JobState.CANCELLED), reason)

    # State ------------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        """A job is running or waiting."""
        with self._lock:
            return self._current is not None or bool(self._queue)

    def active_jobs(self) -> list[int]:
        """The running job (first) and the waiting ones, in order."""
        with self._lock:
            return ([self._current] if self._current is not None else []) + list(self._queue)

    def shutdown(self, timeout_ms: int = 15_000) -> bool:
        """Closing the window: waiting jobs are withdrawn, the running one is stopped (it shows
        as interrupted and continues from its saved turns when run again); waits for the thread.
        False if it did not end in time (the job is then marked interrupted at the next start)."""
        with self._lock:
            self._stopping = True
            waiting = list(self._queue)
            self._queue.clear()
            current, reached = self._current, self._in_worker
            if current is not None:
                self._cancel_requested.add(current)
            self._wake.notify_all()
        if waiting:
            self._withdraw(waiting, CLOSED_BEFORE_START)
        if current is not None and reached:
            self._service.cancel(current)
        thread, self._thread = self._thread, None
        ended = thread.wait(timeout_ms) if thread is not None else True
        if self._planner is not None:
            self._planner.close()
            self._planner = None
        return ended


class _RunnerThread(QThread):
    """Runs the runner's queue one job after another until the runner shuts down."""

    def __init__(self, runner: TranscriptionRunner, root: Path):
        super().__init__(runner)
        self.setObjectName("transcription-runner")
        self._runner = runner
        self._root = root
        self._job_id: int | None = None
        self._total_ms = 0
        self._last_progress = 0.0

    def run(self) -> None:
        from reviewer.storage import LibraryError
        from reviewer.transcription.jobs import TranscriptionService
        from reviewer.transcription.worker import TranscriptionWorker

        runner = self._runner
        try:
            library = Library.open(self._root, create=False)
        except LibraryError as exc:
            self._fail_all(str(exc))
            return
        own = runner.process is None
        service = TranscriptionService(library, TranscriptionWorker() if own else runner.process)
        runner._service = service
        try:
            while (job_id := self._next_job(service, own)) is not None:
                self._run(service, job_id)
        finally:
            if own:
                service.close()
            library.close()

    def _next_job(self, service, own: bool) -> int | None:
        """The next job to run (it becomes the current one); None when the runner shuts down."""
        runner = self._runner
        released = False
        while True:
            with runner._lock:
                if runner._stopping:
                    return None
                if runner._queue:
                    job_id = runner._queue.popleft()
                    runner._current, runner._in_worker = job_id, False
                    return job_id
                idle = not runner._wake.wait(IDLE_RELEASE_S)
            if idle and own and not released:
                # Nothing to do for a while: let the model's memory go (the next job starts the
                # process again). Outside the lock: stopping the process takes a moment.
                service.close()
                released = True

    def _run(self, service, job_id: int) -> None:
        from reviewer.storage.jobs import JobState

        runner = self._runner
        self._job_id, self._total_ms, self._last_progress = job_id, 0, 0.0
        runner.started.emit(job_id)
        try:
            outcome = service.run(job_id, self._on_message)
            state, reason = outcome.state, outcome.message or ""
        except Exception as exc:  # the job does not exist any more, the library went away...
            state, reason = JobState.FAILED, f"transcription failed: {type(exc).__name__}: {exc}"
        with runner._lock:
            runner._current, runner._in_worker = None, False
            stopping = runner._stopping
            runner._cancel_requested.discard(job_id)
        if stopping and state == JobState.CANCELLED:
            state, reason = JobState.INTERRUPTED, CLOSED_WHILE_RUNNING
            service.jobs.finish(job_id, state, reason)
        runner.finished.emit(job_id, str(state), reason)

    def _on_message(self, job, message) -> None:
        """Called in this thread for every message, after the service has stored it."""
        from reviewer.transcription.messages import Progress, Started

        runner = self._runner
        with runner._lock:
            runner._in_worker = True
            cancel = job.id in runner._cancel_requested
        if cancel:  # asked for before the job reached the worker
            runner._service.cancel(job.id)
            return
        if isinstance(message, Started):
            self._total_ms = message.duration_ms
            runner.progress.emit(job.id, 0, self._total_ms)
        elif isinstance(message, Progress):
            now = time.monotonic()
            if now - self._last_progress >= PROGRESS_INTERVAL_S or message.fraction >= 1.0:
                self._last_progress = now
                runner.progress.emit(job.id, round(message.fraction * self._total_ms), self._total_ms)

    def _fail_all(self, reason: str) -> None:
        runner = self._runner
        with runner._lock:
            waiting = list(runner._queue)
            runner._queue.clear()
        for job_id in waiting:
            runner.finished.emit(job_id, "failed", reason)
