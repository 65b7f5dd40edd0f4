"""Metrics through a real transcription (the embedded Whisper model): the voice activity the
worker heard is stored, the figures are there when the job is done, turns follow the speech."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

import pytest

from reviewer.domain import SpeakerRole
from reviewer.importers import ImportOptions
from reviewer.importing import Outcome, import_paths
from reviewer.metrics import metrics_for
from reviewer.storage.jobs import JobState
from reviewer.storage.metrics import MetricsRepository
from reviewer.transcription.jobs import TranscriptionService

sys.path.insert(0, str(Path(__file__).parent))
import sox_call  # noqa: E402

pytestmark = pytest.mark.slow


def transcribe(library, worker, path: Path, language: str = "en") -> int:
    (result,) = list(import_paths(library, [path], ImportOptions()))
    assert result.outcome is Outcome.IMPORTED, result.message
    cid = result.conversation_ids[0]
    library.conversations.update(cid, language=language)
    service = TranscriptionService(library, worker)
    outcome = service.run(service.enqueue(cid))
    assert outcome.state == JobState.DONE, outcome.message
    return cid


def test_a_transcribed_two_channel_call_has_its_figures(library, transcription_worker, tmp_path):
    missing = sox_call.tools_missing()
    if missing:
        pytest.skip(missing)
    path, lines = sox_call.build_call(tmp_path / "call")
    expected = sox_call.expected(lines)
    cid = transcribe(library, transcription_worker, path)
    repo = MetricsRepository(library)
    activity = repo.voice_activity(cid)
    assert [(a.channel, a.role) for a in activity] == [(0, SpeakerRole.AGENT), (1, SpeakerRole.CUSTOMER)]
    stored = repo.get(cid)
    assert stored is not None, "the job stores the figures when it is done"
    f = metrics_for(library, cid)
    assert len(f["overtalks"]) == 2
    for got, want in zip(f["overtalks"], expected["overtalks"]):
        assert abs(got["start_ms"] - want[0]) <= 100 and abs(got["end_ms"] - want[1]) <= 100
    [silence] = f["silences"]
    assert abs(silence["end_ms"] - silence["start_ms"] - 12_000) <= 150
    assert f["interruptions"] == {"agent": 1, "customer": 1}
    assert 100 < f["agent_wpm"] < 250  # espeak-ng at 160 words a minute
    # Every turn starts and ends within 0.3 s of where its line's speech does.
    turns = library.conversations.turns(cid)
    for t in turns:
        line = min(lines, key=lambda l: abs(l.start_ms - t.start_ms) if l.role == t.role.value else 10**9)
        assert t.start_ms >= line.start_ms - 300 and t.end_ms <= max(l.end_ms for l in lines if l.role == line.role) + 300
    for line in lines:
        mine = [t for t in turns if t.role.value == line.role and t.start_ms < line.end_ms and t.end_ms > line.start_ms]
        assert mine, line.text
        assert abs(min(t.start_ms for t in mine) - line.start_ms) <= 300, line.text
        assert abs(max(t.end_ms for t in mine) - line.end_ms) <= 300, line.text


def test_mono_turns_start_and_end_where_the_words_do(library, transcription_worker, testdata):
    """The telephone sample: turn edges that border a pause lie within 0.3 s of the reference's
    utterance edges (mid-speech cuts, where a clip ended, have no reference edge)."""
    path = testdata("audio", "telephone-two-speakers", "sample.wav")
    reference = [line.split()[3:5] for line in path.with_suffix(".stm").read_text().splitlines() if line.strip()]
    starts = [round(float(a) * 1000) for a, _ in reference]
    ends = [round(float(b) * 1000) for _, b in reference]
    cid = transcribe(library, transcription_worker, path)
    turns = library.conversations.turns(cid)
    assert len(turns) >= 6, "turns split at pauses, not laid end to end"
    errors = []
    for k, t in enumerate(turns):
        if k == 0 or t.start_ms - turns[k - 1].end_ms >= 100:
            errors.append(min(abs(t.start_ms - s) for s in starts))
        if k == len(turns) - 1 or turns[k + 1].start_ms - t.end_ms >= 100:
            errors.append(min(abs(t.end_ms - e) for e in ends))
    assert statistics.median(errors) <= 300, errors
    f = metrics_for(library, cid)
    # mono: the job separated its two speakers, so talk is measured per role, each for real
    assert {t.speaker for t in turns} == {1, 2}
    assert set(f["talk_ms"]) == {"agent", "customer"} and min(f["talk_ms"].values()) > 3000, f["talk_ms"]
    assert f["silences"] == [] and f["longest_silence_ms"] == 0
    # ... and overtalk from where both speakers' speech overlaps: each one the job found lies
    # where the reference (sample.rttm) has the two talking at once
    both = _reference_overlaps(path.with_suffix(".rttm"))
    assert f["overtalks"], (f["overtalks"], both)
    for o in f["overtalks"]:
        assert any(o["start_ms"] < e + 300 and s - 300 < o["end_ms"] for s, e in both), (o, both)


def _reference_overlaps(rttm: Path) -> list[tuple[int, int]]:
    from reviewer.domain.metrics import intersection, union

    spoken: dict[str, list[tuple[int, int]]] = {}
    for line in rttm.read_text().splitlines():
        if line.strip():
            fields = line.split()
            start = round(float(fields[3]) * 1000)
            spoken.setdefault(fields[7], []).append((start, start + round(float(fields[4]) * 1000)))
    first, second = (union(v) for v in spoken.values())
    return intersection(first, second)


def test_a_transcribed_call_with_hold_music_has_a_music_hold(library, transcription_worker, tmp_path):
    """The music is heard from the audio the transcription decoded, kept, and makes a hold
    with its edges within 0.5 s; the agent's "please wait a moment" announced it."""
    missing = sox_call.tools_missing()
    if missing:
        pytest.skip(missing)
    path, _, (start, end) = sox_call.build_hold_call(tmp_path, with_music=True)
    cid = transcribe(library, transcription_worker, path)
    [activity] = [a for a in MetricsRepository(library).voice_activity(cid) if a.speaker is None]  # the track's
    assert activity.music, "the music is stored with the voice activity"
    [hold] = metrics_for(library, cid)["holds"]
    turns = [(t.start_ms, t.end_ms, t.text) for t in library.conversations.turns(cid)]
    assert hold["kind"] == "music" and hold["announced"] is True, (hold, turns)
    assert abs(hold["start_ms"] - start) <= 500 and abs(hold["end_ms"] - end) <= 500, (hold, start, end)
