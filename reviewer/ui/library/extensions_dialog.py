"""The agent extensions and their employees (reviewer.storage.extensions), edited as a table:
an imported recording whose name gives the agent's extension becomes that employee's
conversation when the batch names no employee."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

_EXTENSION = re.compile(r"\d{1,10}")  # as reviewer.storage.extensions keeps them


class _EmployeeDelegate(QStyledItemDelegate):
    """The employee cell offers the library's employees as one types."""

    def __init__(self, employees: list[str], parent=None):
        super().__init__(parent)
        self._employees = employees

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        completer = QCompleter(self._employees, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        editor.setCompleter(completer)
        return editor


class ExtensionsDialog(QDialog):
    def __init__(self, mapping: dict[str, str], employees: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agent extensions"))
        self.setMinimumSize(420, 320)
        intro = QLabel(self.tr("Recordings named by the telephone system carry the agent's extension. "
                               "A call with an extension listed here goes to that employee, unless the "
                               "import names an employee or the call details CSV does."), wordWrap=True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Extension"), self.tr("Employee")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setItemDelegateForColumn(1, _EmployeeDelegate(employees, self.table))
        for extension, name in mapping.items():
            self._add_row(extension, name)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._add_and_edit)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove_selected)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.problem_label = QLabel(wordWrap=True)
        self.problem_label.setStyleSheet("color: #c53030;")
        self.problem_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self._mapping = dict(mapping)

    def _add_row(self, extension: str = "", name: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(extension))
        self.table.setItem(row, 1, QTableWidgetItem(name))
        return row

    def _add_and_edit(self) -> None:
        row = self._add_row()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def _remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def rows(self) -> list[tuple[str, str]]:
        """(extension, employee) of each row, as typed (rows left empty are left out)."""
        found = []
        for row in range(self.table.rowCount()):
            cells = [(self.table.item(row, col).text() if self.table.item(row, col) else "") for col in (0, 1)]
            extension, name = cells[0].strip(), " ".join(cells[1].split())
            if extension or name:
                found.append((extension, name))
        return found

    def accept(self) -> None:
        mapping: dict[str, str] = {}
        for number, (extension, name) in enumerate(self.rows(), 1):
            problem = None
            if not _EXTENSION.fullmatch(extension):
                problem = self.tr("Row %1: the extension must be a number of 1 to 10 digits.")
            elif not name:
                problem = self.tr("Row %1: whose extension is it? The employee is empty.")
            elif extension in mapping:
                problem = self.tr("Row %1: extension %2 is listed twice.").replace("%2", extension)
            if problem:
                self.problem_label.setText(problem.replace("%1", str(number)))
                self.problem_label.show()
                return
            mapping[extension] = name
        self._mapping = mapping
        super().accept()

    def mapping(self) -> dict[str, str]:
        """The extensions as accepted (as given, before OK or after Cancel)."""
        return dict(self._mapping)
