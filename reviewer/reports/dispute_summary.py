"""What the team summary shows of disputes raised in the period: how many per criterion and per
reviewer, how they ended, and the criteria often disputed and mostly upheld (their guidance may
be unclear)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reviewer.domain.dispute import DisputeSummary, summarize
from reviewer.domain.rubric import AnswerError

if TYPE_CHECKING:
    from reviewer.reports.data import Period
    from reviewer.storage.library import Library


@dataclass(slots=True)
class TeamDisputes:
    summary: DisputeSummary
    titles: dict[tuple[str, str], str] = field(default_factory=dict)  # (rubric id, criterion id) -> title

    def title(self, key: tuple[str, str]) -> str:
        return self.titles.get(key) or key[1]


def team_disputes(library: "Library", period: "Period", *, rubric_id: str | None = None,
                  language: str = "en") -> TeamDisputes | None:
    """None when no dispute was raised in the period."""
    from reviewer.coaching.disputes import DisputeFilter, DisputeRepository

    pairs = DisputeRepository(library).list_with_rubrics(
        DisputeFilter(rubric_id=rubric_id, since=period.since, until=period.until))
    if not pairs:
        return None
    titles = {}
    for rubric_id_, dispute in pairs:
        key = (rubric_id_, dispute.criterion_id)
        if key not in titles:
            review = library.reviews.get(dispute.review_id)
            try:
                titles[key] = review.rubric.criterion(dispute.criterion_id).title.get(language)
            except AnswerError:
                titles[key] = dispute.criterion_id
    return TeamDisputes(summarize(pairs), titles)
