"""The main window opens the Reports and speech model dialogs from its menus and tool bar."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from reviewer.storage.settings import Setting
from reviewer.ui.app import install_translations


@pytest.fixture
def window(qtbot, demo_library):
    from reviewer.ui.main_window import MainWindow

    window = MainWindow(demo_library)
    qtbot.addWidget(window)
    window.show()
    return window


def _menu_actions(window, title: str) -> list:
    for action in window.menuBar().actions():
        if action.text() == title:
            return action.menu().actions()
    raise AssertionError(f"no menu {title!r}")


def test_reports_action_opens_the_reports_dialog_on_this_library(qtbot, window, demo_library, tmp_path):
    from reviewer.ui.reports.reports_dialog import ReportKind, ReportsDialog

    assert window.reports_action in _menu_actions(window, "&File")
    assert window.reports_action in window.toolbar.actions()
    assert not window.reports_action.icon().isNull()
    assert window.reports_dialog is None

    window.reports_action.trigger()
    dialog = window.reports_dialog
    assert isinstance(dialog, ReportsDialog)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and not dialog.isModal()  # the library stays usable behind it
    assert dialog.parent() is window
    # Its choices come from the window's library.
    employees = [dialog.employee.itemData(i) for i in range(dialog.employee.count())]
    assert employees == demo_library.employees()
    assert dialog.language.currentData() == "en"
    # A second trigger raises the open dialog instead of making another.
    window.reports_action.trigger()
    assert window.reports_dialog is dialog

    # The whole way through: the scores of the demo library's reviews as CSV.
    dialog.kind.setCurrentIndex(dialog.kind.findData(ReportKind.SCORES))
    target = tmp_path / "scores.csv"
    dialog.output.setText(str(target))
    dialog.open_when_done.setChecked(False)  # no spreadsheet program in a test
    with qtbot.waitSignal(dialog.generated, timeout=20_000):
        dialog.generate_button.click()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) > 10  # a header and the answers of the ten submitted reviews
    assert window.statusBar().currentMessage() == f"Report saved: {target}"

    dialog.close_button.click()
    assert window.reports_dialog is None  # forgotten before Qt deletes it
    window.reports_action.trigger()
    assert isinstance(window.reports_dialog, ReportsDialog) and window.reports_dialog is not dialog
    window.reports_dialog.close()


def test_reports_dialog_uses_the_interface_language(qtbot, demo_library):
    from reviewer.ui.main_window import MainWindow

    app = QApplication.instance()
    install_translations(app, "lv")
    try:
        window = MainWindow(demo_library)
        qtbot.addWidget(window)
        assert window.reports_action.text() == "&Pārskati…"
        assert window.model_action.text() == "&Runas atpazīšanas modelis…"
        dialog = window.show_reports()
        assert dialog.windowTitle() == "Pārskati"
        assert dialog.language.currentData() == "lv"  # the report's headings follow the interface
        assert dialog.generate_button.text() == "Izveidot"
        dialog.close()
    finally:
        install_translations(app, "en")
    assert window.show_reports().language.currentData() == "en"
    window.reports_dialog.close()


def test_closing_the_window_stops_a_report_being_made(qtbot, window, tmp_path):
    from reviewer.ui.reports.reports_dialog import ReportKind

    dialog = window.show_reports()
    dialog.kind.setCurrentIndex(dialog.kind.findData(ReportKind.TEAM))
    target = tmp_path / "team.pdf"
    dialog.output.setText(str(target))
    dialog.open_when_done.setChecked(False)
    dialog.start()
    assert dialog.is_running()
    window.close()
    assert not dialog.is_running()  # cancelled and its thread waited for
    assert not target.exists()


def test_speech_model_action_opens_the_model_dialog_and_saves_the_choice(
        qtbot, window, demo_library, tmp_path, monkeypatch):
    from reviewer.transcription import models
    from reviewer.ui.jobs.model_dialog import ModelDialog

    # A private model cache with one model folder in it: the dialog lists what is there.
    cache = tmp_path / "models"
    folder = cache / "my-model"
    folder.mkdir(parents=True)
    for name, data in {"config.json": b"{}", "model.bin": b"\0" * 1000, "tokenizer.json": b"{}",
                       "vocabulary.txt": b"a\n"}.items():
        (folder / name).write_bytes(data)
    monkeypatch.setenv(models.ENV_MODEL_CACHE, str(cache))

    assert window.model_action in _menu_actions(window, "&Settings")
    window.model_action.trigger()
    dialog = window.model_dialog
    assert isinstance(dialog, ModelDialog)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.selected_name() == models.EMBEDDED_NAME  # what the library uses now
    window.model_action.trigger()
    assert window.model_dialog is dialog

    dialog.select("my-model")
    with qtbot.waitSignal(dialog.finished) as finished:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert finished.args == [QDialog.DialogCode.Accepted]
    assert demo_library.setting(Setting.MODEL) == "my-model"
    assert window.statusBar().currentMessage() == "Calls will be transcribed with my-model"
    assert window.model_dialog is None


def test_cancelling_the_speech_model_dialog_changes_nothing(qtbot, window, demo_library, tmp_path, monkeypatch):
    from reviewer.transcription import models

    monkeypatch.setenv(models.ENV_MODEL_CACHE, str(tmp_path / "models"))
    dialog = window.show_model_settings()
    dialog.select("tiny")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert window.model_dialog is None
    assert demo_library.setting(Setting.MODEL) == ""
    assert window.statusBar().currentMessage() == ""


def test_the_reports_dialog_starts_on_the_open_conversations_employee(qtbot, window, demo_library):
    cid = next(c.id for c in demo_library.conversations.list() if c.employee == "Maria Smith")
    window.conversation_view.show_conversation(cid)
    dialog = window.show_reports()
    assert dialog.employee.currentData() == "Maria Smith"
    assert "coaching-Maria-Smith" in dialog.output.text()
    dialog.close()
