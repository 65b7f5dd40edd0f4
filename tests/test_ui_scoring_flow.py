"""The scoring panel as a reviewer types through it: the reason a lowest answer asks for, the
current criterion's guidance in view, a layout that stays still, room for the criteria, the rubric
a visit or test call takes, a rubric box that keeps its version."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reviewer.domain import Channel
from reviewer.domain.rubric import ScaleKind
from reviewer.domain.visit import Persona, Visit
from reviewer.storage.reviews import ReviewFilter
from reviewer.storage.settings import Setting
from reviewer.ui.main_window import MainWindow

ME = "Olga Petrova"
CALL = "Светильник для кухни"  # a demo call waiting for transcription, not reviewed by ME
CHAT = "Царапина на бра"  # a demo chat whose review by Līga Ozola failed a critical criterion


@pytest.fixture
def window(qtbot, demo_library):
    demo_library.set_setting(Setting.REVIEWER_NAME, ME)
    window = MainWindow(demo_library)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_titled(window, title: str):
    view = window.library_view
    for row in range(view.model.rowCount()):
        if view.model.conversation(row).title == title:
            view.table.selectRow(row)
            return window.scoring_panel
    raise AssertionError(f"no conversation titled {title!r}")


def visit_rubric_panel(window):
    """The scoring panel on CALL with the visit rubric (every "no" needs a reason)."""
    panel = open_titled(window, CALL)
    panel.rubric_box.select(next(r for r in panel.rubric_catalog().for_channel("call") if r.id == "visit"))
    assert panel.rubric.id == "visit"
    return panel


# The reason a lowest answer needs -----------------------------------------------------------------


def test_n_asks_for_the_reason_visibly_and_answer_keys_are_not_typed_into_it(window, qtbot, demo_library):
    panel = visit_rubric_panel(window)
    criteria = panel.criteria
    yes_no = [c.id for c in panel.rubric.criteria() if c.scale.kind is ScaleKind.YES_NO and not c.critical]
    first, following = yes_no[0], criteria.next_after(yes_no[0])
    criteria.set_current(first)
    criteria.setFocus()
    qtbot.keyClick(criteria, "n")
    row = criteria.rows[first]
    edit = row.comment_edit
    assert edit.hasFocus() and row.asking
    assert edit.property("asking") is True  # highlighted by the style sheet
    assert edit.placeholderText() == "Type the reason, Esc to go on"
    assert row.note_label.isVisible() and "Esc to go on" in row.note_label.text()
    # The next answers' keys, pressed out of habit, are refused with a word, never typed.
    for key in "yyp1":
        qtbot.keyClick(edit, key)
    assert edit.toPlainText() == ""
    assert "was not typed" in row.note_label.text()
    # A reason starting with a capital goes in, and then every key is text.
    qtbot.keyClicks(edit, "Nobody greeted, yes really")
    assert edit.toPlainText() == "Nobody greeted, yes really"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not row.asking and edit.property("asking") is False
    assert criteria.current == following and criteria.hasFocus()  # on to the next criterion
    [review] = demo_library.reviews.list(ReviewFilter(conversation_id=panel.review.conversation_id, reviewer=ME))
    assert review.answers[first].comment == "Nobody greeted, yes really"


def test_esc_skips_the_reason_and_goes_on(window, qtbot):
    panel = visit_rubric_panel(window)
    criteria = panel.criteria
    first = next(c.id for c in panel.rubric.criteria() if c.scale.kind is ScaleKind.YES_NO and not c.critical)
    criteria.set_current(first)
    criteria.setFocus()
    qtbot.keyClick(criteria, "n")
    qtbot.keyClick(criteria.rows[first].comment_edit, Qt.Key.Key_Escape)
    assert criteria.current == criteria.next_after(first) and criteria.hasFocus()
    row = criteria.rows[first]
    assert not row.asking and "comment is required" in row.note_label.text()  # still owed at Submit
    following = criteria.current
    qtbot.keyClick(criteria, "y")  # answers the criterion now current
    assert panel.review.answers[following].value == "yes"


# Guidance inline -----------------------------------------------------------------------------------


def test_the_current_criterions_guidance_and_scale_labels_show_inline(window, qtbot):
    panel = open_titled(window, CALL)
    criteria = panel.criteria
    rated = next(c for c in panel.rubric.criteria() if c.scale.kind is ScaleKind.RATING and c.scale.labels)
    plain = criteria.order[0]
    row = criteria.rows[plain]
    assert row.toolTip() == ""  # no tooltip left standing over the list
    assert row.guidance_label is not None and row.guidance_label.isVisible()
    assert row.criterion.guidance.en.split()[0] in row.guidance_label.text()
    criteria.set_current(rated.id)
    assert row.guidance_label.isHidden()
    rated_row = criteria.rows[rated.id]
    assert rated_row.guidance_label.isVisible()
    for value, label in rated.scale.labels.items():
        assert f"<b>{value}</b>" in rated_row.guidance_label.text()
        assert label.en.split()[0] in rated_row.guidance_label.text()


# A layout that stays still; the score with how much it stands on ----------------------------------


def test_the_first_answer_moves_nothing_and_the_score_says_how_much_is_answered(window, qtbot):
    panel = open_titled(window, CALL)
    qtbot.waitUntil(lambda: panel.submit_button.isVisible())
    qtbot.wait(50)
    before = panel.submit_button.mapTo(panel, panel.submit_button.rect().topLeft())
    total_before = panel.header.total_label.geometry()
    list_before = panel.lists.geometry()
    assert panel.answer(panel.criteria.order[0], "yes")
    qtbot.wait(50)
    count = sum(1 for _ in panel.rubric.criteria())
    assert panel.submit_button.mapTo(panel, panel.submit_button.rect().topLeft()) == before
    assert panel.header.total_label.geometry() == total_before
    assert panel.lists.geometry() == list_before  # the criteria stay under the mouse
    assert panel.header.total_label.text() == "100%"
    assert panel.header.progress_label.text() == f"so far, 1 of {count} answered"
    assert panel.header.total_label.property("provisional") is True


def test_history_open_leaves_the_criteria_their_room(window, qtbot, demo_library):
    demo_library.set_setting(Setting.REVIEWER_NAME, "Līga Ozola")  # whose submitted review it is
    panel = open_titled(window, CHAT)
    assert panel.header.critical_label.isVisible()
    list_closed = panel.lists.height()
    panel.history.toggle.click()
    qtbot.wait(50)
    area = panel.history.entries_area
    assert area.isVisible()
    # Two entries take two lines, not the history's whole allowance.
    lines = panel.history.fontMetrics().lineSpacing()
    assert area.height() <= 3 * lines + 6
    assert panel.lists.height() >= list_closed - 3 * lines - 10


# The rubric a conversation takes; the rubric box ------------------------------------------------------


def test_a_test_call_takes_the_visit_rubric(qtbot, library):
    from reviewer.ui.scoring.scoring_panel import ScoringPanel

    library.set_setting(Setting.REVIEWER_NAME, ME)
    test_call = library.visits.create(Visit(channel=Channel.CALL, visited_at="2026-11-20T11:05",
                                            branch="Call centre", persona=Persona.RUDE))
    visit = library.visits.create(Visit(channel=Channel.VISIT, visited_at="2026-11-21T11:05"))
    panel = ScoringPanel(library)
    qtbot.addWidget(panel)
    panel.show_conversation(test_call)
    assert panel.rubric.id == "visit"
    panel.show_conversation(visit)
    assert panel.rubric.id == "visit"


def test_a_long_rubric_title_is_cut_short_but_its_version_shows(window):
    panel = open_titled(window, CALL)
    box = panel.rubric_box
    text = box.currentText()
    assert text.endswith(" \u00b7 v1.2")
    narrow = box.fontMetrics().horizontalAdvance(text) // 2
    shown = box.shown_text(text, narrow)
    assert shown.endswith("\u2026 \u00b7 v1.2")
    assert box.fontMetrics().horizontalAdvance(shown) <= narrow


def test_clicking_down_the_list_keeps_the_clicked_row_under_the_mouse(window, qtbot):
    panel = open_titled(window, CALL)
    criteria = panel.criteria
    # Scrolled into the list (at its very top a folding row above cannot be made up for).
    criteria.set_current(criteria.order[6])
    criteria.verticalScrollBar().setValue(criteria.verticalScrollBar().maximum() // 2)
    qtbot.wait(50)
    start = next(i for i, cid in enumerate(criteria.order)
                 if criteria.rows[cid].y() > criteria.verticalScrollBar().value() + 10)
    for cid in criteria.order[start:start + 3]:
        row = criteria.rows[cid]
        button = next(iter(row.buttons.values()))
        before = button.mapTo(criteria.viewport(), button.rect().topLeft())
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.wait(30)
        assert criteria.current == cid
        assert button.mapTo(criteria.viewport(), button.rect().topLeft()) == before
