"""Turn times that follow the speech.

Whisper's word times are often a few hundred milliseconds early at the start of speech (a
word "begins" where the padded audio handed to the model begins) and late at its end (the
fade). Voice activity knows where speech is: a turn edge that falls in silence moves to the
nearest edge of the speech inside the turn, so silence and overtalk figures measured from turns
are not made of padding. An edge inside speech is left alone.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from reviewer.domain import Word
from reviewer.transcription.messages import Segment

#: An edge moves at most this far: farther speech is another stretch the words did not cover.
MAX_SHIFT_MS = 1000


def follow_speech(segment: Segment, speech: list[tuple[int, int]]) -> Segment:
    """``segment`` with its start and end moved out of silence onto the speech it holds;
    ``speech`` is the track's voice activity, sorted (start_ms, end_ms)."""
    if not speech:
        return segment
    start, end = segment.start_ms, segment.end_ms
    starts = [s for s, _ in speech]
    i = bisect.bisect_right(starts, start) - 1  # the region starting at or before the start
    if i < 0 or start >= speech[i][1]:  # the start is in silence
        following = i + 1
        if following < len(speech) and speech[following][0] < end and speech[following][0] - start <= MAX_SHIFT_MS:
            start = speech[following][0]
    j = bisect.bisect_left(starts, end) - 1  # the region starting before the end
    if j >= 0 and end > speech[j][1] and end - speech[j][1] <= MAX_SHIFT_MS and speech[j][1] > start:
        end = speech[j][1]  # the end is in silence after that region
    if (start, end) == (segment.start_ms, segment.end_ms):
        return segment
    words = segment.words
    if words:
        words = tuple(
            Word(min(max(w.start_ms, start), end), max(min(w.end_ms, end), min(max(w.start_ms, start), end)),
                 w.text, w.probability)
            for w in words
        )
    return replace(segment, start_ms=start, end_ms=end, words=words)
