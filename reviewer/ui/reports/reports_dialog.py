"""The Reports dialog: pick a report, an employee, a period and a rubric; the PDF or CSV is made
in a worker thread (signals only cross threads) and opened when ready.

The worker opens its own connection to the library, so the window's connection is never used
from two threads. Cancel stops the report after the current paragraph; no file is written then.
"""

from __future__ import annotations

import threading
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reviewer.storage import Library
from reviewer.ui.reports.file_names import report_file_name


class ReportKind(Enum):
    EMPLOYEE = "employee"
    REVIEW = "review"
    TEAM = "team"
    SCORES = "scores"  # the CSV export


class ReportRequest:
    """What to make; plain values only, so it can travel to the worker thread."""

    def __init__(self, kind: ReportKind, output: Path, language: str = "en", employee: str = "",
                 review_id: int = 0, since: str | None = None, until: str | None = None,
                 rubric_id: str | None = None):
        self.kind, self.output, self.language = kind, output, language
        self.employee, self.review_id = employee, review_id
        self.since, self.until, self.rubric_id = since, until, rubric_id


class ReportWorker(QObject):
    #: the file written
    done = Signal(str)
    #: why no file was written (the message names the problem)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, library_root: Path, request: ReportRequest):
        super().__init__()
        self._root = library_root
        self._request = request
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Thread-safe: the report stops after the paragraph being laid out."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        from reviewer import reports

        r = self._request
        period = reports.Period(r.since, r.until)
        stop = self._cancel.is_set
        try:
            with Library.open(self._root, create=False) as library:
                if r.kind is ReportKind.EMPLOYEE:
                    reports.make_employee_report(library, r.employee, r.output, period=period,
                                                 rubric_id=r.rubric_id, language=r.language, cancel=stop)
                elif r.kind is ReportKind.REVIEW:
                    reports.make_review_scorecard(library, r.review_id, r.output, language=r.language, cancel=stop)
                elif r.kind is ReportKind.TEAM:
                    reports.make_team_summary(library, r.output, period=period, rubric_id=r.rubric_id,
                                              language=r.language, cancel=stop)
                else:
                    reports.export_scores(library, r.output, period=period, employee=r.employee or None,
                                          rubric_id=r.rubric_id, language=r.language)
        except reports.Cancelled:
            self.cancelled.emit()
        except (reports.ReportError, OSError) as exc:
            self.failed.emit(str(exc) if not isinstance(exc, OSError) else f"{r.output}: {exc.strerror}")
        except Exception as exc:  # a bug must reach the user as a message, not kill the thread silently
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.done.emit(str(r.output))


class ReportsDialog(QDialog):
    """Emits ``generated(path)`` after a file was written (and opened, when asked)."""

    generated = Signal(str)

    def __init__(self, library_root: str | Path, language: str = "en", parent: QWidget | None = None,
                 employee: str | None = None):
        """employee: who to preselect (the open conversation's), when they have reviews."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reports"))
        self._root = Path(library_root)
        self._preferred_employee = employee
        self._folder = _default_folder()
        self._thread: QThread | None = None
        self._worker: ReportWorker | None = None

        self.kind = QComboBox()
        for kind, label in (
            (ReportKind.EMPLOYEE, self.tr("Coaching report for an employee (PDF)")),
            (ReportKind.REVIEW, self.tr("Scorecard of one review (PDF)")),
            (ReportKind.TEAM, self.tr("Team summary (PDF)")),
            (ReportKind.SCORES, self.tr("All scores for spreadsheets (CSV)")),
        ):
            self.kind.addItem(label, kind)
        self.employee = QComboBox()
        self.review_id = QSpinBox()
        self.review_id.setRange(1, 2_000_000_000)
        self.use_period = QCheckBox(self.tr("Only reviews submitted from"))
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.rubric = QComboBox()
        self.language = QComboBox()
        for code, name in (("en", "English"), ("ru", "Русский"), ("lv", "Latviešu")):
            self.language.addItem(name, code)  # language names are shown in their own language
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.output = QLineEdit()
        browse = self.browse_button = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_output)
        self.open_when_done = QCheckBox(self.tr("Open the file when it is ready"))
        self.open_when_done.setChecked(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: reportlab cannot say how far it is
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

        period = QHBoxLayout()
        period.addWidget(self.use_period)
        period.addWidget(self.since)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.until)
        period.addStretch(1)
        output = QHBoxLayout()
        output.addWidget(self.output, 1)
        output.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Report:"), self.kind)
        form.addRow(self.tr("Employee:"), self.employee)
        form.addRow(self.tr("Review number:"), self.review_id)
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.tr("Rubric:"), self.rubric)
        form.addRow(self.tr("Language of headings:"), self.language)
        form.addRow(self.tr("Save as:"), output)
        self._form = form
        self._period_row = period

        self.buttons = QDialogButtonBox()
        self.generate_button = self.buttons.addButton(self.tr("Generate"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        # Coaching sessions (issue 17): the coaching report's focus areas prefill a new session.
        self.plan_button = self.buttons.addButton(self.tr("Plan a Session from This Report…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.plan_button.clicked.connect(self.plan_session)
        self.cancel_button.setEnabled(False)
        self.generate_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_when_done)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.use_period.toggled.connect(self._period_toggled)
        self._fill_choices()
        self._kind_changed()
        self._period_toggled(False)
        # The file name follows what the report is about, so one report never silently
        # replaces another; the folder stays where the user last chose.
        for signal in (self.employee.currentIndexChanged, self.review_id.valueChanged,
                       self.rubric.currentIndexChanged, self.since.dateChanged, self.until.dateChanged):
            signal.connect(self._name_output)
        for signal in (self.since.dateChanged, self.until.dateChanged):
            signal.connect(self._fill_employees)
        self.employee.currentIndexChanged.connect(self._employee_chosen)

    # Choices --------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        with Library.open(self._root, create=False) as library:
            rubric_ids = [r[0] for r in library.conn.execute(
                "SELECT DISTINCT rubric_id FROM reviews WHERE state = 'submitted' ORDER BY rubric_id")]
            last_review = library.conn.execute("SELECT MAX(id) FROM reviews WHERE state = 'submitted'").fetchone()[0]
        self.rubric.clear()
        self.rubric.addItem(self.tr("All rubrics"), None)
        for rubric_id in rubric_ids:
            self.rubric.addItem(rubric_id, rubric_id)
        if last_review:
            self.review_id.setValue(last_review)
        self._fill_employees()

    def _period(self):
        from reviewer.reports import Period

        if not self.use_period.isChecked():
            return Period()
        return Period(self.since.date().toString("yyyy-MM-dd"), self.until.date().toString("yyyy-MM-dd"))

    @Slot()
    def _fill_employees(self) -> None:
        """Only employees with submitted reviews in the period: any other would make no report."""
        from reviewer.reports import employees_with_reviews

        with Library.open(self._root, create=False) as library:
            names = employees_with_reviews(library, self._period())
        wanted = self._preferred_employee or self.employee.currentData()
        self.employee.blockSignals(True)
        self.employee.clear()
        for name in names:
            self.employee.addItem(name, name)
        if not names:
            self.employee.addItem(self.tr("No employee has submitted reviews in this period"), None)
        match = next((i for i, name in enumerate(names) if wanted and name.casefold() == wanted.casefold()), 0)
        self.employee.setCurrentIndex(match)
        self.employee.setEnabled(bool(names))
        self.employee.blockSignals(False)
        self._name_output()

    @Slot()
    def _employee_chosen(self) -> None:
        # Remembered, so a period that briefly leaves them out does not lose the choice.
        if self.employee.currentData():
            self._preferred_employee = self.employee.currentData()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self._form.setRowVisible(self.employee, kind is ReportKind.EMPLOYEE)
        self._form.setRowVisible(self.review_id, kind is ReportKind.REVIEW)
        self._form.setRowVisible(self.rubric, kind is not ReportKind.REVIEW)
        self._form.setRowVisible(self._period_row, kind is not ReportKind.REVIEW)
        self.plan_button.setVisible(kind is ReportKind.EMPLOYEE)
        self._name_output()

    @Slot()
    def _name_output(self) -> None:
        kind = self.kind.currentData()
        if kind is None:
            return
        period = self._period()
        name = report_file_name(kind.value, employee=self.employee.currentData() or "",
                                review_id=self.review_id.value(), since=period.since, until=period.until,
                                rubric_id=self.rubric.currentData())
        self.output.setText(str(self._folder / name))

    def _period_toggled(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)
        if self.employee.count():  # not while the dialog is being built
            self._fill_employees()

    def _choose_output(self) -> None:
        csv = self.kind.currentData() is ReportKind.SCORES
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), self.output.text(),
            self.tr("CSV files (*.csv)") if csv else self.tr("PDF files (*.pdf)"),
        )
        if path:
            self._folder = Path(path).parent
            self.output.setText(path)

    def request(self) -> ReportRequest | None:
        """The request the form describes, or None after saying what is missing."""
        kind = self.kind.currentData()
        text = self.output.text().strip()
        if not text:
            self.status.setText(self.tr("Choose where to save the report."))
            return None
        output = Path(text).expanduser()
        if not output.parent.is_dir():
            self.status.setText(self.tr("The folder {0} does not exist.").format(str(output.parent)))
            return None
        if kind is ReportKind.EMPLOYEE and not self.employee.currentData():
            self.status.setText(self.tr("No employee has submitted reviews in this period."))
            return None
        since = until = None
        if self.use_period.isChecked():
            since = self.since.date().toString("yyyy-MM-dd")
            until = self.until.date().toString("yyyy-MM-dd")
            if since > until:
                self.status.setText(self.tr("The period starts after it ends."))
                return None
        return ReportRequest(
            kind, output, self.language.currentData(),
            employee=self.employee.currentData() or "" if kind is ReportKind.EMPLOYEE else "",
            review_id=self.review_id.value(), since=since, until=until, rubric_id=self.rubric.currentData(),
        )

    @property
    def library_root(self) -> Path:
        return self._root

    def plan_session(self):
        """"Plan a Session from This Report": the session dialog, prefilled (see session_planning)."""
        from reviewer.ui.reports.session_planning import plan_session

        return plan_session(self)

    # Running --------------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._thread is not None

    @Slot()
    def start(self) -> None:
        if self._thread is not None:
            return
        request = self.request()
        if request is None:
            return
        if request.output.exists() and not self.confirm_overwrite(request.output):
            self.status.setText(self.tr("Not saved: {0} is kept as it was.").format(str(request.output)))
            return
        thread = QThread(self)
        worker = ReportWorker(self._root, request)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.done.connect(self._done)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        for signal in (worker.done, worker.failed, worker.cancelled):
            signal.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread, self._worker = thread, worker
        self._set_busy(True)
        self.status.setText(self.tr("Making the report…"))
        thread.start()

    def confirm_overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("{0} already exists. Replace it with the new report?").format(str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.generate_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.close_button.setEnabled(not busy)
        for widget in (self.kind, self.employee, self.review_id, self.rubric, self.language, self.output,
                       self.browse_button, self.use_period, self.open_when_done):
            widget.setEnabled(not busy)
        # The dates follow the period box once the report is done.
        self.since.setEnabled(not busy and self.use_period.isChecked())
        self.until.setEnabled(not busy and self.use_period.isChecked())

    def _finish(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        self._worker = None
        self._set_busy(False)

    def _done(self, path: str) -> None:
        self._finish()
        self.status.setText(self.tr("Saved {0}").format(path))
        if self.open_when_done.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self.generated.emit(path)

    def _failed(self, message: str) -> None:
        self._finish()
        self.status.setText(self.tr("No report was made: {0}").format(message))

    def _cancelled(self) -> None:
        self._finish()
        self.status.setText(self.tr("Cancelled; no file was written."))

    def reject(self) -> None:
        if self._thread is not None:
            return  # Cancel first: closing mid-report would leave the thread running
        super().reject()


def _default_folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()
