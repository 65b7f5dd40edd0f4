"""Automatic QA of the whole library in the background: every conversation whose stored result
is missing or stale (a new rubric version, a newer checker, corrected turns) is scored in a child
process with its own database connection, its progress in the jobs panel (a row with a bar and
Cancel) and in the status bar, with Stop.

A process, not a thread: loading the spelling and lemma dictionaries holds the interpreter lock
for a good part of a second, which would freeze the window. The child
(``reviewer.checks.background``) reports typed JSON messages, one per line.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QCoreApplication, QObject, QProcess, Signal
from PySide6.QtWidgets import QLabel, QToolButton


class AutoQARunner(QObject):
    """Starts the background scoring and shows it in the window's status bar."""

    #: the child finished: the number of results it computed
    finished = Signal(int)
    #: for the jobs panel: a run began; its progress (conversations done, of all); how it ended
    #: ("done", "cancelled" or "failed"), the results it computed and why it failed
    began = Signal()
    progressed = Signal(int, int)
    ended = Signal(str, int, str)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.label = QLabel()
        self.stop_button = QToolButton(text=QCoreApplication.translate("AutoQARunner", "Stop"))
        self.stop_button.clicked.connect(self.stop)
        for widget in (self.label, self.stop_button):
            widget.hide()
            window.statusBar().addPermanentWidget(widget)
        self.process: QProcess | None = None
        self._again = False
        self._buffer = b""
        self._count = 0
        self._stopping = False
        self._error = ""
        self._results = 0  # of the runs shown as one row

    def start(self) -> None:
        """Score what is stale; while a run is going, once more after it (it listed the
        conversations when it began, so newer ones would be missed)."""
        if self.is_running():
            self._again = True
            return
        self._launch(chained=False)

    def _launch(self, chained: bool) -> None:
        """A run asked for while one was going continues the same jobs-panel row."""
        self._again = False
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments(["-m", "reviewer.checks.background", str(self.window.library.root)])
        process.setStandardErrorFile(QProcess.nullDevice())
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._finished)
        self.process, self._buffer, self._count = process, b"", 0
        self._stopping, self._error = False, ""
        process.start()
        if not chained:
            self._results = 0
            self.began.emit()

    def is_running(self) -> bool:
        return self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning

    def _read(self) -> None:
        self._buffer += bytes(self.process.readAllStandardOutput())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if "done" in message:
                self._progress(message["done"], message["total"])
            elif "finished" in message:
                self._count = message["finished"]
            elif "error" in message:
                self._error = message["error"]
                self.window.statusBar().showMessage(
                    QCoreApplication.translate("AutoQARunner", "Automatic QA stopped: %1").replace("%1", message["error"]), 8000)

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)
        self.label.setText(
            QCoreApplication.translate("AutoQARunner", "Automatic QA: %1 of %2")
            .replace("%1", f"{done:,}").replace("%2", f"{total:,}")
        )
        self.label.setVisible(done < total)
        self.stop_button.setVisible(done < total)

    def _finished(self, *_args) -> None:
        self._read()
        self.label.hide()
        self.stop_button.hide()
        self._results += self._count
        crashed = self.process.exitStatus() == QProcess.ExitStatus.CrashExit or self.process.exitCode() != 0
        failed = bool(self._error) or crashed
        if self._again and not self._stopping and not failed:
            self.finished.emit(self._count)
            self._launch(chained=True)
            return
        if self._stopping:
            self.ended.emit("cancelled", self._results, "")
        elif failed:
            self.ended.emit("failed", self._results, self._error or QCoreApplication.translate(
                "AutoQARunner", "the checking process ended unexpectedly"))
        else:
            self.ended.emit("done", self._results, "")
        self.finished.emit(self._count)

    def stop(self) -> None:
        """Stop now: the batch in progress is one transaction, so it is either stored or not at all."""
        self._again = False  # stopped means stopped: no run queued behind this one
        if self.is_running():
            self._stopping = True
            self.process.terminate()

    def wait(self, msecs: int = 60_000) -> bool:
        return not self.is_running() or self.process.waitForFinished(msecs)

    def shutdown(self) -> None:
        """On closing the window."""
        if self.is_running():
            self.process.finished.disconnect(self._finished)
            self.process.terminate()
            if not self.process.waitForFinished(5000):
                self.process.kill()
                self.process.waitForFinished(2000)
