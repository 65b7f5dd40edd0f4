"""Choosing the speech model: what is on this computer, downloading a bigger one, a folder.

Downloads run in a worker object in its own QThread and report through signals only; Cancel
stops one within about a second and keeps what was fetched for the next try.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from reviewer.storage import Library
from reviewer.storage.settings import Setting
from reviewer.transcription import model_catalog, models
from reviewer.transcription.download import DownloadCancelled, DownloadError, ModelSource, download

_NAME_ROLE = Qt.ItemDataRole.UserRole


class DownloadWorker(QObject):
    #: bytes done, bytes in all
    progress = Signal(object, object)
    #: model name, ok, cancelled, message (the reason, when not ok)
    finished = Signal(str, bool, bool, str)

    def __init__(self, name: str, source: ModelSource | None, root: Path | None):
        super().__init__()
        self._name = name
        self._source = source
        self._root = root
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Thread-safe: the download stops when its next bytes arrive."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            download(self._name, self._source, self._root, on_progress=self.progress.emit, cancel=self._cancel)
        except DownloadCancelled:
            self.finished.emit(self._name, False, True, "")
        except (DownloadError, models.ModelError) as exc:
            self.finished.emit(self._name, False, False, str(exc))
        except Exception as exc:  # never leave the dialog waiting for a worker that died
            self.finished.emit(self._name, False, False, f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(self._name, True, False, "")


_COLUMNS = ("model", "status", "size", "speed", "ru", "lv", "en")


def _merge_aliases(found: list[models.ModelInfo]) -> list[models.ModelInfo]:
    """One row per model: aliases (``turbo``) fold into the canonical name (``large-v3-turbo``).
    A downloaded copy wins over a mere entry and keeps the name it is stored under, so choosing
    it keeps working; the row is "in use" when any of the names is."""
    groups: dict[str, list[models.ModelInfo]] = {}
    for info in found:
        groups.setdefault(model_catalog.canonical(info.name), []).append(info)
    rows = []
    for key, infos in groups.items():
        best = max(infos, key=lambda i: (i.ready, i.name == key))
        name = best.name if best.ready else key
        rows.append(models.ModelInfo(name, best.kind, best.path, best.ready, best.size_bytes,
                                     any(i.default for i in infos)))
    return sorted(rows, key=_order)


def _order(info: models.ModelInfo) -> tuple:
    """The embedded model and those on this computer first, then the recommended ones, then the
    other multilingual models by size, English-only ones last."""
    facts = model_catalog.facts(info.name)
    on_computer = info.kind != models.ModelKind.AVAILABLE
    if facts is None:
        return (not on_computer, 1, 0, info.name)
    position = model_catalog.CATALOG.index(facts)
    return (not on_computer, 0 if facts.recommended_for else 1 + facts.english_only, position, info.name)


class ModelDialog(QDialog):
    #: the model the user chose (a name, or a folder path; "" is the embedded model)
    modelChosen = Signal(str)
    #: a download ended: model name, ok, cancelled, message
    downloadFinished = Signal(str, bool, bool, str)

    def __init__(
        self,
        library: Library | None = None,
        source: ModelSource | None = None,
        model_root: Path | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self._library = library
        self._source = source
        self._root = model_root
        self._thread: QThread | None = None
        self._worker: DownloadWorker | None = None
        self._extra_folder: str | None = None
        self.setWindowTitle(self.tr("Speech model"))
        self._build()
        current = library.setting(Setting.MODEL) if library is not None else ""
        self.refresh(select=current or models.EMBEDDED_NAME)

    # Layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Calls are transcribed on this computer. The embedded model is always available; "
                "bigger models recognise speech better, especially Russian and Latvian, but are "
                "slower and must be downloaded once."
            ),
            wordWrap=True,
        )
        self.recommendation = QLabel(self._recommendation_text(), wordWrap=True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(_COLUMNS))
        self.tree.setHeaderLabels([self.tr("Model"), self.tr("Status"), self.tr("Size"), self.tr("Speed"),
                                   self.tr("Russian"), self.tr("Latvian"), self.tr("English")])
        self.tree.headerItem().setToolTip(3, self.tr("How fast against the large model (large = 1×), as published"))
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Status and size as wide as their longest text (Russian ones are long); the name takes the rest.
        for column in range(1, len(_COLUMNS)):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept() if self._ok_button.isEnabled() else None)

        self.download_button = QPushButton(self.tr("Download"))
        self.download_button.clicked.connect(self.start_download)
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setVisible(False)
        self.cancel_download_button = QPushButton(self.tr("Cancel download"))
        self.cancel_download_button.clicked.connect(self.cancel_download)
        self.cancel_download_button.setVisible(False)
        self.status_label = QLabel(wordWrap=True)

        actions = QHBoxLayout()
        actions.addWidget(self.download_button)
        actions.addWidget(self.folder_button)
        actions.addStretch(1)
        progress = QHBoxLayout()
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.cancel_download_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok_button.setText(self.tr("Use this model"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.sources_note = QLabel(
            self.tr("Size, speed and the accuracy ranking are the models' published figures. "
                    "WER (word error rate: lower is better) is measured by Reviewer's benchmark on "
                    "short test recordings, so treat it as a rough guide."),
            wordWrap=True,
        )
        self.sources_note.setProperty("muted", True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.recommendation)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.sources_note)
        layout.addLayout(actions)
        layout.addLayout(progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(900, 520)

    def _status_text(self, info: models.ModelInfo) -> str:
        if info.kind == models.ModelKind.EMBEDDED:
            return self.tr("Embedded, ready") if info.ready else self.tr("Not installed")
        if info.kind == models.ModelKind.DOWNLOADED:
            return self.tr("Downloaded, ready")
        if info.kind == models.ModelKind.FOLDER:
            return self.tr("Folder, ready") if info.ready else self.tr("Folder, not usable")
        return self.tr("Not downloaded")

    def refresh(self, select: str | None = None) -> None:
        """Fill the list from what is on disk now; keep (or make) the given selection."""
        if select is None:
            select = self.selected_name()
        default = self._library.setting(Setting.MODEL) if self._library is not None else ""
        found = models.list_models(default, self._root)
        if self._extra_folder and all(info.name != self._extra_folder for info in found):
            path = Path(self._extra_folder)
            found.append(models.ModelInfo(self._extra_folder, models.ModelKind.FOLDER, path, True, None))
        self.tree.clear()
        self._infos = {}
        for info in _merge_aliases(found):
            facts = model_catalog.facts(info.name)
            label = info.name
            if facts is not None and facts.aliases:
                label = self.tr("{name} (also: {aliases})").format(name=info.name, aliases=", ".join(facts.aliases))
            if info.kind == models.ModelKind.EMBEDDED:
                label = self.tr("{name} (embedded)").format(name=label)
            if facts is not None and facts.recommended_for:
                label = "★ " + label
            if info.default:
                label = self.tr("{label} (in use)").format(label=label)
            measured = model_catalog.measured(info.name)
            row = [label, self._status_text(info), self._size_text(info, facts), self._speed_text(facts)]
            row += [self._accuracy_text(facts, measured.get(language), language) for language in ("ru", "lv", "en")]
            item = QTreeWidgetItem(row)
            item.setData(0, _NAME_ROLE, info.name)
            for column in (2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, language in ((4, "ru"), (5, "lv"), (6, "en")):
                found_wer = measured.get(language)
                if found_wer is not None:
                    item.setToolTip(column, self.tr("Measured on {words} words: {clips}").format(
                        words=found_wer.words, clips=found_wer.clips))
            if facts is not None and facts.recommended_for:
                item.setToolTip(0, self._recommendation_text())
            self.tree.addTopLevelItem(item)
            self._infos[info.name] = info
            if info.name == select or (select and model_catalog.canonical(select) == info.name):
                self.tree.setCurrentItem(item)
        self._update_buttons()

    # What each model offers ---------------------------------------------------------------------

    def _recommendation_text(self) -> str:
        ru, lv = model_catalog.recommended("ru"), model_catalog.recommended("lv")
        return self.tr(
            "★ Recommended: {ru} for Russian (close to the largest model's accuracy at about 8× its speed); "
            "{lv} for Latvian (the most accurate model: Latvian had little training data, and the embedded "
            "model misses most Latvian words). Both need a download and run much slower than the embedded "
            "model on a computer without a graphics card."
        ).format(ru=ru.name if ru else "—", lv=lv.name if lv else "—")

    def _size_text(self, info: models.ModelInfo, facts) -> str:
        if info.size_bytes:
            return f"{info.size_bytes / 1e6:,.0f} MB"
        if facts is not None and facts.download_mb:
            size = facts.download_mb
            return "≈ " + (f"{size / 1000:.1f} GB" if size >= 1000 else f"{size} MB")
        return ""

    def _speed_text(self, facts) -> str:
        if facts is None or facts.relative_speed is None:
            return ""
        return f"{facts.relative_speed:g}×"

    def _accuracy_text(self, facts, measured, language: str) -> str:
        if measured is not None:
            return self.tr("WER {wer} % · {words} words").format(wer=f"{100 * measured.wer:.0f}", words=measured.words)
        if facts is None:
            return ""
        if facts.english_only:
            return self.tr("English only") if language != "en" else self.tr("good (published)")
        tiers = {1: self.tr("weakest (published)"), 2: self.tr("basic (published)"), 3: self.tr("fair (published)"),
                 4: self.tr("good (published)"), 5: self.tr("best (published)")}
        return tiers.get(facts.accuracy_tier or 0, "")

    # Selection --------------------------------------------------------------------------------

    def selected_name(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, _NAME_ROLE) if item is not None else None

    def selected_info(self) -> models.ModelInfo | None:
        name = self.selected_name()
        return self._infos.get(name) if name is not None else None

    def select(self, name: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, _NAME_ROLE) == name:
                self.tree.setCurrentItem(item)
                return
        raise KeyError(name)

    def chosen_model(self) -> str:
        """The setting value for the selection: '' for the embedded model."""
        name = self.selected_name() or ""
        return "" if name == models.EMBEDDED_NAME else name

    def _update_buttons(self) -> None:
        info = self.selected_info()
        busy = self._thread is not None
        self.download_button.setEnabled(
            not busy and info is not None and info.kind == models.ModelKind.AVAILABLE
        )
        self.folder_button.setEnabled(not busy)
        self._ok_button.setEnabled(not busy and info is not None and info.ready)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a speech model folder"))
        if folder:
            self.use_folder(folder)

    def use_folder(self, folder: str) -> bool:
        """Offer a local CTranslate2 model folder; says why in the status line when it is not one."""
        try:
            path = models.check_model_folder(Path(folder))
        except models.ModelError as exc:
            self.status_label.setText(self.tr("This folder cannot be used: {reason}").format(reason=str(exc)))
            return False
        self._extra_folder = str(path)
        self.status_label.clear()
        self.refresh(select=str(path))
        return True

    # Downloading --------------------------------------------------------------------------------

    def is_downloading(self) -> bool:
        return self._thread is not None

    def start_download(self) -> None:
        info = self.selected_info()
        if info is None or info.kind != models.ModelKind.AVAILABLE or self._thread is not None:
            return
        thread = QThread(self)
        worker = DownloadWorker(info.name, self._source, self._root)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        self._thread, self._worker = thread, worker
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self.cancel_download_button.setVisible(True)
        self.status_label.setText(self.tr("Downloading {name}…").format(name=info.name))
        self._update_buttons()
        thread.start()

    def cancel_download(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.status_label.setText(self.tr("Stopping the download…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setValue(int(done * 1000 / total) if total else 0)

    def _on_finished(self, name: str, ok: bool, cancelled: bool, message: str) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        self._worker = None  # dropped in the GUI thread, once its thread is gone
        self.progress_bar.setVisible(False)
        self.cancel_download_button.setVisible(False)
        if ok:
            self.status_label.setText(self.tr("{name} is ready.").format(name=name))
        elif cancelled:
            self.status_label.setText(
                self.tr("Download of {name} stopped. Downloading it again continues where it stopped.").format(
                    name=name
                )
            )
        else:
            self.status_label.setText(self.tr("Download of {name} failed: {reason}").format(name=name, reason=message))
        self.refresh(select=name)
        self.downloadFinished.emit(name, ok, cancelled, message)

    # Closing ------------------------------------------------------------------------------------

    def _stop_download(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(5000)

    def accept(self) -> None:
        info = self.selected_info()
        if info is None or not info.ready or self._thread is not None:
            return
        value = self.chosen_model()
        if self._library is not None:
            self._library.set_setting(Setting.MODEL, value)
        self.modelChosen.emit(value)
        super().accept()

    def reject(self) -> None:
        self._stop_download()
        super().reject()

    def closeEvent(self, event) -> None:
        self._stop_download()
        super().closeEvent(event)
