"""The import dialog's questions for a batch, asked after the files or folder are chosen: whose
conversations they are, and a CSV sidecar with each recording's details (see
reviewer.importers.sidecar). Leaving both empty imports as before."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.importers.base import ImportOptions


class ImportOptionsDialog(QDialog):
    def __init__(self, employees: list[str], what: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.setMinimumWidth(480)
        intro = QLabel(what, wordWrap=True)
        intro.setStyleSheet("font-weight: 600;")

        self.employee_box = QComboBox(editable=True)
        self.employee_box.addItems(employees)
        self.employee_box.setCurrentIndex(-1)
        self.employee_box.lineEdit().setPlaceholderText(self.tr("From the files (or nobody)"))
        self.employee_box.setToolTip(self.tr("The employee these conversations belong to"))

        self.sidecar_edit = QLineEdit(placeholderText=self.tr("None"))
        self.sidecar_edit.setToolTip(self.tr(
            "A CSV file with one row per recording: file, employee, started_at, direction, customer_number"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_sidecar)
        sidecar_row = QWidget()
        row = QHBoxLayout(sidecar_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sidecar_edit, 1)
        row.addWidget(browse)

        self.problem_label = QLabel(wordWrap=True)
        self.problem_label.setStyleSheet("color: #c53030;")
        self.problem_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Employee:"), self.employee_box)
        form.addRow(self.tr("Call details (CSV):"), sidecar_row)
        hint = QLabel(self.tr("Telephone systems' recording names (Asterisk/FreePBX, 3CX, RingCentral) "
                              "give each call's time, direction and numbers by themselves."), wordWrap=True)
        hint.setStyleSheet("color: #4a5568;")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self._options: ImportOptions | None = None

    def _choose_sidecar(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Call details"), "",
                                              self.tr("CSV files (*.csv *.tsv *.txt);;All files (*)"))
        if path:
            self.sidecar_edit.setText(path)

    def accept(self) -> None:
        """Read the sidecar now: a bad one is said here, and nothing is imported until it is fixed."""
        from reviewer.importers.sidecar import SidecarError, load

        sidecar = None
        text = self.sidecar_edit.text().strip()
        if text:
            try:
                sidecar = load(Path(text).expanduser())
            except SidecarError as exc:
                # The service's message names the file, the line and the problem.
                self.problem_label.setText(str(exc))
                self.problem_label.show()
                return
        employee = " ".join(self.employee_box.currentText().split()) or None
        self._options = ImportOptions(employee=employee, sidecar=sidecar)
        super().accept()

    def options(self) -> ImportOptions | None:
        """What was chosen (after Import), None after Cancel."""
        return self._options
