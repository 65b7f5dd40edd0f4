"""The trainer's follow-ups that are due today or overdue, with Mark Done."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.domain.coaching import CoachingError
from reviewer.ui import style


class FollowUpsDialog(QDialog):
    #: the follow-ups changed (one was marked done)
    changed = Signal()

    def __init__(self, library, today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coaching Follow-ups Due"))
        self._library = library
        self._today = today or date.today()
        self._sessions: list = []
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Follow-up"), self.tr("Employee"), self.tr("Session"),
                                              self.tr("Trainer"), self.tr("Actions agreed")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.empty_label = QLabel(self.tr("No follow-up is due."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.done_button = buttons.addButton(self.tr("Mark Done…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.done_button.clicked.connect(self.mark_done)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(820, 360)
        self.reload()

    @property
    def sessions(self) -> list:
        return self._sessions

    def reload(self) -> None:
        from reviewer.coaching import SessionRepository

        self._sessions = SessionRepository(self._library).due(self._today)
        self.table.setRowCount(len(self._sessions))
        for row, s in enumerate(self._sessions):
            state = s.follow_up_state(self._today)
            when = s.follow_up_on + "  " + (self.tr("overdue") if state == "overdue" else self.tr("today"))
            for column, text in enumerate([when, s.employee, s.held_on, s.trainer, s.actions]):
                item = QTableWidgetItem(text)
                if column == 0 and state == "overdue":
                    item.setForeground(style.CRITICAL)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        if self._sessions:
            self.table.selectRow(0)
        self.empty_label.setVisible(not self._sessions)
        self.done_button.setEnabled(bool(self._sessions))

    def mark_done(self, note: str | None = None) -> bool:
        """The selected follow-up took place; ``note`` (asked for when None) says how it went."""
        from reviewer.coaching import SessionRepository

        row = self.table.currentRow()
        if not 0 <= row < len(self._sessions):
            return False
        if note is None:
            note, ok = QInputDialog.getText(self, self.tr("Follow-up done"), self.tr("How did it go?"))
            if not ok:
                return False
        try:
            SessionRepository(self._library).mark_follow_up_done(self._sessions[row].id, note)
        except CoachingError as exc:
            self.empty_label.setText(str(exc))
            self.empty_label.show()
            return False
        self.reload()
        self.changed.emit()
        return True
