"""Which stretches of a recording are decoded together, and how their times map back.

Voice activity detection gives the speech regions of each track (a track is the whole
recording, or one channel of a two-channel call). The regions of all tracks, in the order they
start, are laid end to end in one array with the silence left out: for a two-channel call that
is the conversation as it went, question then answer, at about the length of the same call
mixed to one channel. The array is cut at region boundaries into clips of at most one Whisper
window, and clips are decoded in batches. Times the model reports are positions in that array;
``locate`` maps them back to a track and a time on the recording's time line.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy as np


CUT_NOT_BEFORE = 0.85  # of the clip length: how early a clip may end to end at a pause
SENTENCE_PAUSE_S = 0.3


@dataclass(frozen=True)
class Region:
    """Speech in a track, in samples of the recording."""

    start: int
    end: int


@dataclass(frozen=True)
class Clip:
    """A stretch of the joined speech array, decoded as one window."""

    start: float  # seconds in the joined array
    end: float
    real_start_ms: int  # the earliest recording time it holds, for ordering
    retry: int = 0  # how many times this is a re-decode of an unfinished tail
    strict: bool = False  # decode again, penalising repetition: the first decoding looped


@dataclass(frozen=True)
class _Placed:
    track: int
    start: int  # recording samples
    end: int
    joined_start: int  # samples in the joined array
    joined_end: int


class SpeechPlan:
    def __init__(
        self, tracks: list[tuple[np.ndarray, list[Region]]], sample_rate: int = 16000, switch_gap_s: float = 0.0
    ):
        self.sample_rate = sample_rate
        self.track_count = len(tracks)
        ordered = sorted(
            ((region.start, index, region) for index, (_, regions) in enumerate(tracks) for region in regions),
            key=lambda item: (item[0], item[1]),
        )
        pieces: list[np.ndarray] = []
        self._placed: list[_Placed] = []
        position = 0
        gap = np.zeros(int(switch_gap_s * sample_rate), np.float32)
        for _, index, region in ordered:
            if self._placed and self._placed[-1].track != index and len(gap):
                # A moment of silence where the speaker changes helps the model end its segment.
                pieces.append(gap)
                position += len(gap)
            piece = tracks[index][0][region.start : region.end]
            pieces.append(piece)
            self._placed.append(_Placed(index, region.start, region.end, position, position + len(piece)))
            position += len(piece)
        self._joined_ends = [p.joined_end for p in self._placed]
        self.audio = np.concatenate(pieces).astype(np.float32, copy=False) if pieces else np.zeros(0, np.float32)

    @property
    def speech_seconds(self) -> float:
        return len(self.audio) / self.sample_rate

    def clips(self, max_clip_s: float) -> list[Clip]:
        """Regions packed, in joined order, into clips of at most max_clip_s of speech.

        A clip that cannot take the next region ends at the last pause that looks like the end
        of a sentence in its last part (else at the longest pause there) rather than at its
        last region: the model tends to drop a sentence cut off at the end of a clip.
        """
        limit = int(max_clip_s * self.sample_rate)
        found: list[Clip] = []
        first = 0
        count = len(self._placed)
        while first < count:
            last = first
            while last + 1 < count and self._placed[last + 1].joined_end - self._placed[first].joined_start <= limit:
                last += 1
            if last + 1 < count:
                floor = self._placed[first].joined_start + int(limit * CUT_NOT_BEFORE)
                candidates = [k for k in range(first, last + 1) if self._placed[k].joined_end >= floor] or [last]
                sentence_ends = [k for k in candidates if self._pause_after(k) >= self.sample_rate * SENTENCE_PAUSE_S]
                if sentence_ends:
                    last = sentence_ends[-1]
                else:
                    last = max(candidates, key=lambda k: (self._pause_after(k), k))
            found.append(self._clip(first, last))
            first = last + 1
        return found

    def _pause_after(self, index: int) -> int:
        here, after = self._placed[index], self._placed[index + 1]
        pause = after.start - here.end
        if here.track != after.track:  # the other side speaks: as good a place as a pause
            pause = max(pause, self.sample_rate // 2)
        return pause

    def _clip(self, first: int, last: int) -> Clip:
        sr = self.sample_rate
        earliest = min(p.start for p in self._placed[first : last + 1])
        return Clip(self._placed[first].joined_start / sr, self._placed[last].joined_end / sr, earliest * 1000 // sr)

    def tail(self, clip: Clip, from_s: float) -> Clip:
        """The rest of ``clip`` after ``from_s`` (joined seconds), to decode again."""
        first = self._index(from_s, is_end=False)
        last = self._index(clip.end, is_end=True)
        earliest = min([self.locate_in(first, from_s)[1]] + [
            p.start * 1000 // self.sample_rate for p in self._placed[first + 1 : last + 1]
        ])
        return Clip(from_s, clip.end, earliest, clip.retry + 1, clip.strict)

    def _index(self, joined_s: float, is_end: bool) -> int:
        sample = int(round(joined_s * self.sample_rate))
        if is_end:  # a time exactly at a region's end belongs to that region
            index = bisect.bisect_left(self._joined_ends, sample)
        else:
            index = bisect.bisect_right(self._joined_ends, sample)
        return min(index, len(self._placed) - 1)

    def locate(self, joined_s: float, is_end: bool = False) -> tuple[int, int, int]:
        """(track, milliseconds on the recording's time line, region number) of a joined time."""
        index = self._index(joined_s, is_end)
        return (*self.locate_in(index, joined_s), index)

    def locate_in(self, index: int, joined_s: float) -> tuple[int, int]:
        placed = self._placed[index]
        sample = int(round(joined_s * self.sample_rate))
        real = min(max(placed.start + sample - placed.joined_start, placed.start), placed.end)
        return placed.track, real * 1000 // self.sample_rate
