"""The import dialog's questions for a batch, asked after the files or folder are chosen: whose
conversations they are, a CSV sidecar with each recording's details (see
reviewer.importers.sidecar), and the agent extensions that name a recording's employee (see
reviewer.storage.extensions). Leaving them empty imports as before."""

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
    def __init__(self, employees: list[str], what: str, parent=None, extensions: dict[str, str] | None = None):
        super().__init__(parent)
        self._employees = employees
        self._extensions = dict(extensions or {})
        self.extensions_changed = False
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

        self.extensions_label = QLabel(wordWrap=True)
        self.extensions_button = QPushButton(self.tr("Edit…"))
        self.extensions_button.setToolTip(self.tr("Which employee each agent extension belongs to"))
        self.extensions_button.clicked.connect(self.edit_extensions)
        extensions_row = QWidget()
        row = QHBoxLayout(extensions_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.extensions_label, 1)
        row.addWidget(self.extensions_button)
        self._show_extensions()

        self.problem_label = QLabel(wordWrap=True)
        self.problem_label.setStyleSheet("color: #c53030;")
        self.problem_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Employee:"), self.employee_box)
        form.addRow(self.tr("Call details (CSV):"), sidecar_row)
        form.addRow(self.tr("Agent extensions:"), extensions_row)
        hint = QLabel(self.tr("Telephone systems' recording names (Asterisk/FreePBX, 3CX, RingCentral) "
                              "give each call's time, direction, numbers and agent extension by themselves. "
                              "With no employee chosen above, a call goes to the employee of its agent "
                              "extension."), wordWrap=True)
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

    def _show_extensions(self) -> None:
        if not self._extensions:
            self.extensions_label.setText(self.tr("None"))
            return
        shown = [f"{ext} \u2192 {name}" for ext, name in list(self._extensions.items())[:3]]
        if len(self._extensions) > 3:
            shown.append(self.tr("%1 more").replace("%1", str(len(self._extensions) - 3)))
        self.extensions_label.setText(", ".join(shown))

    def edit_extensions(self) -> None:
        from reviewer.ui.library.extensions_dialog import ExtensionsDialog

        self.extensions_dialog = ExtensionsDialog(self._extensions, self._employees, self)
        if self.extensions_dialog.exec() == QDialog.DialogCode.Accepted:
            mapping = self.extensions_dialog.mapping()
            self.extensions_changed |= mapping != self._extensions
            self._extensions = mapping
            self._show_extensions()

    def extensions(self) -> dict[str, str]:
        """The agent extensions as edited here (the caller keeps them in the library)."""
        return dict(self._extensions)

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
