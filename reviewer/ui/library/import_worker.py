"""Importing off the GUI thread: a worker object in a QThread that talks only through signals.

The worker opens its own connection to the library (SQLite connections are not shared across
threads here) and runs the import service; the window learns about progress from signals.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from reviewer.importers.base import ImportOptions


class ImportWorker(QObject):
    #: number of files found, once they are collected
    started = Signal(int)
    #: files done so far, and the result for the last one (reviewer.importing.FileResult)
    fileDone = Signal(int, object)
    #: every result, and whether the user cancelled
    finished = Signal(list, bool)

    def __init__(self, library_root: Path, paths: list[Path], options: ImportOptions | None = None):
        super().__init__()
        self._root = library_root
        self._paths = list(paths)
        self._options = options or ImportOptions()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop before the next file (thread-safe; the file being imported is finished)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        # The import service pulls in the importers (and PyAV for audio): only now, off the GUI thread.
        from reviewer.importing import FileResult, Outcome, import_paths
        from reviewer.storage import Library, LibraryError

        results: list = []
        try:
            library = Library.open(self._root, create=False)
        except LibraryError as exc:
            results.append(FileResult(self._root, Outcome.FAILED, str(exc)))
            self.finished.emit(results, False)
            return
        try:
            for result in import_paths(
                library, self._paths, self._options, cancel=self._cancel, on_start=self.started.emit
            ):
                results.append(result)
                self.fileDone.emit(len(results), result)
        except Exception as exc:  # never leave the window waiting for a worker that died
            from reviewer.storage.library import LibraryBusy

            reason = str(exc) if isinstance(exc, LibraryBusy) else f"{type(exc).__name__}: {exc}"
            results.append(FileResult(Path(self._paths[0]) if self._paths else self._root, Outcome.FAILED,
                                      f"import stopped: {reason}"))
        finally:
            library.close()
        self.finished.emit(results, self._cancel.is_set())


class ImportRunner(QObject):
    """Starts one import at a time in its own thread and forwards what the worker reports."""

    started = Signal(int)
    fileDone = Signal(int, object)
    finished = Signal(list, bool)

    def __init__(self, library_root: Path, parent=None):
        super().__init__(parent)
        self._root = library_root
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, paths: list[Path], options: ImportOptions | None = None) -> None:
        if self._thread is not None:
            raise RuntimeError("an import is already running")
        thread = QThread(self)
        worker = ImportWorker(self._root, paths, options)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.started.connect(self.started)
        worker.fileDone.connect(self.fileDone)
        worker.finished.connect(self._done)
        # Directly, in the worker's thread: the thread must end even while the GUI thread is
        # blocked in wait() (closing the window mid-import).
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread, self._worker = thread, worker
        thread.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the worker thread ends (closing the window mid-import)."""
        return self._thread.wait(timeout_ms) if self._thread is not None else True

    def _done(self, results: list, cancelled: bool) -> None:
        # The worker has returned from run(); its thread only has to leave its event loop.
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        # Dropped only now, in the GUI thread, once its thread is gone.
        self._worker = None
        self.finished.emit(results, cancelled)
