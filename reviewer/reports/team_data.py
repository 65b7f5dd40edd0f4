"""The team summary's figures: employees ranked with their intervals, from the library's
submitted reviews (see reviewer.reports.data for what counts)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reviewer.domain import Channel
from reviewer.metrics import medians as metric_medians
from reviewer.reports.data import NO_EMPLOYEE, NoReviews, Period, ScoredReview, _describe_period, load_reviews
from reviewer.reports.stats import Interval, t_interval

if TYPE_CHECKING:
    from reviewer.storage.library import Library


# Team summary ------------------------------------------------------------------------------


@dataclass(slots=True)
class EmployeeRow:
    employee: str
    score: Interval
    reviews: int
    flagged: int  # reviews with a failed critical criterion
    visits: int = 0  # reviews of mystery-shopper visits
    late: int = 0  # of those, submitted more than 12 hours after the visit
    metrics: dict = field(default_factory=dict)  # medians of the conversation metrics (metrics_figures)


@dataclass(slots=True)
class TeamReport:
    period: Period
    rubric_id: str | None
    channel: Channel | None
    language: str
    rows: list[EmployeeRow]  # ranked: highest mean first, unscored last
    team_score: Interval
    reviews: int
    reviewers: dict[str, int]
    first_day: str
    last_day: str
    disputes: object | None = None  # reviewer.reports.dispute_summary.TeamDisputes
    auto: object | None = None  # reviewer.reports.auto_data.TeamAuto: automatic QA, kept apart


def team_report(
    library: "Library",
    period: Period = Period(),
    *,
    rubric_id: str | None = None,
    channel: Channel | None = None,
    language: str = "en",
) -> TeamReport:
    items = load_reviews(library, period=period, rubric_id=rubric_id, channel=channel)
    if not items:
        raise NoReviews(f"no submitted reviews{_describe_period(period)}; no report was made")
    by_employee: dict[str, list[ScoredReview]] = defaultdict(list)
    for item in items:
        by_employee[item.review.employee or NO_EMPLOYEE].append(item)
    rows = [
        EmployeeRow(
            name,
            t_interval([i.score.total for i in group if i.score.total is not None]),
            len(group),
            sum(1 for i in group if i.score.flagged),
            sum(1 for i in group if i.visit is not None),
            sum(1 for i in group if i.late),
        )
        for name, group in by_employee.items()
    ]
    rows.sort(key=lambda r: (r.score.mean is None, -(r.score.mean or 0), r.employee.casefold()))
    from reviewer.reports.auto_data import team_auto
    from reviewer.reports.dispute_summary import team_disputes

    for row in rows:
        row.metrics = metric_medians(library, (i.review.conversation_id for i in by_employee[row.employee]))
    return TeamReport(
        period,
        rubric_id,
        channel,
        language,
        rows,
        t_interval([i.score.total for i in items if i.score.total is not None]),
        len(items),
        dict(Counter(i.review.reviewer for i in items).most_common()),
        items[0].day,
        items[-1].day,
        team_disputes(library, period, rubric_id=rubric_id, language=language),
        team_auto(library, period, rubric_id=rubric_id, channel=channel, language=language),
    )
