"""What the reports show, gathered from the library into plain dataclasses.

Only submitted reviews count. Scores are always recomputed from each review's own rubric copy.
A criterion *passes* in a review when its answer reaches the top of its scale (yes, the highest
rating, full points); "partly" and lower ratings count as not passed; N/A and unanswered are
left out. Impact ranks what to coach first: the criterion's share of the review score (its
section's weight times its weight within the section) times its failure rate, in score points.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Iterable

from reviewer.domain import Channel, ReviewState
from reviewer.domain.review import Answer, Evidence, Review
from reviewer.domain.rubric import NOT_APPLICABLE, CriticalRule, Rubric
from reviewer.domain.scoring import CriterionScore, ReviewScore
from reviewer.metrics import medians as metric_medians
from reviewer.reports.stats import Interval, mean, t_interval
from reviewer.reports.visits import attach_visits
from reviewer.storage.reviews import ReviewFilter

if TYPE_CHECKING:
    from reviewer.storage.library import Library

MAX_QUOTES = 3  # evidence quotes per focus area
MAX_COMMENTS = 3
MAX_FOCUS = 4
MAX_STRENGTHS = 4
_CHUNK = 500
NO_EMPLOYEE = "—"  # conversations not assigned to anyone


class ReportError(Exception):
    """A report cannot be made (unknown employee or review, no reviews in the period...)."""


class NoReviews(ReportError):
    """Nothing to report: no submitted reviews match."""


@dataclass(frozen=True, slots=True)
class Period:
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive

    @staticmethod
    def check(value: str | None, what: str) -> str | None:
        """The date as YYYY-MM-DD, or ReportError saying what was wrong."""
        if value in (None, ""):
            return None
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise ReportError(f"{what} date {value!r} is not a date; use YYYY-MM-DD") from None


# Reviews with what reports need of their conversations ------------------------------------


@dataclass(slots=True)
class ScoredReview:
    review: Review
    score: ReviewScore
    channel: Channel
    conversation_title: str
    conversation_started_at: str | None
    visit: object | None = None  # reviewer.domain.visit.Visit, for mystery-shopper visits
    late: bool = False  # a visit's review first submitted more than 12 hours after the visit

    @property
    def id(self) -> int:
        return self.review.id

    @property
    def day(self) -> str:
        """The submission date (YYYY-MM-DD, UTC)."""
        return (self.review.submitted_at or self.review.created_at or "")[:10]


def load_reviews(
    library: "Library",
    *,
    employee: str | None = None,
    period: Period = Period(),
    rubric_id: str | None = None,
    channel: Channel | None = None,
) -> list[ScoredReview]:
    """Submitted reviews matching the filters, oldest first, each with its score breakdown."""
    reviews = library.reviews.list(
        ReviewFilter(
            employee=employee,
            state=ReviewState.SUBMITTED,
            rubric_id=rubric_id,
            since=period.since,
            until=period.until,
            calibration=False,  # calibration reviews never count in employee scores or reports
        )
    )
    info = _conversation_info(library, sorted({r.conversation_id for r in reviews}))
    found = []
    for review in reviews:
        ch, title, started = info[review.conversation_id]
        if channel is not None and ch is not channel:
            continue
        found.append(ScoredReview(review, review.score(), ch, title, started))
    attach_visits(library, found)
    return found


def _conversation_info(library: "Library", ids: list[int]) -> dict[int, tuple[Channel, str, str | None]]:
    info = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for cid, ch, title, source, started in library.conn.execute(
            f"SELECT id, channel, title, source_name, started_at FROM conversations WHERE id IN ({marks})",
            chunk,
        ):
            info[cid] = (Channel(ch), title or source, started)
    return info


# Evidence as quotes -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quote:
    text: str  # as spoken or written, never translated
    speaker: str
    conversation_id: int
    review_id: int
    day: str  # the review's date
    start_ms: int | None  # where it is in the recording; None for chats and e-mails
    turn_index: int | None
    sent_at: str | None = None  # the message's own time (chats)
    employee: str | None = None
    late: bool = False  # from a visit whose review was submitted late
    conversation_title: str = ""
    conversation_day: str = ""  # the conversation's own date (YYYY-MM-DD), not the review's
    channel: Channel | None = None
    clock: str | None = None  # HH:MM the message was sent (chats, e-mails); None for recordings


class TurnReader:
    """Reads the turns that evidence points to, a conversation at a time, with a cache."""

    def __init__(self, library: "Library"):
        self._library = library
        self._turns: dict[int, list[tuple[int, int | None, int | None, str | None, str, str]]] = {}

    def turns(self, cid: int):
        """(index, start ms, end ms, sent at, text, speaker) of every turn, in order."""
        if cid not in self._turns:
            self._turns[cid] = self._library.conn.execute(
                "SELECT t.idx, t.start_ms, t.end_ms, t.sent_at, t.text, p.name FROM turns t"
                " JOIN participants p ON p.id = t.participant_id WHERE t.conversation_id = ? ORDER BY t.idx",
                (cid,),
            ).fetchall()
        return self._turns[cid]

    def quotes(self, item: ScoredReview, evidence: Iterable[Evidence]) -> list[Quote]:
        found = []
        for ev in evidence:
            turns = self.turns(item.review.conversation_id)
            if ev.is_turn:
                picked = [t for t in turns if t[0] == ev.turn_index]
                start = picked[0][1] if picked else None
            else:
                # A time range quotes the turns it overlaps.
                picked = [
                    t for t in turns
                    if t[1] is not None and t[2] is not None and t[1] < ev.end_ms and t[2] > ev.start_ms
                ]
                start = ev.start_ms
            if not picked:
                continue
            found.append(
                Quote(
                    text=" ".join(t[4].strip() for t in picked),
                    speaker=picked[0][5],
                    conversation_id=item.review.conversation_id,
                    review_id=item.id,
                    day=item.day,
                    start_ms=start,
                    turn_index=picked[0][0],
                    sent_at=picked[0][3],
                    employee=item.review.employee,
                    late=item.late,
                    conversation_title=item.conversation_title,
                    conversation_day=(item.conversation_started_at or "")[:10],
                    channel=item.channel,
                    clock=_clock(item, picked[0][3], start),
                )
            )
        return found


def _clock(item: ScoredReview, sent_at: str | None, start_ms: int | None) -> str | None:
    """A written message's time of day: its own, else the conversation's start plus its offset."""
    if item.channel in (Channel.CALL, Channel.VISIT):
        return None
    try:
        if sent_at:
            return datetime.fromisoformat(sent_at).strftime("%H:%M")
        if item.conversation_started_at and start_ms is not None:
            return (datetime.fromisoformat(item.conversation_started_at) + timedelta(milliseconds=start_ms)).strftime("%H:%M")
    except ValueError:
        return None
    return None


# Per-criterion statistics -----------------------------------------------------------------


def passed(cs: CriterionScore) -> bool | None:
    """True when the answer reaches the top of the scale; None when it does not count (N/A, unanswered)."""
    if cs.value is None or cs.value == NOT_APPLICABLE:
        return None
    return cs.value == cs.criterion.scale.top


def criterion_share(rubric: Rubric, criterion_id: str) -> float:
    """The criterion's share of the review score in percent (section share x share in section)."""
    section = rubric.section_of(criterion_id)
    section_total = sum(s.weight for s in rubric.sections) or 1.0
    in_section = sum(c.weight for c in section.criteria) or 1.0
    return 100.0 * section.weight / section_total * rubric.criterion(criterion_id).weight / in_section


@dataclass(slots=True)
class CriterionStats:
    rubric_id: str
    criterion_id: str
    title: str
    section_title: str
    share: float  # percent of the review score
    answered: int = 0  # answers that count (not N/A)
    passes: int = 0
    not_applicable: int = 0
    failed_items: list[tuple[ScoredReview, Answer]] = field(default_factory=list)  # newest first later
    example: str = ""  # the rubric's example of the criterion met

    @property
    def pass_rate(self) -> float | None:
        return self.passes / self.answered if self.answered else None

    @property
    def failure_rate(self) -> float | None:
        return None if self.answered == 0 else 1.0 - self.passes / self.answered

    @property
    def impact(self) -> float:
        """Score points lost to this criterion on average: share x failure rate."""
        return self.share * (self.failure_rate or 0.0)

    @property
    def key(self) -> tuple[str, str]:
        return (self.rubric_id, self.criterion_id)


@dataclass(slots=True)
class FocusArea:
    stats: CriterionStats
    quotes: list[Quote]
    good_quote: Quote | None  # what good looks like
    good_is_colleague: bool
    comments: list[tuple[str, str, str]]  # (reviewer, day, comment)


@dataclass(slots=True)
class CriticalFailure:
    day: str
    review_id: int
    conversation_id: int
    criterion_title: str
    rule: CriticalRule
    reviewer: str
    comment: str
    quotes: list[Quote]
    late: bool = False  # a visit whose review was submitted late


@dataclass(slots=True)
class TrendPoint:
    start: str  # first day of the bucket (a Monday, or the first of a month)
    mean: float
    n: int


@dataclass(slots=True)
class SectionComparison:
    title: str
    employee: float | None
    team: float | None
    n: int  # reviews of the employee where the section had a score


@dataclass(slots=True)
class RubricPart:
    """What the coaching report shows for the reviews made with one rubric: criteria of different
    rubrics are never mixed, so a chat's "Greeting" and a call's "Greeting" stay apart."""

    rubric_id: str
    title: str  # in the report's language, from the newest copy of the rubric
    reviews: int  # the employee's reviews with this rubric
    score: Interval
    team_score: Interval  # everyone's reviews with this rubric, the employee's included
    colleagues: int  # other employees with reviews of this rubric; 0: the team figure is the employee's own
    sections: list[SectionComparison]
    criteria: list[CriterionStats]
    strengths: list[CriterionStats]
    focus: list[FocusArea]


@dataclass(slots=True)
class EmployeeReport:
    employee: str
    period: Period
    rubric_id: str | None
    channel: Channel | None
    language: str
    reviews: list[ScoredReview]
    score: Interval  # over reviews that have a score
    team_score: Interval
    colleagues: int  # other employees with reviews in the period
    by_channel: dict[str, int]
    by_reviewer: dict[str, int]
    trend: list[TrendPoint]
    trend_unit: str  # "week" or "month"
    parts: list[RubricPart]  # one per rubric used, most reviews first
    critical: list[CriticalFailure]
    first_day: str
    last_day: str
    flagged: int
    coaching: object | None = None  # reviewer.reports.coaching_effect.CoachingSection: sessions, before/after
    metrics: dict = field(default_factory=dict)  # medians of the conversation metrics: own...
    team_metrics: dict = field(default_factory=dict)  # ...and the team's (metrics_figures)
    auto: object | None = None  # reviewer.reports.auto_data.EmployeeAuto: automatic QA, kept apart

    @property
    def focus(self) -> list[FocusArea]:
        """Every part's focus areas, the largest part's first."""
        return [area for part in self.parts for area in part.focus]

    @property
    def criteria(self) -> list[CriterionStats]:
        return [s for part in self.parts for s in part.criteria]


def criterion_stats(items: list[ScoredReview], language: str) -> dict[tuple[str, str], CriterionStats]:
    stats: dict[tuple[str, str], CriterionStats] = {}
    # Newest reviews last: the newest rubric copy gives the titles.
    for item in items:
        rubric = item.review.rubric
        for section_score in item.score.sections:
            for cs in section_score.criteria:
                key = (rubric.id, cs.criterion.id)
                st = stats.get(key)
                if st is None:
                    st = stats[key] = CriterionStats(rubric.id, cs.criterion.id, "", "", 0.0)
                st.title = cs.criterion.title.get(language)
                st.section_title = section_score.section.title.get(language)
                st.share = criterion_share(rubric, cs.criterion.id)
                st.example = cs.criterion.example.get(language)
                ok = passed(cs)
                if ok is None:
                    st.not_applicable += cs.value == NOT_APPLICABLE
                    continue
                st.answered += 1
                st.passes += ok
                if not ok:
                    st.failed_items.append((item, item.review.answers.get(cs.criterion.id) or Answer(cs.criterion.id)))
    for st in stats.values():
        st.failed_items.reverse()  # newest first
    return stats


def _section_means(items: list[ScoredReview], language: str) -> dict[tuple[str, str], tuple[str, list[float]]]:
    found: dict[tuple[str, str], tuple[str, list[float]]] = {}
    for item in items:
        rubric = item.review.rubric
        for ss in item.score.sections:
            key = (rubric.id, ss.section.id)
            title = ss.section.title.get(language)
            values = found[key][1] if key in found else []
            if ss.score is not None:
                values.append(ss.score)
            found[key] = (title, values)
    return found


def _trend(items: list[ScoredReview]) -> tuple[list[TrendPoint], str]:
    days = [date.fromisoformat(i.day) for i in items if i.score.total is not None]
    if not days:
        return [], "week"
    by_month = (max(days) - min(days)).days > 26 * 7
    buckets: dict[date, list[float]] = defaultdict(list)
    for item in items:
        if item.score.total is None:
            continue
        d = date.fromisoformat(item.day)
        start = d.replace(day=1) if by_month else d - timedelta(days=d.weekday())
        buckets[start].append(item.score.total)
    points = [TrendPoint(k.isoformat(), mean(v), len(v)) for k, v in sorted(buckets.items())]
    return points, "month" if by_month else "week"


def _good_quote(
    stats: CriterionStats, own: list[ScoredReview], team: list[ScoredReview], employee: str, reader: TurnReader
) -> tuple[Quote | None, bool]:
    """A quote from a passed answer with evidence: the employee's own newest first, else a colleague's."""
    for pool, colleague in ((own, False), (team, True)):
        for item in reversed(pool):
            if item.review.rubric.id != stats.rubric_id:
                continue
            if colleague and (item.review.employee or "").casefold() == employee.casefold():
                continue
            answer = item.review.answers.get(stats.criterion_id)
            if answer is None or not answer.evidence:
                continue
            if answer.value != item.review.rubric.criterion(stats.criterion_id).scale.top:
                continue
            quotes = reader.quotes(item, answer.evidence)
            if quotes:
                return quotes[0], colleague
    return None, False


def _focus_area(
    stats: CriterionStats, own: list[ScoredReview], team: list[ScoredReview], employee: str, reader: TurnReader
) -> FocusArea:
    quotes: list[Quote] = []
    comments: list[tuple[str, str, str]] = []
    for item, answer in stats.failed_items:
        if len(quotes) < MAX_QUOTES and answer.evidence:
            quotes += reader.quotes(item, answer.evidence)[: MAX_QUOTES - len(quotes)]
        text = answer.comment.strip()
        if text and len(comments) < MAX_COMMENTS and all(text != c[2] for c in comments):
            comments.append((item.review.reviewer, item.day, text))
    good, colleague = _good_quote(stats, own, team, employee, reader)
    return FocusArea(stats, quotes, good, colleague, comments)


def _critical(items: list[ScoredReview], reader: TurnReader, language: str) -> list[CriticalFailure]:
    found = []
    for item in reversed(items):
        for cs in item.score.critical_failures:
            answer = item.review.answers.get(cs.criterion.id) or Answer(cs.criterion.id)
            found.append(
                CriticalFailure(
                    item.day,
                    item.id,
                    item.review.conversation_id,
                    cs.criterion.title.get(language),
                    cs.criterion.critical,
                    item.review.reviewer,
                    answer.comment.strip(),
                    reader.quotes(item, answer.evidence)[:MAX_QUOTES],
                    item.late,
                )
            )
    return found


def employee_name(library: "Library", name: str) -> str:
    """The employee as stored (matching any letter case), or ReportError listing who is known."""
    wanted = " ".join(name.split()).casefold()
    employees = library.employees()
    for known in employees:
        if known.casefold() == wanted:
            return known
    listed = ", ".join(employees[:20]) or "none"
    raise ReportError(f"no employee named {name!r}; employees in this library: {listed}")


def employees_with_reviews(library: "Library", period: Period = Period()) -> list[str]:
    """The employees with at least one submitted review in the period (by submission date, as
    the reports count them), by name."""
    clauses, params = ["r.state = 'submitted'"], []
    if period.since:
        clauses.append("r.submitted_at >= ?")
        params.append(period.since)
    if period.until:
        clauses.append("substr(r.submitted_at, 1, 10) <= ?")
        params.append(period.until[:10])
    rows = library.conn.execute(
        "SELECT DISTINCT e.name FROM reviews r JOIN conversations c ON c.id = r.conversation_id"
        " JOIN employees e ON e.id = c.employee_id WHERE " + " AND ".join(clauses) + " ORDER BY e.name",
        params,
    )
    return sorted((row[0] for row in rows), key=str.casefold)


def employee_report(
    library: "Library",
    employee: str,
    period: Period = Period(),
    *,
    rubric_id: str | None = None,
    channel: Channel | None = None,
    language: str = "en",
) -> EmployeeReport:
    """Everything the coaching report shows; NoReviews when the employee has none in the period."""
    name = employee_name(library, employee)
    team = load_reviews(library, period=period, rubric_id=rubric_id, channel=channel)
    own = [i for i in team if _is(i, name)]
    if not own:
        when = _describe_period(period)
        raise NoReviews(f"{name} has no submitted reviews{when}; no report was made")
    reader = TurnReader(library)
    rubric_ids = Counter(i.review.rubric.id for i in own)
    parts = [
        _rubric_part(rid, own, team, name, reader, language)
        for rid, _n in sorted(rubric_ids.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    trend, unit = _trend(own)
    from reviewer.reports.auto_data import employee_auto
    from reviewer.reports.coaching_effect import coaching_section

    return EmployeeReport(
        employee=name,
        period=period,
        rubric_id=rubric_id,
        channel=channel,
        language=language,
        reviews=own,
        score=t_interval(_totals(own)),
        team_score=t_interval(_totals(team)),
        colleagues=_colleagues(team, name),
        by_channel=dict(Counter(str(i.channel) for i in own).most_common()),
        by_reviewer=dict(Counter(i.review.reviewer for i in own).most_common()),
        trend=trend,
        trend_unit=unit,
        parts=parts,
        critical=_critical(own, reader, language),
        first_day=own[0].day,
        last_day=own[-1].day,
        flagged=sum(1 for i in own if i.score.flagged),
        coaching=coaching_section(library, name, period, rubric_id=rubric_id, channel=channel, language=language),
        metrics=metric_medians(library, (i.review.conversation_id for i in own)),
        team_metrics=metric_medians(library, (i.review.conversation_id for i in team)),
        auto=employee_auto(library, name, period, rubric_id=rubric_id, channel=channel, language=language),
    )


def _is(item: ScoredReview, employee: str) -> bool:
    return (item.review.employee or "").casefold() == employee.casefold()


def _totals(items: list[ScoredReview]) -> list[float]:
    return [i.score.total for i in items if i.score.total is not None]


def _colleagues(items: list[ScoredReview], employee: str) -> int:
    return len({(i.review.employee or NO_EMPLOYEE).casefold() for i in items} - {employee.casefold()})


def _rubric_part(rubric_id: str, own: list[ScoredReview], team: list[ScoredReview], name: str,
                 reader: TurnReader, language: str) -> RubricPart:
    own = [i for i in own if i.review.rubric.id == rubric_id]
    team = [i for i in team if i.review.rubric.id == rubric_id]
    stats = criterion_stats(own, language)
    ranked = [s for s in stats.values() if s.answered]
    focus_stats = sorted(
        (s for s in ranked if s.failure_rate and s.failure_rate > 0),
        key=lambda s: (-s.impact, -(s.failure_rate or 0), s.title),
    )[:MAX_FOCUS]
    focus_keys = {s.key for s in focus_stats}
    strengths = sorted(
        (s for s in ranked if s.key not in focus_keys and (s.pass_rate or 0) >= 0.5),
        key=lambda s: (-(s.pass_rate or 0), -s.share, s.title),
    )[:MAX_STRENGTHS]
    own_sections = _section_means(own, language)
    team_sections = _section_means(team, language)
    sections = [
        SectionComparison(title, mean(values), mean(team_sections.get(key, ("", []))[1]), len(values))
        for key, (title, values) in own_sections.items()
    ]
    rubric = own[-1].review.rubric  # the newest copy names it
    order = {c.id: n for n, c in enumerate(rubric.criteria())}
    return RubricPart(
        rubric_id=rubric_id,
        title=rubric.title.get(language),
        reviews=len(own),
        score=t_interval(_totals(own)),
        team_score=t_interval(_totals(team)),
        colleagues=_colleagues(team, name),
        sections=sections,
        # In the rubric's own order, so the table reads like the form.
        criteria=sorted(stats.values(), key=lambda s: (order.get(s.criterion_id, len(order)), s.title)),
        strengths=strengths,
        focus=[_focus_area(s, own, team, name, reader) for s in focus_stats],
    )


def _describe_period(period: Period) -> str:
    if period.since and period.until:
        return f" from {period.since} to {period.until}"
    if period.since:
        return f" since {period.since}"
    if period.until:
        return f" until {period.until}"
    return ""
