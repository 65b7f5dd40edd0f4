"""A visit's photos and audio: a list with thumbnails and EXIF times, Add and Remove, adding in
the background.

Adding a file hashes it, copies it into the library and (for audio) walks it with PyAV: long
for a big recording, so it runs in a worker thread with its own library connection, one file
after another, and the list is read again from the library after each.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThread,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
)

from reviewer.domain.visit import Attachment, AttachmentKind, Visit, VisitError, photo_mismatch
from reviewer.ui import style
from reviewer.ui.widgets import formatting
from reviewer.ui.resources import icon

THUMBNAIL = 56


class _Reports(QObject):
    #: source path, the Attachment made (or None), the error message (or "")
    done = Signal(object, object, str)


class _AttachJob(QRunnable):
    """Adds one file to a visit, with its own library connection (on a pool thread)."""

    def __init__(self, library_root: Path, conversation_id: int, path: Path, recording: bool, reports: _Reports):
        super().__init__()
        self._root, self._cid, self._path, self._recording = library_root, conversation_id, path, recording
        self._reports = reports

    def run(self) -> None:
        from reviewer.domain.visit import VisitError
        from reviewer.storage import Library, LibraryError

        path = self._path
        try:
            with Library.open(self._root, create=False) as library:
                visits = library.visits
                if self._recording:
                    attachment = visits.finish_recording(self._cid, path)
                else:
                    attachment = visits.add_attachment(self._cid, path)
        except (VisitError, LibraryError) as exc:
            self._reports.done.emit(path, None, str(exc))
            return
        except Exception as exc:  # never leave the form waiting for a file that failed oddly
            self._reports.done.emit(path, None, f"{path}: {type(exc).__name__}: {exc}")
            return
        self._reports.done.emit(path, attachment, "")


class Attacher(QObject):
    """Adds files one after another off the GUI thread; ``finished`` reports each back on the
    GUI thread, ``busy`` says whether files are waiting.

    The jobs run in a pool of one thread owned by this object: deleting it (its window) waits
    for the file being copied instead of pulling the thread from under it."""

    #: source path, Attachment or None, error message or ""
    finished = Signal(object, object, str)

    def __init__(self, library_root: Path, parent=None):
        super().__init__(parent)
        self._root = library_root
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # in order: the list shows files as they were added
        self._reports = _Reports()
        self._reports.done.connect(self._done)
        self._pending: list[Path] = []

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @property
    def pending(self) -> list[Path]:
        return list(self._pending)

    def add(self, conversation_id: int, path: Path, recording: bool = False) -> None:
        self._pending.append(Path(path))
        self._pool.start(_AttachJob(self._root, conversation_id, Path(path), recording, self._reports))

    def _done(self, path, attachment, error: str) -> None:
        if path in self._pending:
            self._pending.remove(path)
        self.finished.emit(path, attachment, error)

    def shutdown(self, timeout_ms: int = 120_000) -> None:
        """Wait for the files queued (they are being copied into the library) and their reports.

        A recording left over is stored at the next start anyway."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            QThread.msleep(5)
        self._pool.waitForDone(max(0, deadline.remainingTime()))


class AttachmentList(QListWidget):
    """The visit's attachments: photo thumbnails with the time the photo was taken (red, with
    a warning, when it was not during the visit), audio with its name. Double-click opens one."""

    def __init__(self, library_root: Path, parent=None):
        super().__init__(parent)
        self._root = library_root
        self.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.setSpacing(2)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.itemActivated.connect(self._open)
        self._thumbnails: dict[str, QIcon] = {}
        self._attachments: list[Attachment] = []  # row -> attachment, kept on the Python side
        self._mismatched: list[int] = []

    def show_attachments(self, visit: Visit | None) -> None:
        self.clear()
        self._attachments = list(visit.attachments) if visit is not None else []
        self._mismatched = []
        for row, attachment in enumerate(self._attachments):
            item = QListWidgetItem(self._icon(attachment), self._text(visit, attachment))
            item.setToolTip(str(self._root / attachment.path))
            if photo_mismatch(visit, attachment):
                item.setForeground(style.CRITICAL)
                item.setBackground(QColor("#fff5f5"))
                self._mismatched.append(row)
            self.addItem(item)

    def attachments(self) -> list[Attachment]:
        return list(self._attachments)

    def selected_attachments(self) -> list[Attachment]:
        return [self._attachments[self.row(item)] for item in self.selectedItems()]

    def mismatched_rows(self) -> list[int]:
        """Rows of photos taken outside the visit (shown in red)."""
        return list(self._mismatched)

    def _text(self, visit: Visit, attachment: Attachment) -> str:
        if attachment.kind is AttachmentKind.AUDIO:
            return attachment.name + "\n" + self.tr("Audio")
        if not attachment.taken_at:
            return attachment.name + "\n" + self.tr("Photo without a time (no EXIF)")
        taken = self.tr("Taken %1").replace("%1", formatting.date_time(attachment.taken_at))
        if photo_mismatch(visit, attachment):
            taken = "\u26a0 " + taken + " \u2014 " + self.tr("not during the visit")
        return attachment.name + "\n" + taken

    def _icon(self, attachment: Attachment) -> QIcon:
        if attachment.kind is AttachmentKind.AUDIO:
            audio = icon("volume")
            return audio if not audio.isNull() else self.style().standardIcon(QStyle.StandardPixmap.SP_MediaVolume)
        if attachment.path not in self._thumbnails:
            reader = QImageReader(str(self._root / attachment.path))
            reader.setAutoTransform(True)  # EXIF orientation: phones store photos on their side
            size = reader.size()
            if size.isValid():
                # Decoding at the small size is much faster for big JPEGs.
                reader.setScaledSize(size.scaled(THUMBNAIL * 2, THUMBNAIL * 2, Qt.AspectRatioMode.KeepAspectRatio))
            image = reader.read()
            self._thumbnails[attachment.path] = (
                QIcon(QPixmap.fromImage(image)) if not image.isNull()
                else self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            )
        return self._thumbnails[attachment.path]

    def _open(self, item: QListWidgetItem) -> None:
        attachment = self._attachments[self.row(item)]
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._root / attachment.path)))


class AttachmentsBox(QGroupBox):
    """The visit form's "Photos and audio": the list, Add (file dialog; the form also takes
    drops) and Remove. ``ensure_saved`` stores the visit first and returns its id (or None)."""

    #: the visit's attachments as now stored (list of Attachment)
    changed = Signal(list)

    def __init__(self, library, ensure_saved: Callable[[], int | None], parent=None):
        super().__init__(self.tr("Photos and audio"), parent)
        self._library = library
        self._ensure_saved = ensure_saved
        self._cid: int | None = None
        self._shown: tuple | None = None  # what the list shows: the visit's times and attachments
        self.attacher = Attacher(library.root, self)
        self.attacher.finished.connect(self._attached)
        self.list = AttachmentList(library.root)
        self.list.setMinimumHeight(150)
        self.list.itemSelectionChanged.connect(self._show_buttons)
        self.add_button = QPushButton(self.tr("Add Photos or Audio\u2026"))
        self.add_button.setToolTip(self.tr("Receipt, shop front, a recording made with another device; "
                                           "or drop files on the form"))
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.remove(self.list.selected_attachments()))
        self.message_label = QLabel(wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        self._show_buttons()

    def show_visit(self, visit: Visit | None) -> None:
        """List the visit's attachments, checking the photos against its time as typed now."""
        self._cid = visit.conversation_id if visit is not None else self._cid
        shown = None if visit is None else (visit.visited_at, visit.length_ms, tuple(a.id for a in visit.attachments))
        if shown != self._shown:  # not at every key typed elsewhere in the form: keeps the selection
            self._shown = shown
            self.list.show_attachments(visit)
        self._show_buttons()

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos or audio"), "",
            self.tr("Photos and audio (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp *.wav *.mp3 *.m4a *.aac "
                    "*.ogg *.opus *.flac *.webm);;All files (*)"),
        )
        if paths:
            self.add_files(paths)

    def add_files(self, paths) -> bool:
        """Attach files in the background; False when the visit cannot be stored first."""
        cid = self._ensure_saved()
        if cid is None:
            return False
        self._cid = cid
        for path in paths:
            self.attacher.add(cid, Path(path))
        self._show_buttons()
        return True

    def add_recording(self, conversation_id: int, path: Path) -> None:
        """Store a finished recording with the visit (in the background)."""
        self._cid = conversation_id
        self.attacher.add(conversation_id, path, recording=True)
        self._show_buttons()

    def remove(self, attachments: list[Attachment], confirm: bool = True) -> bool:
        if not attachments or self._cid is None:
            return False
        if confirm:
            names = "\n".join(a.name for a in attachments)
            answer = QMessageBox.question(self, self.tr("Remove attachments"),
                                          self.tr("Remove from this visit?\n\n%1").replace("%1", names))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            for attachment in attachments:
                self._library.visits.remove_attachment(attachment.id)
        except VisitError as exc:
            self._message(self.tr("Not removed: %1").replace("%1", str(exc)), error=True)
        self._reload()
        return True

    def _attached(self, _path: Path, _attachment, error: str) -> None:
        self._message(self.tr("Not attached: %1").replace("%1", error) if error else "", error=True)
        self._reload()

    def _reload(self) -> None:
        stored = self._library.visits.get(self._cid) if self._cid is not None else None
        self.changed.emit(list(stored.attachments) if stored else [])
        self._show_buttons()

    def _message(self, text: str, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {style.CRITICAL.name()};" if error else "")

    def _show_buttons(self) -> None:
        busy = self.attacher.busy
        self.remove_button.setEnabled(bool(self.list.selectedItems()) and not busy)
        if busy:
            names = ", ".join(p.name for p in self.attacher.pending)
            self._message(self.tr("Adding %1\u2026").replace("%1", names))
        elif self.message_label.text().startswith(self.tr("Adding %1\u2026").split("%1")[0]):
            self._message("")
