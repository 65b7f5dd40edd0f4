"""Automatic QA of the whole library in the background: every conversation whose stored result
is missing or stale (a new rubric version, a newer checker, corrected turns) is scored in a
worker thread on its own database connection, with its progress in the status bar and Stop.

The worker is a daemon Python thread reporting through a parentless QObject's signals (queued
to the window's thread): a window that goes away mid-run never leaves a running QThread behind.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QToolButton


class _Signals(QObject):
    progress = Signal(int, int)  # conversations done, of
    scored = Signal(int)  # results computed


class _Worker:
    def __init__(self, root):
        self.root = root
        self.cancel = threading.Event()
        self.signals = _Signals()
        self.thread = threading.Thread(target=self.run, name="autoqa", daemon=True)

    def run(self) -> None:
        from reviewer.checks.service import AutoQA
        from reviewer.storage import Library

        count = 0
        try:
            with Library.open(self.root, create=False) as library:
                service = AutoQA(library)
                for _ in service.score_all(cancel=self.cancel, on_progress=self._progress):
                    count += 1
        except Exception as exc:  # noqa: BLE001 - the window goes on; the next start catches up
            import sys

            print(f"automatic QA stopped: {type(exc).__name__}: {exc}", file=sys.stderr)
        try:
            self.signals.scored.emit(count)
        except RuntimeError:
            pass  # the window is gone

    def _progress(self, done: int, total: int) -> None:
        try:
            self.signals.progress.emit(done, total)
        except RuntimeError:
            self.cancel.set()


class AutoQARunner(QObject):
    """Starts the background scoring and shows it in the window's status bar."""

    #: results were computed: the library table should show the new auto scores
    finished = Signal(int)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.label = QLabel()
        self.stop_button = QToolButton(text=QCoreApplication.translate("AutoQARunner", "Stop"))
        self.stop_button.clicked.connect(self.stop)
        for widget in (self.label, self.stop_button):
            widget.hide()
            window.statusBar().addPermanentWidget(widget)
        self.worker: _Worker | None = None

    def start(self) -> None:
        if self.is_running():
            return
        self.worker = _Worker(self.window.library.root)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.scored.connect(self._done)
        self.worker.thread.start()

    def is_running(self) -> bool:
        return self.worker is not None and self.worker.thread.is_alive()

    def wait(self, seconds: float = 60.0) -> bool:
        if self.worker is not None:
            self.worker.thread.join(seconds)
        return not self.is_running()

    def _progress(self, done: int, total: int) -> None:
        self.label.setText(
            QCoreApplication.translate("AutoQARunner", "Automatic QA: %1 of %2").replace("%1", f"{done:,}").replace("%2", f"{total:,}")
        )
        self.label.setVisible(done < total)
        self.stop_button.setVisible(done < total)

    def _done(self, count: int) -> None:
        self.label.hide()
        self.stop_button.hide()
        self.finished.emit(count)

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.cancel.set()

    def shutdown(self) -> None:
        """On closing the window: stop after the batch in progress (it is one transaction)."""
        if self.worker is not None:
            self.worker.cancel.set()
            self.worker.thread.join(30)
