"""The main window's mystery-shopper visits: New Visit and Open Visit Form, the visit windows,
and keeping the library, conversation and scoring panes in step with what those windows change."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from reviewer.ui.resources import icon


class VisitControl(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._library = window.library
        self.windows: list = []  # open VisitWindows (reviewer.ui.visits.visit_window)
        view = window.library_view

        self.new_visit_action = QAction(icon("visit"), self.tr("New &Visit…"), window)
        self.new_visit_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_visit_action.setToolTip(self.tr("Log a mystery-shopper visit or test call, record it and score it"))
        self.new_visit_action.triggered.connect(lambda: self.show_visit(None))
        self.open_visit_action = QAction(self.tr("Open Visit &Form"), window)
        self.open_visit_action.setToolTip(self.tr("The form of the selected visit or test call, beside its scoring"))
        self.open_visit_action.setEnabled(False)
        self.open_visit_action.triggered.connect(lambda: self.show_visit(view.current_conversation_id()))
        view.conversationSelected.connect(self._enable_open_visit)
        # In the library's one context menu, on visits and test calls only.
        view.add_context_actions([self.open_visit_action], fits=lambda c: self._library.visits.is_visit(c.id))
        view.table.doubleClicked.connect(lambda _index: self._open_visit_of_selection())
        window.installEventFilter(self)

    def show_visit(self, conversation_id: int | None = None):
        """The visit form beside its scoring, in its own window: a new visit for None; the open
        window of a visit is raised rather than opened twice."""
        from reviewer.ui.visits.visit_window import VisitWindow

        window = next((w for w in self.windows
                       if conversation_id is not None and w.conversation_id == conversation_id), None)
        if window is None:
            window = VisitWindow(self._library, conversation_id, parent=self._window)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.visitSaved.connect(self._visit_saved)
            window.reviewChanged.connect(self._visit_review_changed)
            window.closed.connect(lambda w=window: self.windows.remove(w) if w in self.windows else None)
            self.windows.append(window)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def close_all(self) -> bool:
        """Close every visit window (each stops its recording and saves its form); False when
        the reviewer keeps one open."""
        return all(window.close() for window in list(self.windows))

    def recover_recordings(self) -> None:
        """Recordings a crash cut off are stored with their visits (everything written is kept)."""
        status = self._window.statusBar()
        try:
            recovered = self._library.visits.recover_recordings()
        except Exception as exc:  # noqa: BLE001 - never keep the window from opening
            status.showMessage(self.tr("Unfinished recordings could not be stored: %1").replace("%1", str(exc)))
            return
        if recovered:
            status.showMessage(
                self.tr("Recordings cut off when Reviewer stopped were saved with their visits: %1").replace(
                    "%1", str(len(recovered))), 15000)

    def sync(self) -> None:
        """Back from a visit window: the scoring panel re-reads a draft scored there meanwhile
        (it autosaves there as it does here)."""
        shown = self._window.library_view.current_conversation_id()
        if shown is not None and any(getattr(w.form, "conversation_id", None) == shown for w in self.windows):
            self._window.scoring_panel.show_conversation(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.ActivationChange and self._window.isActiveWindow():
            self.sync()
        return False

    def _enable_open_visit(self, conversation_id) -> None:
        self.open_visit_action.setEnabled(conversation_id is not None and self._library.visits.is_visit(conversation_id))

    def _open_visit_of_selection(self) -> None:
        if self.open_visit_action.isEnabled():
            self.open_visit_action.trigger()

    def _visit_saved(self, conversation_id: int) -> None:
        view = self._window.library_view
        if not view.model.refresh_row(conversation_id):
            view.refresh()  # a new visit: its row is not in the table yet
            view.select_conversation(conversation_id)
        shown = self._window.conversation_view
        if shown.conversation is not None and shown.conversation.id == conversation_id:
            shown.reload()  # its facts, or a recording just added

    def _visit_review_changed(self, conversation_id: int) -> None:
        view = self._window.library_view
        view.model.refresh_row(conversation_id)
        if view.current_conversation_id() == conversation_id:
            self._window.scoring_panel.show_conversation(conversation_id)  # scored in the visit window
