"""The import report lists failures first with paths inside the imported folder; the status bar
says when something failed; the import dialog takes the batch's employee and a call-details CSV."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from reviewer.ui.library.import_options import ImportOptionsDialog
from reviewer.ui.main_window import MainWindow
from test_import_call_details import write_wav


@pytest.fixture
def window(qtbot, library):
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def run_import(qtbot, window, paths, options=None):
    with qtbot.waitSignal(window.importFinished, timeout=20_000) as finished:
        window.import_paths(paths, options)
    return finished.args


def _chat(path: Path, minute: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"[2026-11-20 10:{minute:02d}:01] Client: Hello, where is my order?\n"
                    f"[2026-11-20 10:{minute:02d}:40] Anna Ivanova: Let me check.\n", encoding="utf-8")
    return path


def test_failures_first_with_paths_inside_the_folder(qtbot, window, tmp_path):
    folder = tmp_path / "export"
    _chat(folder / "a" / "chat.txt", 1)
    for sub in ("a", "b", "c", "d"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        (folder / sub / "LICENSE").write_text(f"Licence {sub}", encoding="utf-8")
    broken = folder / "z" / "cut.wav"
    broken.parent.mkdir()
    broken.write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 20)  # recognised, cannot be read
    run_import(qtbot, window, [folder])
    table = window.report_dialog.table
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert rows[0] == ("z/cut.wav", "Failed")
    assert rows[1] == ("a/chat.txt", "Imported")
    assert [name for name, outcome in rows if outcome == "Skipped"] == [
        "a/LICENSE", "b/LICENSE", "c/LICENSE", "d/LICENSE"]
    assert table.item(0, 0).toolTip() == str(broken)
    assert window.report_dialog.failed_messages().keys() == {"z/cut.wav"}


def test_two_folders_are_told_apart(qtbot, window, tmp_path):
    first, second = tmp_path / "monday", tmp_path / "tuesday"
    (first).mkdir()
    (second).mkdir()
    (first / "LICENSE").write_text("one", encoding="utf-8")
    (second / "LICENSE").write_text("two", encoding="utf-8")
    run_import(qtbot, window, [first, second])
    table = window.report_dialog.table
    assert sorted(table.item(r, 0).text() for r in range(table.rowCount())) == ["monday/LICENSE", "tuesday/LICENSE"]


def test_status_bar_says_when_something_failed(qtbot, window, tmp_path):
    good = _chat(tmp_path / "ok.txt", 2)
    bad = tmp_path / "notes.txt"
    bad.write_bytes(bytes(range(256)) * 8)
    run_import(qtbot, window, [good, bad])
    message = window.statusBar().currentMessage()
    assert message == "Import finished: 1 files imported, 1 failed — see the import report"
    run_import(qtbot, window, [_chat(tmp_path / "ok2.txt", 3)])
    assert window.statusBar().currentMessage() == "Import finished: 1 files imported"


def test_import_dialog_sets_the_employee_and_reads_the_sidecar(qtbot, window, library, tmp_path, monkeypatch):
    calls = tmp_path / "calls"
    write_wav(calls / "a-call.wav")
    write_wav(calls / "another-call.wav")
    sidecar = tmp_path / "details.csv"
    sidecar.write_text("file,started_at,direction\na-call.wav,2026-11-20 14:30,outbound\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(calls))

    def answer():
        dialog = window.import_options_dialog
        dialog.employee_box.setEditText("Olga Petrova")
        dialog.sidecar_edit.setText(str(sidecar))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(window.importFinished, timeout=20_000):
        window.choose_folder()
    found = {c.source_name: c for c in library.conversations.list()}
    assert {c.employee for c in found.values()} == {"Olga Petrova"}
    assert found["a-call.wav"].started_at == "2026-11-20T14:30:00"
    assert found["a-call.wav"].metadata["call"]["direction"] == "outbound"


def test_a_bad_sidecar_is_said_in_the_dialog_and_nothing_is_imported(qtbot, tmp_path):
    sidecar = tmp_path / "details.csv"
    sidecar.write_text("name\nx.wav\n", encoding="utf-8")
    dialog = ImportOptionsDialog(["Anna Ivanova"], "calls")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sidecar_edit.setText(str(sidecar))
    dialog.accept()
    assert dialog.isVisible() and dialog.options() is None
    assert "details.csv:1: no 'file' column" in dialog.problem_label.text()
    assert dialog.employee_box.count() == 1 and dialog.employee_box.currentText() == ""
