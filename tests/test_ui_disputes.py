"""Disputes and coaching sessions in the desktop app, driven like a trainer (issue 17): a dispute
raised on a review and decided in the scoring panel, the library's mark and filter, the disputes
list, a session planned from the coaching report, and the follow-ups due."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from reviewer.coaching import DisputeRepository, SessionRepository
from reviewer.domain import Channel
from reviewer.domain.coaching import CoachingSession
from reviewer.domain.dispute import DisputeState
from reviewer.storage.settings import Setting
from reviewer.ui.library.library_model import DISPUTE_MARK, Column
from reviewer.ui.main_window import MainWindow

ME = "Olga Petrova"
CHAT = "Торшер для чтения"  # Anna Ivanova's chat, reviewed and submitted by the demo's reviewer
DEMO_REVIEWER = "Līga Ozola"


class Source:
    def __init__(self, turns=(), ms=None):
        self.turns, self.ms = list(turns), ms

    def selected_turn_indexes(self):
        return self.turns

    def playback_ms(self):
        return self.ms


@pytest.fixture
def window(qtbot, demo_library):
    demo_library.set_setting(Setting.REVIEWER_NAME, ME)
    window = MainWindow(demo_library)
    qtbot.addWidget(window)
    window.resize(1440, 880)
    window.show()
    qtbot.waitExposed(window)
    return window


def _row_of_title(window, title):
    model = window.library_view.model
    return next(r for r in range(model.rowCount()) if model.conversation(r).title == title)


def _open_demo_review(window):
    """Select the chat and look at the demo reviewer's submitted review of it."""
    view = window.library_view
    view.table.selectRow(_row_of_title(window, CHAT))
    panel = window.scoring_panel
    [other] = panel._others
    panel.show_other_review(other.id)
    return panel, other


def test_a_dispute_raised_and_decided_in_the_scoring_panel(window, qtbot, demo_library):
    panel, review = _open_demo_review(window)
    box = panel.disputes
    assert box.isVisible() and box.raise_button.isVisible()
    failed = next(c for c in review.rubric.criteria() if review.answers[c.id].value == "no")
    panel.criteria.set_current(failed.id)
    panel.set_evidence_source(Source(turns=[7]))
    dialog = box.raise_dispute()
    assert dialog.criterion_box.value() == failed.id and dialog.evidence_box.isChecked()
    assert dialog.by_edit.text() == "Anna Ivanova"
    dialog.argument_edit.setPlainText("I asked it in my last message")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    [dispute] = DisputeRepository(demo_library).list()
    assert dispute.criterion_id == failed.id and dispute.proposed == "yes" and dispute.evidence[0].turn_index == 7
    assert "Disputes (1 open)" in box.title_label.text() and "Decide" in box.list_label.text()

    # The library marks the conversation and filters by it.
    model = window.library_view.model
    row = _row_of_title(window, CHAT)
    assert DISPUTE_MARK in model.data(model.index(row, Column.SCORE))
    assert "1 open disputes" in model.data(model.index(row, Column.SCORE), Qt.ItemDataRole.ToolTipRole)
    window.library_view.disputed_box.setChecked(True)
    assert model.total == 1 and model.conversation(0).title == CHAT
    assert "1 matching conversation" in window.library_view.count_label.text()

    # Olga is not the reviewer: she may decide. Accepted: the answer and the score change.
    window.library_view.table.selectRow(0)
    panel.show_other_review(review.id)
    before = review.score().total
    decide = box.decide(dispute.id)
    assert decide.accept_radio.isChecked()
    decide.note_edit.setPlainText("The last message asks it")
    decide.save()
    assert not decide.message.text()
    fresh = demo_library.reviews.get(review.id)
    assert fresh.answers[failed.id].value == "yes" and fresh.score().total > before
    assert panel.review.answers[failed.id].value == "yes"
    assert panel.header.total_label.text() == f"{fresh.score().total:.0f}%"
    assert panel.criteria.rows[failed.id].buttons["yes"].isChecked()
    assert "accepted by Olga Petrova" in box.list_label.text()
    panel.history.toggle.click()
    assert "decided a dispute" in panel.history.entries_label.text()
    assert DISPUTE_MARK not in model.data(model.index(0, Column.SCORE))  # no open dispute left


def test_the_reviewer_cannot_decide_in_the_panel_and_a_rejection_changes_nothing(window, qtbot, demo_library):
    panel, review = _open_demo_review(window)
    failed = next(c for c in review.rubric.criteria() if review.answers[c.id].value == "no")
    dispute = DisputeRepository(demo_library).raise_dispute(review.id, failed.id, "yes", "x", by="Anna Ivanova")
    panel.disputes.show_review(panel.review, {}, "en", force=True)
    demo_library.set_setting(Setting.REVIEWER_NAME, DEMO_REVIEWER)
    decide = panel.disputes.decide(dispute.id)
    assert decide.by_edit.text() == DEMO_REVIEWER
    decide.save()
    assert "wrote this review and cannot decide" in decide.message.text()
    assert DisputeRepository(demo_library).get(dispute.id).is_open
    decide.by_edit.setText(ME)
    decide.reject_radio.setChecked(True)
    decide.save()
    assert DisputeRepository(demo_library).get(dispute.id).state is DisputeState.REJECTED
    assert demo_library.reviews.get(review.id).answers[failed.id].value == "no"


def test_the_disputes_list_shows_age_and_opens_the_conversation(window, qtbot, demo_library):
    review = demo_library.reviews.get(1)
    failed = next(c for c in review.rubric.criteria() if review.answers[c.id].value == "no")
    raised = (date.today() - timedelta(days=9)).isoformat() + "T09:00:00+00:00"
    DisputeRepository(demo_library).raise_dispute(review.id, failed.id, "yes", "Asked it", by="Anna Ivanova",
                                                  at=raised)
    dialog = window.coaching.show_disputes()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() in ("8 d", "9 d")  # whole days since 09:00 UTC nine days ago
    assert dialog.table.item(0, 2).text() == "Anna Ivanova" and dialog.table.item(0, 6).text() == "open"
    window.library_view.channel_box.select(Channel.EMAIL)  # a filter that hides the chat
    dialog._open_row(0, 0)
    assert window.library_view.current_conversation_id() == review.conversation_id


def test_plan_a_session_from_the_coaching_report(window, qtbot, demo_library):
    from reviewer.ui.reports.coaching_session_dialog import CoachingSessionDialog

    reports = window.show_reports()
    reports.employee.setCurrentIndex(reports.employee.findData("Maria Smith"))
    assert reports.plan_button.isVisible()
    dialog = reports.plan_session()
    assert isinstance(dialog, CoachingSessionDialog)
    ticked = [dialog._value(dialog.focus_list.item(i)) for i in range(dialog.focus_list.count())
              if dialog.focus_list.item(i).checkState() == Qt.CheckState.Checked]
    from reviewer.reports.data import employee_report

    report = employee_report(demo_library, "Maria Smith")
    assert [(f.rubric_id, f.criterion_id) for f in ticked] == [(a.stats.rubric_id, a.stats.criterion_id)
                                                                for a in report.focus]
    assert ticked, "Maria's reviews have focus areas"
    discussed = [dialog._value(dialog.conversation_list.item(i)) for i in range(dialog.conversation_list.count())
                 if dialog.conversation_list.item(i).checkState() == Qt.CheckState.Checked]
    quoted = {q.conversation_id for a in report.focus for q in a.quotes}
    assert {d.conversation_id for d in discussed} == quoted
    dialog.actions_edit.setPlainText("Ask before closing whether anything else is needed")
    dialog.date_edit.setDate(QDate(2026, 11, 25))
    dialog.follow_up_edit.setDate(QDate(2026, 12, 23))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [session] = SessionRepository(demo_library).list()
    assert session.employee == "Maria Smith" and session.trainer == ME
    assert session.focus == tuple(ticked) and session.follow_up_on == "2026-12-23"
    assert "Coaching session" in reports.status.text()
    # Other reports have no plan button.
    reports.kind.setCurrentIndex(2)
    assert not reports.plan_button.isVisible()
    reports.reject()


def test_follow_ups_due_are_listed_and_marked_done(qtbot, demo_library):
    repo = SessionRepository(demo_library)
    overdue = repo.add(CoachingSession("Anna Ivanova", "2026-10-01", "T", actions="Use names",
                                       follow_up_on="2026-10-20"))
    repo.add(CoachingSession("Maria Smith", "2026-11-01", "T", follow_up_on="2999-01-01"))
    window = MainWindow(demo_library)
    qtbot.addWidget(window)
    assert "1 coaching follow-ups are due" in window.statusBar().currentMessage()
    assert window.coaching.follow_ups_action.text() == "&Follow-ups Due (1)…"
    dialog = window.coaching.show_follow_ups()
    assert [s.id for s in dialog.sessions] == [overdue.id]
    assert "overdue" in dialog.table.item(0, 0).text() and dialog.table.item(0, 4).text() == "Use names"
    assert dialog.mark_done("Uses names now")
    assert dialog.sessions == [] and dialog.empty_label.isVisible()
    assert window.coaching.follow_ups_action.text() == "&Follow-ups Due…"
    assert repo.require(overdue.id).follow_up_note == "Uses names now"
