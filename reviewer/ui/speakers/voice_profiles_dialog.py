"""Settings ▸ Voice Profiles: which employees have a voice profile, enrolling one, removing one.

Enrolment decodes and measures recordings for seconds to minutes, so it runs in a worker object in
its own QThread with its own library connection, reporting through signals only; Cancel stops it
after the conversation being measured (what was measured is kept).
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from reviewer.storage import voice_profiles

_NAME_ROLE = Qt.ItemDataRole.UserRole


def _local_time(iso_utc: str) -> str:
    return datetime.fromisoformat(iso_utc).astimezone().strftime("%Y-%m-%d %H:%M")


def _duration(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class EnrolWorker(QObject):
    #: fraction done
    progress = Signal(float)
    #: employee, conversations measured, conversations not used, cancelled, error message ("" when none)
    finished = Signal(str, int, int, bool, str)

    def __init__(self, root: Path, employee: str):
        super().__init__()
        self._root = root
        self._employee = employee
        self._cancel = threading.Event()
        self.skipped: list[tuple[int, str]] = []

    def cancel(self) -> None:
        """Thread-safe: stops after the conversation being measured."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        from reviewer.speakers import models, profiles
        from reviewer.storage import Library

        try:
            with Library.open(self._root) as library:
                result = profiles.enrol(library, self._employee, progress=self.progress.emit,
                                        is_cancelled=self._cancel.is_set)
        except (models.ModelsMissing, voice_profiles.VoiceProfileError) as exc:
            self.finished.emit(self._employee, 0, 0, False, str(exc))
            return
        except Exception as exc:  # never leave the dialog waiting for a worker that died
            self.finished.emit(self._employee, 0, 0, False, f"{type(exc).__name__}: {exc}")
            return
        self.skipped = result.skipped
        self.finished.emit(self._employee, len(result.measured), len(result.skipped), result.cancelled, "")


class VoiceProfilesDialog(QDialog):
    """One row per employee of the library: their profile, if any, and what it was measured from."""

    #: an employee's profile was made, refreshed or removed
    changed = Signal(str)

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self._library = library
        self._thread: QThread | None = None
        self._worker: EnrolWorker | None = None
        self.setWindowTitle(self.tr("Voice profiles"))
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A voice profile tells which speaker of a mono call is the employee. It is measured from the "
            "agent channel of their transcribed two-channel calls and from turns a reviewer labelled as "
            "the agent's. Nothing is measured until you enrol an employee; removing a profile deletes it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Employee"), self.tr("Voice profile"), self.tr("Conversations"),
                                    self.tr("Speech"), self.tr("Updated")])
        self.table.header().setStretchLastSection(False)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        progress_row = QHBoxLayout()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_enrolment)
        progress_row.addWidget(self.progress_bar)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.enrol_button = self.buttons.addButton(self.tr("Enrol Voice"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button = self.buttons.addButton(self.tr("Remove Profile"), QDialogButtonBox.ButtonRole.ActionRole)
        self.enrol_button.clicked.connect(self.start_enrolment)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 420)

    # The table ----------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_employee()
        found = {p.employee.casefold(): p for p in voice_profiles.profiles(self._library)}
        self.table.clear()
        for name in self._library.employees():
            profile = found.get(name.casefold())
            if profile is None:
                cells = [name, self.tr("none"), "", "", ""]
            elif profile.embedding is None:
                cells = [name, self.tr("enrolled, no voice yet"), "0", "", _local_time(profile.updated_at)]
            else:
                cells = [name, self.tr("ready"), str(profile.conversations), _duration(profile.speech_ms),
                         _local_time(profile.updated_at)]
            item = QTreeWidgetItem(cells)
            item.setData(0, _NAME_ROLE, name)
            for column in (2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
            if name == selected:
                item.setSelected(True)
        if not self._library.employees():
            self.status_label.setText(self.tr("No employees yet: give conversations an employee when importing them."))
        self._update_buttons()

    def selected_employee(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(0, _NAME_ROLE) if items else None

    def select(self, employee: str) -> None:
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            item.setSelected(item.data(0, _NAME_ROLE) == employee)

    def _update_buttons(self) -> None:
        name = self.selected_employee()
        busy = self._thread is not None
        self.enrol_button.setEnabled(name is not None and not busy)
        self.remove_button.setEnabled(name is not None and not busy and voice_profiles.exists(self._library, name))

    # Enrolling ----------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._thread is not None

    def start_enrolment(self) -> None:
        name = self.selected_employee()
        if name is None or self._thread is not None:
            return
        thread = QThread(self)
        worker = EnrolWorker(self._library.root, name)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        self._thread, self._worker = thread, worker
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.cancel_button.show()
        self.status_label.setText(self.tr("Measuring the voice of %1 in their calls…").replace("%1", name))
        self._update_buttons()
        thread.start()

    def cancel_enrolment(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.status_label.setText(self.tr("Stopping after the conversation being measured…"))

    @Slot(float)
    def _progress(self, fraction: float) -> None:
        self.progress_bar.setValue(round(fraction * 100))

    @Slot(str, int, int, bool, str)
    def _finished(self, employee: str, measured: int, skipped: int, cancelled: bool, error: str) -> None:
        reasons = self._worker.skipped if self._worker is not None else []
        self._stop_thread()
        self.progress_bar.hide()
        self.cancel_button.hide()
        if error:
            self.status_label.setText(self.tr("The voice of %1 could not be measured: %2")
                                      .replace("%1", employee).replace("%2", error))
        else:
            text = self.tr("%1: calls measured: %2, not used: %3.").replace("%1", employee) \
                .replace("%2", str(measured)).replace("%3", str(skipped))
            if cancelled:
                text += " " + self.tr("Stopped; what was measured is kept.")
            if measured == 0 and not voice_profiles.profile(self._library, employee).sources:
                text += " " + self.tr("Transcribe their two-channel calls, or label the agent's turns of a "
                                      "mono call, then enrol again.")
            self.status_label.setText(text)
            self.status_label.setToolTip("\n".join(f"#{cid}: {why}" for cid, why in reasons))
            self.changed.emit(employee)
        self.refresh()

    def _stop_thread(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        self._worker = None

    # Removing -----------------------------------------------------------------------------

    def remove_selected(self, confirm: bool = True) -> None:
        name = self.selected_employee()
        if name is None or self._thread is not None:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Remove voice profile"),
                self.tr("Remove the voice profile of %1? Mono calls will then be labelled from what is said only.")
                .replace("%1", name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        voice_profiles.remove(self._library, name)
        self.status_label.setText(self.tr("The voice profile of %1 was removed.").replace("%1", name))
        self.status_label.setToolTip("")
        self.changed.emit(name)
        self.refresh()

    def _stop_enrolment(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(60_000)

    def reject(self) -> None:
        self._stop_enrolment()
        super().reject()

    def closeEvent(self, event) -> None:
        self._stop_enrolment()
        super().closeEvent(event)
