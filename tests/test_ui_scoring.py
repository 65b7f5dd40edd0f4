"""The scoring panel driven like a reviewer: mouse and keyboard answers, comments, evidence,
live scores, submit (and why it is refused), reopen, history, other reviewers, a big rubric."""

from __future__ import annotations

import html
import time

import pytest
from PySide6.QtCore import QPoint, Qt

from reviewer.domain.review import Evidence, HistoryAction, ReviewState
from reviewer.domain.rubric import NOT_APPLICABLE, ScaleKind
from reviewer.storage import Library
from reviewer.storage.reviews import ReviewFilter
from reviewer.storage.settings import Setting
from reviewer.ui.scoring.criterion_row import answer_for_key
from reviewer.ui.scoring.evidence import EVIDENCE_SPAN_MS, evidence_to_attach, from_href, href
from reviewer.ui.library.library_model import Column
from reviewer.ui.main_window import MainWindow
from reviewer.ui.scoring.scoring_panel import COMMENT_DELAY_MS, ScoringPanel
from reviewer.ui.scoring.scoring_support import os_user_name

ME = "Olga Petrova"
CALL = "Светильник для кухни"  # a demo call waiting for transcription, not reviewed
CHAT = "Торшер для чтения"  # a demo chat with a review submitted by the demo's reviewer
DEMO_REVIEWER = "Līga Ozola"


@pytest.fixture
def window(qtbot, demo_library):
    demo_library.set_setting(Setting.REVIEWER_NAME, ME)
    window = MainWindow(demo_library)
    qtbot.addWidget(window)
    window.resize(1440, 880)
    window.show()
    qtbot.waitExposed(window)
    return window


class Source:
    """What the conversation view tells the panel: the selected turns and the player's position."""

    def __init__(self, turns=(), ms=None):
        self.turns, self.ms = list(turns), ms

    def selected_turn_indexes(self):
        return self.turns

    def playback_ms(self):
        return self.ms


def open_titled(window, title: str) -> ScoringPanel:
    view = window.library_view
    for row in range(view.model.rowCount()):
        if view.model.conversation(row).title == title:
            view.table.selectRow(row)
            return window.scoring_panel
    raise AssertionError(f"no conversation titled {title!r}")


def conversation_id(library, title: str) -> int:
    return library.conn.execute("SELECT id FROM conversations WHERE title = ?", (title,)).fetchone()[0]


def top_key(criterion) -> str:
    top = criterion.scale.top
    return "y" if top == "yes" else str(top)


def stored(library, cid: int, reviewer: str = ME):
    """The reviews as another connection reads them: what is really in the database."""
    with Library.open(library.root, create=False) as other:
        return other.reviews.list(ReviewFilter(conversation_id=cid, reviewer=reviewer))


def test_score_a_call_with_the_mouse_and_the_keyboard_and_find_the_review_in_the_database(window, qtbot, demo_library):
    panel = open_titled(window, CALL)
    criteria = panel.criteria
    assert panel.rubric.id == "call"  # the call rubric is the default for calls
    assert panel.review is None and "Not started" in panel.header.state_label.text()
    first, second, *rest = criteria.order

    # The mouse: two answers, saved at once.
    qtbot.mouseClick(criteria.rows[first].buttons["yes"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(criteria.rows[second].buttons["no"], Qt.MouseButton.LeftButton)
    cid = conversation_id(demo_library, CALL)
    [draft] = stored(demo_library, cid)
    assert draft.state is ReviewState.DRAFT and draft.values() == {first: "yes", second: "no"}
    assert criteria.current == second

    # The keyboard: Down to the next criterion, then its answer key; each answer moves on.
    criteria.setFocus()
    qtbot.keyClick(criteria, Qt.Key.Key_Down)
    assert criteria.current == rest[0]
    expected = {first: "yes", second: "no"}
    for criterion_id in rest:
        criterion = criteria.rows[criterion_id].criterion
        assert criteria.current == criterion_id
        qtbot.keyClicks(criteria, top_key(criterion))
        expected[criterion_id] = criterion.scale.top
    assert panel.header.progress_label.text() == f"{len(expected)} of {len(expected)} criteria answered"
    total = panel.review.score().total
    assert panel.header.total_label.text() == f"{total:.0f}%"

    qtbot.keyClick(criteria, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # submit
    [review] = stored(demo_library, cid)
    assert review.state is ReviewState.SUBMITTED
    assert review.values() == expected
    assert review.reviewer == ME and review.rubric.id == "call"
    # The library row follows: reviewed, with the new score.
    view = window.library_view
    row = view.model.row_of(cid)
    assert view.model.data(view.model.index(row, Column.SCORE)) == f"{total:.0f}%"
    assert view.model.data(view.model.index(row, Column.STATUS)) == "Reviewed"
    assert "Submitted" in panel.header.state_label.text()
    assert f"<b>{total:.0f}%</b> by {ME}" in window.conversation_view.review_label.text()  # the header too


def test_keys_move_between_criteria_and_sections_clear_and_answer_na(window, qtbot):
    panel = open_titled(window, CALL)
    criteria = panel.criteria
    rubric = panel.rubric
    criteria.setFocus()
    assert criteria.current == criteria.order[0]
    qtbot.keyClick(criteria, Qt.Key.Key_PageDown)  # the next section's first criterion
    assert criteria.current == rubric.sections[1].criteria[0].id
    qtbot.keyClick(criteria, Qt.Key.Key_End)
    assert criteria.current == criteria.order[-1]
    qtbot.keyClick(criteria, Qt.Key.Key_Home)
    assert criteria.current == criteria.order[0]
    qtbot.keyClick(criteria, Qt.Key.Key_Up)  # stays at the top
    assert criteria.current == criteria.order[0]

    with_na = next(c for c in rubric.criteria() if c.na_allowed)
    rating = next(c for c in rubric.criteria() if c.scale.kind is ScaleKind.RATING)
    criteria.set_current(with_na.id)
    qtbot.keyClicks(criteria, "a")
    assert panel.review.answers[with_na.id].value == NOT_APPLICABLE
    assert criteria.rows[with_na.id].buttons[NOT_APPLICABLE].isChecked()
    criteria.set_current(rating.id)
    qtbot.keyClicks(criteria, "9")  # not on a 1-5 scale: nothing happens
    assert rating.id not in panel.review.answers
    qtbot.keyClicks(criteria, "3")
    assert panel.review.answers[rating.id].value == 3
    assert criteria.rows[rating.id].value_label.isVisible()  # the rating's label is spelled out
    criteria.set_current(rating.id)
    qtbot.keyClick(criteria, Qt.Key.Key_Delete)
    assert panel.review.answers[rating.id].value is None
    assert not any(b.isChecked() for b in criteria.rows[rating.id].buttons.values())


def test_the_answer_keys_of_each_scale():
    from reviewer.rubrics import load_catalog

    visit = load_catalog().get("visit")
    by_kind = {}
    for criterion in visit.criteria():
        by_kind.setdefault((criterion.scale.kind, criterion.na_allowed), criterion)
    yes_partly_no = by_kind[(ScaleKind.YES_PARTLY_NO, True)]
    assert [answer_for_key(yes_partly_no, k) for k in "ypnaY0"] == ["yes", "partly", "no", "n/a", "yes", "n/a"]
    assert answer_for_key(yes_partly_no, "3") is None
    rating = next(c for (kind, _), c in by_kind.items() if kind is ScaleKind.RATING)
    assert [answer_for_key(rating, k) for k in "159y"] == [1, 5, None, None]
    points = next(c for (kind, _), c in by_kind.items() if kind is ScaleKind.POINTS)
    assert [answer_for_key(points, k) for k in "0123"] == [0, 1, 2, None]  # 0 is a point here, not N/A


def test_live_scores_and_critical_failures_are_shown_plainly(window, qtbot):
    panel = open_titled(window, CALL)
    rubric = panel.rubric
    critical = next(c for c in rubric.criteria() if c.critical and c.critical.value == "zero_section")
    section = rubric.section_of(critical.id)
    others = [c for c in section.criteria if c.id != critical.id]
    for criterion in others:
        panel.answer(criterion.id, criterion.scale.top)
    header = panel.criteria.headers[section.id]
    assert header.score_label.text() == "100%"
    assert panel.header.critical_label.isHidden()
    qtbot.mouseClick(panel.criteria.rows[critical.id].buttons[critical.scale.bottom], Qt.MouseButton.LeftButton)
    assert header.score_label.text() == "0%"  # the section is zeroed
    assert header.score_label.property("zeroed") is True
    assert panel.header.critical_label.isVisible()
    assert critical.title.en in panel.header.critical_label.text() and "section scores 0" in panel.header.critical_label.text()
    assert panel.criteria.rows[critical.id].property("failed") is True
    panel.answer(critical.id, critical.scale.top)
    assert header.score_label.text() == "100%" and panel.header.critical_label.isHidden()


def test_comments_are_saved_after_a_pause_and_at_once_when_the_conversation_changes(window, qtbot, demo_library):
    panel = open_titled(window, CALL)
    cid = conversation_id(demo_library, CALL)
    criteria = panel.criteria
    first = criteria.order[0]
    criteria.setFocus()
    qtbot.keyClick(criteria, Qt.Key.Key_C)  # C writes a comment on the current criterion
    edit = criteria.rows[first].comment_edit
    assert edit.isVisible() and edit.hasFocus()
    qtbot.keyClicks(edit, "Greeted warmly")
    assert stored(demo_library, cid) == []  # not yet: typing goes on
    qtbot.waitUntil(lambda: stored(demo_library, cid) != [], timeout=COMMENT_DELAY_MS * 6)
    [draft] = stored(demo_library, cid)
    assert draft.answers[first].comment == "Greeted warmly" and draft.answers[first].value is None

    qtbot.keyClicks(edit, ", named the shop")
    open_titled(window, CHAT)  # switching conversations saves it without waiting
    [draft] = stored(demo_library, cid)
    assert draft.answers[first].comment == "Greeted warmly, named the shop"
    open_titled(window, CALL)
    assert panel.criteria.rows[first].comment_edit.toPlainText() == "Greeted warmly, named the shop"


def test_closing_the_window_saves_a_comment_typed_a_moment_ago(window, qtbot, demo_library):
    panel = open_titled(window, CALL)
    row = panel.criteria.rows[panel.criteria.order[1]]
    row.focus_comment()
    qtbot.keyClicks(row.comment_edit, "Did not give a name")
    window.close()
    [draft] = stored(demo_library, conversation_id(demo_library, CALL))
    assert draft.answers[row.criterion.id].comment == "Did not give a name"


def test_submit_is_refused_with_what_is_missing_and_comments_the_visit_rubric_requires(window, qtbot, demo_library):
    panel = open_titled(window, CALL)
    assert panel.rubric_box.isEnabled()
    panel.rubric_box.select(next(r for r in panel.rubric_catalog().for_channel("call") if r.id == "visit"))
    assert panel.rubric.id == "visit" and panel.header.rule_label.isVisible()
    criteria = panel.criteria
    # Everything at the top but one yes/no criterion answered "no" without a comment; one left out.
    yes_no = next(c for c in panel.rubric.criteria() if c.scale.kind is ScaleKind.YES_NO and not c.critical)
    left_out = next(c for c in panel.rubric.criteria() if c.id != yes_no.id)
    for criterion in panel.rubric.criteria():
        if criterion.id not in (yes_no.id, left_out.id):
            panel.answer(criterion.id, criterion.scale.top)
    assert not panel.rubric_box.isEnabled()  # the rubric is fixed once scoring started
    criteria.set_current(yes_no.id)
    criteria.setFocus()
    qtbot.keyClicks(criteria, "n")
    row = criteria.rows[yes_no.id]
    assert criteria.current == yes_no.id  # no moving on: the comment box waits for why
    assert row.comment_edit.isVisible()
    assert row.note_label.isVisible() and "needs a reason" in row.note_label.text()

    assert panel.submit() is False
    message = panel.message_label.text()
    assert panel.message_label.isVisible()
    assert "cannot be submitted" in message
    assert html.escape(left_out.title.en) in message and "Not answered (1 of" in message
    assert "comment saying why is required" in message and html.escape(yes_no.title.en) in message
    assert criteria.current == left_out.id  # taken to the first thing missing
    cid = conversation_id(demo_library, CALL)
    assert stored(demo_library, cid)[0].state is ReviewState.DRAFT

    panel.answer(left_out.id, left_out.scale.top)
    assert panel.submit() is False  # the comment is still missing
    assert html.escape(left_out.title.en) not in panel.message_label.text()
    row.focus_comment()
    qtbot.keyClicks(row.comment_edit, "The shopper was not greeted at the door")
    assert row.note_label.isHidden()  # satisfied as soon as it is typed
    qtbot.keyClick(panel.submit_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [review] = stored(demo_library, cid)
    assert review.state is ReviewState.SUBMITTED and review.rubric.id == "visit"
    assert review.answers[yes_no.id].comment == "The shopper was not greeted at the door"


def test_a_submitted_review_is_read_only_until_reopened_and_changes_go_into_its_history(window, qtbot, demo_library):
    panel = open_titled(window, CALL)
    for criterion in panel.rubric.criteria():
        panel.answer(criterion.id, criterion.scale.top)
    assert panel.submit()
    first = panel.criteria.rows[panel.criteria.order[0]]
    assert panel.reopen_button.isVisible() and not panel.submit_button.isVisible()
    qtbot.mouseClick(first.buttons["no"], Qt.MouseButton.LeftButton)  # read-only: the click is ignored
    assert first.buttons["yes"].isChecked()
    assert panel.answer(first.criterion.id, "no") is False
    panel.criteria.setFocus()
    qtbot.keyClicks(panel.criteria, "n")
    assert "reopen it to change" in panel.message_label.text() and first.buttons["yes"].isChecked()
    cid = conversation_id(demo_library, CALL)
    assert stored(demo_library, cid)[0].answers[first.criterion.id].value == "yes"

    qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    assert panel.review.state is ReviewState.DRAFT and "Reopened" in panel.header.state_label.text()
    qtbot.mouseClick(first.buttons["no"], Qt.MouseButton.LeftButton)
    assert panel.submit()
    [review] = stored(demo_library, cid)
    with Library.open(demo_library.root, create=False) as other:
        history = other.reviews.history(review.id)
    assert [h.action for h in history] == [HistoryAction.SUBMIT, HistoryAction.REOPEN, HistoryAction.ANSWER,
                                           HistoryAction.SUBMIT]
    panel.history.toggle.click()
    text = panel.history.entries_label.text()
    assert panel.history.entries_label.isVisible() and panel.history.toggle.text() == "History (5)"
    assert f"{ME} reopened the review" in text
    assert f"{ME} changed \u201c{first.criterion.title.en}\u201d from Yes to No" in text


def test_evidence_from_selected_turns_or_the_playback_time_shows_as_links_that_seek(window, qtbot, demo_library):
    panel = open_titled(window, CHAT)
    cid = conversation_id(demo_library, CHAT)
    criteria = panel.criteria
    row = criteria.rows[criteria.order[2]]
    panel.set_evidence_source(Source())
    assert panel.attach_evidence(row.criterion.id) is False
    assert "Select turns" in panel.message_label.text()

    panel.set_evidence_source(Source(turns=[1, 3]))
    qtbot.mouseClick(row.attach_button, Qt.MouseButton.LeftButton)
    [draft] = stored(demo_library, cid)
    assert draft.answers[row.criterion.id].evidence == (Evidence.turn(1), Evidence.turn(3))
    assert draft.answers[row.criterion.id].value is None  # evidence may come before the answer
    turns = {t.index: t for t in demo_library.conversations.turns(cid)}
    text = row.evidence_label.text()
    assert "Turn 2" in text and "Turn 4" in text and turns[1].text[:20] in text

    activated = []
    panel.evidenceActivated.connect(activated.append)
    qtbot.mouseClick(row.evidence_label, Qt.MouseButton.LeftButton, pos=QPoint(8, row.evidence_label.height() // 4))
    assert activated == [Evidence.turn(1)]

    # Removing one, with the × after it.
    panel.remove_evidence(row.criterion.id, Evidence.turn(1))
    assert stored(demo_library, cid)[0].answers[row.criterion.id].evidence == (Evidence.turn(3),)

    # On a call, the moment playing (cut at the end of the recording).
    panel = open_titled(window, CALL)
    call_id = conversation_id(demo_library, CALL)
    duration = demo_library.conversations.get(call_id, with_turns=False).duration_ms
    panel.set_evidence_source(Source(ms=12_000))
    criteria = panel.criteria
    criteria.setFocus()
    qtbot.keyClick(criteria, Qt.Key.Key_E)  # E attaches to the current criterion
    panel.set_evidence_source(Source(ms=duration - 1000))
    panel.attach_evidence()
    [draft] = stored(demo_library, call_id)
    assert draft.answers[criteria.order[0]].evidence == (
        Evidence.span(12_000, 12_000 + EVIDENCE_SPAN_MS), Evidence.span(duration - 1000, duration))
    assert "\u25b6 0:12" in criteria.rows[criteria.order[0]].evidence_label.text()


def test_evidence_links_show_the_turn_in_the_conversation_view(window, qtbot, demo_library):
    panel = open_titled(window, CHAT)
    view = window.conversation_view
    assert panel._source is view  # the main window gives the panel its conversation view
    view.seek_to_turn(4)
    assert view.selected_turn_indexes() == [4]
    criterion_id = panel.criteria.order[0]
    panel.attach_evidence(criterion_id)
    view.seek_to_turn(0)
    assert view.selected_turn_indexes() == [0]
    label = panel.criteria.rows[criterion_id].evidence_label
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(8, label.height() // 2))
    assert view.selected_turn_indexes() == [4]


def test_this_reviewers_review_is_shown_and_the_others_listed(window, qtbot, demo_library):
    panel = open_titled(window, CHAT)
    assert panel.review is None  # the demo's review is not mine
    assert panel.history.others_label.isVisible() and DEMO_REVIEWER in panel.history.others_label.text()
    demo_review = demo_library.reviews.list(ReviewFilter(conversation_id=conversation_id(demo_library, CHAT)))[0]
    panel.show_other_review(demo_review.id)
    assert panel.review.id == demo_review.id and "another reviewer" in panel.header.state_label.text()
    assert not panel.submit_button.isVisible() and not panel.reopen_button.isVisible()
    assert panel.answer(panel.criteria.order[0], "no") is False  # read-only
    panel.show_conversation(conversation_id(demo_library, CHAT))  # "Back to yours"
    assert panel.review is None

    panel.set_reviewer_name(f"  {DEMO_REVIEWER} ")
    assert demo_library.setting(Setting.REVIEWER_NAME) == DEMO_REVIEWER
    assert panel.review.id == demo_review.id and panel.review.state is ReviewState.SUBMITTED
    assert panel.reopen_button.isVisible() and panel.history.others_label.isHidden()


def test_without_a_name_in_the_settings_the_first_answer_asks_for_it(qtbot, demo_library):
    panel = ScoringPanel(demo_library)
    qtbot.addWidget(panel)
    panel.show()
    assert demo_library.setting(Setting.REVIEWER_NAME) == ""
    cid = conversation_id(demo_library, CALL)
    panel.show_conversation(cid)
    assert "asked at the first answer" in panel.header.reviewer_label.text()
    first, second = panel.criteria.order[:2]
    # The first answer waits for the name: nothing is stored under the computer's user ("root").
    assert panel.answer(first, "yes") is False
    assert panel.header.name_box.isVisible() and "Type your name" in panel.message_label.text()
    assert panel.header.name_edit.text() != "root"
    assert stored(demo_library, cid, os_user_name()) == []
    panel.header.name_edit.setText("  Anna   Bērziņa ")
    qtbot.keyClick(panel.header.name_edit, Qt.Key.Key_Return)
    assert demo_library.setting(Setting.REVIEWER_NAME) == "Anna Bērziņa"
    assert panel.header.name_box.isHidden()
    [draft] = stored(demo_library, cid, "Anna Bērziņa")
    assert draft.answers[first].value == "yes"  # the answer that waited went in
    assert panel.answer(second, "yes")  # and the next ones are not asked again
    assert "Anna Bērziņa" in panel.header.reviewer_label.text()


def test_the_default_rubric_follows_the_channel_and_a_channel_without_one_says_so(qtbot, demo_library, tmp_path,
                                                                                 monkeypatch):
    panel = ScoringPanel(demo_library)
    qtbot.addWidget(panel)
    for title, rubric_id in ((CHAT, "chat"), ("Счёт для юридического лица", "email"), (CALL, "call")):
        panel.show_conversation(conversation_id(demo_library, title))
        assert panel.rubric.id == rubric_id
    # A call may also be a mystery shopper's test call.
    assert [panel.rubric_box.itemText(i) for i in range(panel.rubric_box.count())] == [
        "Phone call (sales and service) \u00b7 v1.2", "Mystery shopping: visit or test call \u00b7 v1.2"]

    from reviewer.rubrics.catalog import ENV_SHIPPED_DIR

    (tmp_path / "no-rubrics").mkdir()
    monkeypatch.setenv(ENV_SHIPPED_DIR, str(tmp_path / "no-rubrics"))
    panel = ScoringPanel(demo_library)  # the catalog is read when first needed
    qtbot.addWidget(panel)
    panel.show_conversation(conversation_id(demo_library, CHAT))
    assert panel.pages.currentWidget() is panel.empty_label
    assert "No rubric fits this conversation's channel (Chat)" in panel.empty_label.text()
    assert str(demo_library.root / "rubrics") in panel.empty_label.text()
    panel.show_conversation(None)
    assert "Select a conversation" in panel.empty_label.text()


def _big_rubric(sections: int = 6, per_section: int = 10) -> str:
    lines = ['format = 1', 'id = "chat"', 'version = "big"', 'title = "Sixty criteria"', 'channels = ["chat"]']
    for s in range(sections):
        lines += ["[[sections]]", f'id = "s{s}"', f'title = "Section {s}"']
        for c in range(per_section):
            scale = '"yes_partly_no"' if c % 2 else '"yes_no"'
            lines += ["[[sections.criteria]]", f'id = "c{s}_{c}"', f'title = "Criterion {s}.{c}"',
                      f"scale = {scale}", f'guidance = "What counts as met for {s}.{c}"']
    return "\n".join(lines) + "\n"


def test_a_sixty_criterion_rubric_stays_fast(qtbot, demo_library):
    (demo_library.root / "rubrics").mkdir()
    (demo_library.root / "rubrics" / "chat.toml").write_text(_big_rubric(), encoding="utf-8")
    demo_library.set_setting(Setting.REVIEWER_NAME, ME)
    panel = ScoringPanel(demo_library)
    qtbot.addWidget(panel)
    panel.resize(420, 800)
    panel.show()
    chats = [cid for (cid,) in demo_library.conn.execute("SELECT id FROM conversations WHERE channel = 'chat'")]
    started = time.perf_counter()
    panel.show_conversation(chats[0])
    built = time.perf_counter() - started
    assert len(panel.criteria.rows) == 60 and panel.rubric.version == "big"
    started = time.perf_counter()
    for cid in chats[1:]:
        panel.show_conversation(cid)  # the same rubric: its rows are reused
    switching = (time.perf_counter() - started) / (len(chats) - 1)
    started = time.perf_counter()
    for criterion_id in panel.criteria.order:
        panel.answer(criterion_id, "yes")
    answering = (time.perf_counter() - started) / 60
    print(f"60 criteria: built in {built * 1000:.0f} ms, switch {switching * 1000:.0f} ms, answer {answering * 1000:.1f} ms")
    # Generous bounds (a shared test machine); typical figures are a tenth of these.
    assert built < 2.0 and switching < 0.3 and answering < 0.1
    assert panel.header.total_label.text() == "100%"


def test_evidence_helpers():
    assert from_href(href(Evidence.turn(7))) == Evidence.turn(7)
    assert from_href(href(Evidence.span(1000, 6000))) == Evidence.span(1000, 6000)
    assert from_href("ms:x") is None and from_href("https://example.com") is None
    assert evidence_to_attach(None, 1000) == []
    assert evidence_to_attach(Source(turns=[2], ms=5000), None) == [Evidence.turn(2)]  # turns win
    assert evidence_to_attach(Source(ms=4000), None) == [Evidence.span(4000, 4000 + EVIDENCE_SPAN_MS)]
    assert evidence_to_attach(Source(ms=9000), 9000) == [Evidence.span(9000, 9000)]
