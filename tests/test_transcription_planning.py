"""Joining the speech of every channel for decoding, and mapping decoded times back."""

from __future__ import annotations

import numpy as np
import pytest

from reviewer.transcription.planning import Region, SpeechPlan

SR = 1000  # one sample per millisecond keeps the arithmetic readable


def _ramp(n: int) -> np.ndarray:
    return np.arange(n, dtype=np.float32)


def test_one_track_silence_is_left_out_and_times_map_back():
    samples = _ramp(10_000)
    plan = SpeechPlan([(samples, [Region(1000, 2000), Region(5000, 5500)])], SR)
    assert plan.speech_seconds == 1.5
    # The joined array is exactly the speech, in order.
    assert np.array_equal(plan.audio, np.concatenate([samples[1000:2000], samples[5000:5500]]))
    assert plan.locate(0.0)[:2] == (0, 1000)
    assert plan.locate(0.5)[:2] == (0, 1500)
    assert plan.locate(1.0)[:2] == (0, 5000)  # a start at the seam belongs to the next region
    assert plan.locate(1.0, is_end=True)[:2] == (0, 2000)  # an end there to the previous one
    assert plan.locate(1.2)[:2] == (0, 5200)


def test_two_channels_are_interleaved_in_conversation_order_with_a_gap_at_each_switch():
    left, right = _ramp(10_000), -_ramp(10_000)
    plan = SpeechPlan(
        [(left, [Region(0, 1000), Region(4000, 5000)]), (right, [Region(2000, 3000)])], SR, switch_gap_s=0.25
    )
    # left 0-1000, gap, right 2000-3000, gap, left 4000-5000
    assert len(plan.audio) == 3000 + 2 * 250
    assert np.array_equal(plan.audio[1250:2250], right[2000:3000])
    assert not plan.audio[1000:1250].any()
    assert plan.locate(0.5)[:2] == (0, 500)
    assert plan.locate(1.5)[:2] == (1, 2250)
    assert plan.locate(2.9)[:2] == (0, 4400)
    # A time inside a gap is clamped to the start of the speech after it.
    assert plan.locate(1.1)[:2] == (1, 2000)


def test_clips_are_cut_at_region_boundaries_and_never_longer_than_asked():
    regions = [Region(i * 10_000, i * 10_000 + 8_000) for i in range(10)]  # 8 s of speech every 10 s
    plan = SpeechPlan([(np.zeros(100_000, np.float32), regions)], SR)
    clips = plan.clips(max_clip_s=30)
    assert [round(c.end - c.start) for c in clips] == [24, 24, 24, 8]
    assert [c.real_start_ms for c in clips] == [0, 30_000, 60_000, 90_000]
    assert all(a.end == b.start for a, b in zip(clips, clips[1:]))  # nothing left out


def test_a_tail_to_decode_again_knows_where_it_starts():
    plan = SpeechPlan([(np.zeros(20_000, np.float32), [Region(1000, 5000), Region(10_000, 14_000)])], SR)
    (clip,) = plan.clips(30)
    tail = plan.tail(clip, 6.0)
    assert (tail.start, tail.end, tail.retry) == (6.0, clip.end, 1)
    assert tail.real_start_ms == 10_000 + 2000


def test_nothing_to_decode_in_silence():
    plan = SpeechPlan([(np.zeros(5000, np.float32), [])], SR)
    assert plan.speech_seconds == 0
    assert plan.clips(30) == []


@pytest.mark.parametrize("switch_gap_s", [0.0, 0.5])
def test_every_joined_sample_maps_inside_its_own_region(switch_gap_s):
    rng = np.random.default_rng(1)
    tracks = []
    for _ in range(2):
        starts = np.sort(rng.choice(np.arange(0, 60_000, 100), 12, replace=False))
        regions = [Region(int(s), int(s) + int(rng.integers(50, 100))) for s in starts]
        tracks.append((rng.standard_normal(70_000).astype(np.float32), regions))
    plan = SpeechPlan(tracks, SR, switch_gap_s)
    for t in np.linspace(0, plan.speech_seconds, 500):
        track, ms, _ = plan.locate(float(t))
        assert any(r.start <= ms <= r.end for r in tracks[track][1])


def test_long_recordings_find_their_speech_in_windows_as_if_read_whole(monkeypatch):
    """Voice activity on a long call is read in overlapping windows (Silero VAD would hold ~12x
    the audio at once); the speech found is the same as reading the recording whole."""
    from conftest import testdata_path

    from reviewer.transcription import engine
    from reviewer.transcription.tracks import load_tracks

    [samples] = load_tracks(testdata_path("audio", "long-8k-four-speakers", "aepyx_8k.wav")).samples
    long_call = np.concatenate([samples] * 3)  # 8.5 minutes: two windows of 5 and their overlap
    assert len(long_call) > (engine.VAD_WINDOW_S + engine.VAD_OVERLAP_S) * 16000
    windowed = engine.Engine.speech_regions(long_call)
    monkeypatch.setattr(engine, "VAD_WINDOW_S", 10_000)
    whole = engine.Engine.speech_regions(long_call)
    assert all(a.end <= b.start for a, b in zip(windowed, windowed[1:]))  # in order, never twice
    assert all(r.end - r.start <= engine.MAX_CLIP_S * 16000 for r in windowed)
    speech = lambda regions: sum(r.end - r.start for r in regions)  # noqa: E731
    assert abs(speech(windowed) - speech(whole)) <= 0.01 * speech(whole)
    assert abs(len(windowed) - len(whole)) <= 2
    # Resuming part-way still starts where it is asked to.
    later = engine.Engine.speech_regions(long_call, from_ms=200_000)
    assert later and later[0].start >= 200 * 16000
