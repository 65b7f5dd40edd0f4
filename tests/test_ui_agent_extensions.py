"""The import dialog keeps the agent extensions (which employee each belongs to), and an import
from the window gives a recording named by the telephone system its extension's employee."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from reviewer.storage import extensions
from reviewer.storage.settings import Setting
from reviewer.ui.library.extensions_dialog import ExtensionsDialog
from reviewer.ui.library.import_options import ImportOptionsDialog
from reviewer.ui.main_window import MainWindow
from test_agent_extensions import ASTERISK_201, THREE_CX_100
from test_import_call_details import write_wav


def test_the_table_refuses_bad_rows_and_keeps_good_ones(qtbot):
    dialog = ExtensionsDialog({"201": "Anna Ozola"}, ["Anna Ozola", "Jānis Bērziņš"])
    qtbot.addWidget(dialog)
    assert dialog.rows() == [("201", "Anna Ozola")]
    row = dialog._add_row("20a", "Jānis Bērziņš")
    dialog.accept()
    assert dialog.problem_label.text() == "Row 2: the extension must be a number of 1 to 10 digits."
    dialog.table.item(row, 0).setText("201")
    dialog.accept()
    assert dialog.problem_label.text() == "Row 2: extension 201 is listed twice."
    dialog.table.item(row, 0).setText(" 202 ")
    dialog.table.item(row, 1).setText("")
    dialog.accept()
    assert "Row 2: whose extension is it?" in dialog.problem_label.text()
    assert dialog.mapping() == {"201": "Anna Ozola"}  # nothing accepted yet
    dialog.table.item(row, 1).setText("  Jānis   Bērziņš ")
    dialog._add_row("", "")  # an empty row is left out
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.mapping() == {"201": "Anna Ozola", "202": "Jānis Bērziņš"}
    dialog = ExtensionsDialog({"201": "Anna Ozola", "202": "Jānis Bērziņš"}, [])
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    dialog.accept()
    assert dialog.mapping() == {"202": "Jānis Bērziņš"}


def test_the_import_dialog_shows_the_extensions(qtbot):
    dialog = ImportOptionsDialog([], "calls", extensions={str(200 + n): f"Agent {n}" for n in range(5)})
    qtbot.addWidget(dialog)
    assert dialog.extensions_label.text() == "200 \u2192 Agent 0, 201 \u2192 Agent 1, 202 \u2192 Agent 2, 2 more"
    assert ImportOptionsDialog([], "calls").extensions_label.text() == "None"


def test_an_import_from_the_window_uses_the_extensions_edited_in_its_dialog(qtbot, library, tmp_path, monkeypatch):
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    extensions.set_extension(library, "100", "Pēteris Liepa")
    calls = tmp_path / "calls"
    write_wav(calls / ASTERISK_201)
    write_wav(calls / THREE_CX_100)
    seen = {}

    def user(dialog):
        """Edit… in the import dialog: add 201 for Anna Ozola, OK; then Import."""
        seen["before"] = dialog.extensions_label.text()

        def in_table():
            table = dialog.extensions_dialog
            table._add_row("201", "Anna Ozola")
            table.accept()
        QTimer.singleShot(0, in_table)
        dialog.edit_extensions()
        seen["after"] = dialog.extensions_label.text()
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportOptionsDialog, "exec", user)
    with qtbot.waitSignal(window.importFinished, timeout=20_000):
        window._ask_and_import([str(calls)])
    assert seen == {"before": "100 \u2192 Pēteris Liepa", "after": "100 \u2192 Pēteris Liepa, 201 \u2192 Anna Ozola"}
    assert library.setting(Setting.AGENT_EXTENSIONS) == {"100": "Pēteris Liepa", "201": "Anna Ozola"}
    employees = {c.source_name: c.employee for c in library.conversations.list()}
    assert employees == {ASTERISK_201: "Anna Ozola", THREE_CX_100: "Pēteris Liepa"}
