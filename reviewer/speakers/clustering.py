"""Agglomerative clustering of speaker embeddings: cosine distance, average linkage, numpy only.

The nearest-neighbour chain builds the whole dendrogram in O(n²) time and memory (n is the number
of window-local speakers: a few thousand for an hour); cutting it is then a union-find replay.
"""

from __future__ import annotations

import numpy as np


def dendrogram(x: np.ndarray) -> list[tuple[float, int, int]]:
    """(distance, a, b) merges of the rows of x (L2-normalised), sorted by distance."""
    n = len(x)
    if n < 2:
        return []
    d = (1.0 - x @ x.T).astype(np.float32)
    np.fill_diagonal(d, np.inf)
    size = np.ones(n, np.float32)
    merges: list[tuple[float, int, int]] = []
    chain: list[int] = []
    alive = list(range(n))
    dead = np.zeros(n, bool)
    while len(merges) < n - 1:
        if not chain:
            while dead[alive[-1]]:
                alive.pop()
            chain.append(alive[-1])
        a = chain[-1]
        b = int(np.argmin(d[a]))
        if len(chain) > 1 and d[a, chain[-2]] <= d[a, b]:
            b = chain[-2]
        if len(chain) > 1 and b == chain[-2]:
            chain.pop()
            chain.pop()
            merges.append((float(d[a, b]), a, b))
            row = (size[a] * d[a] + size[b] * d[b]) / (size[a] + size[b])
            d[a], d[:, a] = row, row
            d[b], d[:, b] = np.inf, np.inf
            d[a, a] = np.inf
            size[a] += size[b]
            dead[b] = True
        else:
            chain.append(b)
    merges.sort()
    return merges


def cut(n: int, merges: list[tuple[float, int, int]], *, clusters: int | None = None,
        threshold: float | None = None) -> np.ndarray:
    """Cluster label (0..k-1) of each of the n items, at `clusters` clusters or below `threshold`."""
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    steps = len(merges) if clusters is None else max(0, n - max(1, clusters))
    for dist, a, b in merges[:steps]:
        if threshold is not None and dist > threshold:
            break
        parent[find(a)] = find(b)
    roots = [find(i) for i in range(n)]
    order = {r: k for k, r in enumerate(dict.fromkeys(roots))}
    return np.array([order[r] for r in roots], np.int64)
