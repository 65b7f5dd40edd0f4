"""How often automatic QA agrees with the reviewers: percent agreement, Cohen's kappa and the
confusion table per criterion. Pure functions."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Agreement:
    n: int
    agreement: float | None  # percent of pairs where the suggestion was the decision
    kappa: float | None  # None when undefined (one answer only on both sides)
    confusion: dict[str, dict[str, int]]  # suggested -> decided -> count

    def to_data(self) -> dict:
        return {
            "n": self.n,
            "agreement": None if self.agreement is None else round(self.agreement, 1),
            "kappa": None if self.kappa is None else round(self.kappa, 3),
            "confusion": self.confusion,
        }

    def meets(self, min_agreement: float = 90.0, min_kappa: float = 0.7) -> bool:
        return (
            self.agreement is not None and self.agreement >= min_agreement
            and self.kappa is not None and self.kappa >= min_kappa
        )


def _key(value) -> str:
    return "-" if value is None else str(value)


def agreement(pairs: list[tuple[object, object]]) -> Agreement:
    """pairs: (suggested, decided) answers."""
    pairs = [(_key(a), _key(b)) for a, b in pairs]
    n = len(pairs)
    confusion: dict[str, dict[str, int]] = {}
    for a, b in pairs:
        confusion.setdefault(a, {}).setdefault(b, 0)
        confusion[a][b] += 1
    if not n:
        return Agreement(0, None, None, {})
    observed = sum(1 for a, b in pairs if a == b) / n
    left, right = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(left[k] * right.get(k, 0) for k in left) / (n * n)
    kappa = None if expected >= 1.0 else (observed - expected) / (1 - expected)
    return Agreement(n, observed * 100, kappa, confusion)


def by_criterion(rows) -> list[tuple[str, str, Agreement]]:
    """rows: (rubric id, criterion id, suggested, decided); one Agreement per rubric and criterion,
    sorted. What ``reviewer autoqa agreement`` prints and the team summary shows."""
    grouped: dict[tuple[str, str], list] = {}
    for rubric_id, criterion_id, suggested, decided in rows:
        grouped.setdefault((rubric_id, criterion_id), []).append((suggested, decided))
    return [(rid, cid, agreement(pairs)) for (rid, cid), pairs in sorted(grouped.items())]
