"""A failing action in the window shows a message, not a traceback: the library busy for longer
than we wait names its holder; any other error says what failed and where its details are."""

from __future__ import annotations

import stat
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from reviewer.storage.writers import LibraryBusy
from reviewer.ui.errors import error_log_path, install_error_reporter


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    previous = sys.excepthook
    reporter = install_error_reporter(widget)
    yield widget, reporter
    reporter.uninstall()
    assert sys.excepthook is previous


def _raise_in_slot(qtbot, exc):
    def slot():
        raise exc

    QTimer.singleShot(0, slot)  # Qt hands what a slot raises to sys.excepthook


def test_a_busy_library_names_its_holder_and_says_nothing_changed(qtbot, window, tmp_path):
    widget, reporter = window
    _raise_in_slot(qtbot, LibraryBusy(tmp_path, "reviewer import (process 4242)", 60.0))
    qtbot.waitUntil(lambda: reporter.last_box is not None and reporter.last_box.isVisible())
    box = reporter.last_box
    assert box.windowTitle() == "The library is busy"
    assert "reviewer import (process 4242)" in box.text() and "60 s" in box.text()
    assert "Nothing was changed" in box.text()
    assert "Traceback" not in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not box.isVisible())


def test_another_error_is_logged_privately_and_shown_once(qtbot, window):
    widget, reporter = window
    _raise_in_slot(qtbot, ValueError("the rubric has no sections"))
    _raise_in_slot(qtbot, ValueError("the rubric has no sections"))  # a second one does not stack
    qtbot.waitUntil(lambda: reporter.last_box is not None and reporter.last_box.isVisible())
    qtbot.wait(50)
    boxes = [b for b in widget.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    text = boxes[0].text()
    assert "the rubric has no sections" in text and "ValueError" in text
    log = error_log_path()
    assert str(log) in text
    assert "Traceback" in log.read_text(encoding="utf-8")  # the details are for a bug report
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert str(log).startswith(str(__import__("pathlib").Path.home()))  # the test's own home
