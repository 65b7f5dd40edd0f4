"""What to review next: sampling rules and the draw (pure, reproducible).

A rule says which conversations qualify (the library filters, plus score bounds) and how many to
draw: all of them, N at random overall, or N at random per employee per week or month. The draw
is seeded: the same rule, seed and candidates always give the same sample. Each stratum (an
employee's week) gets its own generator seeded from the rule's seed and the stratum's name, so
conversations added in another week never change this week's draw; candidates are ordered by
their start time and SHA-256, which are the same in every library, not by local ids.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Iterable, Sequence

PERIODS = ("week", "month")
FILTER_KEYS = ("employee", "channel", "status", "since", "until", "score_under", "score_over",
               # conversation metrics (milliseconds): "first reply over 30 s" and the like
               "silence_over_ms", "first_reply_over_ms", "overtalk_over_ms",
               # automatic QA: its lowest score over the conversation's rubrics, and a flag it raised
               "auto_score_under", "auto_flag")


class SampleError(ValueError):
    """A rule that cannot be drawn (unknown period, a negative count...)."""


@dataclass(frozen=True, slots=True)
class SampleRule:
    n: int | None = None  # None: every conversation that qualifies
    per_employee: bool = False  # N for each employee (per period when one is given)
    period: str | None = None  # "week" or "month": N per period
    filters: dict[str, Any] = field(default_factory=dict)  # see FILTER_KEYS

    def __post_init__(self) -> None:
        if self.n is not None and (isinstance(self.n, bool) or not isinstance(self.n, int) or self.n < 1):
            raise SampleError(f"the number to draw must be a whole number of 1 or more, not {self.n!r}")
        if self.period is not None and self.period not in PERIODS:
            raise SampleError(f"period must be week or month, not {self.period!r}")
        unknown = set(self.filters) - set(FILTER_KEYS)
        if unknown:
            raise SampleError(f"unknown sample filter(s): {', '.join(sorted(unknown))}")
        if (self.per_employee or self.period) and self.n is None:
            raise SampleError("a sample per employee or per period needs a number to draw (N)")

    def to_data(self) -> dict:
        return asdict(self)

    @classmethod
    def from_data(cls, data: dict) -> "SampleRule":
        return cls(
            n=data.get("n"),
            per_employee=bool(data.get("per_employee", False)),
            period=data.get("period"),
            filters=dict(data.get("filters") or {}),
        )

    def describe(self) -> str:
        count = "all" if self.n is None else f"{self.n} at random"
        per = []
        if self.per_employee:
            per.append("employee")
        if self.period:
            per.append(self.period)
        text = count + (" per " + " per ".join(per) if per else "")
        if self.filters:
            text += " of " + ", ".join(f"{k}={v}" for k, v in sorted(self.filters.items()))
        return text


@dataclass(frozen=True, slots=True)
class Candidate:
    id: int
    employee: str | None
    started_at: str | None
    sha256: str
    key: str = ""


@dataclass(frozen=True, slots=True)
class Drawn:
    id: int
    reason: str  # the stratum: "Anna · 2026-W47", or "" when the rule has none


def period_of(started_at: str | None, period: str | None) -> str:
    if not period:
        return ""
    if not started_at:
        return "undated"
    day = date.fromisoformat(started_at[:10])
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{day.year}-{day.month:02d}"


def draw(rule: SampleRule, seed: int, candidates: Iterable[Candidate]) -> list[Drawn]:
    """The sample: per stratum (in name order), the drawn conversations in their time order."""
    strata: dict[str, list[Candidate]] = {}
    for c in candidates:
        parts = []
        if rule.per_employee:
            parts.append(c.employee or "(no employee)")
        if rule.period:
            parts.append(period_of(c.started_at, rule.period))
        strata.setdefault(" · ".join(parts), []).append(c)
    found: list[Drawn] = []
    for name in sorted(strata):
        members = sorted(strata[name], key=lambda c: (c.started_at or "", c.sha256, c.key))
        if rule.n is not None and len(members) > rule.n:
            chosen = random.Random(f"{seed}:{name}").sample(range(len(members)), rule.n)
            members = [members[i] for i in sorted(chosen)]
        found.extend(Drawn(c.id, name) for c in members)
    return found


def split(items: Sequence[int], reviewers: Sequence[str], quota: int | None = None) -> dict[str, list[int]]:
    """Share a sample among reviewers in turn, each getting at most ``quota`` (None: no limit);
    what no reviewer's quota leaves room for stays unassigned."""
    if not reviewers:
        raise SampleError("name at least one reviewer to assign the sample to")
    if quota is not None and quota < 1:
        raise SampleError(f"a quota must be 1 or more, not {quota}")
    shares: dict[str, list[int]] = {r: [] for r in reviewers}
    turn = 0
    for item in items:
        for _ in range(len(reviewers)):
            reviewer = reviewers[turn % len(reviewers)]
            turn += 1
            if quota is None or len(shares[reviewer]) < quota:
                shares[reviewer].append(item)
                break
        else:
            break  # every quota is full
    return shares
