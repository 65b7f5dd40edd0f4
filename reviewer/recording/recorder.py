"""Recording a visit or test call to a 16-bit WAV file that is whole at every moment.

PortAudio calls the stream callback on its own real-time thread: the callback only copies the
block into a queue. A writer thread appends the blocks to the file and measures the level. The
WAV header is patched after every write (the standard ``wave`` module does so on a seekable file),
so if Reviewer or the computer stops, the file holds everything written up to then and any
player, PyAV included, reads it with the right duration. It is fsynced every second.
"""

from __future__ import annotations

import math
import os
import queue
import threading
import time
import wave
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import numpy as np

from reviewer.recording.devices import DeviceSource, Problem, RecordingError, classify

SILENCE_DB = -96.0  # the floor of 16-bit audio
FSYNC_INTERVAL_S = 1.0
STALL_S = 2.0  # no block for this long: the device has stopped sending
MAX_DATA_BYTES = 0xFFFF_FFFF - (1 << 20)  # a WAV file's size field is 32 bits


class State(StrEnum):
    IDLE = "idle"
    RECORDING = "recording"
    PAUSED = "paused"
    STOPPED = "stopped"
    FAILED = "failed"  # writing failed; stop() still closes the file with what it holds


@dataclass(frozen=True, slots=True)
class Level:
    """Loudness since the previous reading, in dB relative to full scale (0 is the maximum)."""

    rms_db: float = SILENCE_DB
    peak_db: float = SILENCE_DB


@dataclass(frozen=True, slots=True)
class RecordingResult:
    path: Path
    frames: int
    samplerate: int
    channels: int

    @property
    def duration_ms(self) -> int:
        return self.frames * 1000 // self.samplerate


def _db(amplitude: float) -> float:
    return max(SILENCE_DB, 20 * math.log10(amplitude)) if amplitude > 0 else SILENCE_DB


class Recorder:
    """Records ``source`` (a DeviceSource or VirtualSource; default: the system's input) into
    a new file at ``path``. start, pause, resume, stop; ``elapsed_ms`` counts what is in the file."""

    def __init__(self, path: str | os.PathLike, source=None, channels: int = 1):
        self.path = Path(path)
        self.source = source if source is not None else DeviceSource()
        self.channels = channels
        self.samplerate = 0
        self.state = State.IDLE
        self.error: RecordingError | None = None  # why the recording failed while running
        self.overflows = 0  # blocks in which the device dropped samples (the machine was too busy)
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._paused = False
        self._stream = None
        self._writer: threading.Thread | None = None
        self._file = None
        self._wav: wave.Wave_write | None = None
        self._frames = 0
        self._last_block = 0.0
        self._level_lock = threading.Lock()
        self._level = Level()
        self._peak = 0
        self._sum_squares = 0.0
        self._count = 0

    # Control (GUI thread) ------------------------------------------------------------------

    def start(self) -> None:
        """Open the device and the file and begin; raises RecordingError and leaves no file."""
        if self.state is not State.IDLE:
            raise RuntimeError(f"cannot start a recorder that is {self.state}")
        stream = self.source.open(self._callback, self.channels)  # first: a busy device leaves no file
        try:
            self.samplerate = int(stream.samplerate)
            self._open_file()
        except BaseException:
            stream.close()
            raise
        self._stream = stream
        self._writer = threading.Thread(target=self._write_loop, name="recording-writer", daemon=True)
        self._writer.start()
        self._last_block = time.monotonic()
        self.state = State.RECORDING
        try:
            stream.start()
        except Exception as exc:
            self._finish()
            self.path.unlink(missing_ok=True)
            self.state = State.IDLE
            raise classify(exc) from exc

    def _open_file(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # never overwrite a recording; owner-only whatever the umask (it is a private call)
            self._file = os.fdopen(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")
            wav = wave.open(self._file, "wb")
            wav.setnchannels(self.channels)
            wav.setsampwidth(2)
            wav.setframerate(self.samplerate)
            wav.writeframes(b"")  # the header now: an empty recording is a valid empty WAV
            self._file.flush()
            self._wav = wav
        except OSError as exc:
            if self._file is not None:
                self._file.close()
                self.path.unlink(missing_ok=True)
            raise RecordingError(Problem.FILE_FAILED, f"{self.path}: {exc.strerror or exc}") from exc

    def pause(self) -> None:
        if self.state is State.RECORDING:
            self._paused = True
            self.state = State.PAUSED

    def resume(self) -> None:
        if self.state is State.PAUSED:
            self._paused = False
            self.state = State.RECORDING

    def stop(self) -> RecordingResult:
        """Stop the device, write what is queued, close the file; safe to call twice."""
        if self.state is State.IDLE:
            raise RuntimeError("the recorder was never started")
        if self._stream is not None:
            self._finish()
        if self.state is not State.FAILED:
            self.state = State.STOPPED
        return RecordingResult(self.path, self._frames, self.samplerate, self.channels)

    def _finish(self) -> None:
        stream, self._stream = self._stream, None
        for step in (stream.stop, stream.close):
            try:
                step()
            except Exception:  # noqa: BLE001 - a device that vanished cannot be stopped; the file still can
                pass
        self._queue.put(None)
        self._writer.join()
        try:
            self._wav.close()  # patches the header a last time
            self._file.flush()
            os.fsync(self._file.fileno())
        except OSError as exc:
            self._fail(RecordingError(Problem.FILE_FAILED, f"{self.path}: {exc.strerror or exc}"))
        finally:
            self._file.close()

    # Reading (GUI thread) ------------------------------------------------------------------

    @property
    def elapsed_ms(self) -> int:
        """Length of what has been written to the file so far."""
        return self._frames * 1000 // self.samplerate if self.samplerate else 0

    @property
    def recording(self) -> bool:
        return self.state in (State.RECORDING, State.PAUSED)

    @property
    def stalled(self) -> bool:
        """The device has sent nothing for a while (unplugged, or taken by the system)."""
        return self.recording and time.monotonic() - self._last_block > STALL_S

    def level(self) -> Level:
        """The level since the previous call (also while paused, so the meter keeps moving)."""
        with self._level_lock:
            if self._count:
                rms = math.sqrt(self._sum_squares / self._count) / 32768
                self._level = Level(_db(rms), _db(self._peak / 32768))
                self._peak, self._sum_squares, self._count = 0, 0.0, 0
            return self._level

    # PortAudio's thread: copy and hand over, nothing else ------------------------------------

    def _callback(self, indata, frames, _time, status) -> None:
        if status:
            self.overflows += 1
        self._last_block = time.monotonic()
        self._queue.put((indata.copy(), not self._paused))

    # Writer thread ---------------------------------------------------------------------------

    def _write_loop(self) -> None:
        last_sync = time.monotonic()
        done = False
        while not done:
            items = [self._queue.get()]
            while True:  # take everything already waiting: one write, one header patch
                try:
                    items.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            kept = []
            for item in items:
                if item is None:
                    done = True
                    continue
                block, keep = item
                self._measure(block)
                if keep:
                    kept.append(block)
            if kept and self.state is not State.FAILED:
                self._write(np.concatenate(kept))
            if time.monotonic() - last_sync >= FSYNC_INTERVAL_S and self.state is not State.FAILED:
                self._sync()
                last_sync = time.monotonic()

    def _measure(self, block: np.ndarray) -> None:
        samples = block.astype(np.float64)
        peak = int(np.max(np.abs(block.astype(np.int32)))) if block.size else 0
        squares = float(np.dot(samples.ravel(), samples.ravel()))
        with self._level_lock:
            self._peak = max(self._peak, peak)
            self._sum_squares += squares
            self._count += samples.size

    def _write(self, data: np.ndarray) -> None:
        if (self._frames + len(data)) * 2 * self.channels > MAX_DATA_BYTES:
            self._fail(RecordingError(Problem.FILE_FAILED, f"{self.path}: a WAV file cannot hold more"))
            return
        try:
            self._wav.writeframes(data.astype("<i2", copy=False).tobytes())
        except OSError as exc:  # disk full, removable drive gone
            self._fail(RecordingError(Problem.FILE_FAILED, f"{self.path}: {exc.strerror or exc}"))
            return
        self._frames += len(data)

    def _sync(self) -> None:
        try:
            self._file.flush()
            os.fsync(self._file.fileno())
        except OSError as exc:
            self._fail(RecordingError(Problem.FILE_FAILED, f"{self.path}: {exc.strerror or exc}"))

    def _fail(self, error: RecordingError) -> None:
        if self.error is None:
            self.error = error
        self.state = State.FAILED
