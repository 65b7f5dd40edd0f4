"""What an import did, file by file: failures first, then imported, already there and skipped;
each file named by its path inside the imported folder, so that four LICENSE files in four
subfolders can be told apart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

OUTCOME_COLOURS = {
    "imported": QColor("#2f855a"),
    "duplicate": QColor("#4a5568"),
    "skipped": QColor("#718096"),
    "failed": QColor("#c53030"),
}


# The order rows are listed in: what needs the user's attention first.
OUTCOME_ORDER = {"failed": 0, "imported": 1, "duplicate": 2, "skipped": 3}


def shown_path(path: Path, roots: list[Path]) -> str:
    """A file's path relative to the imported folder it was found in (prefixed with that
    folder's name when several folders were imported); a file chosen on its own by its name."""
    folders = [r for r in roots if r.is_dir()]
    for root in folders:
        try:
            relative = path.relative_to(root)
        except ValueError:
            continue
        return (Path(root.name) / relative).as_posix() if len(folders) > 1 else relative.as_posix()
    return path.name or str(path)


class ImportReportDialog(QDialog):
    def __init__(self, results: list, cancelled: bool = False, parent=None, roots: list | None = None):
        super().__init__(parent)
        # Stable sort: within each outcome the files keep the order they were imported in.
        self.results = sorted(results, key=lambda r: OUTCOME_ORDER.get(str(r.outcome), 9))
        self.roots = [Path(r) for r in (roots or [])]
        self.setWindowTitle(self.tr("Import report"))
        self.resize(760, 420)
        counts = {outcome: 0 for outcome in OUTCOME_COLOURS}
        for result in self.results:
            counts[str(result.outcome)] = counts.get(str(result.outcome), 0) + 1

        self.summary_label = QLabel(wordWrap=True)
        self.summary_label.setStyleSheet("font-weight: 600; padding: 4px 2px;")
        labels = {
            "imported": self.tr("%1 imported"),
            "duplicate": self.tr("%1 already in the library"),
            "skipped": self.tr("%1 skipped"),
            "failed": self.tr("%1 failed"),
        }
        parts = [labels[o].replace("%1", str(n)) for o, n in counts.items() if n and o in labels]
        summary = (", ".join(parts) + ".") if parts else self.tr("No files were found.")
        if cancelled:
            summary = self.tr("Import cancelled; the files below were done before it stopped.") + " " + summary
        self.summary_label.setText(summary)

        self.table = QTableWidget(len(self.results), 3)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Details")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, result in enumerate(self.results):
            name = QTableWidgetItem(shown_path(result.path, self.roots))
            name.setToolTip(str(result.path))
            outcome = QTableWidgetItem(self._outcome_text(str(result.outcome)))
            outcome.setForeground(OUTCOME_COLOURS.get(str(result.outcome), QColor("#1a202c")))
            details = QTableWidgetItem(self._details(result))
            details.setToolTip(self._details(result))
            for column, item in enumerate((name, outcome, details)):
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _outcome_text(self, outcome: str) -> str:
        return {
            "imported": self.tr("Imported"),
            "duplicate": self.tr("Already in the library"),
            "skipped": self.tr("Skipped"),
            "failed": self.tr("Failed"),
        }.get(outcome, outcome)

    def _details(self, result) -> str:
        lines = []
        if str(result.outcome) == "imported":
            conversations = len(result.conversation_ids)
            if conversations == 1:
                text = self.tr("1 conversation")
            else:
                text = self.tr("%1 conversations").replace("%1", str(conversations))
            if result.turns:
                text += ", " + self.tr("%1 turns").replace("%1", str(result.turns))
            if result.format:
                text += f" ({result.format})"
            lines.append(text)
        # The service's messages (why a file failed, what it duplicates) name the problem in
        # plain words; they are shown as they are.
        if result.message:
            lines.append(result.message)
        lines.extend(result.notes)
        return "\n".join(lines)

    def failed_messages(self) -> dict[str, str]:
        """File (as the dialog names it) -> the reason it failed."""
        return {shown_path(r.path, self.roots): r.message for r in self.results if str(r.outcome) == "failed"}
