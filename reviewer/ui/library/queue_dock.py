"""My Queue: the conversations assigned to this reviewer, what is done, when it is due, and one
key (F8) for the next conversation still to review."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from reviewer.team import samples

ConversationRole = Qt.ItemDataRole.UserRole + 1


def due_text(due: str | None, today: date | None = None, locale: QLocale | None = None) -> str:
    """The due day: its name ("Friday") within the coming week, else the date."""
    if not due:
        return ""
    today = today or date.today()
    day = date.fromisoformat(due)
    locale = locale or QLocale()
    if 0 <= (day - today).days < 7:
        return locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class QueueDock(QDockWidget):
    #: the user chose a conversation of the queue
    conversationActivated = Signal(int)

    def __init__(self, library, parent=None):
        super().__init__(self.tr("My Queue"), parent)
        self.setObjectName("queue_dock")
        self._library = library
        self.queue = samples.Queue("", [])
        body = QWidget()
        self.summary = QLabel(wordWrap=True)
        self.list = QListWidget()
        self.list.itemActivated.connect(self._activated)
        self.next_button = QPushButton(self.tr("Next Conversation (F8)"))
        self.next_button.clicked.connect(lambda: self.open_next())
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addWidget(self.next_button)
        self.setWidget(body)

    def refresh(self, reviewer: str | None = None) -> None:
        self.queue = samples.queue(self._library, reviewer)
        q = self.queue
        self.list.clear()
        for item in q.items:
            text = f"{'✓' if item.done else '•'}  {item.title}" + (f" — {item.employee}" if item.employee else "")
            row = QListWidgetItem(text)
            row.setData(ConversationRole, item.conversation_id)
            if item.done:
                row.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(row)
        if not q.items:
            self.summary.setText(self.tr("Nothing is assigned to %1.").replace("%1", q.reviewer))
        else:
            text = self.tr("My queue: %1 of %2 done").replace("%1", str(q.done)).replace("%2", str(len(q.items)))
            if q.due:
                text += self.tr(", due %1").replace("%1", due_text(q.due))
            self.summary.setText(text)
        self.next_button.setEnabled(q.next() is not None)

    def open_next(self, current: int | None = None) -> int | None:
        """Open the next conversation still to review (after ``current``); its id, or None."""
        item = self.queue.next(current)
        if item is None:
            return None
        self.conversationActivated.emit(item.conversation_id)
        return item.conversation_id

    def _activated(self, item: QListWidgetItem) -> None:
        self.conversationActivated.emit(item.data(ConversationRole))
