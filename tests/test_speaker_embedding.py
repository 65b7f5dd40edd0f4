"""Voice embeddings (numpy CAM++): the same numbers as 3D-Speaker's PyTorch model, batches equal
to one-by-one, one voice closer to itself than to another, and bad chunks refused clearly.

tests/data/campplus_reference.json holds the PyTorch model's output for the same clips, written by
benchmarks/speakers/embedding_reference.py (torch is never a dependency of the project)."""

import json
from pathlib import Path

import numpy as np
import pytest

from reviewer.speakers import embedding, fbank, models
from reviewer.transcription.tracks import decode_audio

DATA = Path(__file__).parent / "data"
SAMPLE = Path(__file__).parents[1] / ".." / "shared" / "testdata" / "audio" / "telephone-two-speakers"


def _synthetic_voice(pitch=140.0, seconds=1.5):
    t = np.arange(int(seconds * 16000)) / 16000
    phase = 2 * np.pi * pitch * t + 2.5 * np.sin(2 * np.pi * 5 * t)
    wave = sum(np.sin(k * phase) / k for k in range(1, 12)) * (0.6 + 0.4 * np.sin(2 * np.pi * 3 * t))
    return (0.2 * wave).astype(np.float32)


def _sample():
    if not (SAMPLE / "sample.wav").is_file():
        pytest.skip("../shared/testdata is absent: the telephone sample is needed")
    [audio] = decode_audio(SAMPLE / "sample.wav")
    turns = []
    for line in (SAMPLE / "sample.rttm").read_text().splitlines():
        parts = line.split()
        turns.append((parts[7], float(parts[3]), float(parts[3]) + float(parts[4])))
    return audio, turns


@pytest.fixture(scope="module", autouse=True)
def _models():
    if not models.available():
        pytest.fail("speaker models missing: ./go setup installs them (scripts/install_speaker_models.py)")


def _reference(name):
    entry = json.loads((DATA / "campplus_reference.json").read_text())[name]
    ref = np.array(entry["embedding"], dtype=np.float32)
    return np.array(entry["fbank_first_frames"], dtype=np.float32), ref / np.linalg.norm(ref)


def test_synthetic_clip_matches_the_pytorch_model():
    audio = _synthetic_voice()
    frames, ref = _reference("synthetic voice 1.5 s")
    feats = fbank.fbank(audio)
    assert feats.shape == (fbank.frame_count(len(audio)), 80) == (148, 80)
    assert np.abs(feats[:3] - frames).max() < 2e-3
    ours = embedding.embed(audio)
    assert ours.shape == (embedding.DIM,) and ours.dtype == np.float32
    assert abs(np.linalg.norm(ours) - 1) < 1e-5
    assert float(ours @ ref) >= 0.999


def test_telephone_speech_matches_the_pytorch_model():
    audio, _turns = _sample()
    _frames, ref = _reference("sample.wav 10.6-14.7 s")
    assert float(embedding.embed(audio[169600:235200]) @ ref) >= 0.999


def test_a_batch_gives_what_one_chunk_at_a_time_gives():
    voices = [_synthetic_voice(p, seconds=0.8) for p in (110, 140, 190)] + [_synthetic_voice(120, seconds=1.1)]
    batch = embedding.embed_many(voices)
    assert batch.shape == (4, embedding.DIM)
    for voice, row in zip(voices, batch):
        assert float(embedding.embed(voice) @ row) > 0.99999
    assert embedding.embed_many([]).shape == (0, embedding.DIM)


def test_one_speaker_is_closer_to_themself_than_to_the_other():
    audio, turns = _sample()
    speech = {}
    for speaker, start, end in turns:
        if end - start >= 1.5:
            speech.setdefault(speaker, []).append(audio[int(start * 16000) : int(end * 16000)])
    assert len(speech) == 2 and all(len(v) >= 2 for v in speech.values())
    (a, first), (b, second) = speech.items()
    ea, eb = embedding.embed_many(first), embedding.embed_many(second)
    same = [float(ea[0] @ ea[1]), float(eb[0] @ eb[1])]
    different = float((ea @ eb.T).max())
    assert min(same) > different + 0.1, (a, b, same, different)


def test_short_or_stereo_chunks_are_refused_with_a_reason():
    with pytest.raises(ValueError, match="chunk 1: .*shorter than 0.5 s"):
        embedding.embed_many([_synthetic_voice(), np.zeros(4000, np.float32)])
    with pytest.raises(ValueError, match="mono"):
        embedding.embed(np.zeros((2, 16000), np.float32))


def test_onnx_graph_gives_the_numpy_reference_numbers():
    """embed_many runs CAM++ as an ONNX graph; the numpy forward pass is the reference."""
    audio, _turns = _sample()
    w = embedding._load()
    for chunk in (audio[:16000 * 7 + 1234], audio[169600:235200]):  # a partial last 100-frame segment too
        feats = fbank.fbank(chunk)[None]
        reference = embedding._forward(w, feats)[0]
        fast = embedding._run(w, feats)[0]
        assert float(reference @ fast) / (np.linalg.norm(reference) * np.linalg.norm(fast)) > 0.99999
