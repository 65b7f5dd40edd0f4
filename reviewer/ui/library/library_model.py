"""The library's conversations as a table model, read from the database a page at a time.

Only the rows the view has scrolled to are loaded (canFetchMore/fetchMore); sorting and
filtering happen in SQL, so a library of 100,000 conversations opens as fast as one of ten.
"""

from __future__ import annotations

import sqlite3
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from reviewer.domain import Conversation, ConversationStatus
from reviewer.storage import Library
from reviewer.storage.conversations import ConversationFilter
from reviewer.ui import style
from reviewer.ui.widgets import formatting
from reviewer.ui.library.auto_column import AutoScores
from reviewer.ui.resources import icon

PAGE_SIZE = 200
NO_SCORE = "\u2014"  # an em dash: no submitted review yet


class Column(IntEnum):
    DATE = 0
    EMPLOYEE = 1
    CHANNEL = 2
    TITLE = 3
    DURATION = 4
    LANGUAGE = 5
    STATUS = 6
    SCORE = 7
    AUTO = 8  # automatic QA (reviewer.ui.library.auto_column)


# The repository's sort key for each column (ConversationRepository.SORT_KEYS).
SORT_KEYS = {
    Column.DATE: "started_at",
    Column.EMPLOYEE: "employee",
    Column.CHANNEL: "channel",
    Column.TITLE: "title",
    Column.DURATION: "duration",
    Column.LANGUAGE: "language",
    Column.STATUS: "status",
    Column.SCORE: "score",
    Column.AUTO: "auto_score",
}

ConversationIdRole = Qt.ItemDataRole.UserRole + 1


class LibraryModel(QAbstractTableModel):
    #: the number of conversations that match the filter (not just the loaded rows)
    totalChanged = Signal(int)

    def __init__(self, library: Library, parent=None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._library = library
        self._page_size = page_size
        self._rows: list[Conversation] = []
        self._scores: dict[int, tuple[float | None, bool]] = {}  # of the loaded rows
        self._total = 0
        self._exhausted = False
        self._filter = ConversationFilter()
        self._sort_column = Column.DATE
        self._descending = True  # newest first: what a reviewer opens the app for
        self._dots: dict[ConversationStatus, QIcon] = {}
        self._auto = AutoScores(library)
        self.reload()

    # State ----------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    @property
    def conversation_filter(self) -> ConversationFilter:
        return self._filter

    @property
    def sort_order(self) -> tuple[Column, Qt.SortOrder]:
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return self._sort_column, order

    def set_filter(self, flt: ConversationFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def reload(self) -> None:
        """Count what matches and load the first page again (after a filter, sort or import)."""
        self.beginResetModel()
        self._rows = []
        self._scores = {}
        self._auto.clear()
        self._total = self._library.conversations.count(self._filter)
        self._exhausted = self._total == 0
        if not self._exhausted:
            self._rows = self._next_page()
        self.endResetModel()
        self.totalChanged.emit(self._total)

    def conversation(self, row: int) -> Conversation | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, conversation_id: int) -> int | None:
        """The row of a loaded conversation, or None when it is not loaded (or filtered out)."""
        for row, conversation in enumerate(self._rows):
            if conversation.id == conversation_id:
                return row
        return None

    def refresh_row(self, conversation_id: int) -> bool:
        """Read one loaded conversation's status and score again (after its review was submitted
        or reopened), without reloading the table; False when it is not loaded."""
        row = self.row_of(conversation_id)
        fresh = self._library.conversations.get(conversation_id, with_turns=False) if row is not None else None
        if fresh is None:
            return False
        self._rows[row] = fresh
        self._scores.pop(conversation_id, None)
        self._scores.update(self._library.conversations.latest_scores([conversation_id]))
        self._auto.load([conversation_id])
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        return True

    def refresh_auto(self) -> None:
        """Read the automatic QA scores of the loaded rows again (background scoring ended)."""
        if self._rows:
            self._auto.clear()
            try:
                self._auto.load([c.id for c in self._rows])
            except sqlite3.Error:
                return  # the library was closed while the background run finished
            self.dataChanged.emit(self.index(0, Column.AUTO), self.index(len(self._rows) - 1, Column.AUTO))

    # Paging ---------------------------------------------------------------------------------

    def _next_page(self) -> list[Conversation]:
        page = self._library.conversations.page(
            self._filter,
            order_by=SORT_KEYS[self._sort_column],
            descending=self._descending,
            limit=self._page_size,
            after=self._rows[-1] if self._rows else None,
        )
        if len(page) < self._page_size:
            self._exhausted = True
        self._scores.update(self._library.conversations.latest_scores([c.id for c in page]))
        self._auto.load([c.id for c in page])
        return page

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._next_page()
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # Qt model -------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.DATE: self.tr("Date"),
                Column.EMPLOYEE: self.tr("Employee"),
                Column.CHANNEL: self.tr("Channel"),
                Column.TITLE: self.tr("Conversation"),
                Column.DURATION: self.tr("Duration"),
                Column.LANGUAGE: self.tr("Lang."),
                Column.STATUS: self.tr("Status"),
                Column.SCORE: self.tr("Score"),
                Column.AUTO: self._auto.header(),
            }[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.SCORE:
            return self.tr("Score of the latest submitted review")
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.AUTO:
            return self._auto.header_tip()
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.LANGUAGE:
            return self.tr("Language")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(Column(section))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        conversation = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(conversation, column)
        if role == ConversationIdRole:
            return conversation.id
        if role == Qt.ItemDataRole.DecorationRole:
            if column == Column.CHANNEL:
                return icon(style.CHANNEL_ICONS[conversation.channel])
            if column == Column.STATUS:
                return self._dot(conversation.status)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.TITLE:
                return conversation.source_name
            if column == Column.DATE:
                return conversation.started_at or self.tr("The source has no date")
            if column == Column.LANGUAGE:
                return formatting.language(conversation.language) or None
            if column == Column.STATUS:
                return formatting.status(conversation.status)
            if column == Column.SCORE:
                return self._score_tip(conversation.id)
            if column == Column.AUTO:
                return self._auto.tooltip(conversation.id)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.SCORE:
                score, flagged = self._scores.get(conversation.id, (None, False))
                if flagged:
                    return style.CRITICAL
                return style.MUTED_TEXT if score is None else None
            if column == Column.DATE and not conversation.started_at:
                return style.MUTED_TEXT
            if column == Column.AUTO:
                return style.MUTED_TEXT  # a machine's suggestion, not a reviewer's score
            return None
        return None

    def _text(self, conversation: Conversation, column: Column) -> str:
        if column == Column.DATE:
            return formatting.date_time(conversation.started_at) or self.tr("no date")
        if column == Column.EMPLOYEE:
            return conversation.employee or ""
        if column == Column.CHANNEL:
            return formatting.channel(conversation.channel)
        if column == Column.TITLE:
            return conversation.title or conversation.source_name
        if column == Column.DURATION:
            return formatting.conversation_length(conversation.channel, conversation.duration_ms)
        if column == Column.LANGUAGE:
            return (conversation.language or "").upper()  # the name is in the tooltip
        if column == Column.STATUS:
            return formatting.status(conversation.status)
        if column == Column.AUTO:
            return self._auto.text(conversation.id)
        return self._score_text(conversation.id)

    def _score_text(self, conversation_id: int) -> str:
        score, flagged = self._scores.get(conversation_id, (None, False))
        if score is None:
            return NO_SCORE
        return f"{score:.0f}%" + (" \u2691" if flagged else "")  # a flag: a critical criterion failed

    def _score_tip(self, conversation_id: int) -> str | None:
        if conversation_id not in self._scores:
            return self.tr("Not reviewed yet")
        if self._scores[conversation_id][1]:
            return self.tr("Latest submitted review; a critical criterion failed")
        return self.tr("Latest submitted review")

    @staticmethod
    def _alignment(column: Column) -> Qt.AlignmentFlag:
        if column == Column.DURATION:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if column in (Column.SCORE, Column.AUTO):
            return Qt.AlignmentFlag.AlignCenter
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    def _dot(self, status: ConversationStatus) -> QIcon:
        """A small filled circle in the status colour, drawn once per status."""
        if status not in self._dots:
            pixmap = QPixmap(16, 16)
            pixmap.fill(QColor(0, 0, 0, 0))
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.STATUS_COLOURS[status])
            painter.drawEllipse(4, 4, 8, 8)
            painter.end()
            self._dots[status] = QIcon(pixmap)
        return self._dots[status]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        column = Column(column)
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) != (self._sort_column, self._descending):
            self._sort_column, self._descending = column, descending
            self.reload()
