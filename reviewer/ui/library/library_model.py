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
# A search counts its matches this far: a common word matches tens of thousands of conversations
# in a large library, and counting them all would cost more than finding the first page.
SEARCH_COUNT_LIMIT = 1000
RELOAD_REFRESH_LIMIT = 500  # stale conversation metrics recomputed when sorting by them
NO_SCORE = "\u2014"  # an em dash: no submitted review yet
DISPUTE_MARK = "\u2696"  # scales: a review of the conversation has an open dispute (issue 17)


class Column(IntEnum):
    DATE = 0
    EMPLOYEE = 1
    CHANNEL = 2
    TITLE = 3
    DURATION = 4
    LANGUAGE = 5
    STATUS = 6
    SCORE = 7
    # Conversation metrics (reviewer.metrics)
    LONGEST_SILENCE = 8
    TALK_SHARE = 9
    FIRST_REPLY = 10
    AUTO = 11  # automatic QA (reviewer.ui.library.auto_column)


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
    Column.LONGEST_SILENCE: "longest_silence",
    Column.TALK_SHARE: "agent_talk_share",
    Column.FIRST_REPLY: "first_reply",
    Column.AUTO: "auto_score",
}
#: Column -> the stored metric it shows (MetricsRepository.columns)
METRIC_COLUMNS = {
    Column.LONGEST_SILENCE: "longest_silence_ms",
    Column.TALK_SHARE: "agent_talk_share",
    Column.FIRST_REPLY: "first_reply_ms",
}

ConversationIdRole = Qt.ItemDataRole.UserRole + 1
#: the title column's second line (employee · channel) while those columns are hidden; "" else
TitleDetailsRole = Qt.ItemDataRole.UserRole + 2

# A row's review, when it says more than the conversation's status (see review_progress).
REOPENED, DRAFT = "reopened", "draft"
PROGRESS_COLOURS = {REOPENED: QColor("#dd6b20"), DRAFT: QColor("#805ad5")}


class LibraryModel(QAbstractTableModel):
    #: the number of conversations that match the filter (not just the loaded rows)
    totalChanged = Signal(int)

    def __init__(self, library: Library, parent=None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._library = library
        self._page_size = page_size
        self._rows: list[Conversation] = []
        self._scores: dict[int, tuple[float | None, bool]] = {}  # of the loaded rows
        self._disputes: dict[int, int] = {}  # open disputes of the loaded rows (those with any)
        self._progress: dict[int, str] = {}  # of the loaded rows: REOPENED or DRAFT
        self._late: set[int] = set()  # the loaded visits whose review was submitted late
        self._title_details = False
        self._metrics: dict[int, dict] = {}  # stored metric columns of the loaded rows
        self._total = 0
        self._more = False  # the search matches more than the _total counted (SEARCH_COUNT_LIMIT)
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
        """The number of matching conversations; with ``more``, how many were counted."""
        return self._total

    @property
    def more(self) -> bool:
        """A search matches more conversations than ``total`` (it stopped counting there)."""
        return self._more

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

    def set_title_details(self, shown: bool) -> None:
        """Show the employee and channel under the title (the view hides their columns)."""
        if shown != self._title_details:
            self._title_details = shown
            if self._rows:
                self.dataChanged.emit(self.index(0, Column.TITLE), self.index(len(self._rows) - 1, Column.TITLE))

    @property
    def title_details(self) -> bool:
        return self._title_details

    def reload(self) -> None:
        """Count what matches and load the first page again (after a filter, sort or import)."""
        self.beginResetModel()
        self._rows = []
        self._scores = {}
        self._disputes = {}
        self._progress = {}
        self._late = set()
        self._metrics = {}
        if self._uses_metrics():
            from reviewer.metrics import refresh_some

            # Sorting or filtering by figures: bring a few stale ones up to date here (a library
            # from before the metrics gets its figures with `reviewer metrics --refresh`; rows
            # without figures sort last, and each page measures its own as it loads).
            refresh_some(self._library, RELOAD_REFRESH_LIMIT)
        self._auto.clear()
        if self._filter.search:
            counted = self._library.conversations.count(self._filter, up_to=SEARCH_COUNT_LIMIT + 1)
            self._total, self._more = min(counted, SEARCH_COUNT_LIMIT), counted > SEARCH_COUNT_LIMIT
        else:
            self._total, self._more = self._library.conversations.count(self._filter), False
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
        self._progress.pop(conversation_id, None)
        self._late.discard(conversation_id)
        self._disputes.pop(conversation_id, None)
        self._read_review_facts([conversation_id])
        self._metrics.pop(conversation_id, None)
        self._metrics.update(self._metric_columns([conversation_id]))
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
            if self._more:  # all are loaded now: their number is known
                self._total, self._more = len(self._rows) + len(page), False
                self.totalChanged.emit(self._total)
        self._read_review_facts([c.id for c in page])
        self._metrics.update(self._metric_columns([c.id for c in page]))
        self._auto.load([c.id for c in page])
        return page

    def _read_review_facts(self, ids: list[int]) -> None:
        """Score, review in progress and lateness of these rows (one query each per page)."""
        conversations = self._library.conversations
        self._scores.update(conversations.latest_scores(ids))
        self._progress.update(conversations.review_progress(ids))
        self._late.update(self._library.visits.late_of(ids))
        self._disputes.update(self._open_disputes(ids))

    def _open_disputes(self, ids: list[int]) -> dict[int, int]:
        from reviewer.coaching.disputes import DisputeRepository

        return DisputeRepository(self._library).open_counts(ids)

    def open_disputes(self, conversation_id: int) -> int:
        return self._disputes.get(conversation_id, 0)

    def _uses_metrics(self) -> bool:
        flt = self._filter
        return self._sort_column in METRIC_COLUMNS or any(
            v is not None for v in (flt.silence_over_ms, flt.first_reply_over_ms, flt.overtalk_over_ms)
        )

    def _metric_columns(self, ids: list[int]) -> dict[int, dict]:
        from reviewer.metrics import refresh
        from reviewer.storage.metrics import MetricsRepository

        refresh(self._library, ids)  # a page's stale figures (turns corrected since): measured again
        return MetricsRepository(self._library).columns(ids)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and (self._more or len(self._rows) < self._total)

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
                Column.LONGEST_SILENCE: self.tr("Silence"),
                Column.TALK_SHARE: self.tr("Agent talk"),
                Column.FIRST_REPLY: self.tr("1st reply"),
                Column.AUTO: self._auto.header(),
            }[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.SCORE:
            return self.tr("Score of the latest submitted review")
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.AUTO:
            return self._auto.header_tip()
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.LANGUAGE:
            return self.tr("Language")
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.LONGEST_SILENCE:
            return self.tr("The longest stretch of a call in which nobody speaks")
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.TALK_SHARE:
            return self.tr("The agent's share of the talking in a call")
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.FIRST_REPLY:
            return self.tr("How long the customer waited for the first reply in a chat or e-mail")
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
        if role == TitleDetailsRole:
            return self._details(conversation) if self._title_details else ""
        if role == Qt.ItemDataRole.DecorationRole:
            if column == Column.CHANNEL:
                return icon(style.CHANNEL_ICONS[conversation.channel])
            if column == Column.STATUS:
                return self._dot(self._progress.get(conversation.id, conversation.status))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.TITLE:
                return conversation.source_name
            if column == Column.DATE:
                return conversation.started_at or self.tr("The source has no date")
            if column == Column.LANGUAGE:
                return formatting.language(conversation.language) or None
            if column == Column.STATUS:
                return self._status_tip(conversation)
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
            if column == Column.DURATION and self._text(conversation, column) == NO_SCORE:
                return style.MUTED_TEXT
            if column == Column.STATUS and conversation.id in self._late:
                return style.CRITICAL
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
            # A single message has no length: a dash, as `reviewer list` prints, never "0:00".
            return formatting.conversation_length(conversation.channel, conversation.duration_ms) or NO_SCORE
        if column == Column.LANGUAGE:
            return (conversation.language or "").upper()  # the name is in the tooltip
        if column == Column.STATUS:
            return self._status_text(conversation)
        if column in METRIC_COLUMNS:
            return self._metric_text(conversation.id, column)
        if column == Column.AUTO:
            return self._auto.text(conversation.id)
        return self._score_text(conversation.id)

    def _status_text(self, conversation: Conversation) -> str:
        progress = self._progress.get(conversation.id)
        text = self.progress_label(progress) if progress else formatting.status(conversation.status)
        if conversation.id in self._late:
            text += self.late_suffix()
        return text

    def late_suffix(self) -> str:
        return " \u00b7 " + self.tr("late")

    def progress_label(self, progress: str) -> str:
        return self.tr("Reopened") if progress == REOPENED else self.tr("Draft")

    def _status_tip(self, conversation: Conversation) -> str:
        progress = self._progress.get(conversation.id)
        if progress == REOPENED:
            tip = self.tr("Reopened: its review is being changed and counts again once submitted")
        elif progress == DRAFT:
            tip = self.tr("A review was started and is not submitted yet")
        else:
            tip = formatting.status(conversation.status)
        if conversation.id in self._late:
            tip += "\n" + self.tr("Late: the review was submitted more than 12 hours after the visit.")
        return tip

    def _details(self, conversation: Conversation) -> str:
        parts = [conversation.employee or self.tr("no employee"), formatting.channel(conversation.channel)]
        return " \u00b7 ".join(parts)

    def _metric_text(self, conversation_id: int, column: Column) -> str:
        value = self._metrics.get(conversation_id, {}).get(METRIC_COLUMNS[column])
        if value is None:
            return ""
        if column == Column.TALK_SHARE:
            return f"{value:.0%}"
        return formatting.wait(value)

    def _score_text(self, conversation_id: int) -> str:
        score, flagged = self._scores.get(conversation_id, (None, False))
        mark = f" {DISPUTE_MARK}" if self._disputes.get(conversation_id) else ""
        if score is None:
            return NO_SCORE + mark
        return f"{score:.0f}%" + (" \u2691" if flagged else "") + mark  # a flag: a critical criterion failed

    def _score_tip(self, conversation_id: int) -> str | None:
        tip = self._score_tip_text(conversation_id)
        disputes = self._disputes.get(conversation_id, 0)
        if disputes:
            tip += "\n" + self.tr("%1 open disputes").replace("%1", str(disputes))
        return tip

    def _score_tip_text(self, conversation_id: int) -> str:
        if self._progress.get(conversation_id) == REOPENED:
            return self.tr("Reopened: the review is being changed")
        if conversation_id not in self._scores:
            return self.tr("Not reviewed yet")
        if self._scores[conversation_id][1]:
            return self.tr("Latest submitted review; a critical criterion failed")
        return self.tr("Latest submitted review")

    @staticmethod
    def _alignment(column: Column) -> Qt.AlignmentFlag:
        if column == Column.DURATION or column in METRIC_COLUMNS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if column in (Column.SCORE, Column.AUTO):
            return Qt.AlignmentFlag.AlignCenter
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    def _dot(self, status) -> QIcon:
        """A small filled circle in the status (or review progress) colour, drawn once each."""
        if status not in self._dots:
            pixmap = QPixmap(16, 16)
            pixmap.fill(QColor(0, 0, 0, 0))
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PROGRESS_COLOURS[status] if status in PROGRESS_COLOURS else style.STATUS_COLOURS[status])
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
