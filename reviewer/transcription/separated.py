"""Speaker separation of a mono call, as a phase of its transcription job (issue #15).

Runs in the worker process before decoding: ``separate_track`` runs the separation
(reviewer.speakers.separation) in a thread while reporting its progress as job messages, and
``by_speaker`` cuts decoded turns again from their words: each word goes to the speaker whose
segment overlaps it most, and a turn ends where the speaker changes (not at a pause).
Without the speaker models the call is transcribed as before, its turns unknown, with a note.
"""

from __future__ import annotations

import bisect
import queue
import threading
from typing import Iterator

from reviewer.domain import Word
from reviewer.transcription.messages import Progress, Segment, Separated

#: share of the job's progress bar the separation takes (decoding takes the rest)
SEPARATION_SHARE = 0.2
#: a silence this long ends one speaker's turn all the same: a hold (music, "one moment") lies
#: between turns, where the metrics look for it, and the turn list stays readable
LONG_PAUSE_MS = 2000
#: one speaker talking on (a monologue, a recording with one voice) still gets turns: past this
#: length a turn ends at the next pause or sentence end, so it is saved as it goes and readable
MAX_TURN_MS = 30_000
_BREAK_MS = 200  # a pause that long can end an over-long turn
_POLL_S = 0.2


class SpeakerMap:
    """Speaker segments of a call, for finding who said a word."""

    def __init__(self, segments: list[tuple[int, int, int]]):
        self.segments = sorted(segments)
        self._starts = [s for s, _, _ in self.segments]
        self._longest = max((e - s for s, e, _ in self.segments), default=0)

    def speaker_of(self, start_ms: int, end_ms: int) -> int | None:
        """The speaker whose segments overlap the span most; the nearest segment's speaker
        when none overlaps it; None with no segments at all."""
        if not self.segments:
            return None
        end_ms = max(end_ms, start_ms + 1)
        overlap: dict[int, int] = {}
        first = bisect.bisect_left(self._starts, start_ms - self._longest)
        for s, e, speaker in self.segments[first:bisect.bisect_right(self._starts, end_ms)]:
            shared = min(e, end_ms) - max(s, start_ms)
            if shared > 0:
                overlap[speaker] = overlap.get(speaker, 0) + shared
        if overlap:
            return max(sorted(overlap), key=overlap.get)
        middle = (start_ms + end_ms) // 2
        return min(self.segments, key=lambda seg: max(seg[0] - middle, middle - seg[1], 0))[2]


def by_speaker(segments: list[Segment], speakers: SpeakerMap) -> list[Segment]:
    """One track's decoded turns (in time order) cut again from their words where the speaker
    changes; consecutive words of one speaker make one turn, however long they pause. A turn
    without words goes whole to the speaker it overlaps most."""
    found: list[Segment] = []
    run: list[Word] = []
    run_speaker: int | None = None
    channel = segments[0].channel if segments else None

    def close() -> None:
        if run:
            text = " ".join(w.text for w in run if w.text)
            found.append(Segment(channel, run[0].start_ms, run[-1].end_ms, text, tuple(run), run_speaker))
            run.clear()

    for segment in segments:
        if not segment.words:
            close()
            speaker = speakers.speaker_of(segment.start_ms, segment.end_ms)
            found.append(Segment(channel, segment.start_ms, segment.end_ms, segment.text, None, speaker))
            continue
        for word in segment.words:
            speaker = speakers.speaker_of(word.start_ms, word.end_ms)
            if run and (speaker != run_speaker or word.start_ms - run[-1].end_ms > LONG_PAUSE_MS
                        or _too_long(run, word)):
                close()
            run_speaker = speaker
            run.append(word)
    close()
    return found


def _too_long(run: list[Word], word: Word) -> bool:
    if word.start_ms - run[0].start_ms < MAX_TURN_MS:
        return False
    return word.start_ms - run[-1].end_ms >= _BREAK_MS or run[-1].text.rstrip().endswith((".", "?", "!", "…"))


def separate_track(samples, speakers: int | None, speakers_set: bool = False) -> Iterator[Progress | Separated | SpeakerMap]:
    """Messages of the separation phase, then the SpeakerMap (None when it could not run).
    With the default count (not set by the reviewer), speakers with one voice are one speaker.

    The separation runs in a thread of the worker so that its progress reaches the parent as
    it goes; a cancel terminates the worker process, thread and all."""
    try:
        from reviewer.speakers import separation
        from reviewer.speakers.models import ModelsMissing
    except ImportError as exc:
        yield Separated(0, {}, f"speaker separation is not available ({exc}); speakers stay unknown")
        yield None
        return
    updates: queue.Queue = queue.Queue()
    result: dict = {}

    def work() -> None:
        try:
            result["value"] = separation.separate(samples, speakers=speakers, progress=lambda f: updates.put(f))
        except BaseException as exc:  # reported by the generator, in the worker's own thread
            result["error"] = exc
        finally:
            updates.put(None)

    thread = threading.Thread(target=work, name="speaker-separation", daemon=True)
    thread.start()
    while True:
        try:
            fraction = updates.get(timeout=_POLL_S)
        except queue.Empty:
            continue
        if fraction is None:
            break
        yield Progress(SEPARATION_SHARE * min(1.0, max(0.0, float(fraction))), 0, "separating")
    thread.join()
    error = result.get("error")
    if isinstance(error, ModelsMissing):
        yield Separated(0, {}, f"speakers stay unknown: {error}")
        yield None
        return
    if error is not None:
        raise error
    found = result["value"]
    if not speakers_set or speakers is None:  # the default two, or detected: one voice stays one
        found = separation.one_voice_if_same(found)
    embeddings = {
        int(k): (None if v is None else [float(x) for x in v]) for k, v in (found.embeddings or {}).items()
    }
    segments = [(int(s), int(e), int(k)) for s, e, k in found.segments]
    regions: dict[int, list[tuple[int, int]]] = {}
    for s, e, k in sorted(segments):  # each speaker's speech for the metrics, overlap kept
        regions.setdefault(k, []).append((s, e))
    yield Separated(int(found.count), embeddings, regions={k: tuple(r) for k, r in regions.items()})
    yield SpeakerMap(segments)


def overall(progress: Progress, separated: bool) -> Progress:
    """A decoding progress as a share of the whole job when separation took the first part."""
    if not separated:
        return progress
    return Progress(SEPARATION_SHARE + (1 - SEPARATION_SHARE) * progress.fraction, progress.position_ms, progress.phase)


class Joiner:
    """Joins turns of one speaker that decoding cut apart (a clip's end, a retried tail): the
    last turn is held back until the next one shows whether its speaker goes on."""

    def __init__(self):
        self._held: Segment | None = None

    def push(self, segments: list[Segment]) -> list[Segment]:
        out = []
        for segment in segments:
            held = self._held
            if (held is not None and segment.speaker is not None and segment.speaker == held.speaker
                    and segment.start_ms - held.end_ms <= LONG_PAUSE_MS
                    and segment.end_ms - held.start_ms <= MAX_TURN_MS):
                words = (held.words or ()) + (segment.words or ()) if held.words and segment.words else None
                self._held = Segment(held.channel, held.start_ms, max(held.end_ms, segment.end_ms),
                                     f"{held.text} {segment.text}".strip(), words, held.speaker)
                continue
            if held is not None:
                out.append(held)
            self._held = segment
        return out

    def flush(self) -> list[Segment]:
        held, self._held = self._held, None
        return [held] if held is not None else []
