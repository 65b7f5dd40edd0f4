"""Turn edges on the onset and offset of the speech, from the loudness of the decoded audio.

Whisper's word times are tied to its 20 ms tokens and to the padded audio it was handed: the
first word of a turn often "starts" hundreds of milliseconds early and the last one ends before
its fade. Silero voice activity (see timing.follow_speech) is coarse on a mixed line: it joins
two speakers' speech across a short pause. The loudness of each 10 ms frame against the track's
own noise floor is sharp: a turn's start moves to where the sound begins and its end to where
it fades, never past a neighbouring turn's words and never further than MAX_SHIFT_MS. Between
two turns with no quiet frame at all, the edge goes to the quietest moment between them.

On one track (a mono recording) turns are also cut again from the words (``regroup``): at
sentence ends and pauses, not where Whisper's 30-second window ended a segment mid-sentence.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from reviewer.domain import Word
from reviewer.transcription.messages import Segment

FRAME_MS = 10
# The noise floor is this percentile of the frames' loudness, the speech level that one; a frame
# is sound when it is louder than the floor by THRESHOLD_SHARE of the distance between them
# (and by MIN_MARGIN_DB at least, so a track of steady noise does not become all "speech").
FLOOR_PERCENTILE = 10
LEVEL_PERCENTILE = 90
THRESHOLD_SHARE = 0.3
MIN_MARGIN_DB = 6.0
# An edge moves at most this far (Whisper's words are rarely further off than the 400 ms of
# padding around the speech it decoded).
MAX_SHIFT_MS = 400
# Whisper ends a segment where a sentence ends, or where its window ran out: then the segment
# ends mid-sentence and the next one's first word starts the moment the last one ended.
SENTENCE_ENDS = (".", "?", "!", "…", "。")
JOINED_MS = 20
# Quiet shorter than this between sounds is part of the speech (a stop consonant, a soft "th").
BRIDGE_MS = 100
# Loudness is measured this many samples at a time (an hour of audio is 230 MB as float32).
_CHUNK_FRAMES = 6000


class Loudness:
    """Which 10 ms frames of one track carry sound above its noise floor."""

    def __init__(self, samples: np.ndarray, sample_rate: int):
        frame = sample_rate * FRAME_MS // 1000
        count = len(samples) // frame
        levels = np.empty(count, np.float32)
        step = _CHUNK_FRAMES * frame
        for at in range(0, count * frame, step):
            block = samples[at : min(at + step, count * frame)].reshape(-1, frame)
            power = np.einsum("ij,ij->i", block, block, dtype=np.float64) / frame
            levels[at // frame : at // frame + len(block)] = 10 * np.log10(power + 1e-10)
        self.levels = levels
        if count:
            floor, level = np.percentile(levels, [FLOOR_PERCENTILE, LEVEL_PERCENTILE])
            self.threshold = float(floor + max(MIN_MARGIN_DB, THRESHOLD_SHARE * (level - floor)))
        else:
            self.threshold = 0.0
        self.sound = _bridged(levels > self.threshold, BRIDGE_MS // FRAME_MS)

    def _frame(self, ms: int) -> int:
        return max(0, min(len(self.sound) - 1, ms // FRAME_MS))

    def onset(self, start_ms: int, low_ms: int, high_ms: int, bounded: bool = False) -> int:
        """Where the sound at or after ``start_ms`` begins, looking no earlier than ``low_ms``
        and no later than ``high_ms``; ``start_ms`` itself when it cannot tell. ``bounded``:
        ``low_ms`` is where the previous turn ends, so sound running on back to it is that
        turn's speech going straight into this one."""
        start_ms = min(max(start_ms, low_ms), high_ms)
        if not len(self.sound) or low_ms >= high_ms:
            return start_ms
        low, high, at = self._frame(low_ms), self._frame(high_ms), self._frame(start_ms)
        sound = self.sound
        if sound[at]:
            k = at
            while k > low and sound[k - 1]:
                k -= 1
            if k > low:
                return k * FRAME_MS
            return self._quietest(low, at, start_ms) if bounded else start_ms
        k = at
        while k < high and not sound[k]:
            k += 1
        return k * FRAME_MS if sound[k] else start_ms

    def offset(self, end_ms: int, low_ms: int, high_ms: int, bounded: bool = False) -> int:
        """Where the sound before ``end_ms`` fades, looking between ``low_ms`` and ``high_ms``;
        ``bounded``: ``high_ms`` is in the next turn's first word."""
        end_ms = min(max(end_ms, low_ms), high_ms)
        if not len(self.sound) or low_ms >= high_ms:
            return end_ms
        low, high, at = self._frame(low_ms), self._frame(high_ms), self._frame(end_ms - 1)
        sound = self.sound
        if sound[at]:
            k = at
            while k < high and sound[k + 1]:
                k += 1
            if k < high:
                return (k + 1) * FRAME_MS
            return self._quietest(at, high, end_ms) if bounded else end_ms
        k = at
        while k > low and not sound[k]:
            k -= 1
        return (k + 1) * FRAME_MS if sound[k] else end_ms

    def _quietest(self, first: int, last: int, default: int) -> int:
        """The quietest frame between two frames (the speech ran on without a pause): where a
        speaker most likely handed over."""
        if last <= first:
            return default
        return (first + int(np.argmin(self.levels[first : last + 1]))) * FRAME_MS


def _bridged(sound: np.ndarray, frames: int) -> np.ndarray:
    """``sound`` with quiet runs of fewer than ``frames`` frames between two sounds filled."""
    if not len(sound) or frames <= 0:
        return sound
    change = np.flatnonzero(np.diff(sound.astype(np.int8)))
    starts = change[sound[change]] + 1  # first quiet frame after a sound
    ends = change[~sound[change]] + 1  # first sound frame after a quiet run
    bridged = sound.copy()
    for start in starts:
        k = np.searchsorted(ends, start)
        if k < len(ends) and ends[k] - start < frames:
            bridged[start : ends[k]] = True
    return bridged


def align(segments: list[Segment], loudness: Loudness | None) -> list[Segment]:
    """One track's turns, sorted by start, with their edges on the sound; word times are kept
    inside their turn (the first word starts, the last one ends, where the turn does)."""
    if loudness is None or not segments:
        return segments
    ordered = sorted(segments, key=lambda s: s.start_ms)
    moved: list[Segment] = []
    for k, segment in enumerate(ordered):
        words = segment.words or ()
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        first_end = words[0].end_ms if words else segment.end_ms
        last_start = words[-1].start_ms if words else segment.start_ms
        # The start: not before the previous turn's end, not after the first word's end.
        low = segment.start_ms - MAX_SHIFT_MS
        bounded = bool(moved) and moved[-1].end_ms >= low
        low = max(low, moved[-1].end_ms) if bounded else low
        start = loudness.onset(segment.start_ms, low, min(first_end, segment.start_ms + MAX_SHIFT_MS), bounded)
        # The end: not before the last word's start, not past the next turn's first word (its
        # own start is Whisper's, often early).
        high = segment.end_ms + MAX_SHIFT_MS
        bounded = False
        if nxt is not None:
            next_word_end = nxt.words[0].end_ms if nxt.words else nxt.start_ms
            bounded = next_word_end <= high
            high = min(high, next_word_end)
        end = loudness.offset(segment.end_ms, max(last_start, start), high, bounded)
        moved.append(_moved(segment, start, max(end, start + FRAME_MS)))
    return moved


def _moved(segment: Segment, start: int, end: int) -> Segment:
    if (start, end) == (segment.start_ms, segment.end_ms):
        return segment
    words = segment.words
    if words:
        inside = [Word(min(max(w.start_ms, start), end), min(max(w.end_ms, start), end), w.text, w.probability)
                  for w in words]
        inside[0] = replace(inside[0], start_ms=start)
        inside[-1] = replace(inside[-1], end_ms=end)
        words = tuple(replace(w, end_ms=max(w.end_ms, w.start_ms)) for w in inside)
    return replace(segment, start_ms=start, end_ms=end, words=words)


def regroup(segments: list[Segment], split_pause_ms: int) -> list[Segment]:
    """One track's turns (with words, in time order) cut again from their words: a segment
    Whisper ended mid-sentence with its next word following at once is joined to the next; a
    pause over ``split_pause_ms`` starts a new turn wherever it is. Segments without words stay
    as they are."""
    if not segments or any(not s.words for s in segments):
        return segments
    groups: list[list[Word]] = []
    for segment in segments:
        for n, word in enumerate(segment.words):
            if groups:
                last = groups[-1][-1]
                pause = word.start_ms - last.end_ms
                window_cut = n == 0 and pause <= JOINED_MS and not last.text.endswith(SENTENCE_ENDS)
                if pause <= split_pause_ms and (n > 0 or window_cut):
                    groups[-1].append(word)
                    continue
            groups.append([word])
    channel = segments[0].channel
    as_given = {s.words: s for s in segments}  # a turn cut as Whisper cut it keeps its own text
    return [
        as_given.get(tuple(g))
        or Segment(channel, g[0].start_ms, g[-1].end_ms, " ".join(w.text for w in g if w.text), tuple(g))
        for g in groups
    ]
