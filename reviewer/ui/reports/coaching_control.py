"""The main window's coaching menu: the disputes list, a new coaching session, and the
follow-ups that are due (counted in the menu, and announced in the status bar at start)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from reviewer.ui.app import current_language


class CoachingControl(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._library = window.library
        self.disputes_action = QAction(self.tr("&Disputes…"), window)
        self.disputes_action.setToolTip(self.tr("Disputes of review answers, with their age"))
        self.disputes_action.triggered.connect(self.show_disputes)
        self.new_session_action = QAction(self.tr("New Coaching &Session…"), window)
        self.new_session_action.setToolTip(self.tr("Record a coaching session with an employee"))
        self.new_session_action.triggered.connect(lambda: self.new_session())
        self.follow_ups_action = QAction(window)
        self.follow_ups_action.triggered.connect(self.show_follow_ups)
        self.dialogs: list = []
        self.update_follow_ups()

    def fill_menu(self, menu) -> None:
        menu.addAction(self.disputes_action)
        menu.addSeparator()
        menu.addAction(self.new_session_action)
        menu.addAction(self.follow_ups_action)

    def due_count(self) -> int:
        from reviewer.coaching import SessionRepository

        return len(SessionRepository(self._library).due())

    def update_follow_ups(self) -> int:
        count = self.due_count()
        text = self.tr("&Follow-ups Due (%1)…").replace("%1", str(count)) if count else self.tr("&Follow-ups Due…")
        self.follow_ups_action.setText(text)
        return count

    def announce_due(self) -> None:
        count = self.update_follow_ups()
        if count:
            self._window.statusBar().showMessage(
                self.tr("%1 coaching follow-ups are due: Coaching \u2192 Follow-ups Due").replace("%1", str(count)), 15000)

    def _keep(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)
        dialog.show()
        return dialog

    def show_disputes(self):
        from reviewer.ui.scoring.dispute_list import DisputeListDialog

        dialog = DisputeListDialog(self._library, current_language(), self._window)
        dialog.conversationRequested.connect(self.open_conversation)
        return self._keep(dialog)

    def new_session(self, plan=None):
        from reviewer.ui.reports.coaching_session_dialog import CoachingSessionDialog

        dialog = CoachingSessionDialog(self._library, plan, current_language(), self._window)
        dialog.saved.connect(lambda _sid: self.update_follow_ups())
        return self._keep(dialog)

    def show_follow_ups(self):
        from reviewer.ui.reports.follow_ups import FollowUpsDialog

        dialog = FollowUpsDialog(self._library, parent=self._window)
        dialog.changed.connect(self.update_follow_ups)
        return self._keep(dialog)

    def open_conversation(self, conversation_id: int) -> None:
        """Show a conversation of the disputes list, clearing the library's filters if they hide it."""
        view = self._window.library_view
        if not view.select_conversation(conversation_id):
            view.clear_filters()
            while not view.select_conversation(conversation_id) and view.model.canFetchMore():
                view.model.fetchMore()
