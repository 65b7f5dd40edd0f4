"""The library as a reviewer works through it: one row menu, what is left to review, the state a
review is in, late visits, a second line when columns hide, the sort arrow."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from reviewer.domain.review import ReviewState
from reviewer.storage import Library
from reviewer.storage.conversations import ConversationFilter
from reviewer.storage.reviews import ReviewFilter
from reviewer.storage.settings import Setting
from reviewer.ui.library.library_model import Column, TitleDetailsRole
from reviewer.ui.library.library_view import LibraryView, Show
from reviewer.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_library):
    window = MainWindow(demo_library)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def row_titled(view, title: str) -> int:
    model = view.model
    return next(r for r in range(model.rowCount()) if (model.conversation(r).title or "") == title)


def cell(view, row: int, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return view.model.data(view.model.index(row, column), role)


def submitted_reviewed_ids(library) -> set[int]:
    return {r.conversation_id for r in library.reviews.list(ReviewFilter(state=ReviewState.SUBMITTED))}


# One context menu ------------------------------------------------------------------------------


def test_a_visit_row_has_the_one_full_menu(window, qtbot):
    view = window.library_view
    # The visits must not replace the table's menu with their own action list.
    assert view.table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    row = row_titled(view, "Test call: NordLamp call centre")
    view.select_row(row)
    pos = view.table.visualRect(view.model.index(row, Column.TITLE)).center()
    menu = view.context_menu(pos)
    actions = {a.text(): a for a in menu.actions() if not a.isSeparator()}
    assert "&Transcribe Selected" in actions
    assert "Show Only Dmitrijs Kozlovs" in actions and "Show Only Call" in actions
    assert actions["Open Visit &Form"].isEnabled()
    # A chat has no visit form to open.
    chat = row_titled(view, "Царапина на бра")
    chat_menu = view.context_menu(view.table.visualRect(view.model.index(chat, Column.TITLE)).center())
    assert "Open Visit &Form" not in [a.text() for a in chat_menu.actions()]
    # Right-clicking really pops that menu up (customContextMenuRequested reaches the view).
    shown = []
    view.table.customContextMenuRequested.connect(lambda p: shown.append(view.context_menu(p)))
    view.table.customContextMenuRequested.emit(pos)
    assert shown and shown[0] is not None


# To review, Not reviewed by me -------------------------------------------------------------------


def test_to_review_and_not_reviewed_by_me(window, demo_library, qtbot):
    view = window.library_view
    reviewed = submitted_reviewed_ids(demo_library)
    assert reviewed  # the demo has submitted reviews
    view.status_box.select(Show.TO_REVIEW)
    ids = [view.model.conversation(r).id for r in range(view.model.rowCount())]
    assert ids and not set(ids) & reviewed
    # Calls to transcribe and chats never reviewed both count: the reviewer need not know the words.
    assert view.model.total == demo_library.conversations.count() - len(reviewed)
    assert demo_library.setting(Setting.LIBRARY_SHOW) == "to_review"  # remembered for the next start

    demo_library.set_setting(Setting.REVIEWER_NAME, "Olga Petrova")
    mine = {r.conversation_id for r in demo_library.reviews.list(
        ReviewFilter(state=ReviewState.SUBMITTED, reviewer="Olga Petrova"))}
    assert mine and mine != reviewed
    view.status_box.select(Show.NOT_MINE)
    ids = {view.model.conversation(r).id for r in range(view.model.rowCount())}
    assert not ids & mine and ids & reviewed  # others' reviews still need mine
    assert view.model.total == demo_library.conversations.count() - len(mine)
    view.clear_filters()
    assert view.model.total == demo_library.conversations.count()
    assert demo_library.setting(Setting.LIBRARY_SHOW) == "all"


def test_a_new_library_starts_at_to_review_an_old_one_keeps_all(qtbot, tmp_path, demo_library_template):
    new = Library.open(tmp_path / "new")
    view = LibraryView(new)
    qtbot.addWidget(view)
    assert view.status_box.value() == Show.TO_REVIEW and view.current_filter().to_review
    assert "Import" in view.empty_label.text()  # an empty library still says how to start
    new.close()

    # A library made before this version (its conversations there, no library_show yet).
    import shutil

    old = tmp_path / "old"
    shutil.copytree(demo_library_template, old)
    conn = sqlite3.connect(old / "library.db")
    conn.execute("DELETE FROM settings WHERE key = 'library_show'")
    conn.execute("DELETE FROM schema_migrations WHERE version = 12")
    conn.execute("DROP INDEX reviews_conversation_reviewer")
    conn.commit()
    conn.close()
    lib = Library.open(old, create=False)
    view = LibraryView(lib)
    qtbot.addWidget(view)
    assert view.status_box.currentIndex() == 0 and view.model.total == lib.conversations.count()
    lib.close()


def test_the_filters_in_storage(demo_library):
    conversations = demo_library.conversations
    reviewed = submitted_reviewed_ids(demo_library)
    to_review = conversations.list(ConversationFilter(to_review=True))
    assert {c.id for c in to_review}.isdisjoint(reviewed)
    assert len(to_review) == conversations.count(ConversationFilter(to_review=True))
    assert conversations.count(ConversationFilter(not_reviewed_by="nobody at all")) == conversations.count()
    # Names match without regard to letter case or extra spaces, as reviews are matched.
    assert conversations.count(ConversationFilter(not_reviewed_by="  olga   PETROVA ")) == conversations.count(
        ConversationFilter(not_reviewed_by="Olga Petrova"))


# The state a review is in; late visits ----------------------------------------------------------


def test_a_reopened_review_shows_as_reopened(window, demo_library, qtbot):
    view = window.library_view
    row = row_titled(view, "Царапина на бра")
    assert cell(view, row, Column.STATUS) == "Reviewed"
    view.select_row(row)
    panel = window.scoring_panel
    demo_library.set_setting(Setting.REVIEWER_NAME, "Līga Ozola")  # whose review it is
    panel.show_conversation(view.current_conversation_id())
    assert panel.reopen()
    row = row_titled(view, "Царапина на бра")
    assert cell(view, row, Column.STATUS) == "Reopened"
    assert "being changed" in cell(view, row, Column.STATUS, Qt.ItemDataRole.ToolTipRole)
    # It is to review again until submitted.
    view.status_box.select(Show.TO_REVIEW)
    assert view.model.row_of(panel.review.conversation_id) is not None
    view.clear_filters()
    assert panel.submit()
    assert cell(view, row_titled(view, "Царапина на бра"), Column.STATUS) == "Reviewed"


def test_a_draft_shows_as_draft(window, demo_library):
    view = window.library_view
    row = row_titled(view, "Missing parcel")
    conversation = view.model.conversation(row)
    from reviewer.rubrics.catalog import load_catalog

    rubric = load_catalog(demo_library.root).get("email")
    demo_library.reviews.create(conversation.id, rubric, "Someone Else")
    assert view.model.refresh_row(conversation.id)
    # Another reviewer's draft beside a submitted review: the conversation is reviewed.
    assert cell(view, row, Column.STATUS) == "Reviewed"
    fresh = demo_library.conversations.list(ConversationFilter(to_review=True))
    demo_library.reviews.create(fresh[0].id, rubric, "Someone Else")
    view.model.reload()
    assert cell(view, view.model.row_of(fresh[0].id), Column.STATUS) == "Draft"


def test_a_late_visit_is_marked_in_its_row(window, demo_library):
    view = window.library_view
    late = row_titled(view, "Test call: NordLamp call centre")
    on_time = row_titled(view, "Visit: NordLamp Rīga Centrs")
    assert demo_library.visits.late(view.model.conversation(late).id)
    assert cell(view, late, Column.STATUS) == "Reviewed \u00b7 late"
    assert "12 hours" in cell(view, late, Column.STATUS, Qt.ItemDataRole.ToolTipRole)
    assert cell(view, on_time, Column.STATUS) == "Reviewed"
    assert demo_library.visits.late_of([view.model.conversation(r).id for r in (late, on_time)]) == {
        view.model.conversation(late).id}


# Narrow table: a second line -------------------------------------------------------------------


def test_hidden_employee_and_channel_go_under_the_title(window, qtbot):
    view = window.library_view
    header = view.table.horizontalHeader()
    window.splitter.setSizes([900, 540])
    qtbot.waitUntil(lambda: not header.isSectionHidden(Column.EMPLOYEE))
    row = row_titled(view, "Visit: NordLamp Rīga Centrs")
    assert cell(view, row, Column.TITLE, TitleDetailsRole) == ""
    one_line = view.table.rowHeight(row)
    window.splitter.setSizes([420, 1020])
    qtbot.waitUntil(lambda: header.isSectionHidden(Column.EMPLOYEE))
    assert header.isSectionHidden(Column.CHANNEL)
    visit = view.model.conversation(row)
    assert cell(view, row, Column.TITLE, TitleDetailsRole) == f"{visit.employee} \u00b7 Visit"
    assert view.table.rowHeight(row) > one_line + view.fontMetrics().height() // 2


# The sort arrow ----------------------------------------------------------------------------------


def _arrow_points_down(header, column) -> bool:
    """Whether the dark triangle drawn in the column's header is wider at its top (▼)."""
    image: QImage = header.grab().toImage()
    left = header.sectionViewportPosition(column)
    right = left + header.sectionSize(column)
    # The header text is dark too; the arrow is alone in the section's right part.
    start = left + header.sectionSize(column) * 2 // 3
    widths = [sum(1 for x in range(start, right) if image.pixelColor(x, y).lightness() < 160)
              for y in range(image.height())]
    rows = [(y, w) for y, w in enumerate(widths) if w]
    assert rows, "no sort arrow drawn"
    top, bottom = rows[0][1], rows[-1][1]
    return top > bottom


def test_the_date_arrow_points_down_for_newest_first(window, qtbot):
    view = window.library_view
    header = view.table.horizontalHeader()
    assert view.model.sort_order == (Column.DATE, Qt.SortOrder.DescendingOrder)
    assert _arrow_points_down(header, Column.DATE)
    view.table.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
    assert not _arrow_points_down(header, Column.DATE)


# A one-message e-mail's length ---------------------------------------------------------------------


def test_a_one_message_e_mail_has_no_length_in_the_window_and_in_list(qtbot, capsys, tmp_path):
    from conftest import run_cli

    mail = tmp_path / "question.eml"
    mail.write_text("From: Client <client@example.com>\nTo: shop@example.com\nSubject: Lamp question\n"
                    "Date: Tue, 24 Nov 2026 10:00:00 +0200\nMessage-ID: <1@example.com>\n\n"
                    "Hello, is the floor lamp in stock?\n", encoding="utf-8")
    lib_dir = tmp_path / "lib"
    code, _out, err = run_cli(capsys, "--library", lib_dir, "import", mail)
    assert code == 0, err
    code, out, _err = run_cli(capsys, "--library", lib_dir, "list")
    header, row = out.splitlines()[:2]
    length = row[header.index("LENGTH"):].split()[0]
    assert length == "-"  # not "0:00"
    library = Library.open(lib_dir, create=False)
    view = LibraryView(library)
    qtbot.addWidget(view)
    view.clear_filters()
    assert view.model.data(view.model.index(0, Column.DURATION)) == "\u2014"
    library.close()
