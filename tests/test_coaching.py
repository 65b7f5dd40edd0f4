"""Coaching sessions: recording them, due follow-ups, the before/after figures of the coaching
report against a hand count, and the reports that show them (issue 17)."""

from __future__ import annotations

from datetime import date

import pytest

from reviewer.coaching import SessionFilter, SessionRepository
from reviewer.domain.coaching import (
    CoachingError,
    CoachingSession,
    Discussed,
    FocusCriterion,
    rate,
    wilson_interval,
)
from reviewer.domain.review import Evidence
from reviewer.reports.data import Period, employee_report
from reviewer.reports.team_data import team_report

NO_MUST = FocusCriterion("call", "no_must")
NO_PROBLEM = FocusCriterion("call", "no_problem_word")


def test_wilson_interval_matches_published_values():
    # Agresti & Coull / Newcombe's worked values for the 95 % Wilson score interval.
    low, high = wilson_interval(1, 3)
    assert (round(low, 4), round(high, 4)) == (0.0615, 0.7923)
    low, high = wilson_interval(3, 5)
    assert (round(low, 4), round(high, 4)) == (0.2307, 0.8824)
    # At 0 % and 100 % it still has width (the plain normal interval would collapse to a point).
    assert wilson_interval(2, 2)[0] == pytest.approx(0.3424, abs=1e-4)
    assert wilson_interval(0, 2)[1] == pytest.approx(0.6576, abs=1e-4)
    assert wilson_interval(0, 0) == (None, None)
    assert rate([True, True]).low < 0.35  # two reviews after a session are no proof


def test_session_is_stored_with_focus_discussed_moments_and_follow_up(report_library):
    library, made = report_library
    repo = SessionRepository(library)
    review = library.reviews.get(made["Anna Ivanova"][0])
    session = repo.add(CoachingSession(
        "anna  ivanova", "2026-09-28", "Trainer Toms", focus=(NO_MUST, NO_PROBLEM),
        discussed=(Discussed(review.conversation_id, (Evidence.turn(4), Evidence.span(16000, 20000))),),
        notes="Talked through two calls", actions="Offer, don't order: «сделайте, пожалуйста»",
        follow_up_on="2026-10-12"))
    again = repo.require(session.id)
    assert again.employee == "Anna Ivanova" and again.focus == (NO_MUST, NO_PROBLEM)
    assert again.discussed[0].moments == (Evidence.turn(4), Evidence.span(16000, 20000))
    assert again.discussed[0].source_sha256 == library.conversations.get(review.conversation_id).source_sha256
    assert len(again.uid) == 32
    assert [s.id for s in repo.list(SessionFilter(employee="Anna Ivanova"))] == [session.id]
    assert repo.list(SessionFilter(employee="Maria Smith")) == []


@pytest.mark.parametrize("change, message", [
    (dict(employee="Nobody"), "no employee named"),
    (dict(trainer=" "), "trainer"),
    (dict(held_on="28.09.2026"), "not a date"),
    (dict(follow_up_on="2026-09-01"), "before the session"),
    (dict(focus=(NO_MUST, NO_MUST)), "twice"),
    (dict(discussed=(Discussed(9999),)), "no conversation 9999"),
    (dict(discussed=(Discussed(1, (Evidence.turn(50),)),)), "no turn 50"),
])
def test_bad_sessions_are_refused(report_library, change, message):
    library, _ = report_library
    fields = dict(employee="Anna Ivanova", held_on="2026-09-28", trainer="Trainer Toms", focus=(NO_MUST,))
    fields.update(change)
    with pytest.raises(CoachingError, match=message):
        SessionRepository(library).add(CoachingSession(**fields))
    assert SessionRepository(library).list() == []


def test_due_follow_ups_and_marking_one_done(report_library):
    library, _ = report_library
    repo = SessionRepository(library)
    overdue = repo.add(CoachingSession("Anna Ivanova", "2026-10-01", "T", follow_up_on="2026-10-15"))
    due = repo.add(CoachingSession("Jānis Bērziņš", "2026-10-05", "T", follow_up_on="2026-10-20"))
    repo.add(CoachingSession("Maria Smith", "2026-10-05", "T", follow_up_on="2026-11-01"))  # planned
    repo.add(CoachingSession("Solo Agent", "2026-10-05", "T"))  # no follow-up
    today = date(2026, 10, 20)
    assert [s.id for s in repo.due(today)] == [overdue.id, due.id]
    assert [s.follow_up_state(today) for s in repo.due(today)] == ["overdue", "due"]
    repo.mark_follow_up_done(overdue.id, "Better already", at="2026-10-20T12:00:00+00:00")
    assert [s.id for s in repo.due(today)] == [due.id]
    with pytest.raises(CoachingError, match="was done"):
        repo.mark_follow_up_done(overdue.id)


def test_before_after_figures_match_a_hand_count(report_library):
    """Anna's eight calls are a week apart from Monday 2026-09-07; the fixture answers no_must
    "no" in calls 0, 2, 4, 6 and no_problem_word "no" in every call but 0, 3, 6. A session on
    2026-09-28 (the day of call 3) splits them into calls 0-2 before and 3-7 after:

    no_must:          before 0 N, 1 Y, 2 N -> 1 of 3;  after 3 Y, 4 N, 5 Y, 6 N, 7 Y -> 3 of 5
    no_problem_word:  before 0 Y, 1 N, 2 N -> 1 of 3;  after 3 Y, 4 N, 5 N, 6 Y, 7 N -> 2 of 5
    """
    library, _ = report_library
    SessionRepository(library).add(CoachingSession("Anna Ivanova", "2026-09-28", "Trainer Toms",
                                                   focus=(NO_MUST, NO_PROBLEM)))
    report = employee_report(library, "Anna Ivanova", Period("2026-09-28", "2026-11-30"))
    section = report.coaching
    assert [s.held_on for s in section.held] == ["2026-09-28"]
    changes = {c.focus: c for c in section.effects[0].changes}
    assert (changes[NO_MUST].before.met, changes[NO_MUST].before.n) == (1, 3)
    assert (changes[NO_MUST].after.met, changes[NO_MUST].after.n) == (3, 5)
    assert (changes[NO_PROBLEM].before.met, changes[NO_PROBLEM].before.n) == (1, 3)
    assert (changes[NO_PROBLEM].after.met, changes[NO_PROBLEM].after.n) == (2, 5)
    assert (changes[NO_MUST].before.low, changes[NO_MUST].before.high) == pytest.approx(wilson_interval(1, 3))
    assert not changes[NO_MUST].clear_change  # 1/3 against 3/5: the intervals overlap
    assert section.titles[NO_MUST]  # named in the report's language

    # The report's end cuts "after": to 2026-10-12 it holds calls 3 Y, 4 N, 5 Y.
    report = employee_report(library, "Anna Ivanova", Period("2026-09-28", "2026-10-12"))
    after = {c.focus: c for c in report.coaching.effects[0].changes}[NO_MUST].after
    assert (after.met, after.n) == (2, 3)


def test_a_later_session_with_the_same_focus_ends_the_earlier_ones_after(report_library):
    library, _ = report_library
    repo = SessionRepository(library)
    repo.add(CoachingSession("Anna Ivanova", "2026-09-28", "Trainer Toms", focus=(NO_MUST,)))
    repo.add(CoachingSession("Anna Ivanova", "2026-10-19", "Trainer Toms", focus=(NO_MUST,)))
    report = employee_report(library, "Anna Ivanova", Period("2026-09-01", "2026-11-30"))
    first, second = report.coaching.effects
    # First: before calls 0-2 (1 of 3), after calls 3-5 (Y N Y: 2 of 3), cut by the second session.
    assert [(c.before.met, c.before.n, c.after.met, c.after.n) for c in first.changes] == [(1, 3, 2, 3)]
    # Second: before from the first session (calls 3-5), after calls 6 N, 7 Y.
    assert [(c.before.met, c.before.n, c.after.met, c.after.n) for c in second.changes] == [(2, 3, 1, 2)]


def test_a_report_after_the_session_compares_the_latest_session_before_the_period(report_library):
    library, _ = report_library
    SessionRepository(library).add(CoachingSession("Anna Ivanova", "2026-09-28", "Trainer Toms", focus=(NO_MUST,)))
    report = employee_report(library, "Anna Ivanova", Period("2026-10-05", "2026-10-31"))
    assert report.coaching.held == []  # none held in October
    change = report.coaching.effects[0].changes[0]
    assert (change.before.met, change.before.n, change.after.met, change.after.n) == (1, 3, 3, 5)
    # An employee without sessions has no section at all.
    assert employee_report(library, "Maria Smith").coaching is None


def _pdf_text(path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_reports_show_sessions_and_disputes(report_library, tmp_path):
    from reviewer import reports
    from reviewer.coaching import DisputeRepository

    library, made = report_library
    SessionRepository(library).add(CoachingSession("Anna Ivanova", "2026-09-28", "Trainer Toms", focus=(NO_MUST,),
                                                   actions="Say «сделайте, пожалуйста»", follow_up_on="2026-10-26"))
    disputes = DisputeRepository(library)
    for index in (1, 2, 4):  # three disputes of no_problem_word, two upheld: named as perhaps unclear
        review = library.reviews.get(made["Anna Ivanova"][index])
        d = disputes.raise_dispute(review.id, "no_problem_word", "yes", "meant «of course»", by="Anna Ivanova",
                                   at="2026-10-27T10:00:00+00:00")
        outcome = "rejected" if index == 4 else "accepted"
        reason = "not_reviewer_error" if index == 4 else "rubric_unclear"
        disputes.decide(d.id, outcome, reason, by="Līga Kalniņa", at="2026-10-28T10:00:00+00:00")
    coaching = reports.make_employee_report(library, "Anna Ivanova", tmp_path / "anna.pdf",
                                            period=Period("2026-09-28", "2026-11-30"))
    text = " ".join(_pdf_text(coaching).split())
    assert "Coaching sessions" in text and "2026-09-28 with Trainer Toms" in text
    assert "Before and after the session of 2026-09-28" in text
    assert "1 of 3 · 33% (6–79%)" in text and "3 of 5 · 60% (23–88%)" in text  # no_must, hand count above
    team = reports.make_team_summary(library, tmp_path / "team.pdf", period=Period("2026-10-01", "2026-11-30"))
    text = " ".join(_pdf_text(team).split())
    assert "Disputes: 3 (0 open, 2 accepted, 0 partly accepted, 1 rejected)" in text
    assert "its guidance may be unclear" in text
    summary = team_report(library, Period("2026-10-01", "2026-11-30")).disputes.summary
    assert summary.by_reviewer["Olga Petrova"].total == 3
    russian = reports.make_team_summary(library, tmp_path / "team-ru.pdf", period=Period("2026-10-01", "2026-11-30"),
                                        language="ru")
    assert "Оспаривания" in _pdf_text(russian)
