"""Conversation metrics on real recordings: the voice activity transcription captures, the
figures measured from it, and turn times that follow the speech."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.domain import Channel, SpeakerRole
from reviewer.domain.metrics import VoiceActivity, compute, union
from reviewer.transcription.engine import Engine
from reviewer.transcription.messages import Segment
from reviewer.transcription.timing import follow_speech
from reviewer.transcription.tracks import SAMPLE_RATE, load_tracks

sys.path.insert(0, str(Path(__file__).parent))
import sox_call  # noqa: E402

TOLERANCE_MS = 100


def activity_of(path: Path) -> tuple[list[VoiceActivity], int]:
    """Voice activity per track, exactly as the transcription engine captures it."""
    tracks = load_tracks(path)
    roles = {None: None, 0: SpeakerRole.AGENT, 1: SpeakerRole.CUSTOMER}
    found = [
        VoiceActivity(channel, roles[channel], tuple(
            (r.start * 1000 // SAMPLE_RATE, r.end * 1000 // SAMPLE_RATE) for r in Engine.voice_activity(samples)
        ))
        for channel, samples in zip(tracks.channels, tracks.samples)
    ]
    return found, tracks.duration_ms


def stm(path: Path) -> list[tuple[str, int, int]]:
    rows = [line.split()[1:5] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(speaker, round(float(a) * 1000), round(float(b) * 1000)) for _, speaker, a, b in rows]


def close(a: tuple[int, int], b: tuple[int, int], tolerance: int = TOLERANCE_MS) -> bool:
    return abs(a[0] - b[0]) <= tolerance and abs(a[1] - b[1]) <= tolerance


@pytest.fixture(scope="module")
def built_call(tmp_path_factory):
    missing = sox_call.tools_missing()
    if missing:
        pytest.skip(missing)
    return sox_call.build_call(tmp_path_factory.mktemp("call"))


def test_a_built_call_has_exactly_its_silences_and_overtalk(built_call):
    path, lines = built_call
    expected = sox_call.expected(lines)
    activity, duration = activity_of(path)
    assert [a.channel for a in activity] == [0, 1]
    f = compute(Channel.CALL, [], duration, activity)
    [silence] = f["silences"]  # the 12 s the agent looked something up
    dead_air = max(expected["gaps"], key=lambda g: g[1] - g[0])
    assert close((silence["start_ms"], silence["end_ms"]), dead_air), (silence, dead_air)
    assert abs(f["longest_silence_ms"] - (dead_air[1] - dead_air[0])) <= TOLERANCE_MS
    got = [(o["start_ms"], o["end_ms"]) for o in f["overtalks"]]
    assert len(got) == len(expected["overtalks"]) == 2
    assert all(close(g, e) for g, e in zip(got, expected["overtalks"])), (got, expected["overtalks"])
    assert abs(f["overtalk_ms"] - sum(e - s for s, e in expected["overtalks"])) <= TOLERANCE_MS
    # The customer talked over the agent's line, then the agent cut in on the customer's.
    assert f["interruptions"] == {"agent": 1, "customer": 1}
    for role in ("agent", "customer"):
        mine = [line for line in lines if line.role == role]
        spoken = sum(line.end_ms - line.start_ms for line in mine)
        # Each line within the tolerance at both of its ends (espeak's pauses between words
        # count too): two edges a line, so twice the per-edge tolerance.
        assert abs(f["talk_ms"][role] - spoken) <= 2 * len(mine) * TOLERANCE_MS, role


def test_the_telephone_sample_silence_matches_its_reference(testdata, tmp_path):
    """The real telephone call with 12 s of silence spliced into the pause at 14.3 s: the
    silence found is the one the STM reference puts there; there is no other."""
    source = testdata("audio", "telephone-two-speakers", "sample.wav")
    reference = stm(source.with_suffix(".stm"))
    if sox_call.tools_missing():
        pytest.skip(sox_call.tools_missing())
    cut_ms, added_ms = 14_300, 12_000
    spliced = tmp_path / "spliced.wav"
    subprocess.run(
        ["sox", str(source), str(spliced), "pad", f"{added_ms / 1000}@{cut_ms / 1000}"], check=True, capture_output=True
    )
    moved = [(s + (added_ms if s >= cut_ms else 0), e + (added_ms if e > cut_ms else 0)) for _, s, e in reference]
    speech = union(moved)
    expected_gap = next((a[1], b[0]) for a, b in zip(speech, speech[1:]) if a[1] <= cut_ms + added_ms <= b[0])
    activity, duration = activity_of(spliced)
    f = compute(Channel.CALL, [], duration, activity)
    [silence] = f["silences"]
    # The reference's own times are a human's, to about 0.2 s.
    assert close((silence["start_ms"], silence["end_ms"]), expected_gap, 200), (silence, expected_gap)
    # The 6.7 s before the first "Hello?" is the line ringing, not dead air.
    assert f["silences"][0]["start_ms"] > 6000
    # Mono: nobody knows yet who spoke, so no speaker figures.
    assert f["talk_ms"] is None and f["overtalk_ms"] is None and f["agent_talk_share"] is None
    # Without the splice, the reference has no pause of 2 s: neither do we.
    original, length = activity_of(source)
    g = compute(Channel.CALL, [], length, original)
    reference_longest = max(b[0] - a[1] for a, b in zip(union(r[1:] for r in reference), union(r[1:] for r in reference)[1:]))
    assert reference_longest < 2000 and g["longest_silence_ms"] == 0 and g["silences"] == []


def test_the_shared_two_channel_clip(testdata):
    """stereo_diarization.wav: a long sentence on the left, a short one on the right spoken
    over it. Each channel is one side; the right one speaks entirely over the left."""
    path = testdata("audio", "faster-whisper", "stereo_diarization.wav")
    activity, duration = activity_of(path)
    f = compute(Channel.CALL, [], duration, activity)
    # 17 words on the left, 5 on the right (references.tsv): the left talks far longer.
    assert f["talk_ms"]["agent"] > 1.5 * f["talk_ms"]["customer"] > 0
    assert f["overtalk_count"] == 1 and f["interruptions"] == {"agent": 0, "customer": 1}
    assert abs(f["overtalk_ms"] - f["talk_ms"]["customer"]) <= TOLERANCE_MS
    assert 0.55 < f["agent_talk_share"] < 0.8
    assert f["silences"] == [] and f["duration_ms"] == 5000


def test_turn_edges_in_silence_move_onto_the_speech():
    speech = [(1000, 3000), (5000, 8000)]
    assert follow_speech(Segment(None, 600, 2900, "a"), speech).start_ms == 1000  # started in silence
    moved = follow_speech(Segment(None, 4700, 8400, "b"), speech)
    assert (moved.start_ms, moved.end_ms) == (5000, 8000)
    inside = Segment(None, 1200, 7000, "c")
    assert follow_speech(inside, speech) is inside  # edges in speech stay
    far = Segment(None, 3100, 9500, "d")  # speech 1.9 s later is not this turn's start
    assert follow_speech(far, speech).start_ms == 3100
