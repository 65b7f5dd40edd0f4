"""Music on hold, heard in the decoded audio.

Music holds its notes: the peaks of its spectrum stay where they are from one frame to the next
for a tenth of a second and more, chord after chord. Speech moves its pitch and formants all
the time and stops between syllables; noise has peaks nowhere in particular. So a second of
audio whose spectral peaks match those of 128 ms before (cosine similarity of the peaks, the
spectrum above its local mean) is music; MIN_MUSIC_MS of such seconds in a row is a stretch of
music that the metrics can call a hold (reviewer.domain.metrics).
"""

from __future__ import annotations

import numpy as np

FRAME = 1024  # 64 ms at 16 kHz: fine enough in frequency to see a note's harmonics
HOP = 1024
LAG = 2  # frames compared: 128 ms apart
LOW_HZ, HIGH_HZ = 80, 4000  # where telephone audio has both notes and voices
PEAK_BINS = 9  # a peak stands out of the mean of this many bins around it...
PEAK_FACTOR = 2.0  # ...by this factor
BLOCK_FRAMES = 16  # about a second
MUSIC_SIMILARITY = 0.3  # a block's median similarity from which it is music (speech: ~0.1)
QUIET_DBFS = -55.0  # a block this quiet is silence, not music
MIN_MUSIC_MS = 3000
EDGE_FRAMES = 5  # a music edge is placed from this many frames' verdicts (320 ms)
BRIDGE_BLOCKS = 1  # a block of doubt between two of music (a pause in the tune) is music too
_CHUNK_FRAMES = 2048  # frames analysed at a time (~65 s: 8 MB of spectrum)


def music_regions(samples: np.ndarray, sample_rate: int) -> list[tuple[int, int]]:
    """Stretches of music in one track, as (start_ms, end_ms)."""
    if len(samples) < FRAME * (LAG + 2):
        return []
    similarity, level = _frames(samples, sample_rate)
    blocks = len(similarity) // BLOCK_FRAMES
    if not blocks:
        return []
    sim = np.median(similarity[: blocks * BLOCK_FRAMES].reshape(blocks, BLOCK_FRAMES), axis=1)
    loud = np.mean(level[: blocks * BLOCK_FRAMES].reshape(blocks, BLOCK_FRAMES), axis=1) > QUIET_DBFS
    music = (sim >= MUSIC_SIMILARITY) & loud
    for k in range(1, blocks - 1):  # a short doubt inside music
        before, after = music[max(0, k - BRIDGE_BLOCKS) : k], music[k + 1 : k + 1 + BRIDGE_BLOCKS]
        if not music[k] and loud[k] and before.any() and after.any():
            music[k] = True
    # Edges to the frame: where the frames' own verdict (a running median of EDGE_FRAMES)
    # turns, within a block either side of the block edge.
    tuneful = _running_median((similarity >= MUSIC_SIMILARITY) & (level > QUIET_DBFS), EDGE_FRAMES)
    frame_ms = HOP * 1000 / sample_rate
    found, k = [], 0
    while k < blocks:
        if not music[k]:
            k += 1
            continue
        end = k
        while end < blocks and music[end]:
            end += 1
        first, last = _edge(tuneful, k * BLOCK_FRAMES, -1), _edge(tuneful, end * BLOCK_FRAMES, +1)
        start_ms, end_ms = round(first * frame_ms), round(last * frame_ms + (FRAME - HOP) * 1000 / sample_rate)
        if end_ms - start_ms >= MIN_MUSIC_MS:
            found.append((start_ms, end_ms))
        k = end
    return found


def _edge(tuneful: np.ndarray, at: int, step: int) -> int:
    """The frame where music begins (step -1: looking back from a block's start) or ends
    (step +1: looking on from past its last block), at most a block away."""
    n = len(tuneful)
    if step < 0:
        k = at
        while k > 0 and at - k < BLOCK_FRAMES and tuneful[k - 1]:
            k -= 1
        while k < min(n, at + BLOCK_FRAMES) and not tuneful[k]:
            k += 1
        return k
    k = at
    while k < n and k - at < BLOCK_FRAMES and tuneful[k]:
        k += 1
    while k > max(0, at - BLOCK_FRAMES) and not tuneful[k - 1]:
        k -= 1
    return k


def _running_median(flags: np.ndarray, width: int) -> np.ndarray:
    """True where most of the ``width`` frames around are True."""
    counts = np.convolve(flags.astype(np.int16), np.ones(width, np.int16), mode="same")
    return counts * 2 > width


def _frames(samples: np.ndarray, sample_rate: int) -> tuple[np.ndarray, np.ndarray]:
    """Per frame (HOP apart): the similarity of its spectral peaks to those LAG frames before
    (0 for the first LAG frames) and its level in dBFS."""
    count = (len(samples) - FRAME) // HOP + 1
    window = np.hanning(FRAME).astype(np.float32)
    low, high = LOW_HZ * FRAME // sample_rate, HIGH_HZ * FRAME // sample_rate
    similarity = np.zeros(count, np.float32)
    level = np.empty(count, np.float32)
    previous = None  # the last LAG frames' peaks of the chunk before
    frames = np.lib.stride_tricks.sliding_window_view(samples, FRAME)[::HOP][:count]
    for at in range(0, count, _CHUNK_FRAMES):
        block = frames[at : at + _CHUNK_FRAMES]
        level[at : at + len(block)] = 10 * np.log10(np.mean(block * block, axis=1, dtype=np.float64) + 1e-10)
        spectrum = np.abs(np.fft.rfft(block * window, axis=1))[:, low:high].astype(np.float32)
        peaks = np.clip(spectrum - PEAK_FACTOR * _local_mean(spectrum, PEAK_BINS), 0, None)
        joined = peaks if previous is None else np.concatenate([previous, peaks])
        a, b = joined[:-LAG], joined[LAG:]
        sim = np.einsum("ij,ij->i", a, b) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1) + 1e-9)
        first = at if previous is not None else at + LAG
        similarity[first : at + len(block)] = sim
        previous = peaks[-LAG:]
    return similarity, level


def _local_mean(spectrum: np.ndarray, width: int) -> np.ndarray:
    """The mean of ``width`` bins around each bin (edges repeated)."""
    half = width // 2
    padded = np.pad(spectrum, ((0, 0), (half + 1, half)), mode="edge")
    summed = np.cumsum(padded, axis=1, dtype=np.float64)
    return ((summed[:, width:] - summed[:, :-width]) / width).astype(np.float32)
