"""File → Calibration Results…: a session's agreement figures per criterion and per reviewer,
and the calibration PDF for the session meeting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
    QVBoxLayout,
)

from reviewer.team import calibration, calibration_report


def _figure(value, digits: int = 2, suffix: str = "", sign: bool = False) -> str:
    if value is None:
        return "—"
    return (f"{value:+.{digits}f}" if sign else f"{value:.{digits}f}") + suffix


class CalibrationDialog(QDialog):
    def __init__(self, library, language: str = "en", parent=None):
        super().__init__(parent)
        # The report's language: the interface's when the reports speak it, else English.
        self.library, self.language = library, language if language in ("en", "ru", "lv") else "en"
        self.report: calibration_report.CalibrationReport | None = None
        self.setWindowTitle(self.tr("Calibration Results"))
        self.resize(760, 560)
        self.sessions = QComboBox()
        for s in calibration.sessions(library):
            self.sessions.addItem(f"{s.name} ({s.rubric_id})", s.uid)
        self.sessions.currentIndexChanged.connect(lambda _i: self.show_session())
        self.summary = QLabel(wordWrap=True)
        self.criteria = QTableWidget(0, 6)
        self.criteria.setHorizontalHeaderLabels([
            self.tr("Criterion"), self.tr("Alpha"), self.tr("95% interval"), self.tr("Agreement"), self.tr("Units"),
            self.tr("Reviewers")])
        self.reviewers = QTableWidget(0, 4)
        self.reviewers.setHorizontalHeaderLabels([
            self.tr("Reviewer"), self.tr("Reviews"), self.tr("Matches benchmark"), self.tr("Leniency (points)")])
        for table in (self.criteria, self.reviewers):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pdf_button = buttons.addButton(self.tr("Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.clicked.connect(self.choose_pdf)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sessions)
        layout.addWidget(self.summary)
        layout.addWidget(self.criteria, 3)
        layout.addWidget(self.reviewers, 2)
        layout.addWidget(buttons)
        self.show_session()

    def show_session(self) -> None:
        uid = self.sessions.currentData()
        self.report = None
        self.criteria.setRowCount(0)
        self.reviewers.setRowCount(0)
        if uid is None:
            self.summary.setText(self.tr("No calibration sessions in this library yet "
                                         "(reviewer calibration new NAME --rubric ID ...)."))
            self.pdf_button.setEnabled(False)
            return
        try:
            self.report = calibration_report.build(self.library, uid, self.language)
        except calibration.CalibrationError:
            self.summary.setText(self.tr("No submitted reviews in this session yet."))
            self.pdf_button.setEnabled(False)
            return
        r = self.report
        self.pdf_button.setEnabled(True)
        self.summary.setText(
            self.tr("Overall (review scores): alpha %1, percent agreement %2; %3 reviewers, %4 conversations. "
                    "From 0.80 the scores can be relied on; below 0.67, calibrate again.")
            .replace("%1", _figure(r.overall.alpha)).replace("%2", _figure(r.overall.percent_agreement, 1, "%"))
            .replace("%3", str(len(r.reviewers))).replace("%4", str(len(r.session.conversation_ids))))
        for c in r.criteria:
            self._row(self.criteria, [c.title, _figure(c.alpha),
                                      f"{c.alpha_ci[0]:.2f} – {c.alpha_ci[1]:.2f}" if c.alpha_ci else "—",
                                      _figure(c.percent_agreement, 1, "%"), str(c.n_units), str(c.n_reviewers)])
        for p in r.reviewers:
            self._row(self.reviewers, [p.name, str(p.reviews), _figure(p.alignment, 1, "%"),
                                       _figure(p.leniency, 1, sign=True)])

    @staticmethod
    def _row(table: QTableWidget, cells: list[str]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))

    def choose_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the calibration report"),
                                              "calibration.pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> Path:
        from reviewer.reports.pdf_calibration import write_calibration_pdf

        return write_calibration_pdf(self.report, path, self.language)
