"""What the reports show of automatic QA, kept apart from the reviewers' scores: the team
summary's coverage (every conversation of the period beside the manual sample), auto scores per
employee and the agreement with reviewers; the coaching report's automatic results per criterion
over all the employee's conversations, with example moments.

A conversation belongs to the period by its own date (its start, else its import), not by a
review's submission date: automatic QA covers conversations, reviewed or not. Of a conversation
scored with several rubrics one result counts: the rubric asked for, else the one named after
its channel, else the first by id. Only criteria whose checks ship automated count; experimental
ones neither pre-fill drafts nor count in the auto score, so they stay out of the reports too.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reviewer.domain import Channel
from reviewer.domain.auto_agreement import Agreement, by_criterion
from reviewer.domain.checks import Evidence, Suggestion, reason_text
from reviewer.domain.rubric import NOT_APPLICABLE, AnswerError
from reviewer.reports.data import NO_EMPLOYEE, Period, Quote, TurnReader, _clock
from reviewer.reports.stats import Interval, t_interval
from reviewer.storage import auto_results

if TYPE_CHECKING:
    from reviewer.storage.library import Library

_CHUNK = 500
MAX_MOMENTS = 2  # example moments per criterion
MAX_EXAMPLE_CRITERIA = 4  # criteria with examples: those missed most often
QUOTE_CHARS = 240  # a long turn is cut around what matched


@dataclass(slots=True)
class AutoConversation:
    id: int
    channel: Channel
    conversation_title: str
    conversation_started_at: str | None
    employee: str
    reviewed: bool  # has a submitted review (calibration reviews aside)
    rubric_id: str | None = None  # the result that counts; None: not scored
    score: float | None = None
    flagged: bool = False
    criteria: dict | None = None  # criterion id -> stored suggestion (coaching report only)


# Team summary ------------------------------------------------------------------------------


@dataclass(slots=True)
class AutoEmployeeRow:
    employee: str
    conversations: int
    score: Interval  # over the conversations with an auto score
    flagged: int  # conversations with an automatic flag (forbidden word, no greeting...)


@dataclass(slots=True)
class AgreementRow:
    rubric_id: str
    criterion_id: str
    title: str
    agreement: Agreement
    experimental: bool  # its check does not ship automated (shown, not pre-filled, not scored)


@dataclass(slots=True)
class TeamAuto:
    conversations: int  # in the period (and channel, rubric)
    scored: int  # with an auto score (a result with at least one criterion that ships automated)
    reviewed: int  # with a submitted review: the manual sample
    flagged: int
    score: Interval
    rows: list[AutoEmployeeRow]
    agreement: list[AgreementRow]


def team_auto(library: "Library", period: Period = Period(), *, rubric_id: str | None = None,
              channel: Channel | None = None, language: str = "en") -> TeamAuto:
    items = load_conversations(library, period, rubric_id=rubric_id, channel=channel)
    groups: dict[str, list[AutoConversation]] = defaultdict(list)
    for item in items:
        groups[item.employee].append(item)
    rows = [
        AutoEmployeeRow(name, len(group), t_interval(_scores(group)), sum(1 for i in group if i.flagged))
        for name, group in groups.items()
    ]
    rows.sort(key=lambda r: (r.score.mean is None, -(r.score.mean or 0), r.employee.casefold()))
    titles = _Titles(library, language)
    decisions = auto_results.decisions(library.conn, period.since, period.until, rubric_id)
    return TeamAuto(
        len(items),
        sum(1 for i in items if i.score is not None),
        sum(1 for i in items if i.reviewed),
        sum(1 for i in items if i.flagged),
        t_interval(_scores(items)),
        rows,
        [AgreementRow(rid, cid, titles.criterion(rid, cid), a, titles.experimental(rid, cid))
         for rid, cid, a in by_criterion(decisions)],
    )


def _scores(items: list[AutoConversation]) -> list[float]:
    return [i.score for i in items if i.score is not None]


# Coaching report ---------------------------------------------------------------------------


@dataclass(slots=True)
class AutoMoment:
    reason: str  # in the report's language; quotes inside stay as said
    quote: Quote  # the turn the evidence points to; an empty text when it points to none


@dataclass(slots=True)
class CriterionAuto:
    rubric_id: str
    criterion_id: str
    title: str
    checked: int = 0  # conversations where the check gave an answer other than N/A
    met: int = 0  # of those, the answer at the top of the scale
    not_applicable: int = 0
    moments: list[AutoMoment] = field(default_factory=list)  # where it was not met, newest first

    @property
    def met_rate(self) -> float | None:
        return self.met / self.checked if self.checked else None


@dataclass(slots=True)
class RubricAuto:
    rubric_id: str
    title: str
    conversations: int
    criteria: list[CriterionAuto]  # in the rubric's order


@dataclass(slots=True)
class EmployeeAuto:
    conversations: int  # the employee's in the period
    scored: int
    reviewed: int
    flagged: int
    score: Interval
    parts: list[RubricAuto]  # most conversations first


def employee_auto(library: "Library", employee: str, period: Period = Period(), *, rubric_id: str | None = None,
                  channel: Channel | None = None, language: str = "en") -> EmployeeAuto:
    items = load_conversations(library, period, rubric_id=rubric_id, channel=channel, employee=employee,
                               with_criteria=True)
    titles = _Titles(library, language)
    reader = TurnReader(library)
    by_rubric: dict[str, list[AutoConversation]] = defaultdict(list)
    for item in items:
        if item.rubric_id is not None:
            by_rubric[item.rubric_id].append(item)
    parts = [
        _rubric_auto(rid, group, titles, reader, language)
        for rid, group in sorted(by_rubric.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    return EmployeeAuto(
        len(items),
        sum(1 for i in items if i.score is not None),
        sum(1 for i in items if i.reviewed),
        sum(1 for i in items if i.flagged),
        t_interval(_scores(items)),
        [part for part in parts if part.criteria],
    )


def _rubric_auto(rubric_id: str, items: list[AutoConversation], titles: "_Titles", reader: TurnReader,
                 language: str) -> RubricAuto:
    stats: dict[str, CriterionAuto] = {}
    failed: dict[str, list[tuple[AutoConversation, Suggestion]]] = defaultdict(list)
    for item in reversed(items):  # newest first, so the examples are recent
        for cid, data in (item.criteria or {}).items():
            suggestion = Suggestion.from_store(cid, data)
            if suggestion.experimental:
                continue
            st = stats.get(cid)
            if st is None:
                st = stats[cid] = CriterionAuto(rubric_id, cid, titles.criterion(rubric_id, cid))
            if suggestion.answer == NOT_APPLICABLE:
                st.not_applicable += 1
                continue
            st.checked += 1
            if suggestion.answer == titles.top(rubric_id, cid):
                st.met += 1
            else:
                failed[cid].append((item, suggestion))
    missed = sorted((s for s in stats.values() if s.checked and s.met < s.checked),
                    key=lambda s: (s.met_rate, s.title))[:MAX_EXAMPLE_CRITERIA]
    for st in missed:
        st.moments = _moments(failed[st.criterion_id], reader, language)
    order = titles.order(rubric_id)
    criteria = sorted(stats.values(), key=lambda s: (order.get(s.criterion_id, len(order)), s.title))
    return RubricAuto(rubric_id, titles.rubric(rubric_id), len(items), criteria)


def _moments(failed: list[tuple[AutoConversation, Suggestion]], reader: TurnReader, language: str) -> list[AutoMoment]:
    """Failures that point at a turn first (a quote says more), then those that cannot (a greeting
    never said has nothing to point at)."""
    with_turn, without = [], []
    for item, suggestion in failed:
        quote = _quote(item, suggestion.evidence, reader)
        moment = AutoMoment(reason_text(suggestion.reason, language), quote)
        (with_turn if quote.text else without).append(moment)
        if len(with_turn) >= MAX_MOMENTS:
            break
    return (with_turn + without)[:MAX_MOMENTS]


def _quote(item: AutoConversation, evidence: tuple[Evidence, ...], reader: TurnReader) -> Quote:
    turns = reader.turns(item.id) if evidence else []
    picked, start, span = [], None, None
    for ev in evidence:
        if ev.turn is not None:
            picked = [t for t in turns if t[0] == ev.turn]
            start = picked[0][1] if picked else None
            span = (ev.start, ev.end) if ev.start is not None else None
        elif ev.start_ms is not None and ev.end_ms is not None:
            # A time range (a silence, a wait) quotes the turn it begins in or after.
            before = [t for t in turns if t[1] is not None and t[1] <= ev.start_ms]
            picked = before[-1:] or [t for t in turns if t[1] is not None][:1]
            start = ev.start_ms
        if picked:
            break
    first = picked[0] if picked else None
    return Quote(
        text=_cut(first[4], span) if first else "",
        speaker=first[5] if first else "",
        conversation_id=item.id,
        review_id=0,
        day=(item.conversation_started_at or "")[:10],
        start_ms=start,
        turn_index=first[0] if first else None,
        sent_at=first[3] if first else None,
        employee=item.employee,
        conversation_title=item.conversation_title,
        conversation_day=(item.conversation_started_at or "")[:10],
        channel=item.channel,
        clock=_clock(item, first[3] if first else None, start),
    )


def _cut(text: str, span: tuple[int, int] | None) -> str:
    text = text.strip()
    if len(text) <= QUOTE_CHARS:
        return text
    if span is None:
        return text[: QUOTE_CHARS - 1].rstrip() + "…"
    centre = (span[0] + span[1]) // 2
    begin = max(0, min(centre - QUOTE_CHARS // 2, len(text) - QUOTE_CHARS))
    piece = text[begin : begin + QUOTE_CHARS].strip()
    return ("…" if begin > 0 else "") + piece + ("…" if begin + QUOTE_CHARS < len(text) else "")


# Loading -----------------------------------------------------------------------------------


def load_conversations(library: "Library", period: Period = Period(), *, rubric_id: str | None = None,
                       channel: Channel | None = None, employee: str | None = None,
                       with_criteria: bool = False) -> list[AutoConversation]:
    """The conversations of the period, oldest first, each with the automatic result that counts."""
    clauses, params = [], []
    if period.since:
        clauses.append("substr(COALESCE(c.started_at, c.imported_at), 1, 10) >= ?")
        params.append(period.since)
    if period.until:
        clauses.append("substr(COALESCE(c.started_at, c.imported_at), 1, 10) <= ?")
        params.append(period.until[:10])
    if channel is not None:
        clauses.append("c.channel = ?")
        params.append(str(channel))
    if employee is not None:
        clauses.append("e.name = ? COLLATE NOCASE")
        params.append(" ".join(employee.split()))
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = library.conn.execute(
        "SELECT c.id, c.channel, COALESCE(c.title, c.source_name), c.started_at, e.name,"
        " EXISTS (SELECT 1 FROM reviews r WHERE r.conversation_id = c.id AND r.state = 'submitted'"
        " AND r.calibration_uid IS NULL)"
        f" FROM conversations c LEFT JOIN employees e ON e.id = c.employee_id{where}"
        " ORDER BY COALESCE(c.started_at, c.imported_at), c.id",
        params,
    ).fetchall()
    items = [AutoConversation(cid, Channel(ch), title or "", started, name or NO_EMPLOYEE, bool(rev))
             for cid, ch, title, started, name, rev in rows]
    fits = _fits(library, rubric_id)
    items = [i for i in items if fits(i.channel)]
    _attach_results(library, items, rubric_id, with_criteria)
    return items


def _fits(library: "Library", rubric_id: str | None):
    """With a rubric asked for, only the channels it is for count (a chat rubric leaves calls out)."""
    if rubric_id is None:
        return lambda _channel: True
    from reviewer.rubrics.catalog import RubricNotFound, load_catalog

    try:
        rubric = load_catalog(library.root).get(rubric_id)
    except RubricNotFound:
        return lambda _channel: True
    return rubric.applies_to


def _attach_results(library: "Library", items: list[AutoConversation], rubric_id: str | None,
                    with_criteria: bool) -> None:
    by_id = {i.id: i for i in items}
    ids = list(by_id)
    columns = "conversation_id, rubric_id, score" + (", criteria" if with_criteria else "")
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        found: dict[int, dict[str, tuple]] = defaultdict(dict)
        for row in library.conn.execute(
            f"SELECT {columns} FROM auto_results WHERE conversation_id IN ({marks})", chunk
        ):
            found[row[0]][row[1]] = row[2:]
        flagged = {
            (cid, rid) for cid, rid in library.conn.execute(
                f"SELECT DISTINCT conversation_id, rubric_id FROM auto_flags WHERE conversation_id IN ({marks})",
                chunk,
            )
        }
        for cid, results in found.items():
            item = by_id[cid]
            rid = _pick(results, rubric_id, item.channel)
            if rid is None:
                continue
            values = results[rid]
            item.rubric_id, item.score = rid, values[0]
            item.flagged = (cid, rid) in flagged
            if with_criteria:
                item.criteria = json.loads(values[1])


def _pick(results: dict[str, tuple], rubric_id: str | None, channel: Channel) -> str | None:
    if rubric_id is not None:
        return rubric_id if rubric_id in results else None
    if str(channel) in results:
        return str(channel)
    return min(results) if results else None


class _Titles:
    """Rubric and criterion titles, and the top of each criterion's scale, from the library's
    rubrics (the id when a rubric is gone)."""

    def __init__(self, library: "Library", language: str):
        from reviewer.rubrics.catalog import load_catalog

        self._catalog = load_catalog(library.root)
        self._language = language

    def _rubric(self, rubric_id: str):
        try:
            return self._catalog.get(rubric_id)
        except LookupError:
            return None

    def rubric(self, rubric_id: str) -> str:
        rubric = self._rubric(rubric_id)
        return rubric.title.get(self._language) if rubric else rubric_id

    def _criterion(self, rubric_id: str, criterion_id: str):
        rubric = self._rubric(rubric_id)
        if rubric is None:
            return None
        try:
            return rubric.criterion(criterion_id)
        except AnswerError:  # a criterion since removed from the rubric
            return None

    def criterion(self, rubric_id: str, criterion_id: str) -> str:
        found = self._criterion(rubric_id, criterion_id)
        return found.title.get(self._language) if found else criterion_id

    def experimental(self, rubric_id: str, criterion_id: str) -> bool:
        found = self._criterion(rubric_id, criterion_id)
        return bool(found is None or not found.auto or found.auto.get("experimental"))

    def top(self, rubric_id: str, criterion_id: str):
        found = self._criterion(rubric_id, criterion_id)
        return found.scale.top if found else "yes"

    def order(self, rubric_id: str) -> dict[str, int]:
        rubric = self._rubric(rubric_id)
        return {c.id: n for n, c in enumerate(rubric.criteria())} if rubric else {}
