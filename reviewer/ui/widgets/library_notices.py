"""What the library says about itself, in the status bar: a write waiting for another program
("Waiting for the library: reviewer import … is writing to it"), permissions tightened on open,
leftovers of stopped work removed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

WAIT_MESSAGE_MS = 5000
NOTE_MESSAGE_MS = 15000


class LibraryNotices(QObject):
    """Lives on the GUI thread; the wait notice may come from any thread (an import, a job),
    so it crosses to the status bar by a queued signal."""

    waiting = Signal(str)

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self.waiting.connect(self._show_waiting, Qt.ConnectionType.QueuedConnection)

    def install(self, library) -> None:
        from reviewer.storage import writers

        writers.set_process_label("the Reviewer app")
        writers.set_wait_notice(self.waiting.emit)
        self.show_open_notes(library)

    def uninstall(self) -> None:
        from reviewer.storage import writers

        writers.set_wait_notice(None)

    def show_open_notes(self, library) -> None:
        said = []
        if library.tightened:
            said.append(self.tr("Made the library readable by you only (files and folders changed: %1).")
                        .replace("%1", str(library.tightened)))
        if library.leftovers_removed:
            said.append(self.tr("Removed unfinished copies or imports left by a Reviewer that was stopped: %1.")
                        .replace("%1", str(library.leftovers_removed)))
        if said:
            self._window.statusBar().showMessage(" ".join(said), NOTE_MESSAGE_MS)

    def _show_waiting(self, holder: str) -> None:
        self._window.statusBar().showMessage(
            self.tr("Waiting for the library: %1 is writing to it…").replace("%1", holder), WAIT_MESSAGE_MS
        )
