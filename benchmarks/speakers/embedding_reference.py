"""Checks reviewer.speakers.embedding (numpy CAM++) against the original PyTorch code.

Torch is a reference tool only, never a Reviewer dependency; run this with a separate venv:

    python3 -m venv /tmp/torchref && /tmp/torchref/bin/pip install torch numpy soundfile
    # 3D-Speaker's speakerlab/models/campplus/{DTDNN,layers}.py under REF/speakerlab/...,
    # torchaudio's compliance/kaldi.py (pure torch) as REF/kaldi_ref.py
    PYTHONPATH=.:REF /tmp/torchref/bin/python benchmarks/speakers/embedding_reference.py

Prints, per clip, the largest absolute difference of the fbank features and of the raw
embedding, and the cosine between the two embeddings (the target is >= 0.999).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np
import torch

import kaldi_ref
from reviewer.speakers import embedding, fbank, models, torch_weights
from speakerlab.models.campplus.DTDNN import CAMPPlus

ROOT = Path(__file__).resolve().parents[2]
AUDIO = ROOT / ".." / "shared" / "testdata" / "audio"


def synthetic_voice() -> np.ndarray:
    """1.5 s of a vowel-like tone with vibrato and tremolo: deterministic, no test data needed."""
    t = np.arange(24000) / 16000
    phase = 2 * np.pi * 140 * t + 2.5 * np.sin(2 * np.pi * 5 * t)
    wave = sum(np.sin(k * phase) / k for k in range(1, 12)) * (0.6 + 0.4 * np.sin(2 * np.pi * 3 * t))
    return (0.2 * wave).astype(np.float32)


def fixture_clips() -> list[tuple[str, np.ndarray]]:
    """What tests/data/campplus_reference.json holds the torch results of."""
    out = [("synthetic voice 1.5 s", synthetic_voice())]
    wav = AUDIO / "telephone-two-speakers" / "sample.wav"
    if wav.is_file():
        import soundfile

        audio, _ = soundfile.read(wav, dtype="float32")
        out.append(("sample.wav 10.6-14.7 s", audio[169600:235200]))
    return out


def clips() -> list[tuple[str, np.ndarray]]:
    rng = np.random.default_rng(7)
    out = [("noise 0.7 s", (rng.standard_normal(11200) * 0.1).astype(np.float32)),
           ("noise 3.3 s", (rng.standard_normal(52800) * 0.1).astype(np.float32))]
    wav = AUDIO / "telephone-two-speakers" / "sample.wav"
    if wav.is_file():
        import soundfile

        audio, rate = soundfile.read(wav, dtype="float32")
        assert rate == 16000
        out += [("sample.wav 0-10 s", audio[:160000]), ("sample.wav 30 s", audio),
                ("sample.wav 12.3-13.1 s", audio[196800:209600])]
    return out + fixture_clips()


def main() -> int:
    torch.set_grad_enabled(False)
    model = CAMPPlus(feat_dim=80, embedding_size=192)
    state = torch.load(models.model_path(models.EMBEDDING), map_location="cpu")
    model.load_state_dict(state)
    model.eval()
    worst = 1.0
    if "--write-fixture" in sys.argv:
        fixture = {}
        for name, audio in fixture_clips():
            feat = kaldi_ref.fbank(torch.from_numpy(audio)[None], num_mel_bins=80, sample_frequency=16000, dither=0)
            feat = feat - feat.mean(0, keepdim=True)
            fixture[name] = {"fbank_first_frames": feat[:3].numpy().round(5).tolist(),
                             "embedding": model(feat[None]).numpy()[0].round(6).tolist()}
        path = ROOT / "tests" / "data" / "campplus_reference.json"
        path.write_text(json.dumps(fixture, indent=0) + "\n")
        print(f"wrote {path}")
    for name, audio in clips():
        ref_feat = kaldi_ref.fbank(torch.from_numpy(audio)[None], num_mel_bins=80, sample_frequency=16000, dither=0)
        ref_feat = ref_feat - ref_feat.mean(0, keepdim=True)
        started = time.perf_counter()
        ref = model(ref_feat[None]).numpy()[0]
        torch_seconds = time.perf_counter() - started
        feat = fbank.fbank(audio)
        started = time.perf_counter()
        raw = embedding._forward(embedding._load(), feat[None])[0]
        seconds = time.perf_counter() - started
        cos = float(raw @ ref / np.linalg.norm(raw) / np.linalg.norm(ref))
        ours = embedding.embed(audio)
        assert abs(float(ours @ (ref / np.linalg.norm(ref))) - cos) < 1e-5
        worst = min(worst, cos)
        print(f"{name:24s} fbank max|diff| {np.abs(feat - ref_feat.numpy()).max():.2e}  "
              f"embedding max|diff| {np.abs(raw - ref).max():.2e} (max|ref| {np.abs(ref).max():.2f})  "
              f"cosine {cos:.6f}  numpy {seconds * 1000:.0f} ms, torch {torch_seconds * 1000:.0f} ms")
    print(f"worst cosine {worst:.6f} (target >= 0.999)")
    return 0 if worst >= 0.999 else 1


if __name__ == "__main__":
    sys.exit(main())
