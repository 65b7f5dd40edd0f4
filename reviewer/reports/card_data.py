"""One review's scorecard: every criterion with its answer, comment and quotes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reviewer.domain import ReviewState
from reviewer.domain.review import Answer
from reviewer.domain.scoring import CriterionScore
from reviewer.reports.data import Quote, ReportError, ScoredReview, TurnReader, _conversation_info
from reviewer.reports.visits import attach_visits

if TYPE_CHECKING:
    from reviewer.storage.library import Library


# One review --------------------------------------------------------------------------------


@dataclass(slots=True)
class CriterionLine:
    score: CriterionScore
    answer: Answer
    label: str  # the answer in the report's language
    quotes: list[Quote]


@dataclass(slots=True)
class ReviewCard:
    item: ScoredReview
    language: str
    sections: list[tuple[object, list[CriterionLine]]]  # (SectionScore, lines)


def review_card(library: "Library", review_id: int, language: str = "en") -> ReviewCard:
    review = library.reviews.get(review_id)
    if review is None:
        raise ReportError(f"no review {review_id}")
    if review.state is not ReviewState.SUBMITTED:
        raise ReportError(f"review {review_id} is a draft; submit it before making its scorecard")
    ch, title, started = _conversation_info(library, [review.conversation_id])[review.conversation_id]
    item = ScoredReview(review, review.score(), ch, title, started)
    attach_visits(library, [item])
    reader = TurnReader(library)
    sections = []
    for ss in item.score.sections:
        lines = []
        for cs in ss.criteria:
            answer = review.answers.get(cs.criterion.id) or Answer(cs.criterion.id)
            lines.append(
                CriterionLine(cs, answer, cs.criterion.scale.label(cs.value, language), reader.quotes(item, answer.evidence))
            )
        sections.append((ss, lines))
    return ReviewCard(item, language, sections)
