"""The main window's team work: My Queue (a dock) with F8 for the next conversation, File →
Export for a Colleague…, and File → Calibration Results…. Bundles are imported like any other
file (File → Import Files… or a drop on the window)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from reviewer.ui.library.queue_dock import QueueDock


class TeamControl(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self.queue_dock = QueueDock(window.library, window)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.queue_dock)
        self.queue_dock.conversationActivated.connect(self.open_conversation)
        self.queue_action = self.queue_dock.toggleViewAction()
        self.queue_action.setText(self.tr("My &Queue"))
        self.queue_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.next_action = QAction(self.tr("&Next in My Queue"), window)
        self.next_action.setShortcut(QKeySequence("F8"))
        self.next_action.setToolTip(self.tr("Open the next conversation assigned to you that still needs a review"))
        self.next_action.triggered.connect(self.open_next)
        window.addAction(self.next_action)
        self.export_action = QAction(self.tr("&Export for a Colleague…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setToolTip(self.tr("The selected conversations and their reviews in one file for "
                                              "another reviewer's library"))
        self.export_action.triggered.connect(self.export_for_colleague)
        self.calibration_action = QAction(self.tr("&Calibration Results…"), window)
        self.calibration_action.triggered.connect(self.show_calibration)
        self.export_dialog = None
        self.calibration_dialog = None
        window.scoring_panel.reviewChanged.connect(lambda _cid: self.refresh())
        window.importFinished.connect(lambda *_: self.refresh())
        self.refresh()
        self.queue_dock.setVisible(bool(self.queue_dock.queue.items))

    def refresh(self) -> None:
        had = bool(self.queue_dock.queue.items)
        self.queue_dock.refresh(self._window.scoring_panel.reviewer_name())
        if self.queue_dock.queue.items and not had:
            self.queue_dock.show()  # an assignment arrived (a bundle); the View menu hides it again

    def open_conversation(self, conversation_id: int) -> None:
        window = self._window
        if not window.library_view.select_conversation(conversation_id):
            # Not in the table (filtered out or not loaded yet): show it all the same.
            window.conversation_view.show_conversation(conversation_id)
            window.scoring_panel.show_conversation(conversation_id)

    def open_next(self) -> int | None:
        current = self._window.library_view.current_conversation_id()
        found = self.queue_dock.open_next(current)
        if found is None:
            self._window.statusBar().showMessage(self.tr("Nothing left in your queue"), 5000)
        return found

    def export_for_colleague(self):
        from reviewer.ui.reports.export_bundle_dialog import ExportBundleDialog

        view = self._window.library_view
        listed = [c.id for c in self._window.library.conversations.list(view.current_filter())]
        self.export_dialog = ExportBundleDialog(self._window.library, view.selected_conversation_ids(), listed,
                                                self._window)
        self.export_dialog.accepted.connect(self._exported)
        self.export_dialog.open()
        return self.export_dialog

    def _exported(self) -> None:
        summary = getattr(self.export_dialog, "summary", None)
        if summary is not None:
            self._window.statusBar().showMessage(
                self.tr("Exported %1 reviews to %2").replace("%1", str(summary.reviews)).replace("%2", str(summary.path)),
                10000)

    def show_calibration(self):
        from reviewer.ui.app import current_language
        from reviewer.ui.reports.calibration_dialog import CalibrationDialog

        self.calibration_dialog = CalibrationDialog(self._window.library, current_language(), self._window)
        self.calibration_dialog.open()
        return self.calibration_dialog
