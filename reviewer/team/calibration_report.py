"""The results of a calibration session: how far the reviewers agree, per criterion and overall,
how each one aligns with the benchmark answers and how lenient they are, and where they split.

Per criterion, the units are the session's conversations and the coders its reviewers (the
benchmark reviewer's answers are the key, not a coder). Yes/no criteria are nominal;
yes/partly/no, ratings and points are ordinal; N/A and unanswered are missing data. Overall,
alpha is taken on the review totals (interval: percent points), percent agreement pooled over all
criteria. Leniency is the mean signed difference of a reviewer's total from the benchmark's
(without benchmark answers: from the other reviewers' mean), in points.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reviewer.domain import agreement
from reviewer.domain.rubric import NOT_APPLICABLE, Criterion, ScaleKind
from reviewer.team import calibration
from reviewer.team.alpha import alpha_with_interval

if TYPE_CHECKING:
    from reviewer.storage.library import Library

MAX_SPLITS = 8


def level_of(criterion: Criterion) -> str:
    return "nominal" if criterion.scale.kind is ScaleKind.YES_NO else "ordinal"


def code(criterion: Criterion, value) -> float | None:
    """The answer as a number alpha can use (its place on the scale); N/A and none: missing."""
    if value is None or value == NOT_APPLICABLE:
        return None
    values = criterion.scale.values()
    return float(values.index(value)) if value in values else None


@dataclass
class CriterionResult:
    id: str
    title: str
    level: str
    alpha: float | None
    alpha_ci: list[float] | None
    percent_agreement: float | None
    n_units: int
    n_reviewers: int


@dataclass
class ReviewerResult:
    name: str
    reviews: int
    alignment: float | None  # percent of answers equal to the benchmark's
    leniency: float | None  # points, + = more generous


@dataclass
class Opinion:
    reviewer: str
    answer: str
    comment: str
    quote: str  # the first evidence turn's text


@dataclass
class Disagreement:
    conversation_id: int
    conversation: str
    criterion_id: str
    criterion: str
    agreement: float
    opinions: list[Opinion]
    benchmark: str | None = None


@dataclass
class CalibrationReport:
    session: calibration.Session
    criteria: list[CriterionResult]
    overall: CriterionResult
    reviewers: list[ReviewerResult]
    disagreements: list[Disagreement] = field(default_factory=list)

    def to_data(self) -> dict:
        return {
            "session": self.session.to_data(),
            "overall": self.overall.__dict__,
            "criteria": [c.__dict__ for c in self.criteria],
            "reviewers": [r.__dict__ for r in self.reviewers],
            "disagreements": [
                {**d.__dict__, "opinions": [o.__dict__ for o in d.opinions]} for d in self.disagreements
            ],
        }


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def build(library: "Library", key: str, language: str = "en") -> CalibrationReport:
    session = calibration.session(library, key)
    reviews = calibration.reviews(library, session)
    if not reviews:
        raise calibration.CalibrationError(f"calibration session {session.name!r} has no submitted reviews yet")
    benchmark_name = (session.benchmark_reviewer or "").casefold()
    # The latest submitted review per (reviewer, conversation).
    latest: dict[tuple[str, int], object] = {}
    for review in reviews:
        latest[(review.reviewer, review.conversation_id)] = review
    totals_of = {id(rv): rv.score().total for rv in latest.values()}  # scored once, used thrice
    coders = sorted({r for r, _ in latest if r.casefold() != benchmark_name})
    units = sorted({c for _, c in latest})
    benchmark = {c: rv for (r, c), rv in latest.items() if r.casefold() == benchmark_name and benchmark_name}
    newest = max(reviews, key=lambda r: (r.submitted_at or "", r.id)).rubric
    titles = {c.id: c.title.get(language) for c in newest.criteria()}
    info = {cid: title for cid, title in library.conn.execute(
        f"SELECT id, COALESCE(title, source_name) FROM conversations WHERE id IN ({','.join('?' * len(units))})", units)}
    criteria, splits = [], []
    for criterion in newest.criteria():
        table = [[code(criterion, _value(latest.get((r, u)), criterion.id)) for u in units] for r in coders]
        result = alpha_with_interval(table, level_of(criterion), domain=range(len(criterion.scale.values())))
        columns = [[v for v in (row[j] for row in table) if v is not None] for j in range(len(units))]
        criteria.append(CriterionResult(
            criterion.id, titles[criterion.id], level_of(criterion), _round(result.value),
            [_round(x) for x in result.interval] if result.interval else None,
            _round(agreement.percent_agreement(table), 2),
            sum(len(col) >= 2 for col in columns),
            sum(any(v is not None for v in row) for row in table),
        ))
        top = max(len(criterion.scale.values()) - 1, 1)
        for j, unit in enumerate(units):
            if len(columns[j]) >= 2:
                splits.append(((unit, criterion.id), [v / top for v in columns[j]]))
    # Overall: alpha on review totals; percent agreement pooled over every criterion's pairs.
    totals = [[_total(latest.get((r, u)), totals_of) for u in units] for r in coders]
    overall_alpha = alpha_with_interval(totals, "interval")
    per_unit_answers = [
        [[_value(latest.get((r, u)), c.id) for r in coders if _value(latest.get((r, u)), c.id) not in (None, NOT_APPLICABLE)]
         for u in units] for c in newest.criteria()
    ]
    pairs_agree = pairs = 0
    for per_criterion in per_unit_answers:
        for values in per_criterion:
            for i in range(len(values)):
                for k in range(i + 1, len(values)):
                    pairs += 1
                    pairs_agree += values[i] == values[k]
    overall = CriterionResult(
        "overall", "Review score", "interval", _round(overall_alpha.value),
        [_round(x) for x in overall_alpha.interval] if overall_alpha.interval else None,
        _round(100.0 * pairs_agree / pairs, 2) if pairs else None,
        sum(sum(v is not None for v in col) >= 2 for col in zip(*totals)) if totals else 0,
        len(coders),
    )
    scores = {r: {u: _total(latest.get((r, u)), totals_of) for u in units} for r in coders}
    bench_scores = {u: _total(rv, totals_of) for u, rv in benchmark.items()}
    people = []
    for r in coders:
        answers = {(u, c.id): _value(latest.get((r, u)), c.id) for u in units for c in newest.criteria()}
        key_answers = {(u, c.id): _value(benchmark.get(u), c.id) for u in units for c in newest.criteria()}
        na = {k: (None if v == NOT_APPLICABLE else v) for k, v in answers.items()}
        kna = {k: (None if v == NOT_APPLICABLE else v) for k, v in key_answers.items()}
        reference = bench_scores if benchmark else agreement.others_mean(scores, r)
        people.append(ReviewerResult(
            r, sum((r, u) in latest for u in units),
            _round(agreement.alignment(na, kna), 2) if benchmark else None,
            _round(agreement.leniency(scores[r], reference), 2),
        ))
    disagreements = []
    for split in agreement.most_split(dict(splits), MAX_SPLITS):
        unit, criterion_id = split.unit
        criterion = newest.criterion(criterion_id)
        opinions = []
        for r in coders:
            review = latest.get((r, unit))
            answer = review.answers.get(criterion_id) if review else None
            if answer is None or answer.value is None:
                continue
            opinions.append(Opinion(r, criterion.scale.label(answer.value, language), answer.comment,
                                    _quote(library, unit, answer.evidence)))
        bench = benchmark.get(unit)
        bench_answer = bench.answers.get(criterion_id) if bench else None
        disagreements.append(Disagreement(
            unit, info.get(unit, f"#{unit}"), criterion_id, titles[criterion_id], round(split.agreement, 3), opinions,
            criterion.scale.label(bench_answer.value, language) if bench_answer and bench_answer.value is not None else None,
        ))
    return CalibrationReport(session, criteria, overall, people, disagreements)


def _value(review, criterion_id: str):
    if review is None:
        return None
    answer = review.answers.get(criterion_id)
    return answer.value if answer else None


def _total(review, cache: dict | None = None) -> float | None:
    if review is None:
        return None
    return cache[id(review)] if cache is not None else review.score().total


def _quote(library: "Library", conversation_id: int, evidence) -> str:
    for item in evidence:
        if item.is_turn:
            turn = library.conversations.turn(conversation_id, item.turn_index)
            if turn:
                text = " ".join(turn.text.split())
                return text if len(text) <= 160 else text[:157] + "…"
    return ""
