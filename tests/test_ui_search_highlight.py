"""The library's search carries into the opened conversation: inflected forms highlighted,
Enter walks through them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reviewer.ui.conversation.transcript import highlighted_html
from reviewer.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_library):
    window = MainWindow(demo_library)
    qtbot.addWidget(window)
    window.resize(1440, 880)
    window.show()
    qtbot.waitExposed(window)
    return window


def _search_library(window, text):
    view = window.library_view
    view.search_box.setText(text)
    view.apply_filters()
    return [view.model.conversation(r) for r in range(view.model.rowCount())]


def test_library_search_finds_inflected_latvian_forms_and_highlights_them(window, qtbot):
    found = _search_library(window, "lampa")
    assert found, "a search for 'lampa' finds the conversations about 'lampas' and 'lampu'"
    window.library_view.table.selectRow(0)
    view = window.conversation_view
    assert view.find_box.text() == "lampa"
    count = view.turns_model.match_count
    assert count >= 2
    assert view.match_label.text() == f"1 of {count}"
    shown = [view.turns_model.data(view.turns_model.index(r), Qt.ItemDataRole.DisplayRole)
             for r in range(view.turns_model.rowCount())]
    marked = {text[a:b].casefold() for text in shown for a, b in view.turns_model.highlight_spans(text)}
    assert marked & {"lampas", "lampu", "lampai"}, marked  # inflected forms, not only "lampa"

    first = view.turns_model.current_match_row()
    qtbot.keyClick(view.find_box, Qt.Key.Key_Return)
    assert view.match_label.text() == f"2 of {count}"
    assert view.turns_model.current_match_row() > first


def test_no_library_search_leaves_the_find_box_empty(window):
    window.library_view.table.selectRow(0)
    assert window.conversation_view.find_box.text() == ""
    assert window.conversation_view.match_label.text() == ""


def test_russian_stem_and_prefix_highlighted_in_the_find_box(window):
    found = _search_library(window, "заказ")
    assert found
    window.library_view.table.selectRow(0)
    view = window.conversation_view
    assert view.turns_model.match_count >= 1
    view.find("зак")  # a prefix typed in the find box
    assert view.turns_model.match_count >= 1


def test_highlighted_html_marks_spans_and_escapes():
    assert highlighted_html("a <b> lampu", [(6, 11)]).endswith('lampu</span>')
    assert "&lt;b&gt;" in highlighted_html("a <b> lampu", [(6, 11)])
    assert highlighted_html("plain", []) == "plain"
