"""How a review's score is computed from its answers. Pure functions, no storage.

1. A criterion scores the fraction of its scale reached (no = 0, partly = 0.5, yes = 1; a rating
   or points answer counts from the bottom of the scale to the top).
2. A section scores the weighted mean of its answered criteria; N/A answers are left out or count
   as met, as the rubric says. The review scores the weighted mean of the sections that have a
   score, in percent. A failed critical criterion then zeroes its section, zeroes the review, or
   only flags the review, as the criterion says.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from reviewer.domain.rubric import (
    NOT_APPLICABLE,
    AnswerValue,
    Criterion,
    CriticalRule,
    NotApplicablePolicy,
    Rubric,
    Section,
)


@dataclass(frozen=True, slots=True)
class CriterionScore:
    criterion: Criterion
    value: AnswerValue | None  # None: not answered yet
    fraction: float | None  # 0..1; None when the criterion does not count (unanswered, N/A left out)
    critical_failed: bool = False

    @property
    def counted(self) -> bool:
        return self.fraction is not None

    @property
    def points(self) -> float:
        """The criterion's share of its section: fraction times weight (0 when not counted)."""
        return self.fraction * self.criterion.weight if self.fraction is not None else 0.0

    @property
    def max_points(self) -> float:
        return self.criterion.weight if self.fraction is not None else 0.0


@dataclass(frozen=True, slots=True)
class SectionScore:
    section: Section
    criteria: tuple[CriterionScore, ...]
    fraction: float | None  # 0..1; None when no criterion counts (all N/A or unanswered)
    zeroed: bool = False  # a failed critical criterion set it to 0

    @property
    def score(self) -> float | None:
        """Percent."""
        return self.fraction * 100 if self.fraction is not None else None


@dataclass(frozen=True, slots=True)
class ReviewScore:
    sections: tuple[SectionScore, ...]
    # Means are taken on 0..1 and turned into percent last, so that all-top answers give exactly 100.
    fraction: float | None  # 0..1; None when nothing counts yet
    zeroed: bool = False  # a failed critical criterion set the whole review to 0

    @property
    def total(self) -> float | None:
        """The review's score in percent."""
        return self.fraction * 100 if self.fraction is not None else None

    @property
    def criteria(self) -> tuple[CriterionScore, ...]:
        return tuple(c for s in self.sections for c in s.criteria)

    @property
    def critical_failures(self) -> tuple[CriterionScore, ...]:
        return tuple(c for c in self.criteria if c.critical_failed)

    @property
    def flagged(self) -> bool:
        """Any critical criterion failed, whatever its rule: a trainer should look at this review."""
        return bool(self.critical_failures)

    @property
    def unanswered(self) -> tuple[str, ...]:
        return tuple(c.criterion.id for c in self.criteria if c.value is None)

    @property
    def complete(self) -> bool:
        return not self.unanswered


def criterion_score(
    criterion: Criterion, value: AnswerValue | None, policy: NotApplicablePolicy
) -> CriterionScore:
    if value is None:
        return CriterionScore(criterion, None, None)
    if value == NOT_APPLICABLE:
        fraction = 1.0 if policy is NotApplicablePolicy.COUNT_AS_MET else None
        return CriterionScore(criterion, value, fraction)
    return CriterionScore(criterion, value, criterion.scale.fraction(value), criterion.is_failed(value))


def weighted_mean(pairs: list[tuple[float, float]]) -> float | None:
    """Mean of values weighted by weights, from (value, weight) pairs; None for no pairs."""
    total_weight = sum(w for _, w in pairs)
    if not pairs or total_weight <= 0:
        return None
    return sum(v * w for v, w in pairs) / total_weight


def section_score(
    section: Section, answers: Mapping[str, AnswerValue | None], policy: NotApplicablePolicy
) -> SectionScore:
    scores = tuple(criterion_score(c, answers.get(c.id), policy) for c in section.criteria)
    mean = weighted_mean([(s.fraction, s.criterion.weight) for s in scores if s.fraction is not None])
    zeroed = any(s.critical_failed and s.criterion.critical is CriticalRule.ZERO_SECTION for s in scores)
    return SectionScore(section, scores, 0.0 if zeroed else mean, zeroed)


def score_review(rubric: Rubric, answers: Mapping[str, AnswerValue | None]) -> ReviewScore:
    """The full breakdown for answers keyed by criterion id (missing or None: not answered)."""
    sections = tuple(section_score(s, answers, rubric.not_applicable) for s in rubric.sections)
    total = weighted_mean([(s.fraction, s.section.weight) for s in sections if s.fraction is not None])
    zeroed = any(
        c.critical_failed and c.criterion.critical is CriticalRule.ZERO_REVIEW
        for s in sections
        for c in s.criteria
    )
    return ReviewScore(sections, 0.0 if zeroed else total, zeroed)
