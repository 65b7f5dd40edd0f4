"""Transcription in the main window: the actions (menu, tool bar, the library's context menu),
the jobs panel, and what a finished job changes on screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from reviewer.ui.jobs.jobs_panel import JobsPanel
from reviewer.ui.resources import icon
from reviewer.ui.jobs.transcription_runner import Rejection, TranscriptionRunner

MAX_REASONS_SHOWN = 8


class TranscriptionControl(QObject):
    def __init__(self, window: QMainWindow, process=None):
        """``window`` has ``library``, ``library_view`` and ``conversation_view``; ``process``:
        see TranscriptionRunner."""
        super().__init__(window)
        self.window = window
        self.library = window.library
        self.runner = TranscriptionRunner(window.library, self, process=process)
        self.panel = JobsPanel(self.runner, self._title_of, window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.panel)
        self.panel.hide()  # until there is something to show
        self.panel.conversationActivated.connect(self._show_conversation)
        self._conversations: dict[int, int] = {}  # job id -> conversation id, of this session's jobs
        self.runner.queued.connect(self._queued)
        self.runner.finished.connect(self._finished)
        self.rejections_box: QMessageBox | None = None
        self._build_actions()
        window.library_view.add_context_actions(
            [self.transcribe_selected_action, self.cancel_selected_action]
        )
        speaker_count = getattr(getattr(window, "conversation_view", None), "speaker_count", None)
        if speaker_count is not None:  # a new number of speakers for a mono call: transcribe it again
            speaker_count.retranscribeRequested.connect(
                lambda cid: self._report(self.runner.transcribe([cid], restart=True)))

    def _build_actions(self) -> None:
        window = self.window
        self.transcribe_selected_action = QAction(icon("transcribe"), self.tr("&Transcribe Selected"), window)
        self.transcribe_selected_action.setIconText(self.tr("Transcribe"))
        self.transcribe_selected_action.setShortcut(QKeySequence("Ctrl+T"))
        self.transcribe_selected_action.setToolTip(
            self.tr("Transcribe the recordings of the selected calls on this computer (Ctrl+T)")
        )
        self.transcribe_selected_action.triggered.connect(self.transcribe_selected)
        self.transcribe_pending_action = QAction(icon("transcribe-all"), self.tr("Transcribe All &Pending"), window)
        self.transcribe_pending_action.setIconText(self.tr("Transcribe Pending"))
        self.transcribe_pending_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.transcribe_pending_action.setToolTip(
            self.tr("Transcribe every call that is waiting for a transcript (Ctrl+Shift+T)")
        )
        self.transcribe_pending_action.triggered.connect(self.transcribe_pending)
        self.cancel_selected_action = QAction(self.tr("&Cancel Transcription"), window)
        self.cancel_selected_action.setToolTip(self.tr("Stop transcribing the selected conversations"))
        self.cancel_selected_action.triggered.connect(self.cancel_selected)
        self.jobs_action = self.panel.toggleViewAction()
        self.jobs_action.setText(self.tr("Transcription &Jobs"))
        self.jobs_action.setIcon(icon("jobs"))
        self.jobs_action.setShortcut(QKeySequence("Ctrl+J"))
        self.jobs_action.setToolTip(self.tr("Show or hide the transcription jobs (Ctrl+J)"))

    def fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.transcribe_selected_action)
        menu.addAction(self.transcribe_pending_action)
        menu.addAction(self.cancel_selected_action)
        menu.addSeparator()
        menu.addAction(self.jobs_action)

    # Starting -------------------------------------------------------------------------------

    def transcribe_selected(self) -> None:
        selected = self.window.library_view.selected_conversations()
        if not selected:
            self._say(self.tr("Select the calls to transcribe first"))
            return
        ids = [c.id for c in selected if c.recording_path]  # chats and e-mails have nothing to transcribe
        if not ids:
            self._say(self.tr("None of the selected conversations has a recording to transcribe"))
            return
        rejected = self.runner.transcribe(ids)
        again = [r for r in rejected if r.already_transcribed]
        rejected = [r for r in rejected if not r.already_transcribed]
        if again and self.confirm_again(len(again)):
            rejected += self.runner.transcribe([r.conversation_id for r in again], restart=True)
        self._report(rejected)

    def transcribe_pending(self) -> None:
        ids = self.runner.pending_conversations()
        if not ids:
            self._say(self.tr("No call is waiting for a transcript"))
            return
        self._report(self.runner.transcribe(ids))

    def confirm_again(self, count: int) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Transcribe again?"),
            self.tr("Selected conversations that already have a transcript: %1. Transcribe them again? "
                    "Their turns, with any corrections made to them, will be replaced.").replace("%1", str(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _report(self, rejected: list[Rejection]) -> None:
        active = len(self.runner.active_jobs())
        if active:
            self._say(self.tr("Transcriptions waiting or running: %1").replace("%1", str(active)))
        if not rejected:
            return
        lines = [f"\u2022 {r.message}" for r in rejected[:MAX_REASONS_SHOWN]]
        if len(rejected) > MAX_REASONS_SHOWN:
            lines.append(self.tr("… and %1 more").replace("%1", str(len(rejected) - MAX_REASONS_SHOWN)))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not transcribed"),
                          self.tr("Conversations that cannot be transcribed: %1").replace("%1", str(len(rejected))),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setInformativeText("\n".join(lines))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: setattr(self, "rejections_box", None))
        self.rejections_box = box
        box.open()  # window-modal, not blocking: jobs that were queued run meanwhile

    # Stopping -------------------------------------------------------------------------------

    def cancel_selected(self) -> None:
        selected = set(self.window.library_view.selected_conversation_ids())
        jobs = [j for j in self.runner.active_jobs() if self._conversations.get(j) in selected]
        if not jobs:
            self._say(self.tr("The selected conversations are not being transcribed"))
            return
        for job_id in reversed(jobs):  # the waiting ones first
            self.panel.cancel(job_id)

    def shutdown(self) -> bool:
        """The window closes: stop the running job and wait for the runner's thread."""
        return self.runner.shutdown()

    # Following the jobs ---------------------------------------------------------------------

    def _queued(self, job_id: int, conversation_id: int) -> None:
        self._conversations[job_id] = conversation_id

    def _title_of(self, conversation_id: int) -> str:
        conversation = self.library.conversations.get(conversation_id, with_turns=False)
        if conversation is None:
            return f"#{conversation_id}"
        return conversation.title or conversation.source_name

    def _finished(self, job_id: int, state: str, reason: str) -> None:
        cid = self._conversations.pop(job_id, None)
        if cid is None:
            return
        window = self.window
        window.library_view.model.refresh_row(cid)  # the row only: the table keeps its place
        view = window.conversation_view
        shown = view.conversation
        if shown is not None and shown.id == cid:
            reload = getattr(view, "reload", None)
            if reload is not None:
                reload()
            else:
                view.show_conversation(cid)
        if state == "failed":
            title = self._title_of(cid)
            self._say(self.tr("Transcription of %1 failed: %2").replace("%1", title).replace("%2", reason))
        elif not self.runner.is_busy():
            self._say(self.tr("Transcriptions finished"))

    def _show_conversation(self, conversation_id: int) -> None:
        if not self.window.library_view.select_conversation(conversation_id):
            self.window.conversation_view.show_conversation(conversation_id)  # not in the table as filtered

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)
