"""Krippendorff's alpha with a bootstrap 95 % interval.

The point value comes from the ``krippendorff`` package. The bootstrap resamples units
(conversations) with replacement, 1,000 times; recomputing alpha with the package for every
replicate of every criterion would take seconds, so the replicates are computed at once from
per-unit coincidence matrices (nominal, ordinal) or per-unit sums (interval) with numpy. With
unit weights of one that computation gives the package's value exactly (tests check it).
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass
from typing import Sequence

import krippendorff
import numpy as np

from reviewer.domain.agreement import Table

LEVELS = ("nominal", "ordinal", "interval")
BOOTSTRAP_SAMPLES = 1000


@dataclass(frozen=True, slots=True)
class Alpha:
    value: float | None  # None: undefined (fewer than two pairable answers, or no variation at all)
    low: float | None = None  # bootstrap 95 % interval
    high: float | None = None

    @property
    def interval(self) -> list[float] | None:
        return None if self.low is None or self.high is None else [self.low, self.high]


def _matrix(table: Table) -> np.ndarray:
    width = max((len(row) for row in table), default=0)
    data = np.full((len(table), width), np.nan)
    for r, row in enumerate(table):
        for u, value in enumerate(row):
            if value is not None:
                data[r, u] = float(value)
    return data


def _finite(x: float) -> float | None:
    return None if x is None or not math.isfinite(x) else float(x)


def alpha(table: Table, level: str, domain: Sequence[float] | None = None) -> float | None:
    """Krippendorff's alpha of a reviewers × units table (None = missing) from the package."""
    return _alpha(_matrix(table), level, domain)


def _alpha(data: np.ndarray, level: str, domain: Sequence[float] | None = None) -> float | None:
    if level not in LEVELS:
        raise ValueError(f"unknown level of measurement {level!r}")
    present = data[~np.isnan(data)]
    pairs = (~np.isnan(data)).sum(axis=0)
    if (pairs >= 2).sum() == 0 or len(np.unique(present)) < 2:
        return None
    kwargs = {}
    if domain is not None and level != "interval":
        kwargs["value_domain"] = np.asarray(sorted(set(domain) | set(present.tolist())), dtype=float)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return _finite(float(krippendorff.alpha(reliability_data=data, level_of_measurement=level, **kwargs)))


def weighted_alpha(table: Table, level: str, weights: np.ndarray) -> np.ndarray:
    """Alpha for each row of ``weights`` (replicates × units: how often each unit is drawn)."""
    return _weighted(_matrix(table), level, weights)


def _weighted(data: np.ndarray, level: str, weights: np.ndarray) -> np.ndarray:
    weights = np.atleast_2d(np.asarray(weights, dtype=float))
    present = ~np.isnan(data)
    m = present.sum(axis=0)
    keep = m >= 2  # units with one answer carry no pairs; they drop out of alpha entirely
    data, m, weights = data[:, keep], m[keep], weights[:, keep]
    if data.shape[1] == 0:
        return np.full(weights.shape[0], np.nan)
    with np.errstate(invalid="ignore", divide="ignore"):
        if level == "interval":
            values = np.nan_to_num(data)
            s = values.sum(axis=0)
            q = (values**2).sum(axis=0)
            within = 2 * (m * q - s**2) / (m - 1)
            n = weights @ m
            observed = weights @ within
            expected = 2 * (n * (weights @ q) - (weights @ s) ** 2)
            return 1 - (n - 1) * observed / expected
        domain = np.unique(data[~np.isnan(data)])
        counts = (data.T[..., None] == domain[None, None, :]).sum(axis=1).astype(float)  # units × V
        v = len(domain)
        per_unit = (counts[:, :, None] * counts[:, None, :] - counts[:, :, None] * np.eye(v)[None]) / (
            m - 1
        ).reshape(-1, 1, 1)
        o = (weights @ per_unit.reshape(len(m), v * v)).reshape(-1, v, v)
        n_v = o.sum(axis=2)
        n = n_v.sum(axis=1)
        e = (n_v[:, :, None] * n_v[:, None, :] - n_v[:, :, None] * np.eye(v)[None]) / (n - 1)[:, None, None]
        if level == "nominal":
            delta = np.broadcast_to(1 - np.eye(v), o.shape)
        else:  # ordinal: the values between c and k, inclusive, minus half of each end, squared
            cum = np.concatenate([np.zeros((len(n), 1)), np.cumsum(n_v, axis=1)], axis=1)
            i = np.arange(v)
            lo, hi = np.minimum.outer(i, i), np.maximum.outer(i, i)
            between = cum[:, hi + 1] - cum[:, lo]
            delta = (between - (n_v[:, lo] + n_v[:, hi]) / 2) ** 2
        return 1 - (o * delta).sum(axis=(1, 2)) / (e * delta).sum(axis=(1, 2))


def alpha_with_interval(
    table: Table,
    level: str,
    domain: Sequence[float] | None = None,
    samples: int = BOOTSTRAP_SAMPLES,
    seed: int = 0,
) -> Alpha:
    """Alpha and its bootstrap 95 % percentile interval (resampling units; a fixed seed, so a
    report is the same every time it is made)."""
    data = _matrix(table)
    value = _alpha(data, level, domain)
    if value is None:
        return Alpha(None)
    units = int(((~np.isnan(data)).sum(axis=0) >= 2).sum())
    if units < 2:
        return Alpha(value)
    rng = np.random.default_rng(seed)
    draws = rng.multinomial(units, np.full(units, 1 / units), size=samples)
    full = np.zeros((samples, data.shape[1]))
    full[:, (~np.isnan(data)).sum(axis=0) >= 2] = draws
    replicates = _weighted(data, level, full)
    replicates = replicates[np.isfinite(replicates)]
    if len(replicates) < samples // 2:
        return Alpha(value)
    low, high = np.percentile(replicates, [2.5, 97.5])
    return Alpha(value, float(low), float(high))
