"""The Reports dialog, driven offscreen: it makes the PDF in a worker thread and says so."""

from __future__ import annotations

import subprocess

import pytest

pytest.importorskip("pytestqt", reason="pytest-qt is needed to drive the dialog")

from reviewer.storage import Library  # noqa: E402
from reviewer.ui.reports.reports_dialog import ReportKind, ReportsDialog  # noqa: E402


@pytest.fixture
def lib_root(tmp_path):
    from conftest import build_report_library

    root = tmp_path / "library"
    with Library.open(root) as lib:
        build_report_library(lib)
    return root


def _pick(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_dialog_generates_a_coaching_report(qtbot, lib_root, tmp_path):
    dialog = ReportsDialog(lib_root, language="lv")
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.employee.itemText(i) for i in range(dialog.employee.count())] == [
        "Anna Ivanova", "Jānis Bērziņš", "Maria Smith", "Solo Agent"]
    _pick(dialog.kind, ReportKind.EMPLOYEE)
    _pick(dialog.employee, "Jānis Bērziņš")
    _pick(dialog.rubric, "call")
    target = tmp_path / "out" / "jānis.pdf"
    target.parent.mkdir()
    dialog.output.setText(str(target))
    dialog.open_when_done.setChecked(False)  # no PDF viewer in a test
    with qtbot.waitSignal(dialog.generated, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.generate_button, qtbot_button())
        assert dialog.is_running() and dialog.progress.isVisible() and dialog.cancel_button.isEnabled()
    assert blocker.args == [str(target)]
    assert not dialog.is_running() and dialog.generate_button.isEnabled()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Apmācības pārskats" in text and "Jānis Bērziņš" in text
    assert str(target) in dialog.status.text()


def test_dialog_reports_an_empty_period_and_writes_nothing(qtbot, lib_root, tmp_path):
    from PySide6.QtCore import QDate

    dialog = ReportsDialog(lib_root)
    qtbot.addWidget(dialog)
    _pick(dialog.employee, "Anna Ivanova")
    dialog.use_period.setChecked(True)
    dialog.since.setDate(QDate(2030, 1, 1))
    dialog.until.setDate(QDate(2030, 1, 31))
    target = tmp_path / "anna.pdf"
    dialog.output.setText(str(target))
    dialog.open_when_done.setChecked(False)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20_000)
    assert "Anna Ivanova has no submitted reviews from 2030-01-01 to 2030-01-31" in dialog.status.text()
    assert not target.exists()


def test_cancel_writes_no_file(qtbot, lib_root, tmp_path):
    dialog = ReportsDialog(lib_root)
    qtbot.addWidget(dialog)
    _pick(dialog.kind, ReportKind.TEAM)
    target = tmp_path / "team.pdf"
    dialog.output.setText(str(target))
    dialog.open_when_done.setChecked(False)
    dialog.start()
    dialog.cancel()  # at once: the worker checks after every paragraph
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20_000)
    assert "Cancelled" in dialog.status.text()
    assert not target.exists() and list(tmp_path.glob("*.part")) == []


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
