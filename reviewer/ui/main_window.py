"""The main window: the library on the left, the open conversation on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QSettings, QSize, Qt, QThread, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QToolButton,
    QWidget,
)

from reviewer import __version__
from reviewer.storage import Library
from reviewer.ui.app import current_language
from reviewer.ui.conversation.conversation_view import ConversationView
from reviewer.ui.library.import_report import ImportReportDialog
from reviewer.ui.library.import_status import import_status
from reviewer.ui.library.import_worker import ImportRunner
from reviewer.ui.library.library_view import LibraryView
from reviewer.ui.library.team_control import TeamControl
from reviewer.ui.resources import icon
from reviewer.ui.jobs.autoqa_runner import AutoQARunner
from reviewer.ui.jobs.transcription_control import TranscriptionControl
from reviewer.ui.visits.visit_control import VisitControl
from reviewer.ui.reports.coaching_control import CoachingControl
from reviewer.ui.window_layout import restore_layout, save_layout
from reviewer.ui.scoring.scoring_panel import ScoringPanel


class ImportProgress(QWidget):
    """The status bar's progress for a running import: what is being done, a bar, Cancel."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar(maximumWidth=220, textVisible=False)
        self.cancel_button = QToolButton(text=self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop after the file being imported"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)

    def begin(self) -> None:
        self.label.setText(self.tr("Looking for files…"))
        self.bar.setRange(0, 0)  # busy until the files are counted
        self.cancel_button.setEnabled(True)
        self.show()

    def set_total(self, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(0)

    def set_done(self, done: int, name: str) -> None:
        self.bar.setValue(done)
        self.label.setText(
            self.tr("Imported %1 of %2: %3").replace("%1", str(done)).replace("%2", str(self.bar.maximum()))
            .replace("%3", name)
        )


class MainWindow(QMainWindow):
    #: an import ended: its results (reviewer.importing.FileResult) and whether it was cancelled
    importFinished = Signal(list, bool)

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.report_dialog: ImportReportDialog | None = None
        self._import_roots: list[Path] = []
        # Opened on demand (imported then too: they bring the report and download code).
        self.reports_dialog: QDialog | None = None
        self.model_dialog: QDialog | None = None
        self.voices_dialog: QDialog | None = None
        self._pending: list[tuple[list[Path], object]] = []  # (paths, ImportOptions or None)
        self._closing = False
        self._layout_settings: QSettings | None = None  # see remember_layout
        self.setWindowTitle(self.tr("Reviewer \u2014 %1").replace("%1", library.root.name))
        self.setWindowIcon(icon("reviewer"))
        self.setAcceptDrops(True)
        self.resize(1440, 880)

        self.library_view = LibraryView(library)
        self.conversation_view = ConversationView(library)
        self.library_view.conversationSelected.connect(self.conversation_view.show_conversation)
        self.library_view.conversationSelected.connect(self._carry_library_search)
        self.scoring_panel = ScoringPanel(library)
        self.scoring_panel.set_evidence_source(self.conversation_view)
        self.scoring_panel.evidenceActivated.connect(self._show_evidence)
        self.scoring_panel.reviewChanged.connect(self._review_changed)
        self.library_view.conversationSelected.connect(self.scoring_panel.show_conversation)
        # The right side: the conversation and, beside it, the scoring panel.
        self.review_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.review_splitter.addWidget(self.conversation_view)
        self.review_splitter.addWidget(self.scoring_panel)
        self.review_splitter.setStretchFactor(0, 3)
        self.review_splitter.setStretchFactor(1, 2)
        self.review_splitter.setChildrenCollapsible(False)
        self.review_splitter.setHandleWidth(10)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.library_view)
        splitter.addWidget(self.review_splitter)
        # The library gives up width first when the window narrows: while reviewing it matters
        # least (its table hides columns rather than squeeze the titles).
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 840])  # about 40% : 35% : 25% of the 1440 px window
        self.review_splitter.setSizes([490, 350])
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(10)
        self.splitter = splitter
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addWidget(splitter)
        self.setCentralWidget(central)

        self._report_interrupted_jobs()

        self.importer = ImportRunner(library.root, self)
        self.importer.started.connect(lambda total: self.import_progress.set_total(total))
        self.importer.fileDone.connect(lambda done, result: self.import_progress.set_done(done, result.path.name))
        self.importer.finished.connect(self._import_finished)
        # Transcribing from the window: actions, the jobs panel (a dock) and its runner thread.
        self.transcription = TranscriptionControl(self)
        # Mystery-shopper visits: their actions, windows, and recordings a crash left behind.
        self.visits = VisitControl(self)
        # Team work: My Queue, Export for a Colleague, Calibration Results (see team_control).
        self.team = TeamControl(self)
        # Disputes, coaching sessions and their follow-ups (issue 17).
        self.coaching = CoachingControl(self)
        self._build_actions()
        self._build_status_bar()
        self.visits.recover_recordings()
        self.coaching.announce_due()
        # Automatic QA: what is missing or stale is scored in a child process after start-up,
        # after an import and after each transcription (never in the window's process).
        import reviewer.checks.service as autoqa_service

        autoqa_service.IN_PROCESS = False
        self.autoqa = AutoQARunner(self)
        self.transcription.panel.follow_autoqa(self.autoqa)  # a row with progress and Cancel
        self.importer.finished.connect(lambda *_: self.autoqa.start())
        self.transcription.runner.finished.connect(lambda *_: self.autoqa.start())
        self.autoqa.finished.connect(lambda count: count and self.library_view.model.refresh_auto())
        QTimer.singleShot(5000, self.autoqa, self.autoqa.start)

    # Remembered layout ----------------------------------------------------------------------

    def remember_layout(self, settings: QSettings | None = None) -> None:
        """Restore the window's size and the panes' widths saved when it last closed, and save
        them when it closes. The app calls this (run_app); tests and scripts do not, so they
        start from the same layout on every computer and leave the user's settings alone."""
        self._layout_settings = settings if settings is not None else QSettings()
        restore_layout(self, self._layout_settings)

    # Menus, tool bar, status bar ------------------------------------------------------------

    def _build_actions(self) -> None:
        self.import_files_action = QAction(icon("import-file"), self.tr("Import &Files…"), self)
        self.import_files_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_files_action.setToolTip(self.tr("Import recordings, chat exports or e-mails"))
        self.import_files_action.triggered.connect(self.choose_files)
        self.import_folder_action = QAction(icon("import-folder"), self.tr("Import F&older…"), self)
        self.import_folder_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.import_folder_action.setToolTip(self.tr("Import everything in a folder and its subfolders"))
        self.import_folder_action.triggered.connect(self.choose_folder)
        self.refresh_action = QAction(icon("refresh"), self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.library_view.refresh)
        self.find_action = QAction(self.tr("&Find in Conversation"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.conversation_view.focus_find)
        self.search_library_action = QAction(self.tr("&Search the Library"), self)
        self.search_library_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_library_action.triggered.connect(self._focus_library_search)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit has no key on Windows
        self.quit_action.triggered.connect(self.close)
        self.reports_action = QAction(icon("reports"), self.tr("&Reports…"), self)
        self.reports_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.reports_action.setToolTip(self.tr("Coaching reports, scorecards, team summaries and score exports"))
        self.reports_action.triggered.connect(self.show_reports)
        self.model_action = QAction(icon("speech-model"), self.tr("&Speech Model…"), self)
        self.model_action.setToolTip(self.tr("Choose or download the model that transcribes calls"))
        self.model_action.triggered.connect(self.show_model_settings)
        self.voices_action = QAction(self.tr("&Voice Profiles…"), self)
        self.voices_action.setToolTip(self.tr("Employees' voice profiles, which tell the agent in mono calls"))
        self.voices_action.triggered.connect(self.show_voice_profiles)
        self.about_action = QAction(self.tr("&About Reviewer"), self)
        self.about_action.triggered.connect(self.show_about)
        self.shortcuts_action = QAction(self.tr("&Keyboard Shortcuts"), self)
        self.shortcuts_action.setShortcuts([QKeySequence("F1"), QKeySequence("?")])
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.new_visit_action = self.visits.new_visit_action
        self.open_visit_action = self.visits.open_visit_action

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.import_files_action)
        file_menu.addAction(self.import_folder_action)
        file_menu.addSeparator()
        file_menu.addAction(self.new_visit_action)
        file_menu.addAction(self.open_visit_action)
        file_menu.addSeparator()
        file_menu.addAction(self.reports_action)
        file_menu.addAction(self.team.calibration_action)
        file_menu.addAction(self.team.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.search_library_action)
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        view_menu.addAction(self.team.queue_action)
        view_menu.addAction(self.team.next_action)
        self.transcription.fill_menu(self.menuBar().addMenu(self.tr("&Transcription")))
        self.coaching.fill_menu(self.menuBar().addMenu(self.tr("&Coaching")))
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.model_action)
        settings_menu.addAction(self.voices_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.import_files_action)
        toolbar.addAction(self.import_folder_action)
        toolbar.addAction(self.new_visit_action)
        toolbar.addSeparator()
        toolbar.addAction(self.transcription.transcribe_selected_action)
        toolbar.addAction(self.transcription.transcribe_pending_action)
        toolbar.addSeparator()
        toolbar.addAction(self.reports_action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        self.toolbar = toolbar

    def _build_status_bar(self) -> None:
        self.library_label = QLabel(self.tr("Library: %1").replace("%1", str(self.library.root)))
        self.library_label.setToolTip(str(self.library.root))
        self.statusBar().addWidget(self.library_label, 1)
        self.import_progress = ImportProgress()
        self.import_progress.cancel_button.clicked.connect(self.cancel_import)
        self.statusBar().addPermanentWidget(self.import_progress)
        self.import_progress.hide()

    def _carry_library_search(self, _conversation_id) -> None:
        """The library's search words highlighted in the opened conversation (Enter in its
        find box walks through them)."""
        text = self.library_view.search_box.text().strip()
        if text and self.conversation_view.conversation is not None:
            self.conversation_view.find(text)

    def _focus_library_search(self) -> None:
        self.library_view.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.library_view.search_box.selectAll()

    def show_shortcuts(self) -> QDialog:
        """Help → Keyboard Shortcuts (F1): every key of the window, read from the window."""
        from reviewer.ui.shortcuts_dialog import show_shortcuts

        return show_shortcuts(self)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Reviewer"),
            self.tr("Reviewer %1\n\nOffline quality review of customer conversations: calls, chats, "
                    "e-mails and mystery-shopper visits.").replace("%1", __version__),
        )

    # Reports and settings -------------------------------------------------------------------

    def show_reports(self) -> QDialog:
        """Open the Reports dialog for this library, in the interface language; not modal, so
        the library stays usable while a report is made. A second call raises the open one."""
        if self.reports_dialog is None:
            from reviewer.ui.reports.reports_dialog import ReportsDialog

            shown = self.conversation_view.conversation
            dialog = ReportsDialog(self.library.root, current_language(), self,
                                   employee=shown.employee if shown is not None else None)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _result: self._forget_dialog("reports_dialog"))
            dialog.generated.connect(
                lambda path: self.statusBar().showMessage(self.tr("Report saved: %1").replace("%1", path), 8000)
            )
            self.reports_dialog = dialog
        self.reports_dialog.show()
        self.reports_dialog.raise_()
        self.reports_dialog.activateWindow()
        return self.reports_dialog

    def show_model_settings(self) -> QDialog:
        """Open the speech model dialog, window-modal but not blocking (it saves the choice
        in the library's settings itself)."""
        if self.model_dialog is None:
            from reviewer.ui.jobs.model_dialog import ModelDialog

            dialog = ModelDialog(self.library, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _result: self._forget_dialog("model_dialog"))
            dialog.modelChosen.connect(self._model_chosen)
            self.model_dialog = dialog
            dialog.open()
        self.model_dialog.raise_()
        self.model_dialog.activateWindow()
        return self.model_dialog

    def show_voice_profiles(self) -> QDialog:
        """Open the voice profiles dialog (not modal: an enrolment runs in the background)."""
        if self.voices_dialog is None:
            from reviewer.ui.speakers.voice_profiles_dialog import VoiceProfilesDialog

            dialog = VoiceProfilesDialog(self.library, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _result: self._forget_dialog("voices_dialog"))
            shown = self.conversation_view.conversation
            if shown is not None and shown.employee:
                dialog.select(shown.employee)
            self.voices_dialog = dialog
        self.voices_dialog.show()
        self.voices_dialog.raise_()
        self.voices_dialog.activateWindow()
        return self.voices_dialog

    def _model_chosen(self, value: str) -> None:
        if value:
            message = self.tr("Calls will be transcribed with %1").replace("%1", value)
        else:
            message = self.tr("Calls will be transcribed with the embedded model")
        self.statusBar().showMessage(message, 8000)

    def _forget_dialog(self, attribute: str) -> None:
        # The dialog deletes itself on close; drop the reference before it is gone.
        setattr(self, attribute, None)

    def _stop_reports(self) -> None:
        """Cancel a report being made and wait for its thread, so none outlives the window."""
        dialog = self.reports_dialog
        if dialog is None or not dialog.is_running():
            return
        dialog.cancel()
        deadline = QDeadlineTimer(10_000)  # the report stops after the paragraph being laid out
        while dialog.is_running() and not deadline.hasExpired():
            # The worker says it stopped through a queued signal: let it arrive.
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            QThread.msleep(10)

    # Importing ------------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import conversations"),
            "",
            self.tr("Conversations (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.txt *.json *.csv *.srt *.vtt "
                    "*.eml *.mbox);;All files (*)"),
        )
        if paths:
            self._ask_and_import(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"))
        if folder:
            self._ask_and_import([folder])

    def _ask_and_import(self, paths: list[str]) -> None:
        """The import dialog (employee for the batch, call details CSV), then the import."""
        from reviewer.ui.library.import_options import ImportOptionsDialog

        what = (Path(paths[0]).name if len(paths) == 1
                else self.tr("%1 files").replace("%1", str(len(paths))))
        from reviewer.storage import extensions

        dialog = self.import_options_dialog = ImportOptionsDialog(
            self.library.employees(), what, self, extensions=extensions.extensions(self.library))
        if dialog.exec() == ImportOptionsDialog.DialogCode.Accepted:
            if dialog.extensions_changed:  # kept for every later import too
                extensions.save(self.library, dialog.extensions())
            self.import_paths(paths, dialog.options())

    def import_paths(self, paths: list[str | Path], options=None) -> None:
        """Import files or folders in the background (what the menu, tool bar and drops call),
        with the import dialog's options (employee, sidecar) when it was shown."""
        paths = [Path(p) for p in paths]
        if not paths:
            return
        if self.importer.is_running():
            self._pending.append((paths, options))  # runs when the current import ends
            return
        self.import_progress.begin()
        self._import_roots = paths  # the report names files relative to these
        self.importer.start(paths, options)

    def cancel_import(self) -> None:
        self._pending.clear()
        self.import_progress.cancel_button.setEnabled(False)
        self.import_progress.label.setText(self.tr("Cancelling after the current file…"))
        self.importer.cancel()

    def _import_finished(self, results: list, cancelled: bool) -> None:
        if self._closing:
            return  # the window is gone: no report to show
        self.import_progress.hide()
        self.library_view.refresh()
        self.report_dialog = ImportReportDialog(results, cancelled, self, roots=self._import_roots)
        self.report_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_dialog.open()  # window-modal, not blocking: the library stays usable behind it
        self.statusBar().showMessage(import_status(results, cancelled), 15000)
        self.importFinished.emit(results, cancelled)
        if self._pending:
            self.import_paths(*self._pending.pop(0))

    def _report_interrupted_jobs(self) -> None:
        """Transcriptions that were running when Reviewer last stopped are marked as interrupted
        (they continue from their saved turns when transcribed again)."""
        from reviewer.transcription.jobs import mark_stale_jobs

        stale = mark_stale_jobs(self.library)
        if stale:
            self.statusBar().showMessage(
                self.tr("%1 interrupted transcriptions will continue where they stopped when run again")
                .replace("%1", str(len(stale))),
                15000,
            )

    # Visits (see visit_control) -------------------------------------------------------------

    @property
    def visit_windows(self) -> list:
        return self.visits.windows

    def show_visit(self, conversation_id: int | None = None):
        return self.visits.show_visit(conversation_id)

    def _review_changed(self, conversation_id: int) -> None:
        """A review was submitted or reopened in the scoring panel: the library row's status and
        score, and the conversation header's review line, follow."""
        self.library_view.model.refresh_row(conversation_id)
        view = self.conversation_view
        if view.conversation is not None and view.conversation.id == conversation_id:
            view.reload()

    def _show_evidence(self, evidence) -> None:
        """An evidence link in the scoring panel: show that turn or moment in the conversation."""
        if evidence.is_turn:
            self.conversation_view.seek_to_turn(evidence.turn_index)
        else:
            self.conversation_view.seek_to_ms(evidence.start_ms)

    # Drag and drop --------------------------------------------------------------------------

    @staticmethod
    def _local_paths(urls: list[QUrl]) -> list[Path]:
        return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self._local_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # Closing --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.visits.close_all():  # stops recordings, saves the forms; the user may cancel
            event.ignore()
            return
        self.scoring_panel.flush()  # a comment typed in the last half second
        self._stop_reports()
        if self.model_dialog is not None:
            self.model_dialog.reject()  # stops a download and waits for its thread
        if self.voices_dialog is not None:
            self.voices_dialog.reject()  # stops an enrolment and waits for its thread
        if self.importer.is_running():
            # Let the file in progress finish (it is one transaction) rather than kill it.
            self._closing = True
            self._pending.clear()
            self.importer.cancel()
            self.importer.wait()
        # A running transcription stops (interrupted: it continues from its saved turns next time).
        self.transcription.shutdown()
        self.autoqa.shutdown()
        import reviewer.checks.service as autoqa_service

        autoqa_service.IN_PROCESS = True  # a command run later in this process scores in it again
        if self._layout_settings is not None:
            save_layout(self, self._layout_settings)
        super().closeEvent(event)
