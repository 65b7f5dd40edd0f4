"""File → Export for a Colleague…: the selected (or all listed) conversations with their reviews
in one bundle file, written in the background."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QLabel, QRadioButton, QVBoxLayout,
)


class ExportWorker(QThread):
    done = Signal(object)  # reviewer.team.bundle_export.ExportSummary
    failed = Signal(str)

    def __init__(self, root: Path, path: Path, ids: list[int], with_recordings: bool, reviews_only: bool, parent=None):
        super().__init__(parent)
        self._args = root, path, ids, with_recordings, reviews_only

    def run(self) -> None:
        from reviewer.storage import Library
        from reviewer.team.bundle_export import write_bundle

        root, path, ids, with_recordings, reviews_only = self._args
        try:
            with Library.open(root, create=False) as library:  # its own connection, in this thread
                self.done.emit(write_bundle(library, path, ids, with_recordings=with_recordings,
                                            reviews_only=reviews_only))
        except (OSError, LookupError) as exc:
            self.failed.emit(str(exc))


class ExportBundleDialog(QDialog):
    def __init__(self, library, selected_ids: list[int], listed_ids: list[int], parent=None):
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(self.tr("Export for a Colleague"))
        self._selected, self._listed = selected_ids, listed_ids
        self.worker: ExportWorker | None = None
        intro = QLabel(self.tr("One file with the conversations, their submitted reviews and the rubrics they used. "
                               "Your colleague opens it with File → Import Files… or drops it on the window."),
                       wordWrap=True)
        self.selected_choice = QRadioButton(self.tr("Selected conversations (%1)").replace("%1", str(len(selected_ids))))
        self.listed_choice = QRadioButton(self.tr("All conversations listed (%1)").replace("%1", str(len(listed_ids))))
        (self.selected_choice if selected_ids else self.listed_choice).setChecked(True)
        self.selected_choice.setEnabled(bool(selected_ids))
        self.recordings_box = QCheckBox(self.tr("Include the call recordings"))
        self.reviews_only_box = QCheckBox(self.tr("Reviews only (the colleague has the conversations)"))
        self.reviews_only_box.toggled.connect(lambda on: self.recordings_box.setEnabled(not on))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        self.status = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        for widget in (intro, self.selected_choice, self.listed_choice, self.recordings_box, self.reviews_only_box,
                       self.status, buttons):
            layout.addWidget(widget)

    def conversation_ids(self) -> list[int]:
        return self._selected if self.selected_choice.isChecked() else self._listed

    def default_name(self) -> str:
        from reviewer.team.bundle_export import who_am_i

        return f"reviews-{'-'.join(who_am_i(self.library).split())}-{date.today().isoformat()}.rvbundle"

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export for a Colleague"), self.default_name(),
                                              self.tr("Reviewer bundles (*.rvbundle)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        if not self.conversation_ids():
            self.status.setText(self.tr("There is nothing to export."))
            return
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self.worker = ExportWorker(self.library.root, path, self.conversation_ids(), self.recordings_box.isChecked()
                                   and self.recordings_box.isEnabled(), self.reviews_only_box.isChecked(), self)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.start()

    def _done(self, summary) -> None:
        self.summary = summary
        self.status.setText(self.tr("Wrote %1: %2 conversations, %3 reviews.").replace("%1", summary.path.name)
                            .replace("%2", str(summary.conversations)).replace("%3", str(summary.reviews)))
        self.accept()

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Not exported: %1").replace("%1", message))
