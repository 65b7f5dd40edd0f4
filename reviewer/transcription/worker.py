"""Running transcriptions in a spawned child process.

The child imports faster-whisper, loads the model (and keeps it for the next job, so a queue of
short calls does not pay for start-up each time) and answers each request with typed messages
(``messages``) over a queue. faster-whisper has no way to abort, so cancelling terminates the
child; the next request starts a fresh one. The child also watches its parent and exits when
the parent dies, so a crashed app leaves no orphan burning the CPU.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
import time
from dataclasses import replace
from typing import Iterator

from reviewer.transcription.memory import peak_rss_mb, release_free_memory, reset_peak
from reviewer.transcription.messages import Done, Error, Message, TranscriptionRequest

CANCEL_WAIT_S = 1.0
_POLL_S = 0.1


class TranscriptionWorker:
    """A child process that transcribes one request at a time."""

    def __init__(self):
        self._context = multiprocessing.get_context("spawn")  # never fork a process that may hold Qt
        self._process = None
        self._requests = None
        self._messages = None
        self._cancelled = threading.Event()
        self._lock = threading.Lock()

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None else None

    def _ensure_started(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        self._discard()
        self._requests = self._context.Queue()
        self._messages = self._context.Queue()
        self._process = self._context.Process(
            target=_child_main, args=(self._requests, self._messages), name="reviewer-transcription", daemon=True
        )
        self._process.start()

    def run(self, request: TranscriptionRequest, cancelled: threading.Event | None = None) -> Iterator[Message]:
        """Messages for one request until Done or Error; an Error if the process dies without
        saying why. Returns without a final message when cancelled: by ``cancel()`` or by
        setting ``cancelled`` (an event of the caller's, so that a cancel that comes before the
        run starts is not lost)."""
        with self._lock:
            self._cancelled = cancelled = cancelled or threading.Event()
            if cancelled.is_set():
                return
            self._ensure_started()
            process, messages = self._process, self._messages
            self._requests.put(request)
        while True:
            try:
                message = messages.get(timeout=_POLL_S)
            except (OSError, ValueError):  # the queue was closed by cancel()
                return
            except queue.Empty:
                if cancelled.is_set():
                    return
                if process.is_alive():
                    continue
                try:  # it may have written its last words just before exiting
                    message = messages.get(timeout=0.5)
                except queue.Empty:
                    if cancelled.is_set():
                        return
                    yield Error(
                        f"the transcription process stopped unexpectedly ({_exit_reason(process.exitcode)})",
                        interrupted=True,
                    )
                    return
            if cancelled.is_set():
                return
            yield message
            if isinstance(message, (Done, Error)):
                return

    def cancel(self) -> None:
        """Stop the current work now; returns within about a second."""
        self._cancelled.set()
        with self._lock:
            self._discard()

    def close(self) -> None:
        """Let the child finish and exit (it is terminated if it does not within a second)."""
        with self._lock:
            if self._process is not None and self._process.is_alive():
                self._requests.put(None)
                self._process.join(timeout=CANCEL_WAIT_S)
            self._discard()

    def _discard(self) -> None:
        process = self._process
        if process is not None and process.is_alive():
            process.terminate()
            process.join(timeout=CANCEL_WAIT_S)
            if process.is_alive():
                process.kill()
                process.join(timeout=CANCEL_WAIT_S)
        for q in (self._requests, self._messages):
            if q is not None:
                # A terminated writer may have left the queue unusable: drop it, never read it.
                q.close()
                q.cancel_join_thread()
        self._process = self._requests = self._messages = None


def _exit_reason(code: int | None) -> str:
    if code is None:
        return "still running"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def _watch_parent() -> None:
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        from multiprocessing.connection import wait

        wait([parent.sentinel])
        os._exit(3)  # the app is gone: nobody will read what we find

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _child_main(requests, messages) -> None:
    # Ctrl+C in a terminal reaches the whole process group; the parent decides what it means
    # (it cancels the job, which terminates this process).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _watch_parent()
    # tqdm (inside faster-whisper) would create a multiprocessing lock, whose semaphore a
    # terminated worker cannot give back: "leaked semaphore" warnings after every cancel.
    from tqdm import tqdm

    tqdm.set_lock(threading.RLock())
    # Transcription never touches the network, whatever the model folder lacks.
    os.environ["HF_HUB_OFFLINE"] = "1"
    engines: dict[tuple, object] = {}
    try:
        while True:
            request = requests.get()
            if request is None:
                return
            for message in _transcribe(request, engines):
                messages.put(message)
            release_free_memory()
    finally:
        messages.close()
        messages.join_thread()


def _transcribe(request: TranscriptionRequest, engines: dict) -> Iterator[Message]:
    began = time.perf_counter()
    reset_peak()  # Done reports this job's peak: model loading, separation and decoding
    from reviewer.transcription import models
    from reviewer.transcription.tracks import AudioError

    try:
        model_path = models.resolve(request.model)
        from reviewer.transcription.engine import Engine, EngineOptions

        key = (str(model_path), request.device, request.cpu_threads)
        if key not in engines:
            engines.clear()  # one model in memory at a time
            engines[key] = Engine(model_path, request.device, request.cpu_threads)
        engine = engines[key]
        options = EngineOptions(
            language=request.language or None,
            glossary=tuple(request.glossary),
            word_timestamps=request.word_timestamps,
            beam_size=request.beam_size,
            batch_size=request.batch_size,
            separate=request.separate,
            speakers=request.speakers,
            speakers_set=request.speakers_set,
        )
        for message in engine.transcribe(request.audio_path, options, dict(request.resume_ms)):
            if isinstance(message, Done):
                message = replace(message, seconds=time.perf_counter() - began, peak_rss_mb=peak_rss_mb())
            yield message
    except (models.ModelError, AudioError) as exc:
        yield Error(str(exc))
    except MemoryError:
        yield Error("not enough memory to transcribe this recording with this model")
    except Exception as exc:  # anything else still ends as a message, never as silence
        import traceback

        traceback.print_exc()
        yield Error(f"transcription failed: {type(exc).__name__}: {exc}")
