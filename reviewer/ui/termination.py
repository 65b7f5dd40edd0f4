"""Closing the window when the system asks the app to stop (SIGTERM at logout or shutdown, `kill`,
SIGHUP when the terminal goes away), exactly as Ctrl+Q does: drafts and comments saved, a running
transcription marked interrupted, the panes' widths remembered.

Python runs signal handlers only between bytecodes, and Qt's event loop may sleep for long: the
signal's wake-up byte goes through a socket pair that a QSocketNotifier watches, so the loop wakes
at once and the window closes from the GUI thread.
"""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication, QWidget

STOP_SIGNALS = tuple(s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s)


class _Closer(QObject):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        for number in STOP_SIGNALS:
            signal.signal(number, self._requested)
        self.requested = False

    def _requested(self, _number, _frame) -> None:
        self.requested = True  # acted on in _woken, on the GUI thread

    def _woken(self) -> None:
        try:
            self._reader.recv(64)
        except OSError:
            pass
        if self.requested:
            self.requested = False
            if self._window.close():
                QApplication.quit()


def close_on_termination(window: QWidget) -> _Closer:
    """Make SIGTERM and SIGHUP close ``window`` like the user would (call once, after show)."""
    return _Closer(window)
