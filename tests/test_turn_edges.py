"""Turn edges on the sound (reviewer.transcription.edges): loudness of real decoded audio moves a
turn's start onto the onset and its end onto the fade; Whisper's window cuts are joined up."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from reviewer.domain import Word
from reviewer.transcription.edges import MAX_SHIFT_MS, Loudness, align, regroup
from reviewer.transcription.messages import Segment
from reviewer.transcription.tracks import SAMPLE_RATE, load_tracks

sys.path.insert(0, str(Path(__file__).parent))
import sox_call  # noqa: E402


def bursts(spans_ms: list[tuple[int, int]], total_ms: int, noise_db: float = -60.0) -> np.ndarray:
    """Voice-like bursts (a 200 Hz buzz with harmonics) over a noise floor."""
    rnd = np.random.default_rng(3)
    x = rnd.normal(0, 10 ** (noise_db / 20), total_ms * SAMPLE_RATE // 1000).astype(np.float32)
    for start, end in spans_ms:
        t = np.arange((end - start) * SAMPLE_RATE // 1000) / SAMPLE_RATE
        voice = sum(np.sin(2 * np.pi * 200 * k * t) / k for k in range(1, 6)) * 0.2
        x[start * SAMPLE_RATE // 1000 : start * SAMPLE_RATE // 1000 + len(t)] += voice.astype(np.float32)
    return x


def seg(start: int, end: int, *words: tuple[int, int, str]) -> Segment:
    ws = tuple(Word(a, b, w) for a, b, w in words) or (Word(start, end, "x"),)
    return Segment(None, start, end, " ".join(w.text for w in ws), ws)


def test_edges_move_onto_the_onset_and_the_fade():
    loud = Loudness(bursts([(1000, 2500), (4000, 5200)], 7000), SAMPLE_RATE)
    # Whisper's typical errors: the first word starts in the padding, the last one ends early.
    first = seg(700, 2300, (700, 1400, "good"), (1500, 2300, "morning"))
    second = seg(4150, 5400, (4150, 4600, "thank"), (4700, 5400, "you"))
    a, b = align([first, second], loud)
    assert abs(a.start_ms - 1000) <= 20 and abs(a.end_ms - 2500) <= 20
    assert abs(b.start_ms - 4000) <= 20 and abs(b.end_ms - 5200) <= 20
    # Words stay inside their turn; the first starts and the last ends with it.
    assert a.words[0].start_ms == a.start_ms and a.words[-1].end_ms == a.end_ms
    assert all(a.start_ms <= w.start_ms <= w.end_ms <= a.end_ms for w in a.words)


def test_an_edge_never_moves_further_than_the_limit_nor_past_a_neighbour():
    # Sound runs on long after the turn's words: the end moves at most MAX_SHIFT_MS.
    loud = Loudness(bursts([(1000, 6000)], 8000), SAMPLE_RATE)
    (turn,) = align([seg(1000, 2000, (1000, 2000, "hello"))], loud)
    assert turn.end_ms == 2000, "speech running on past the limit is not this turn's to take"
    # Two turns in one stretch of sound: neither edge crosses the other's words.
    a, b = align([seg(1000, 2900, (1000, 2900, "one")), seg(3100, 5000, (3100, 3500, "two"), (3600, 5000, "x"))], loud)
    assert a.end_ms <= b.start_ms and b.start_ms <= 3500


def test_steady_noise_is_not_taken_for_speech():
    loud = Loudness(np.random.default_rng(1).normal(0, 0.05, 5 * SAMPLE_RATE).astype(np.float32), SAMPLE_RATE)
    (turn,) = align([seg(1000, 2000, (1000, 2000, "hm"))], loud)
    assert abs(turn.start_ms - 1000) <= MAX_SHIFT_MS and abs(turn.end_ms - 2000) <= MAX_SHIFT_MS
    assert turn.end_ms > turn.start_ms


def test_a_window_cut_mid_sentence_is_joined_and_sentences_and_pauses_are_kept():
    cut_in_window = [seg(0, 900, (0, 400, "I"), (400, 900, "thought")), seg(900, 1500, (900, 1500, "so."))]
    assert [(s.start_ms, s.end_ms, s.text) for s in regroup(cut_in_window, 300)] == [(0, 1500, "I thought so.")]
    sentence = [seg(0, 900, (0, 900, "Hello.")), seg(900, 1500, (900, 1500, "Hi"))]
    assert len(regroup(sentence, 300)) == 2, "Whisper ended the sentence: the edge stays"
    paused = [seg(0, 2500, (0, 900, "yes"), (1500, 2500, "no"))]
    assert [(s.start_ms, s.end_ms) for s in regroup(paused, 300)] == [(0, 900), (1500, 2500)]
    untouched = [Segment(None, 0, 1000, "no words")]
    assert regroup(untouched, 300) == untouched


def test_on_a_built_call_each_channel_edge_lands_on_its_line(tmp_path):
    """Real decoded audio (espeak-ng lines placed with sox): edges put 250 ms off either way
    come back within 30 ms of where each line's speech is."""
    missing = sox_call.tools_missing()
    if missing:
        pytest.skip(missing)
    path, lines = sox_call.build_call(tmp_path / "call")
    tracks = load_tracks(path)
    assert tracks.channels == (0, 1)
    for channel, role, samples in zip(tracks.channels, ("agent", "customer"), tracks.samples):
        loud = Loudness(samples, SAMPLE_RATE)
        mine = [line for line in lines if line.role == role]
        off = [seg(line.start_ms + d, line.end_ms - d, (line.start_ms + d, line.end_ms - d, "w"))
               for line, d in zip(mine, (250, -250) * 4)]
        for line, turn in zip(mine, align(off, loud)):
            assert abs(turn.start_ms - line.start_ms) <= 30, (channel, line.text, turn)
            assert abs(turn.end_ms - line.end_ms) <= 30, (channel, line.text, turn)


def test_loudness_of_an_hour_is_cheap_in_memory():
    # 10 ms frames: an hour is 360,000 levels, not a copy of the samples.
    loud = Loudness(np.zeros(60 * SAMPLE_RATE, np.float32), SAMPLE_RATE)
    assert loud.levels.shape == (6000,) and loud.levels.dtype == np.float32
    assert not loud.sound.any(), "digital silence has no sound"
