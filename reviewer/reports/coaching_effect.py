"""What the coaching report shows of coaching sessions: those held in the period, and per focus
criterion the rate before and after each session that bears on the period.

Reviews are placed before or after a session by the day of their conversation (what the
employee did), not the day a reviewer got to it. "Before" runs from the previous session with
that focus (or the first review), "after" from the session's day to the next session with that
focus, and at most to the report's end date. The period's start does not cut "before": the
month before the session is exactly what the comparison needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from reviewer.domain import Channel
from reviewer.domain.coaching import BeforeAfter, CoachingSession, FocusCriterion, Observation, before_after
from reviewer.domain.rubric import AnswerError

if TYPE_CHECKING:
    from reviewer.reports.data import Period, ScoredReview
    from reviewer.storage.library import Library


@dataclass(slots=True)
class SessionEffect:
    session: CoachingSession
    changes: list[BeforeAfter]


@dataclass(slots=True)
class CoachingSection:
    held: list[CoachingSession]  # sessions held in the period, oldest first
    effects: list[SessionEffect]  # the sessions compared: those held in the period, or the latest before it
    titles: dict[FocusCriterion, str] = field(default_factory=dict)  # in the report's language


def observations(items: list["ScoredReview"]) -> list[Observation]:
    """Each counted answer of each review: met or not, on its conversation's day."""
    from reviewer.reports.data import passed

    found = []
    for item in items:
        day = (item.conversation_started_at or "")[:10] or item.day
        for cs in item.score.criteria:
            ok = passed(cs)
            if ok is not None:
                found.append(Observation(day, item.review.rubric.id, cs.criterion.id, ok))
    return found


def compare(sessions: list[CoachingSession], shown: list[CoachingSession], obs: list[Observation],
            until: str | None) -> list[SessionEffect]:
    effects = []
    for session in shown:
        changes = []
        for focus in session.focus:
            with_focus = [s for s in sessions if focus in s.focus]
            previous = [s.held_on for s in with_focus if s.held_on < session.held_on]
            following = [s.held_on for s in with_focus if s.held_on > session.held_on]
            changes += before_after(replace(session, focus=(focus,)), obs, previous[-1] if previous else None,
                                    following[0] if following else None, until)
        effects.append(SessionEffect(session, changes))
    return effects


def coaching_section(library: "Library", employee: str, period: "Period", *, rubric_id: str | None = None,
                     channel: Channel | None = None, language: str = "en") -> CoachingSection | None:
    """None when the employee has no session up to the period's end."""
    from reviewer.coaching.sessions import SessionFilter, SessionRepository
    from reviewer.reports.data import load_reviews

    sessions = SessionRepository(library).list(SessionFilter(employee=employee, until=period.until))
    if not sessions:
        return None
    held = [s for s in sessions if not period.since or s.held_on >= period.since]
    earlier = [s for s in sessions if period.since and s.held_on < period.since]
    shown = held or earlier[-1:]
    items = load_reviews(library, employee=employee, rubric_id=rubric_id, channel=channel)
    titles: dict[FocusCriterion, str] = {}
    for item in reversed(items):  # the newest rubric copy names the criterion
        for session in shown:
            for focus in session.focus:
                if focus not in titles and item.review.rubric.id == focus.rubric_id:
                    try:
                        titles[focus] = item.review.rubric.criterion(focus.criterion_id).title.get(language)
                    except AnswerError:
                        pass
    return CoachingSection(held, compare(sessions, shown, observations(items), period.until), titles)
