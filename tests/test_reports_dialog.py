"""The Reports dialog, driven offscreen: it makes the PDF in a worker thread and says so."""

from __future__ import annotations

import subprocess
from pathlib import Path

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
    # Nobody has reviews then: no name to pick that would only make an empty report.
    assert dialog.employee.currentData() is None and not dialog.employee.isEnabled()
    target = tmp_path / "anna.pdf"
    dialog.output.setText(str(target))
    dialog.open_when_done.setChecked(False)
    dialog.start()
    assert not dialog.is_running()
    assert "No employee has submitted reviews in this period." in dialog.status.text()
    assert not target.exists()
    # The team summary of the same empty period says why no file was made.
    _pick(dialog.kind, ReportKind.TEAM)
    dialog.output.setText(str(tmp_path / "team.pdf"))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20_000)
    assert "no submitted reviews from 2030-01-01 to 2030-01-31" in dialog.status.text()
    assert not (tmp_path / "team.pdf").exists()


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


def test_the_file_name_follows_the_report_and_never_reuses_another_reports(qtbot, lib_root, tmp_path):
    from PySide6.QtCore import QDate

    dialog = ReportsDialog(lib_root)
    qtbot.addWidget(dialog)
    _pick(dialog.kind, ReportKind.EMPLOYEE)
    _pick(dialog.employee, "Jānis Bērziņš")
    coaching = Path(dialog.output.text())
    assert coaching.name == "coaching-Jānis-Bērziņš-all.pdf"
    _pick(dialog.employee, "Maria Smith")
    assert Path(dialog.output.text()).name == "coaching-Maria-Smith-all.pdf"
    dialog.use_period.setChecked(True)
    dialog.since.setDate(QDate(2026, 9, 1))
    dialog.until.setDate(QDate(2026, 9, 30))
    assert Path(dialog.output.text()).name == "coaching-Maria-Smith-2026-09-01_2026-09-30.pdf"
    _pick(dialog.kind, ReportKind.TEAM)
    assert Path(dialog.output.text()).name == "team-summary-2026-09-01_2026-09-30.pdf"
    _pick(dialog.rubric, "call")
    assert Path(dialog.output.text()).name == "team-summary-call-2026-09-01_2026-09-30.pdf"
    _pick(dialog.kind, ReportKind.SCORES)
    assert Path(dialog.output.text()).name == "scores-call-2026-09-01_2026-09-30.csv"
    _pick(dialog.kind, ReportKind.REVIEW)
    dialog.review_id.setValue(3)
    assert Path(dialog.output.text()).name == "scorecard-3.pdf"
    # The folder the user chose stays; only the name follows the report.
    assert Path(dialog.output.text()).parent == coaching.parent


def test_a_name_with_hostile_characters_is_a_safe_file_name():
    from reviewer.ui.reports.file_names import report_file_name, slug

    assert slug('a/b\\c:d*e?"f<g>h|i\nj') == "a-b-c-d-e-f-g-h-i-j"
    assert slug("../../etc") == "etc"
    assert report_file_name("employee", employee="  Anna   Ivanova ") == "coaching-Anna-Ivanova-all.pdf"


def test_generate_asks_before_replacing_a_file(qtbot, lib_root, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    dialog = ReportsDialog(lib_root)
    qtbot.addWidget(dialog)
    dialog.open_when_done.setChecked(False)
    _pick(dialog.employee, "Anna Ivanova")
    target = tmp_path / "anna.pdf"
    target.write_bytes(b"the coaching report made a minute ago")
    dialog.output.setText(str(target))
    asked = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    dialog.start()
    assert asked and str(target) in asked[0] and not dialog.is_running()
    assert target.read_bytes() == b"the coaching report made a minute ago"
    assert "kept as it was" in dialog.status.text()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dialog.generated, timeout=20_000):
        dialog.start()
    assert len(asked) == 2 and target.read_bytes().startswith(b"%PDF")


def test_the_employee_defaults_to_the_open_conversations_and_lists_only_those_reviewed(qtbot, lib_root):
    from PySide6.QtCore import QDate

    dialog = ReportsDialog(lib_root, employee="maria smith")
    qtbot.addWidget(dialog)
    assert dialog.employee.currentData() == "Maria Smith"
    with Library.open(lib_root) as lib:
        lib.employee_id("Nobody Reviewed")  # an employee without a single review
        days = {row[0]: row[1] for row in lib.conn.execute(
            "SELECT e.name, MAX(substr(r.submitted_at, 1, 10)) FROM reviews r JOIN conversations c"
            " ON c.id = r.conversation_id JOIN employees e ON e.id = c.employee_id GROUP BY e.name")}
    dialog = ReportsDialog(lib_root)
    qtbot.addWidget(dialog)
    names = [dialog.employee.itemData(i) for i in range(dialog.employee.count())]
    assert "Nobody Reviewed" not in names and set(names) == set(days)
    # A period after someone's last review leaves them out, and keeps the chosen one when possible.
    latest = max(days.values())
    earliest_last = min(days, key=days.get)
    _pick(dialog.employee, max(days, key=days.get))
    dialog.use_period.setChecked(True)
    day = QDate.fromString(days[earliest_last], "yyyy-MM-dd").addDays(1)
    dialog.since.setDate(day)
    dialog.until.setDate(QDate.fromString(latest, "yyyy-MM-dd"))
    names = [dialog.employee.itemData(i) for i in range(dialog.employee.count())]
    assert earliest_last not in names and dialog.employee.currentData() == max(days, key=days.get)
