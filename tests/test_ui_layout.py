"""The main window fits a 1440x880 screen (and a 1280x800 one) in every interface language, with
a transcribed call open and no pane squeezed below a usable width; its layout is remembered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QListView, QStyleOptionViewItem

from reviewer.domain import ConversationStatus, SpeakerRole, Turn
from reviewer.ui.app import install_translations
from reviewer.ui.library.library_model import Column
from reviewer.ui import window_layout
from reviewer.ui.main_window import MainWindow
from reviewer.ui.conversation.transcript import TurnDelegate, TurnsModel

SCRIPTS = Path(__file__).resolve().parents[1] / "recordings" / "calls" / "scripts.json"
KITCHEN = "Светильник для кухни"  # a demo call of 37.6 s, in Russian
TRANSCRIPT_MIN = 300  # px: a turn reads as a paragraph, not a column of words


@pytest.fixture
def language():
    """Switch the interface language for one test; English again afterwards."""
    app = QApplication.instance()
    yield lambda code: install_translations(app, code)
    install_translations(app, "en")


def give_turns(library, title: str) -> int:
    """The demo call's turns as spoken (recordings/calls/scripts.json), as a transcription
    would store them; returns its id."""
    call = next(c for c in library.conversations.list() if c.title == title)
    scripts = {s["file"]: s["lines"] for s in json.loads(SCRIPTS.read_text(encoding="utf-8"))}
    turns = [Turn(line["text"], SpeakerRole(line["role"]), line["speaker"], line["start_ms"], line["end_ms"])
             for line in scripts[call.source_name]]
    library.conversations.replace_turns(call.id, turns)
    library.conversations.set_status(call.id, ConversationStatus.TRANSCRIBED)
    return call.id


def open_call(qtbot, library, width: int, height: int) -> MainWindow:
    call_id = give_turns(library, KITCHEN)
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    assert window.library_view.select_conversation(call_id)
    qtbot.waitUntil(lambda: window.conversation_view.player is not None and window.scoring_panel.criteria is not None)
    qtbot.wait(50)  # let the layout settle
    return window


@pytest.mark.parametrize("code", ["en", "ru", "lv"])
def test_the_window_fits_1440_with_a_call_open(qtbot, demo_library, language, code):
    language(code)
    window = open_call(qtbot, demo_library, 1440, 880)
    assert window.minimumSizeHint().width() <= 1440
    assert window.width() == 1440  # not pushed wider by a pane's minimum
    transcript = window.conversation_view.transcript
    assert transcript.viewport().width() >= TRANSCRIPT_MIN
    panel = window.scoring_panel
    # Every pane at least as wide as it asks for: nothing cut off at the right.
    for pane in (window.library_view, window.conversation_view, panel, panel.criteria):
        assert pane.width() >= pane.minimumSizeHint().width(), type(pane).__name__
    # Roughly 40 : 35 : 25.
    library, conversation, scoring = window.library_view.width(), window.conversation_view.width(), panel.width()
    assert library > conversation > scoring >= 0.2 * (library + conversation + scoring)
    # The filters wrap rather than widen the library; the table keeps the titles readable.
    view = window.library_view
    assert view.filter_bar.height() > view.search_box.height() * 1.5
    header = view.table.horizontalHeader()
    assert header.sectionSize(Column.TITLE) >= view.fontMetrics().horizontalAdvance("0") * 20
    assert not header.isSectionHidden(Column.STATUS) and not header.isSectionHidden(Column.SCORE)
    assert view.table.horizontalScrollBar().maximum() == 0  # no sideways scrolling


@pytest.mark.parametrize("code", ["en", "ru"])
def test_the_window_still_works_at_1280(qtbot, demo_library, language, code):
    language(code)
    window = open_call(qtbot, demo_library, 1280, 800)
    assert window.width() == 1280
    assert window.conversation_view.transcript.viewport().width() >= 260
    for pane in (window.library_view, window.conversation_view, window.scoring_panel):
        assert pane.width() >= pane.minimumSizeHint().width(), type(pane).__name__


def test_a_wide_library_shows_every_column_again(qtbot, demo_library):
    window = open_call(qtbot, demo_library, 1440, 880)
    header = window.library_view.table.horizontalHeader()
    assert header.isSectionHidden(Column.LANGUAGE)  # at 40% of 1440 px
    window.resize(2200, 880)
    window.splitter.setSizes([1400, 800])
    qtbot.waitUntil(lambda: not any(header.isSectionHidden(c) for c in Column))
    window.splitter.setSizes([500, 900])
    qtbot.waitUntil(lambda: header.isSectionHidden(Column.LANGUAGE))


def test_the_player_compacts_its_time_when_squeezed(qtbot, demo_library):
    window = open_call(qtbot, demo_library, 1440, 880)
    player = window.conversation_view.player
    label = player.time_label
    assert " / " in label.text() and label.text() == label.full_text()
    window.splitter.setSizes([1400, 0])  # the review panes at their minimum widths
    qtbot.waitUntil(lambda: " / " not in label.text())
    assert label.text() == label.full_text().split(" / ")[0]
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())  # shown whole


def test_narrow_turns_put_the_time_under_the_name(qtbot, demo_library):
    conversation = demo_library.conversations.get(give_turns(demo_library, KITCHEN))
    transcript = QListView()
    qtbot.addWidget(transcript)
    model = TurnsModel(transcript)
    delegate = TurnDelegate(transcript)
    transcript.setModel(model)
    transcript.setItemDelegate(delegate)
    model.set_conversation(conversation)
    row = max(range(model.rowCount()), key=lambda r: len(model.turn(r).speaker_name or ""))
    index = model.index(row)
    option = QStyleOptionViewItem()
    option.font = transcript.font()
    line = QFontMetrics(delegate._bold(option.font)).height()

    def height_at(width: int) -> tuple[int, int]:
        transcript.resize(width, 400)
        body = delegate._document(model.turn(row).text, "", option.font, delegate._text_width()).size().height()
        return delegate.header_lines(index, option.font, delegate._text_width()), delegate.sizeHint(option, index).height() - int(body)

    transcript.show()
    lines, header = height_at(600)
    assert lines == 1
    narrow_lines, narrow_header = height_at(150)
    assert narrow_lines == 2  # the time on a line of its own, not drawn over the name
    assert narrow_header == header + line


def test_the_layout_is_remembered_only_when_asked(qtbot, demo_library, tmp_path):
    settings = QSettings(str(tmp_path / "reviewer.ini"), QSettings.Format.IniFormat)
    first = open_call(qtbot, demo_library, 1440, 880)
    first.remember_layout(settings)
    first.splitter.setSizes([400, 1000])
    first.review_splitter.setSizes([600, 400])
    sizes = first.splitter.sizes(), first.review_splitter.sizes()
    first.close()

    assert not settings.value(window_layout.GEOMETRY).isEmpty()
    # The window's size is restored too, but fitted to the screen (offscreen: 800x600).
    settings.remove(window_layout.GEOMETRY)
    again = open_call(qtbot, demo_library, 1440, 880)
    assert again.splitter.sizes() != sizes[0]  # a window nobody asked to remember starts afresh
    again.remember_layout(settings)
    assert (again.splitter.sizes(), again.review_splitter.sizes()) == sizes
    again.close()
