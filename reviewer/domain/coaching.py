"""Coaching sessions, their follow-ups, and whether a focus criterion changed after a session.

Plain data and pure functions; standard library only. The rate of a criterion is the share of
reviews where it was met (its answer at the top of the scale; N/A left out), as in the coaching
report. Before and after a session it comes with the number of reviews on each side and a
Wilson score interval: with two reviews after a session the interval spans most of 0-100 %, so
nobody reads it as proof.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Sequence

from reviewer.domain.review import Evidence


class CoachingError(Exception):
    """A session cannot be recorded that way; the message says why."""


@dataclass(frozen=True, slots=True)
class FocusCriterion:
    rubric_id: str
    criterion_id: str

    def __str__(self) -> str:
        return f"{self.rubric_id}:{self.criterion_id}"

    @classmethod
    def parse(cls, text: str, default_rubric: str | None = None) -> "FocusCriterion":
        """'call:no_must', or 'no_must' with a default rubric."""
        rubric, sep, criterion = text.strip().partition(":")
        if not sep:
            rubric, criterion = default_rubric or "", rubric
        if not rubric or not criterion:
            raise CoachingError(f"focus criterion {text!r}: write RUBRIC:CRITERION, e.g. call:no_must")
        return cls(rubric, criterion)


@dataclass(frozen=True, slots=True)
class Discussed:
    """A conversation talked through in the session, with the moments looked at."""

    conversation_id: int
    moments: tuple[Evidence, ...] = ()
    source_sha256: str | None = None  # how bundles name the conversation in another library


@dataclass(slots=True)
class CoachingSession:
    employee: str
    held_on: str  # YYYY-MM-DD
    trainer: str
    focus: tuple[FocusCriterion, ...] = ()
    discussed: tuple[Discussed, ...] = ()
    notes: str = ""
    actions: str = ""  # what was agreed
    follow_up_on: str | None = None  # YYYY-MM-DD
    follow_up_done_at: str | None = None  # ISO 8601 UTC, when the follow-up took place
    follow_up_note: str = ""
    id: int | None = None
    uid: str | None = None
    created_at: str | None = None
    updated_at: str | None = None

    def follow_up_state(self, today: date) -> str | None:
        """'overdue', 'due' (today), 'planned', 'done', or None without a follow-up date."""
        if self.follow_up_on is None:
            return None
        if self.follow_up_done_at:
            return "done"
        day = date.fromisoformat(self.follow_up_on)
        if day < today:
            return "overdue"
        return "due" if day == today else "planned"

    def is_due(self, today: date) -> bool:
        return self.follow_up_state(today) in ("due", "overdue")


def check_day(value: str | None, what: str) -> str | None:
    """YYYY-MM-DD, or CoachingError naming the field."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise CoachingError(f"{what} {value!r} is not a date; use YYYY-MM-DD") from None


def check_session(session: CoachingSession) -> None:
    if not " ".join(session.employee.split()):
        raise CoachingError("a coaching session needs the employee")
    if not " ".join(session.trainer.split()):
        raise CoachingError("a coaching session needs the trainer's name")
    held = check_day(session.held_on, "session date")
    if held is None:
        raise CoachingError("a coaching session needs its date")
    follow = check_day(session.follow_up_on, "follow-up date")
    if follow is not None and follow < held:
        raise CoachingError(f"the follow-up ({follow}) is before the session ({held})")
    if len(set(session.focus)) != len(session.focus):
        raise CoachingError("a focus criterion is listed twice")


# Before and after ------------------------------------------------------------------------------

Z95 = 1.959963984540054  # the normal quantile for a two-sided 95 % interval


@dataclass(frozen=True, slots=True)
class Rate:
    """How often a criterion was met in n reviews, with a 95 % Wilson score interval."""

    met: int
    n: int
    low: float | None  # 0..1; None without reviews
    high: float | None

    @property
    def value(self) -> float | None:
        return self.met / self.n if self.n else None


def wilson_interval(met: int, n: int, z: float = Z95) -> tuple[float | None, float | None]:
    """The Wilson score interval of a proportion: honest with few reviews and at 0 % or 100 %
    (where the plain normal interval collapses to a single point)."""
    if n <= 0:
        return None, None
    if not 0 <= met <= n:
        raise ValueError(f"{met} met out of {n} is not a proportion")
    p = met / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def rate(outcomes: Iterable[bool]) -> Rate:
    values = list(outcomes)
    met = sum(1 for v in values if v)
    low, high = wilson_interval(met, len(values))
    return Rate(met, len(values), low, high)


@dataclass(frozen=True, slots=True)
class BeforeAfter:
    focus: FocusCriterion
    before: Rate
    after: Rate

    @property
    def clear_change(self) -> bool:
        """The two intervals do not overlap: a change the reviews can show, not just noise."""
        b, a = self.before, self.after
        if b.n == 0 or a.n == 0:
            return False
        return a.low > b.high or a.high < b.low


@dataclass(frozen=True, slots=True)
class Observation:
    """One review's answer to a criterion: the conversation's day and whether it was met."""

    day: str  # YYYY-MM-DD: the day the conversation took place (what coaching can change)
    rubric_id: str
    criterion_id: str
    met: bool


def before_after(session: CoachingSession, observations: Sequence[Observation],
                 previous_on: str | None = None, next_on: str | None = None,
                 until: str | None = None) -> list[BeforeAfter]:
    """Per focus criterion: the rate in conversations before the session (from the previous
    session on, if any) and from the session's day on (until the next session, if any, and
    ``until`` inclusive)."""
    results = []
    for focus in session.focus:
        before, after = [], []
        for o in observations:
            if (o.rubric_id, o.criterion_id) != (focus.rubric_id, focus.criterion_id):
                continue
            if o.day < session.held_on:
                if previous_on is None or o.day >= previous_on:
                    before.append(o.met)
            elif (next_on is None or o.day < next_on) and (until is None or o.day <= until):
                after.append(o.met)
        results.append(BeforeAfter(focus, rate(before), rate(after)))
    return results


def due_follow_ups(sessions: Iterable[CoachingSession], today: date) -> list[CoachingSession]:
    """Sessions whose follow-up is due today or overdue, the oldest first."""
    return sorted((s for s in sessions if s.is_due(today)), key=lambda s: (s.follow_up_on, s.id or 0))
