"""How far reviewers agree: the chance-free figures beside Krippendorff's alpha (pure).

A *table* holds one row per reviewer and one column per unit (a conversation, for a criterion):
the reviewer's answer as a number, or None where there is none (not reviewed, N/A). Alpha
itself comes from the ``krippendorff`` package in ``reviewer.team.alpha``; this module gives
what a lead reads beside it: the share of agreeing pairs, each reviewer's alignment with the
benchmark answers, leniency, and which units split the reviewers most.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Hashable, Mapping, Sequence

Value = float | int | str
Table = Sequence[Sequence[Value | None]]


def columns(table: Table) -> list[list[Value]]:
    """The answers given to each unit, missing ones left out."""
    width = max((len(row) for row in table), default=0)
    return [[row[u] for row in table if u < len(row) and row[u] is not None] for u in range(width)]


def pairable(table: Table) -> list[list[Value]]:
    """Units with at least two answers: only those can show agreement or disagreement."""
    return [values for values in columns(table) if len(values) >= 2]


def percent_agreement(table: Table) -> float | None:
    """Share of agreeing pairs of answers to the same unit, in percent (pooled over units);
    None when no unit has two answers."""
    agree = total = 0
    for values in pairable(table):
        for a, b in combinations(values, 2):
            total += 1
            agree += a == b
    return None if total == 0 else 100.0 * agree / total


def unit_agreement(values: Sequence[Value]) -> float | None:
    """Share of agreeing pairs within one unit (1.0 all agree); None with fewer than two answers."""
    pairs = list(combinations(values, 2))
    if not pairs:
        return None
    return sum(a == b for a, b in pairs) / len(pairs)


def spread(values: Sequence[float]) -> float:
    """How far apart numeric answers to one unit lie: the largest minus the smallest."""
    return (max(values) - min(values)) if values else 0.0


def alignment(answers: Mapping[Hashable, Value | None], benchmark: Mapping[Hashable, Value | None]) -> float | None:
    """Percent of the reviewer's answers equal to the benchmark's, over units both answered."""
    both = [u for u, v in answers.items() if v is not None and benchmark.get(u) is not None]
    if not both:
        return None
    return 100.0 * sum(answers[u] == benchmark[u] for u in both) / len(both)


def leniency(scores: Mapping[Hashable, float | None], reference: Mapping[Hashable, float | None]) -> float | None:
    """Mean signed difference (reviewer minus reference) in points over units both have:
    positive = the reviewer scores more generously."""
    diffs = [s - reference[u] for u, s in scores.items() if s is not None and reference.get(u) is not None]
    return sum(diffs) / len(diffs) if diffs else None


def others_mean(scores: Mapping[str, Mapping[Hashable, float | None]], reviewer: str) -> dict[Hashable, float]:
    """Per unit, the mean score of every reviewer except ``reviewer`` (the reference for leniency
    when there are no benchmark answers)."""
    sums: dict[Hashable, list[float]] = {}
    for other, row in scores.items():
        if other == reviewer:
            continue
        for unit, value in row.items():
            if value is not None:
                sums.setdefault(unit, []).append(value)
    return {u: sum(v) / len(v) for u, v in sums.items()}


@dataclass(frozen=True, slots=True)
class Split:
    """One unit where reviewers disagreed: lower ``agreement`` first, then wider ``spread``."""

    unit: Hashable
    agreement: float  # share of agreeing pairs, 0..1
    spread: float  # in the unit's own scale fractions, 0..1


def most_split(units: Mapping[Hashable, Sequence[float]], limit: int = 10) -> list[Split]:
    """Units (with answers as scale fractions 0..1) that split the reviewers most; units where
    everyone agreed are left out."""
    found = []
    for unit, values in units.items():
        agreement = unit_agreement(values)
        if agreement is None or agreement >= 1.0:
            continue
        found.append(Split(unit, agreement, spread(values)))
    found.sort(key=lambda s: (s.agreement, -s.spread, str(s.unit)))
    return found[:limit]
