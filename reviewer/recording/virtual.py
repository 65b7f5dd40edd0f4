"""A stand-in microphone: a tone, noise or a WAV file delivered at real-time pace.

It calls the recorder's callback from its own thread exactly as PortAudio does (blocks of 16-bit
samples, ``callback(indata, frames, time, status)``), so tests and demos exercise the real
recording path on machines without a sound card.
"""

from __future__ import annotations

import threading
import time
import wave
from pathlib import Path
from typing import Any, Callable

import numpy as np

from reviewer.recording.devices import Problem, RecordingError


class VirtualSource:
    """``signal`` is "tone", "noise", "silence" or the path of a 16-bit PCM WAV file (played once,
    then silence, unless ``loop``). ``amplitude`` (0..1 of full scale) may change while recording."""

    def __init__(
        self,
        signal: str | Path = "tone",
        *,
        samplerate: int = 16_000,
        amplitude: float = 0.5,
        frequency: float = 440.0,
        blocksize: int = 512,
        loop: bool = False,
        name: str = "",
    ):
        self.signal = signal
        self.samplerate = samplerate
        self.amplitude = amplitude
        self.frequency = frequency
        self.blocksize = blocksize
        self.loop = loop
        self.name = name or f"Virtual {signal}"
        self._wav: np.ndarray | None = None
        if not isinstance(signal, str) or signal not in ("tone", "noise", "silence"):
            self._wav, self.samplerate = _read_wav(Path(signal))

    def open(self, callback: Callable[[Any, int, Any, Any], None], channels: int = 1) -> "VirtualStream":
        return VirtualStream(self, callback, channels)

    def block(self, start: int, frames: int, channels: int, rng: np.random.Generator) -> np.ndarray:
        """Samples start..start+frames as int16 of shape (frames, channels)."""
        if self._wav is not None:
            data = self._wav
            if self.loop:
                mono = np.take(data, np.arange(start, start + frames) % len(data))
            else:
                mono = np.zeros(frames, dtype=np.float64)
                piece = data[start:start + frames]
                mono[: len(piece)] = piece
            mono = mono * (self.amplitude / 0.5)  # 0.5, the default, plays the file as it is
        elif self.signal == "tone":
            t = np.arange(start, start + frames) / self.samplerate
            mono = self.amplitude * np.sin(2 * np.pi * self.frequency * t)
        elif self.signal == "noise":
            mono = rng.uniform(-self.amplitude, self.amplitude, frames)
        else:
            mono = np.zeros(frames)
        samples = np.clip(np.round(mono * 32767), -32768, 32767).astype(np.int16)
        return np.repeat(samples[:, None], channels, axis=1)


class VirtualStream:
    """The sounddevice.InputStream look-alike that VirtualSource.open returns."""

    def __init__(self, source: VirtualSource, callback, channels: int):
        self.source = source
        self.samplerate = source.samplerate
        self.channels = channels
        self._callback = callback
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.closed = False

    @property
    def active(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.closed:
            raise RecordingError(Problem.DEVICE_FAILED, "the stream is closed")
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="virtual-microphone", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        rng = np.random.default_rng(7)
        frames = self.source.blocksize
        position = 0
        began = time.monotonic()
        while not self._stop.is_set():
            # A block is handed over once it has "been recorded": real-time pace, no drift.
            due = began + (position + frames) / self.samplerate
            delay = due - time.monotonic()
            if delay > 0 and self._stop.wait(delay):
                break
            block = self.source.block(position, frames, self.channels, rng)
            self._callback(block, frames, None, 0)
            position += frames

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def close(self) -> None:
        self.stop()
        self.closed = True


def _read_wav(path: Path) -> tuple[np.ndarray, int]:
    """A 16-bit PCM WAV file as mono floats in -1..1, and its sample rate."""
    try:
        with wave.open(str(path), "rb") as w:
            if w.getsampwidth() != 2:
                raise RecordingError(Problem.DEVICE_FAILED, f"{path}: only 16-bit PCM WAV files can be played")
            data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64) / 32768
            channels, rate = w.getnchannels(), w.getframerate()
    except (OSError, EOFError, wave.Error) as exc:
        raise RecordingError(Problem.DEVICE_FAILED, f"{path}: {exc}") from exc
    return data.reshape(-1, channels).mean(axis=1), rate
