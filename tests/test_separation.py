"""Speaker separation of mono calls: the real models on the shared telephone recording."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from reviewer.speakers import models
from reviewer.speakers.separation import Separation, SeparationCancelled, separate

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "testdata" / "audio" / "telephone-two-speakers"

needs_models = pytest.mark.skipif(not models.available(), reason="speaker models not installed (./go setup)")
needs_sample = pytest.mark.skipif(not (SAMPLE / "sample.wav").is_file(), reason="../shared/testdata is absent")


def frame_der(truth, segments, duration_ms, collar_ms=250):
    """Frame-level (10 ms) DER with the best speaker mapping, overlap scored, no-score collar."""
    n = duration_ms // 10 + 1
    labels = sorted({k for *_, k in truth})
    ref = np.zeros((len(labels), n), bool)
    score = np.ones(n, bool)
    for s, e, k in truth:
        ref[labels.index(k), s // 10:e // 10] = True
        score[max(0, (s - collar_ms) // 10):(s + collar_ms) // 10] = False
        score[max(0, (e - collar_ms) // 10):(e + collar_ms) // 10] = False
    speakers = sorted({k for *_, k in segments})
    hyp = np.zeros((max(len(speakers), len(labels)), n), bool)
    for s, e, k in segments:
        hyp[speakers.index(k), s // 10:e // 10] = True
    total = ref[:, score].sum()
    best = None
    for perm in itertools.permutations(range(len(hyp)), len(labels)):
        h = hyp[list(perm)]
        nref, nhyp = ref.sum(0), hyp.sum(0)
        correct = (ref & h).sum(0)
        err = (np.maximum(nref, nhyp) - correct)[score].sum()
        best = err if best is None else min(best, err)
    return best / total


def rttm_ms(path):
    out = []
    for line in path.read_text().splitlines():
        p = line.split()
        out.append((int(float(p[3]) * 1000), int((float(p[3]) + float(p[4])) * 1000), p[7]))
    return out


def test_frame_der_scores_what_it_should():
    truth = [(0, 1000, "a"), (1000, 2000, "b")]
    assert frame_der(truth, [(0, 1000, 2), (1000, 2000, 1)], 2000, collar_ms=0) == 0
    assert frame_der(truth, [(0, 2000, 1)], 2000, collar_ms=0) == pytest.approx(0.5)


@needs_models
@needs_sample
def test_two_speakers_of_the_telephone_sample():
    from reviewer.transcription.tracks import decode_audio

    samples = decode_audio(SAMPLE / "sample.wav")[0]
    seen = []
    result = separate(samples, speakers=2, progress=seen.append)
    assert result.count == 2
    assert {k for *_, k in result.segments} == {1, 2}
    assert result.segments[0][2] == 1  # numbered by first speech
    assert all(v is not None and v.shape == (192,) for v in result.embeddings.values())
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    # measured: 0.015 (0.25 s collar), 0.058 with none; pyannote.metrics agrees (benchmark)
    der = frame_der(rttm_ms(SAMPLE / "sample.rttm"), result.segments, len(samples) // 16)
    assert der < 0.08
    assert frame_der(rttm_ms(SAMPLE / "sample.rttm"), result.segments, len(samples) // 16, collar_ms=0) < 0.15
    detected = separate(samples, speakers=None)
    assert detected.count == 2


def test_speaker_of_hand_made_segments():
    sep = Separation([(0, 1000, 1), (900, 3000, 2), (6000, 7000, 1)], {1: None, 2: None}, 2)
    assert sep.speaker_of(0, 800) == 1
    assert sep.speaker_of(800, 2000) == 2  # most overlap
    assert sep.speaker_of(3300, 3600) == 2  # nearest, within 1 s
    assert sep.speaker_of(5500, 5800) == 1
    assert sep.speaker_of(4100, 4900) is None  # more than 1 s from every segment
    assert Separation([], {}, 0).speaker_of(0, 100) is None


@needs_models
def test_cancel_stops_separation():
    samples = np.random.default_rng(0).normal(0, 0.05, 16000 * 30).astype(np.float32)
    with pytest.raises(SeparationCancelled):
        separate(samples, is_cancelled=lambda: True)


def test_models_missing_when_the_folder_is_empty(tmp_path, monkeypatch):
    from reviewer.speakers import embedding, segmentation

    monkeypatch.setenv("REVIEWER_SPEAKER_MODELS", str(tmp_path))
    monkeypatch.setattr(segmentation, "_model", None)
    monkeypatch.setattr(embedding, "_weights", None)
    with pytest.raises(models.ModelsMissing, match="not installed"):
        separate(np.zeros(16000 * 3, np.float32))


def test_bad_input_is_refused_clearly():
    with pytest.raises(ValueError, match="mono"):
        separate(np.zeros((2, 16000), np.float32))


def _naive_average_linkage(x):
    clusters = [[i] for i in range(len(x))]
    d = 1.0 - x @ x.T
    heights = []
    while len(clusters) > 1:
        best = None
        for i in range(len(clusters)):
            for j in range(i + 1, len(clusters)):
                h = d[np.ix_(clusters[i], clusters[j])].mean()
                if best is None or h < best[0]:
                    best = (h, i, j)
        h, i, j = best
        heights.append(h)
        clusters[i] += clusters.pop(j)
    return sorted(heights)


def test_clustering_matches_average_linkage_and_finds_the_groups():
    from reviewer.speakers import clustering

    rng = np.random.default_rng(1)
    centres = rng.normal(size=(3, 16))
    x = np.concatenate([c + 0.3 * rng.normal(size=(8, 16)) for c in centres])
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    merges = clustering.dendrogram(x)
    assert [m[0] for m in merges] == pytest.approx(_naive_average_linkage(x), abs=1e-5)
    labels = clustering.cut(len(x), merges, clusters=3)
    assert sorted(np.bincount(labels)) == [8, 8, 8]
    assert len(set(labels[:8])) == len(set(labels[8:16])) == len(set(labels[16:])) == 1
    assert clustering.cut(len(x), merges, threshold=-1.0).max() == len(x) - 1


@needs_models
@needs_sample
def test_one_voice_stays_one_speaker_and_two_voices_stay_two():
    """The default count of two splits a monologue in halves; their embeddings are one voice
    (measured 0.97 on jfk), so they are joined; the telephone sample's two voices (0.43) are not."""
    from reviewer.speakers.separation import one_voice_if_same
    from reviewer.transcription.tracks import decode_audio

    jfk = SAMPLE.parent / "faster-whisper" / "jfk.flac"
    split = separate(decode_audio(jfk)[0], speakers=2)
    assert split.count == 2
    joined = one_voice_if_same(split)
    assert joined.count == 1 and {k for *_, k in joined.segments} == {1} and set(joined.embeddings) == {1}
    assert all(a[1] <= b[0] for a, b in zip(joined.segments, joined.segments[1:]))  # no overlap with itself
    two = separate(decode_audio(SAMPLE / "sample.wav")[0], speakers=2)
    assert one_voice_if_same(two) is two


def test_joining_voices_keeps_separate_ones_apart():
    from reviewer.speakers.separation import one_voice_if_same

    a, b = np.zeros(192, np.float32), np.zeros(192, np.float32)
    a[0], b[1] = 1.0, 1.0
    near = a + 0.1 * b
    found = Separation([(0, 1000, 1), (900, 2000, 2), (2000, 3000, 3)], {1: a, 2: b, 3: near}, 3)
    merged = one_voice_if_same(found)
    assert merged.count == 2
    assert merged.segments == [(0, 1000, 1), (900, 2000, 2), (2000, 3000, 1)]


@needs_models
@needs_sample
def test_onnx_segmentation_gives_the_numpy_reference_numbers():
    """The graph built from the weights computes what the numpy forward pass computes."""
    from reviewer.speakers import segmentation
    from reviewer.transcription.tracks import decode_audio

    audio = decode_audio(SAMPLE / "sample.wav")[0]
    windows = np.stack([audio[s:s + segmentation.WINDOW] for s in (0, 80000, len(audio) - segmentation.WINDOW)])
    fast = segmentation.logits(windows)
    reference = segmentation.model()(windows)
    assert fast.shape == reference.shape == (3, segmentation.FRAMES, 7)
    assert np.abs(fast - reference).max() < 1e-2
    assert (fast.argmax(-1) == reference.argmax(-1)).mean() > 0.995
