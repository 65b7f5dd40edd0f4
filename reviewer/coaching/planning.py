"""A coaching session planned from a coaching report: its focus areas become the session's focus
criteria, and the conversations their quotes come from (with the quoted turns or moments)
become what to discuss."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from reviewer.domain.coaching import CoachingSession, Discussed, FocusCriterion
from reviewer.domain.review import Evidence

if TYPE_CHECKING:
    from reviewer.reports.data import EmployeeReport


def plan_from_report(report: "EmployeeReport", trainer: str = "", held_on: str | None = None) -> CoachingSession:
    """An unsaved session for the report's employee, prefilled from its focus areas."""
    focus = tuple(FocusCriterion(a.stats.rubric_id, a.stats.criterion_id) for a in report.focus)
    moments: dict[int, list[Evidence]] = {}
    for area in report.focus:
        for quote in area.quotes:
            found = moments.setdefault(quote.conversation_id, [])
            moment = (Evidence.turn(quote.turn_index) if quote.turn_index is not None
                      else Evidence.span(quote.start_ms, quote.start_ms + 5000))
            if moment not in found:
                found.append(moment)
    discussed = tuple(Discussed(cid, tuple(m)) for cid, m in moments.items())
    return CoachingSession(report.employee, held_on or date.today().isoformat(), trainer, focus=focus,
                           discussed=discussed)
