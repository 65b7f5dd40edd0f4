"""A visit or test call in its own window: the visit form on the left, the scoring panel with
the mystery shopping rubric on the right. Not modal: the library stays usable beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QSplitter, QStackedWidget, QWidget

from reviewer.domain import Channel
from reviewer.storage import Library
from reviewer.ui.resources import icon
from reviewer.ui.scoring.scoring_panel import ScoringPanel
from reviewer.ui.visits.visit_form import VisitForm

VISIT_RUBRIC = "visit"


class VisitWindow(QWidget):
    #: the visit was stored (created or changed): its conversation id
    visitSaved = Signal(int)
    #: a review of the visit was submitted or reopened: its conversation id
    reviewChanged = Signal(int)
    #: the window was closed (its recording and edits are saved)
    closed = Signal()

    def __init__(self, library: Library, conversation_id: int | None = None, channel: Channel = Channel.VISIT,
                 parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self._library = library
        self.setWindowIcon(icon("visit"))
        self.resize(1280, 860)
        self.form = VisitForm(library, conversation_id, channel)
        self.form.saved.connect(self._saved)
        self.scoring_panel = ScoringPanel(library)
        self.scoring_panel.reviewChanged.connect(self._review_changed)
        self.waiting_label = QLabel(objectName="emptyState", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.waiting_label.setText(self.tr("Save the visit to score it against the mystery shopping rubric.\n\n"
                                           "Every \u201cno\u201d answer needs a comment saying what happened."))
        self.waiting_label.setMargin(16)
        self.right = QStackedWidget()
        self.right.addWidget(self.waiting_label)
        self.right.addWidget(self.scoring_panel)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.form)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 540])
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(10)
        self.splitter = splitter
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(splitter)
        if conversation_id is not None:
            self._show_scoring(conversation_id)
        self._update_title()

    @property
    def conversation_id(self) -> int | None:
        return self.form.conversation_id

    def _saved(self, conversation_id: int) -> None:
        if self.right.currentWidget() is not self.scoring_panel:
            self._show_scoring(conversation_id)
        self._update_title()
        self.visitSaved.emit(conversation_id)

    def _show_scoring(self, conversation_id: int) -> None:
        panel = self.scoring_panel
        panel.show_conversation(conversation_id)
        self.right.setCurrentWidget(panel)
        # A test call is a "call" conversation, whose own rubric would come first: a shopper's
        # call is scored with the mystery shopping one, as long as scoring has not started.
        if panel.review is None and panel.rubric is not None and panel.rubric.id != VISIT_RUBRIC:
            rubric = panel.rubric_catalog().get(VISIT_RUBRIC)
            if rubric is not None:
                panel.rubric_box.select(rubric)

    def _review_changed(self, conversation_id: int) -> None:
        self.form.review_changed()
        self.reviewChanged.emit(conversation_id)

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("%1 \u2014 Reviewer").replace("%1", self.form.title_label.text()))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.scoring_panel.flush()
        if not self._keep_or_drop_changes():
            event.ignore()
            return
        self.form.close_down()
        if self.form.conversation_id is not None:
            self.visitSaved.emit(self.form.conversation_id)
        super().closeEvent(event)
        self.closed.emit()

    def _keep_or_drop_changes(self) -> bool:
        """Save what was typed; False when the user would rather go back to the form."""
        form = self.form
        if not form.dirty:
            return True
        buttons = QMessageBox.StandardButton
        if form.conversation_id is None and not form.recorder.is_recording():
            answer = QMessageBox.question(
                self, self.tr("Close the visit"), self.tr("This visit has not been saved. Save it?"),
                buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save,
            )
            if answer == buttons.Discard:
                return True
            if answer != buttons.Save:
                return False
        if form.save() is not None:
            return True
        answer = QMessageBox.question(
            self, self.tr("Close the visit"),
            self.tr("The changes cannot be saved: %1\n\nClose without them?").replace("%1", form.status_label.text()),
        )
        return answer == buttons.Yes
