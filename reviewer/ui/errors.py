"""What the reviewer sees when something goes wrong inside the window: a message, not a traceback.

PySide6 hands an exception raised in a slot to ``sys.excepthook`` and goes on running. The hook
below turns it into a window-modal message: a library held by another writer for longer than we
wait (LibraryBusy) says who holds it and that nothing was changed; anything else says what failed
and where its details were written (a log beside the user's data, for a bug report). Work already
saved is not touched by either.
"""

from __future__ import annotations

import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reviewer.storage.writers import LibraryBusy


def error_log_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("Reviewer", appauthor=False)) / "errors.log"


def _write_log(kind, exc, tb) -> Path | None:
    path = error_log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with open(path, "a", encoding="utf-8") as log:
            log.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
            log.write("".join(traceback.format_exception(kind, exc, tb)))
        path.chmod(0o600)  # tracebacks may quote conversation text
        return path
    except OSError:
        return None


class ErrorReporter(QObject):
    """Installed once per window; restores the previous hook when the window goes."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self._previous = sys.excepthook
        self._showing = False
        self.last_box: QMessageBox | None = None
        sys.excepthook = self._hook
        window.destroyed.connect(self.uninstall)

    def uninstall(self, *_args) -> None:
        if sys.excepthook == self._hook:
            sys.excepthook = self._previous

    def _hook(self, kind, exc, tb) -> None:
        app = QApplication.instance()
        if issubclass(kind, (KeyboardInterrupt, SystemExit)) or app is None \
                or QThread.currentThread() is not app.thread():
            self._previous(kind, exc, tb)  # not ours to show (a worker thread reports its own errors)
            return
        if isinstance(exc, LibraryBusy):
            title = self.tr("The library is busy")
            text = self.tr("Another program is writing to the library (%1) and did not finish in %2 s. "
                           "Nothing was changed: try again when it has finished.").replace(
                "%1", exc.holder).replace("%2", f"{exc.waited_s:.0f}")
        else:
            log = _write_log(kind, exc, tb)
            title = self.tr("Something went wrong")
            text = self.tr("That did not work: %2 (%1). What was saved before is safe.").replace(
                "%1", kind.__name__).replace("%2", str(exc) or kind.__name__)
            if log is not None:
                text += "\n\n" + self.tr("The details are in %1.").replace("%1", str(log))
        if self._showing:  # one message at a time: a failing timer must not stack dialogs
            return
        self._showing = True
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self._window)
        box.finished.connect(self._closed)
        self.last_box = box
        box.open()

    def _closed(self, _result) -> None:
        self._showing = False


def install_error_reporter(window: QWidget) -> ErrorReporter:
    return ErrorReporter(window)
