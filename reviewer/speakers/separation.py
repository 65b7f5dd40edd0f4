"""Who speaks when in a mono recording: speaker separation (diarization) offline, no torch
(the models run as ONNX graphs, see onnx_graph).

1. segmentation-3.0 over 10 s windows every `step` seconds: up to three local speakers per window;
2. a CAM++ embedding of each local speaker's clean (not overlapped) speech in its window;
3. agglomerative clustering (cosine, average linkage) of those embeddings into the speakers of the
   whole call: exactly `speakers` of them, or as many as a distance threshold finds (2..6);
4. the local activity of each cluster summed over the windows; in each frame the clusters with
   the most activity speak, as many as the windows' mean count of speakers there (overlap allowed).

Memory stays bounded for long calls: per window only uint8 activity is kept, embeddings are
computed batch by batch, and the aggregation works on uint8/float32 arrays of one row per speaker.
"""

from __future__ import annotations

import concurrent.futures
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from . import blas, clustering, embedding, segmentation
from .segmentation import FRAME_STEP, FRAMES, SAMPLE_RATE, WINDOW

DEFAULT_STEP = 5.0  # seconds between windows
DETECT_RANGE = (2, 6)  # speakers when the count is detected
THRESHOLD = 0.5  # cosine distance that separates two speakers when the count is detected
# Cosine similarity above which two separated speakers are one voice: the two halves of one
# speaker's speech measured 0.86-0.97 (jfk, a Russian telephony clip, a Harvard-sentences reader),
# two people on one line 0.33-0.43 (the telephone sample, an espeak call, en/de readers).
SAME_VOICE = 0.7
# Speech per local speaker and window given to CAM++: windows overlap by half, so longer would
# embed the same speech twice; 5 s of one voice is plenty for the model to tell voices apart.
EMBED_SECONDS = 5.0
_BATCH = 8  # windows per segmentation batch: ONNX Runtime keeps its largest intermediates (32 windows: ~1 GB)
_MIN_CLEAN = embedding.MIN_SAMPLES  # samples of speech needed for an embedding
_MIN_ON = 0.1  # seconds: shorter speech is dropped
_MIN_OFF = 0.1  # seconds: shorter silences inside a speaker's speech are filled


class SeparationCancelled(Exception):
    """Speaker separation was stopped by the caller."""


@dataclass
class Separation:
    segments: list[tuple[int, int, int]]  # (start_ms, end_ms, speaker), speakers 1..N by first speech
    embeddings: dict[int, np.ndarray | None] = field(default_factory=dict)  # speaker -> mean CAM++
    count: int = 0

    def speaker_of(self, start_ms: int, end_ms: int, *, reach_ms: int = 1000) -> int | None:
        """The speaker who speaks most in [start_ms, end_ms]; when nobody does, the speaker of the
        nearest segment within reach_ms; else None."""
        overlap: dict[int, int] = {}
        for s, e, spk in self.segments:
            o = min(e, end_ms) - max(s, start_ms)
            if o > 0:
                overlap[spk] = overlap.get(spk, 0) + o
        if overlap:
            return max(sorted(overlap), key=overlap.__getitem__)
        best, gap = None, reach_ms + 1
        for s, e, spk in self.segments:
            g = max(s - end_ms, start_ms - e, 0)
            if g < gap:
                best, gap = spk, g
        return best


def separate(samples: np.ndarray, *, speakers: int | None = 2,
             progress: Callable[[float], None] | None = None,
             is_cancelled: Callable[[], bool] | None = None,
             step: float = DEFAULT_STEP, threshold: float = THRESHOLD,
             binarise: str = "count", embed_every: int = 1,
             embed_seconds: float | None = EMBED_SECONDS) -> Separation:
    """Separate the speakers of `samples` (float32 mono at 16 kHz).

    speakers: the exact count, or None to detect it (2..6). progress(fraction) is called as it
    goes; is_cancelled() is polled between batches (SeparationCancelled). Only every
    `embed_every`-th window is embedded (the cost of CAM++); the local speakers of the others take
    the cluster of the embedded neighbour whose activity they share most. Raises
    models.ModelsMissing when the speaker models are not installed."""
    with blas.threads(1):
        return _separate(samples, speakers, progress, is_cancelled, step, threshold, binarise, embed_every,
                         embed_seconds)


def one_voice_if_same(found: Separation, same: float = SAME_VOICE) -> Separation:
    """Speakers whose mean embeddings are this alike made one speaker (a voicemail, a monologue
    that a count of two split in halves); used when the reviewer did not set the count."""
    unit = {k: v / n for k, v in found.embeddings.items() if v is not None and (n := float(np.linalg.norm(v))) > 0}
    parent = {k: k for k in found.embeddings}

    def root(k):
        while parent[k] != k:
            k = parent[k]
        return k

    keys = sorted(unit)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if float(unit[a] @ unit[b]) >= same:
                parent[root(b)] = root(a)
    if all(root(k) == k for k in parent):
        return found
    talk: dict[int, int] = {}
    for s, e, k in found.segments:
        talk[k] = talk.get(k, 0) + e - s
    merged: dict[int, list[tuple[int, int]]] = {}
    for s, e, k in sorted(found.segments):
        spans = merged.setdefault(root(k), [])
        if spans and s <= spans[-1][1]:  # one voice cannot overlap itself
            spans[-1] = (spans[-1][0], max(spans[-1][1], e))
        else:
            spans.append((s, e))
    order = {g: n + 1 for n, g in enumerate(sorted(merged, key=lambda g: merged[g][0][0]))}
    embeddings = {}
    for g, n in order.items():
        members = [k for k in found.embeddings if root(k) == g and found.embeddings[k] is not None]
        weight = sum(talk.get(k, 0) for k in members)
        embeddings[n] = (sum(found.embeddings[k] * talk.get(k, 0) for k in members) / weight) if weight else None
    segments = sorted((s, e, order[g]) for g, spans in merged.items() for s, e in spans)
    return Separation(segments, embeddings, len(order))


def _central(mask: np.ndarray, limit: int) -> np.ndarray:
    """The `limit` active frames of `mask` nearest the window's centre (where segmentation sees
    most context), as a boolean mask."""
    on = np.flatnonzero(mask)
    if len(on) <= limit:
        return mask.astype(bool)
    keep = on[np.argsort(np.abs(on - len(mask) // 2), kind="stable")[:limit]]
    out = np.zeros(len(mask), bool)
    out[keep] = True
    return out


def _separate(samples, speakers, progress, is_cancelled, step, threshold, binarise, embed_every,
              embed_seconds) -> Separation:
    samples = np.asarray(samples, dtype=np.float32)
    if samples.ndim != 1:
        raise ValueError(f"expected mono samples, got shape {samples.shape}")
    if speakers is not None and speakers < 1:
        raise ValueError(f"speakers must be at least 1, got {speakers}")
    segmentation.model()  # ModelsMissing early
    embedding._load()
    n = len(samples)
    if n < _MIN_CLEAN:
        return Separation([], {}, 0)
    hop = int(step * SAMPLE_RATE)
    starts = list(range(0, max(1, n - WINDOW + hop), hop))
    if n > WINDOW and starts[-1] + WINDOW < n:
        starts.append(n - WINDOW)
    acts = np.zeros((len(starts), FRAMES, 3), np.uint8)
    items: list[tuple[int, int]] = []  # (window, local speaker) of each embedding
    weights: list[float] = []  # clean seconds behind each embedding
    vectors: list[np.ndarray] = []
    frame_mask = np.zeros(WINDOW, bool)
    # digital silence (exact zeros) drives the LSTM and CAM++ into subnormal floats, which are
    # tens of times slower: a fixed dither at -90 dBFS keeps them out
    dither = np.random.default_rng(0).normal(0.0, 3e-5, WINDOW).astype(np.float32)
    embed_frames = int(embed_seconds * SAMPLE_RATE / FRAME_STEP) if embed_seconds else FRAMES
    # CAM++ embeds one batch's speakers on a second thread while the next batch is segmented
    # (ONNX Runtime lets go of the GIL): the two models then use two cores between them
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as embedder:
        pending = None
        for b0 in range(0, len(starts), _BATCH):
            if is_cancelled and is_cancelled():
                raise SeparationCancelled("speaker separation cancelled")
            batch = np.repeat(dither[None], min(_BATCH, len(starts) - b0), axis=0)
            for i, s in enumerate(starts[b0:b0 + len(batch)]):
                chunk = samples[s:s + WINDOW]
                batch[i, :len(chunk)] += chunk
            acts[b0:b0 + len(batch)] = segmentation.activity(batch)
            chunks = []
            for i in range(len(batch)):
                if (b0 + i) % embed_every and b0 + i != len(starts) - 1:
                    continue
                a = acts[b0 + i]
                clean = a * (a.sum(1, keepdims=True) == 1)
                for k in range(3):
                    for mask in (clean[:, k], a[:, k]):
                        frame_mask[:FRAMES * FRAME_STEP] = np.repeat(_central(mask, embed_frames), FRAME_STEP)
                        if frame_mask.sum() >= _MIN_CLEAN:
                            chunks.append(batch[i][frame_mask])
                            items.append((b0 + i, k))
                            weights.append(float(mask.sum()) * FRAME_STEP / SAMPLE_RATE)
                            break
            if pending is not None:
                vectors.append(pending.result())  # at most one batch waits: memory stays bounded
                pending = None
            if chunks:
                pending = embedder.submit(embedding.embed_many, chunks)
            if progress:
                progress(0.95 * min(1.0, (b0 + len(batch)) / len(starts)))
        if pending is not None:
            vectors.append(pending.result())
    if not items:
        return Separation([], {}, 0)
    x = np.concatenate(vectors)
    labels = _cluster(x, np.array(weights), speakers, threshold)
    all_items, all_labels = _propagate(acts, starts, items, labels, embed_every)
    result = _aggregate(acts, starts, n, all_items, all_labels, binarise)
    segments, order = _segments(result)
    emb: dict[int, np.ndarray | None] = {}
    for cluster, speaker in order.items():
        members = labels == cluster
        w = np.array(weights)[members]
        if w.sum() < 1.0:
            emb[speaker] = None
        else:
            mean = (x[members] * w[:, None]).sum(0)
            emb[speaker] = (mean / max(np.linalg.norm(mean), 1e-12)).astype(np.float32)
    if progress:
        progress(1.0)
    return Separation(segments, emb, len(order))


def _cluster(x: np.ndarray, weights: np.ndarray, speakers: int | None, threshold: float) -> np.ndarray:
    """Cluster label of each embedding; small clusters (outliers) join the nearest large one."""
    n = len(x)
    merges = clustering.dendrogram(x)
    min_weight = max(2.0, 0.02 * weights.sum())
    if speakers is None:
        labels = clustering.cut(n, merges, threshold=threshold)
        big = [c for c in range(labels.max() + 1) if weights[labels == c].sum() >= min_weight]
        lo, hi = DETECT_RANGE
        if lo <= len(big) <= hi:
            return _absorb(x, weights, labels, big)
        speakers = min(max(len(big), lo), hi)
    speakers = min(speakers, n)
    for k in range(speakers, n + 1):
        labels = clustering.cut(n, merges, clusters=k)
        big = [c for c in range(labels.max() + 1) if weights[labels == c].sum() >= min_weight]
        if len(big) >= speakers:
            big = sorted(big, key=lambda c: -weights[labels == c].sum())[:speakers]
            return _absorb(x, weights, labels, big)
    return clustering.cut(n, merges, clusters=speakers)


def _absorb(x, weights, labels, big) -> np.ndarray:
    centroids = np.stack([(x[labels == c] * weights[labels == c, None]).sum(0) for c in big])
    centroids /= np.maximum(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-12)
    remap = {c: i for i, c in enumerate(big)}
    out = np.empty(len(labels), np.int64)
    for i, c in enumerate(labels):
        out[i] = remap[c] if c in remap else int(np.argmax(centroids @ x[i]))
    return out


def _propagate(acts, starts, items, labels, every):
    """Labels for the local speakers of windows that were not embedded, from overlapping ones."""
    known = {item: int(label) for item, label in zip(items, labels)}
    embedded = {w for w, _ in items}
    out_items, out_labels = list(items), list(labels)
    for w in range(len(starts)):
        if w in embedded:
            continue
        for k in range(3):
            mine = acts[w][:, k]
            if not mine.any():
                continue
            votes: dict[int, int] = {}
            for v in range(max(0, w - every + 1), min(len(starts), w + every)):
                if v not in embedded:
                    continue
                d = int(round((starts[w] - starts[v]) / FRAME_STEP))
                a, b = (mine[:FRAMES - d], acts[v][d:]) if d >= 0 else (mine[-d:], acts[v][:FRAMES + d])
                for j in range(3):
                    if (v, j) in known:
                        lab = known[(v, j)]
                        votes[lab] = votes.get(lab, 0) + int((a & b[:, j]).sum())
            if votes and max(votes.values()) > 0:
                out_items.append((w, k))
                out_labels.append(max(votes, key=votes.__getitem__))
    return out_items, np.array(out_labels, np.int64)


def _aggregate(acts, starts, n, items, labels, binarise) -> np.ndarray:
    """(speakers, frames) uint8 activity of the whole recording on the segmentation's frame grid."""
    k = int(labels.max()) + 1
    frames = n // FRAME_STEP + FRAMES + 1
    score = np.zeros((k, frames), np.float32)
    coverage = np.zeros(frames, np.uint8)
    local_count = np.zeros(frames, np.uint8)
    by_window: dict[int, list[tuple[int, int]]] = {}
    for (w, local), label in zip(items, labels):
        by_window.setdefault(w, []).append((local, int(label)))
    for w, s in enumerate(starts):
        f0 = int(round(s / FRAME_STEP))
        a = acts[w]
        coverage[f0:f0 + FRAMES] += 1
        local_count[f0:f0 + FRAMES] += a.sum(1, dtype=np.uint8)
        seen: dict[int, np.ndarray] = {}
        for local, label in by_window.get(w, []):
            seen[label] = np.maximum(seen.get(label, 0), a[:, local])
        for label, row in seen.items():
            score[label, f0:f0 + FRAMES] += row
    cov = np.maximum(coverage, 1)
    if binarise == "threshold":
        mean = score / cov
        return _hysteresis(mean, 0.5, 0.35)
    count = np.minimum(np.rint(local_count / cov).astype(np.int64), k)
    out = np.zeros((k, frames), np.uint8)
    ranked = np.argsort(-score, axis=0)  # (k, frames)
    for r in range(k):
        chosen = ranked[r]
        on = (count > r) & (score[chosen, np.arange(frames)] > 0)
        out[chosen[on], np.nonzero(on)[0]] = 1
    return out


def _hysteresis(mean: np.ndarray, onset: float, offset: float) -> np.ndarray:
    out = np.zeros(mean.shape, np.uint8)
    for r, row in enumerate(mean):
        state = False
        for i, v in enumerate(row):
            state = v > onset if not state else v > offset
            out[r, i] = state
    return out


def _segments(active: np.ndarray) -> tuple[list[tuple[int, int, int]], dict[int, int]]:
    """Segments in ms with speakers numbered by first speech; {cluster: speaker}."""
    frame_ms = FRAME_STEP * 1000 / SAMPLE_RATE
    offset_ms = (segmentation.FRAME_SPAN / 2 - FRAME_STEP / 2) * 1000 / SAMPLE_RATE
    min_on = int(round(_MIN_ON * 1000 / frame_ms))
    min_off = int(round(_MIN_OFF * 1000 / frame_ms))
    raw = []
    for cluster, row in enumerate(active):
        edges = np.diff(np.concatenate([[0], row.astype(np.int8), [0]]))
        on, off = np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]
        runs: list[list[int]] = []
        for a, b in zip(on, off):
            if runs and a - runs[-1][1] < min_off:
                runs[-1][1] = b
            else:
                runs.append([a, b])
        raw += [(a, b, cluster) for a, b in runs if b - a >= min_on]
    raw.sort()
    order: dict[int, int] = {}
    segments = []
    for a, b, cluster in raw:
        speaker = order.setdefault(cluster, len(order) + 1)
        segments.append((int(round(a * frame_ms + offset_ms)), int(round(b * frame_ms + offset_ms)), speaker))
    return segments, order
