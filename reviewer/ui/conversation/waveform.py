"""The loudness of a recording over time, per channel, for the seek bar: in a two-channel call
each speaker's channel shows when they talk, even before the call is transcribed.

Decoding a long call takes seconds, so WaveformLoader runs it on a worker thread and hands the
result back through a queued signal; loading another recording abandons the one in progress.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal

BUCKETS = 2000  # columns kept: enough for any seek bar width
BLOCK_RATE = 8000  # decode at this rate: loudness needs no more
BLOCK = 400  # samples per block (50 ms) whose peak is kept while decoding


class Cancelled(Exception):
    pass


def channel_peaks(path: str | Path, buckets: int = BUCKETS, cancelled: Callable[[], bool] = lambda: False
                  ) -> list[list[float]]:
    """Per channel (at most two), the peak level of each of ``buckets`` equal stretches of the
    recording, 0..1 relative to the loudest moment. Raises av's errors for a file that does not
    decode and Cancelled when ``cancelled()`` turns true."""
    import av
    import numpy as np

    blocks: list[np.ndarray] = []  # (channels, n) peaks of 50 ms blocks
    carry: np.ndarray | None = None
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        channels = min(2, stream.codec_context.channels or 1)
        layout = "stereo" if channels == 2 else "mono"
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=BLOCK_RATE)
        for frame in container.decode(stream):
            if cancelled():
                raise Cancelled()
            for out in resampler.resample(frame):
                samples = np.abs(out.to_ndarray().reshape(channels, -1))
                if carry is not None:
                    samples = np.concatenate([carry, samples], axis=1)
                whole = samples.shape[1] // BLOCK * BLOCK
                if whole:
                    blocks.append(samples[:, :whole].reshape(channels, -1, BLOCK).max(axis=2))
                carry = samples[:, whole:]
    if carry is not None and carry.shape[1]:
        blocks.append(carry.max(axis=1, keepdims=True))
    if not blocks:
        return []
    levels = np.concatenate(blocks, axis=1)
    loudest = float(levels.max()) or 1.0
    parts = np.array_split(levels, min(buckets, levels.shape[1]), axis=1)
    peaks = np.stack([part.max(axis=1) for part in parts], axis=1) / loudest
    return [row.tolist() for row in peaks]


class WaveformLoader(QObject):
    #: the recording's path and its peaks (channel_peaks), [] when it could not be read
    loaded = Signal(str, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._generation = 0
        self._lock = threading.Lock()

    def load(self, path: Path) -> None:
        """Read ``path`` on a worker thread; ``loaded`` follows unless another load came first."""
        with self._lock:
            self._generation += 1
            generation = self._generation
        thread = threading.Thread(target=self._run, args=(Path(path), generation), daemon=True,
                                  name="reviewer-waveform")
        thread.start()

    def cancel(self) -> None:
        with self._lock:
            self._generation += 1

    def _current(self, generation: int) -> bool:
        with self._lock:
            return generation == self._generation

    def _run(self, path: Path, generation: int) -> None:
        try:
            peaks = channel_peaks(path, cancelled=lambda: not self._current(generation))
        except Cancelled:
            return
        except Exception:  # noqa: BLE001 - the player reports unreadable files; the strip just stays plain
            peaks = []
        if self._current(generation):
            try:
                self.loaded.emit(str(path), peaks)  # queued to the GUI thread
            except RuntimeError:
                pass  # the player was closed meanwhile
