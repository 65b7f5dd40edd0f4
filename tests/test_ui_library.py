"""The library view on the demo library: rows, filters, search, sorting by the headers."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from reviewer.domain import Channel, ConversationStatus
from reviewer.ui.library.library_model import NO_SCORE, Column
from reviewer.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_library):
    window = MainWindow(demo_library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def rows(view):
    model = view.model
    return [model.conversation(r) for r in range(model.rowCount())]


def cell(view, row: int, column: Column) -> str:
    return view.model.data(view.model.index(row, column))


def click_header(qtbot, view, column: Column) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_the_table_shows_every_demo_conversation_newest_first(window):
    view = window.library_view
    shown = rows(view)
    assert len(shown) == 18
    assert view.model.total == 18
    dates = [c.started_at[:16] for c in shown]
    assert dates == sorted(dates, reverse=True)
    assert view.count_label.text() == "18 conversations"
    # What a row says.
    first = shown[0]
    assert cell(view, 0, Column.EMPLOYEE) == first.employee
    assert cell(view, 0, Column.DATE) == first.started_at[:16].replace("T", " ")
    calls = [r for r, c in enumerate(shown) if c.channel == Channel.CALL and c.source_format != "visit"]
    assert cell(view, calls[0], Column.SCORE) == NO_SCORE  # calls wait for transcription, unreviewed
    assert cell(view, calls[0], Column.CHANNEL) == "Call"
    assert cell(view, calls[0], Column.STATUS) == "To transcribe"
    assert cell(view, calls[0], Column.DURATION).count(":") == 1  # m:ss
    assert cell(view, calls[0], Column.LANGUAGE) in {"RU", "LV", "EN"}


def test_score_column_shows_the_latest_submitted_review(window):
    view = window.library_view
    scores = {c.title: cell(view, r, Column.SCORE) for r, c in enumerate(rows(view))}
    assert scores["Торшер для чтения"] == "96%"
    assert scores["Счёт для юридического лица"] == "100%"
    assert scores["Missing parcel"] == "0% \u2691"  # a critical criterion failed: flagged
    assert scores["Светильник для кухни"] == NO_SCORE
    row = next(r for r, c in enumerate(rows(view)) if c.title == "Missing parcel")
    index = view.model.index(row, Column.SCORE)
    assert view.model.data(index, Qt.ItemDataRole.ForegroundRole).name() == "#c53030"
    assert "critical" in view.model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_filters_narrow_the_rows(window, qtbot):
    view = window.library_view
    view.employee_box.select("Maria Smith")
    assert {c.employee for c in rows(view)} == {"Maria Smith"}
    assert len(rows(view)) == 5
    assert view.count_label.text() == "5 matching conversations"

    view.channel_box.select(Channel.EMAIL)
    assert [c.title for c in rows(view)] == ["Assembly instructions for the Arco floor lamp"]
    assert view.count_label.text() == "1 matching conversation"

    view.clear_filters()
    view.status_box.select(ConversationStatus.NEEDS_TRANSCRIPTION)
    assert len(rows(view)) == 6 and {c.channel for c in rows(view)} == {Channel.CALL}
    view.status_box.select(ConversationStatus.REVIEWED)
    # The ten reviewed demo chats and e-mails, and the two mystery-shopper visits (one a test call).
    reviewed = rows(view)
    assert len(reviewed) == 12
    assert sum(1 for c in reviewed if c.source_format == "visit") == 2
    assert Channel.CALL not in {c.channel for c in reviewed if c.source_format != "visit"}

    view.clear_filters()
    view.set_date_range(date(2026, 10, 6), date(2026, 10, 13))
    assert view.since_edit.isVisible() and view.until_edit.isVisible()
    assert sorted(c.started_at[:10] for c in rows(view)) == ["2026-10-06", "2026-10-08", "2026-10-13"]

    view.clear_filters()
    assert len(rows(view)) == 18
    assert not view.since_edit.isVisible()


def test_search_box_searches_the_transcripts(window, qtbot):
    view = window.library_view
    qtbot.keyClicks(view.search_box, "FAQ")
    # The search waits for a pause in typing, then runs by itself.
    qtbot.waitUntil(lambda: view.model.total == 2, timeout=3000)
    assert {c.employee for c in rows(view)} == {"Dmitrijs Kozlovs", "Maria Smith"}

    view.search_box.setText("вы должны")  # QTest types ASCII only
    qtbot.keyClick(view.search_box, Qt.Key.Key_Return)  # Enter searches at once, without the pause
    assert [c.title for c in rows(view)] == ["Царапина на бра"]

    view.employee_box.select("Anna Ivanova")  # filters combine with the search
    assert rows(view) == []
    assert view.stack.currentWidget() is view.empty_label
    assert "No conversation matches" in view.empty_label.text()


def test_clicking_headers_sorts_in_sql(window, qtbot):
    view = window.library_view
    window.resize(2200, 880)  # a library wide enough to show every column (a narrow one hides some)
    window.splitter.setSizes([1400, 800])
    qtbot.waitUntil(lambda: not view.table.horizontalHeader().isSectionHidden(Column.LANGUAGE))
    click_header(qtbot, view, Column.EMPLOYEE)
    names = [c.employee for c in rows(view)]
    assert names == sorted(names, key=str.casefold)
    assert view.model.sort_order == (Column.EMPLOYEE, Qt.SortOrder.AscendingOrder)

    click_header(qtbot, view, Column.EMPLOYEE)
    assert [c.employee for c in rows(view)] == sorted(names, key=str.casefold, reverse=True)

    click_header(qtbot, view, Column.DURATION)
    durations = [c.duration_ms for c in rows(view)]
    assert durations == sorted(durations)

    # By the latest submitted review's score: reviewed conversations in score order, then the rest.
    click_header(qtbot, view, Column.SCORE)
    assert view.table.horizontalHeader().sortIndicatorSection() == Column.SCORE
    texts = [cell(view, r, Column.SCORE) for r in range(len(rows(view)))]
    scored = [t for t in texts if t != NO_SCORE]
    assert len(scored) == 12 and texts[:12] == scored  # the demo's twelve reviews, unreviewed last
    values = [float(t.split("%")[0]) for t in scored]
    assert values == sorted(values) and values[0] < values[-1]
    click_header(qtbot, view, Column.SCORE)
    texts = [cell(view, r, Column.SCORE) for r in range(len(rows(view)))]
    assert [float(t.split("%")[0]) for t in texts[:12]] == sorted(values, reverse=True)
    assert set(texts[12:]) == {NO_SCORE}


def test_selection_survives_a_filter_that_keeps_the_row(window, qtbot):
    view = window.library_view
    target = next(r for r, c in enumerate(rows(view)) if c.title == "Missing parcel")
    view.select_row(target)
    assert window.conversation_view.conversation.title == "Missing parcel"
    view.employee_box.select("Maria Smith")
    assert view.current_conversation_id() == window.conversation_view.conversation.id
    assert window.conversation_view.conversation.title == "Missing parcel"
    view.employee_box.select("Anna Ivanova")  # filtered out: the conversation view empties
    assert window.conversation_view.conversation is None


def test_an_empty_library_says_how_to_start(qtbot, library):
    window = MainWindow(library)
    qtbot.addWidget(window)
    view = window.library_view
    assert view.stack.currentWidget() is view.empty_label
    assert "No conversations yet" in view.empty_label.text()
    assert window.conversation_view.message_label.text().startswith("Select a conversation")
