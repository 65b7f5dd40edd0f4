"""Voice embeddings (numpy CAM++): speed, and a speaker-verification sanity check on shared clips.

    PYTHONPATH=. .venv/bin/python benchmarks/speakers/bench_embedding.py

Speed: the real-time factor (seconds of computing per second of audio) of one chunk at a time
and of batches, on this machine's CPU as loaded now (the load average is printed with it).

Verification: pieces of PIECE_S seconds cut from the single-speaker stretches of the two
diarized recordings (truth from their RTTM, overlapping speech left out), every pair of pieces
of one recording compared: same-speaker against different-speaker cosine similarity, the equal
error rate and the threshold at which it occurs. Across files: the Latvian Common Voice clips,
whose contributors are different people, against each other (all different-speaker pairs).
"""

from __future__ import annotations

import itertools
import os
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
AUDIO = REPO.parent / "shared" / "testdata" / "audio"
sys.path.insert(0, str(REPO))

from reviewer.speakers import embedding  # noqa: E402
from reviewer.transcription.tracks import decode_audio  # noqa: E402

SR = embedding.SAMPLE_RATE
PIECE_S = (1.5, 3.0)
DIARIZED = (("telephone-two-speakers/sample.wav", "telephone-two-speakers/sample.rttm"),
            ("long-8k-four-speakers/aepyx_8k.wav", "long-8k-four-speakers/aepyx.rttm"))


def speed() -> None:
    load = os.getloadavg()[0]
    print(f"speed (load average {load:.1f} on {os.cpu_count()} CPUs; RTF = seconds of computing per second of audio)")
    rng = np.random.default_rng(1)
    audio = [a for a in decode_audio(AUDIO / "telephone-two-speakers" / "sample.wav")][0]
    embedding.embed(audio[:SR])  # weights loaded outside the timing
    for seconds, count in ((1.5, 20), (3.0, 10), (10.0, 3), (30.0, 1)):
        length = int(seconds * SR)
        chunks = [audio[s : s + length] for s in rng.integers(0, len(audio) - length + 1, count)]
        started = time.perf_counter()
        for chunk in chunks:
            embedding.embed(chunk)
        one = time.perf_counter() - started
        started, cpu = time.perf_counter(), time.process_time()
        embedding.embed_many(chunks)
        batch, cpu = time.perf_counter() - started, time.process_time() - cpu
        total = seconds * count
        print(f"  {count:2d} x {seconds:4.1f} s: RTF one at a time {one / total:.3f}, batched {batch / total:.3f}"
              f" (CPU seconds per second of audio, all threads: {cpu / total:.3f})")


def _pieces(wav: Path, rttm: Path, piece_s: float) -> tuple[list[np.ndarray], list[str]]:
    [audio] = decode_audio(wav)
    turns = []
    for line in rttm.read_text().splitlines():
        parts = line.split()
        turns.append((float(parts[3]), float(parts[3]) + float(parts[4]), parts[7]))
    chunks, labels = [], []
    for start, end, who in turns:
        others = [(s, e) for s, e, w in turns if w != who and s < end and e > start]
        for a, b in _free(start, end, others):  # the stretch minus any overlap with another speaker
            t = a
            while t + piece_s <= b:
                chunks.append(audio[int(t * SR) : int((t + piece_s) * SR)])
                labels.append(who)
                t += piece_s
    return chunks, labels


def _free(start, end, others):
    free, t = [], start
    for s, e in sorted(others):
        if s > t:
            free.append((t, min(s, end)))
        t = max(t, e)
    if t < end:
        free.append((t, end))
    return free


def _eer(same: np.ndarray, different: np.ndarray) -> tuple[float, float]:
    """(equal error rate, its threshold): where missed same-speaker pairs equal accepted
    different-speaker pairs."""
    thresholds = np.linspace(-0.2, 1.0, 1201)
    miss = (same[None, :] < thresholds[:, None]).mean(axis=1)
    accept = (different[None, :] >= thresholds[:, None]).mean(axis=1)
    best = int(np.argmin(np.abs(miss - accept)))
    return float((miss[best] + accept[best]) / 2), float(thresholds[best])


def verification() -> None:
    print("verification (cosine similarity of pieces of one recording)")
    for wav, rttm in DIARIZED:
        for piece_s in PIECE_S:
            chunks, labels = _pieces(AUDIO / wav, AUDIO / rttm, piece_s)
            vectors = embedding.embed_many(chunks)
            scores = vectors @ vectors.T
            same, different = [], []
            for i, j in itertools.combinations(range(len(chunks)), 2):
                (same if labels[i] == labels[j] else different).append(scores[i, j])
            same, different = np.array(same), np.array(different)
            eer, threshold = _eer(same, different)
            print(f"  {Path(wav).name:15s} {piece_s:3.1f} s pieces: {len(chunks):3d} pieces of {len(set(labels))} speakers;"
                  f" same speaker {same.mean():.3f} (5th pct {np.percentile(same, 5):.3f}),"
                  f" different {different.mean():.3f} (95th pct {np.percentile(different, 95):.3f});"
                  f" EER {eer:.1%} at {threshold:.2f}")
    folder = AUDIO / "latvian-commonvoice"
    rows = [line.split("\t") for line in (folder / "reference.tsv").read_text().splitlines()[1:]]
    named = [(folder / r[0], r[2]) for r in rows if len(r) > 2 and r[2]]
    clips = [decode_audio(path)[0] for path, _ in named]
    vectors = np.stack([embedding.embed(c) for c in clips])
    scores = [float(vectors[i] @ vectors[j]) for i, j in itertools.combinations(range(len(clips)), 2)
              if named[i][1] != named[j][1]]
    print(f"  Common Voice lv: {len(clips)} contributors, {len(scores)} different-speaker pairs:"
          f" mean {np.mean(scores):.3f}, max {np.max(scores):.3f}")


if __name__ == "__main__":
    speed()
    verification()
