"""The library: filters above a table of conversations; picking a row opens the conversation."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.domain import Channel, Conversation, ConversationStatus
from reviewer.storage import Library
from reviewer.storage.conversations import ConversationFilter
from reviewer.ui.widgets import formatting
from reviewer.ui.widgets.flow_layout import FlowLayout
from reviewer.ui.widgets.itemdata import ChoiceBox, item_data
from reviewer.storage.settings import Setting
from reviewer.ui.library.library_model import DRAFT, REOPENED, Column, ConversationIdRole, LibraryModel
from reviewer.ui.library.sort_arrow import SortArrowStyle
from reviewer.ui.library.title_delegate import TitleDelegate
from reviewer.ui.scoring.scoring_support import reviewer_name
from reviewer.ui.library.auto_filter import auto_flag_box
from reviewer.ui.resources import icon

SEARCH_DELAY_MS = 250  # wait for a pause in typing before searching
#: the columns a narrow table hides first (the conversation pane shows them for the open one)
GIVE_WAY = (Column.AUTO, Column.LANGUAGE, Column.TALK_SHARE, Column.FIRST_REPLY, Column.LONGEST_SILENCE,
            Column.DURATION, Column.CHANNEL, Column.EMPLOYEE)


class Period:
    """Choices of the date filter; CUSTOM shows the two date fields."""

    ANY, LAST_7, LAST_30, THIS_MONTH, CUSTOM = range(5)


class Show:
    """The status box's first choices (saved as the library's library_show setting): every
    conversation, those without a submitted review, those without one of yours."""

    ALL, TO_REVIEW, NOT_MINE = "all", "to_review", "not_mine"


class LibraryView(QWidget):
    #: the conversation the reviewer is looking at (its id), or None
    conversationSelected = Signal(object)

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self._library = library
        self.model = LibraryModel(library, self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        # The window's actions, first in the rows' context menu, each with the rows it fits.
        self._context_actions: list[tuple[QAction, object]] = []
        self._build()
        self._fill_employees()
        self.model.set_filter(self.current_filter())  # the status box starts at the library's choice
        self.model.totalChanged.connect(self._show_count)
        self._show_count(self.model.total)

    # Layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_box = QLineEdit(placeholderText=self.tr("Search transcripts"))
        self.search_box.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 24)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_box.setToolTip(self.tr(
            "Conversations with a turn that contains all these words in any of their forms "
            "(\"лампа\" finds \"лампу\"); the first letters of a word find it too; "
            "\"quotes\" find an exact phrase"))
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self.apply_filters)

        self.employee_box = ChoiceBox(minimumContentsLength=14)
        self.employee_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.channel_box = ChoiceBox()
        self.channel_box.add_choice(self.tr("All channels"), None)
        for channel in Channel:
            self.channel_box.add_choice(formatting.channel(channel), channel)
        self.status_box = ChoiceBox()
        self.status_box.add_choice(self.tr("All statuses"), None)
        self.status_box.add_choice(self.tr("To review"), Show.TO_REVIEW)
        self.status_box.add_choice(self.tr("Not reviewed by me"), Show.NOT_MINE)
        self.status_box.setItemData(1, self.tr("Conversations without a submitted review"), Qt.ItemDataRole.ToolTipRole)
        self.status_box.setItemData(2, self.tr("Conversations without a review you submitted"),
                                    Qt.ItemDataRole.ToolTipRole)
        shown = self._library.setting(Setting.LIBRARY_SHOW)
        for status in ConversationStatus:
            self.status_box.add_choice(formatting.status(status), status)
        self.auto_flag_box = auto_flag_box()  # automatic QA flags
        self.period_box = ChoiceBox()
        for label, value in (
            (self.tr("Any date"), Period.ANY),
            (self.tr("Last 7 days"), Period.LAST_7),
            (self.tr("Last 30 days"), Period.LAST_30),
            (self.tr("This month"), Period.THIS_MONTH),
            (self.tr("Date range…"), Period.CUSTOM),
        ):
            self.period_box.add_choice(label, value)
        today = QDate.currentDate()
        self.since_edit = QDateEdit(today.addDays(-30), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.until_edit = QDateEdit(today, calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.since_edit.setToolTip(self.tr("From this day"))
        self.until_edit.setToolTip(self.tr("To this day, inclusive"))
        self.range_dash = QLabel("\u2013")
        # Conversations with an open dispute of a review (issue 17).
        self.disputed_box = QCheckBox(self.tr("Open disputes"))
        self.disputed_box.setToolTip(self.tr("Only conversations whose review has an open dispute (\u2696)"))
        self.disputed_box.toggled.connect(self.apply_filters)
        self.metrics_box = ChoiceBox()  # conversation metrics over a standard
        self.metrics_box.setToolTip(self.tr("Only conversations whose figures pass a limit"))
        for label, value in (
            (self.tr("Any figures"), None),
            (self.tr("Silence over 30 s"), ("silence_over_ms", 30_000)),
            (self.tr("First reply over 30 s"), ("first_reply_over_ms", 30_000)),
            (self.tr("First reply over 2 h"), ("first_reply_over_ms", 2 * 3600_000)),
            (self.tr("Overtalk over 5 s"), ("overtalk_over_ms", 5_000)),
            (self.tr("Overtalk over 15 s"), ("overtalk_over_ms", 15_000)),
        ):
            self.metrics_box.add_choice(label, value)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        # What the library lists at start: the library's choice (a new library: To review).
        self.status_box.setCurrentIndex(max(0, self.status_box.index_of(shown)))
        self.status_box.currentIndexChanged.connect(self._remember_show)
        for box in (self.employee_box, self.channel_box, self.status_box, self.metrics_box, self.auto_flag_box):
            box.currentIndexChanged.connect(self.apply_filters)
        self.period_box.currentIndexChanged.connect(self._period_changed)
        self.since_edit.dateChanged.connect(self.apply_filters)
        self.until_edit.dateChanged.connect(self.apply_filters)

        # The dates of a range stay together on one row of the filters.
        self.range_widget = QWidget()
        range_layout = QHBoxLayout(self.range_widget)
        range_layout.setContentsMargins(0, 0, 0, 0)
        range_layout.setSpacing(4)
        for widget in (self.since_edit, self.range_dash, self.until_edit):
            range_layout.addWidget(widget)
        # The filters wrap onto a second row when the library is narrow (it gives way to the
        # conversation being reviewed); the search box takes what is left of its row.
        self.filter_bar = QWidget()
        filters = FlowLayout(self.filter_bar, spacing=6)
        for widget in (self.search_box, self.employee_box, self.channel_box, self.status_box, self.auto_flag_box, self.period_box,
                       self.range_widget, self.metrics_box, self.disputed_box, self.clear_button):
            filters.addWidget(widget)
        for box in (self.employee_box, self.channel_box, self.status_box, self.period_box):
            box.setSizePolicy(QSizePolicy.Policy.Expanding, box.sizePolicy().verticalPolicy())  # rows end flush
        self._show_range(False)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(Column.TITLE, TitleDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        row_height = self.fontMetrics().height() + 14
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._row_heights = (row_height, self.fontMetrics().height() * 2 + 10)  # one line, two lines
        header = self.table.horizontalHeader()
        self._arrow_style = SortArrowStyle()  # kept: the header does not own its style
        header.setStyle(self._arrow_style)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Widths from sample texts, not from the rows: measuring rows would defeat lazy loading.
        plain = self.fontMetrics()
        bold_font = header.font()
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        icon_room, padding = 22, 18
        self._column_widths: dict[Column, int] = {}

        def width(samples: list[str], with_icon: bool = False) -> int:
            header_text = self.model.headerData(column, Qt.Orientation.Horizontal)
            widest = max([plain.horizontalAdvance(s) for s in samples] + [bold.horizontalAdvance(header_text) + 12])
            return widest + padding + (icon_room if with_icon else 0)

        for column, samples, with_icon in (
            (Column.DATE, ["2026-12-28 23:59"], False),
            (Column.EMPLOYEE, ["Dmitrijs Kozlovs"], False),
            (Column.CHANNEL, [formatting.channel(c) for c in Channel], True),
            (Column.DURATION, ["22 h 15 min"], False),
            (Column.LANGUAGE, ["RU", "LV", "EN"], False),
            (Column.STATUS, [formatting.status(s) for s in ConversationStatus]
             + [self.model.progress_label(p) for p in (REOPENED, DRAFT)]
             + [formatting.status(ConversationStatus.REVIEWED) + self.model.late_suffix()], True),
            (Column.SCORE, ["100%", "10% \u2691", "10% \u2696"], False),
            (Column.LONGEST_SILENCE, [formatting.wait(59_000)], False),
            (Column.TALK_SHARE, ["100%"], False),
            (Column.FIRST_REPLY, [formatting.wait(59 * 60_000)], False),
            (Column.AUTO, ["100 \u26a0"], False),
        ):
            header.resizeSection(column, width(samples, with_icon))
            self._column_widths[column] = header.sectionSize(column)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(plain.horizontalAdvance("0") * 6)
        self._title_room = plain.horizontalAdvance("0") * 22
        self.table.viewport().installEventFilter(self)
        column, order = self.model.sort_order
        header.setSortIndicator(column, order)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._kept_id: int | None = None
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)

        self.empty_label = QLabel(objectName="emptyState", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.count_label = QLabel(objectName="filterCount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """A narrow table hides its less needed columns (GIVE_WAY, in order) rather than squeeze
        the titles or scroll sideways; they come back when it widens."""
        header = self.table.horizontalHeader()
        room = self.table.viewport().width() - self._title_room
        widths = {c: header.sectionSize(c) for c in Column if c != Column.TITLE and not header.isSectionHidden(c)}
        self._column_widths.update(widths)  # a hidden column's size reads 0: keep what it had
        hidden: set[Column] = set()
        for column in GIVE_WAY:
            if sum(w for c, w in self._column_widths.items() if c not in hidden) <= room:
                break
            hidden.add(column)
        for column in GIVE_WAY:
            if header.isSectionHidden(column) != (column in hidden):
                header.setSectionHidden(column, column in hidden)
        # Without the Employee or Channel column, the title cell says them on a second line.
        details = bool(hidden & {Column.EMPLOYEE, Column.CHANNEL})
        self.model.set_title_details(details)
        height = self._row_heights[1 if details else 0]
        if self.table.verticalHeader().defaultSectionSize() != height:
            self.table.verticalHeader().setDefaultSectionSize(height)

    def _fill_employees(self) -> None:
        current = self.employee_box.value()
        self.employee_box.blockSignals(True)
        self.employee_box.clear_choices()
        self.employee_box.add_choice(self.tr("All employees"), None)
        for name in self._library.employees():
            self.employee_box.add_choice(name, name)
        self.employee_box.setCurrentIndex(max(0, self.employee_box.index_of(current)))
        self.employee_box.blockSignals(False)

    # Filters --------------------------------------------------------------------------------

    def current_filter(self) -> ConversationFilter:
        since, until = self._period()
        choice = self.status_box.value()
        limit = self.metrics_box.value()
        return ConversationFilter(
            **({limit[0]: limit[1]} if limit else {}),
            employee=self.employee_box.value(),
            channel=self.channel_box.value(),
            status=choice if isinstance(choice, ConversationStatus) else None,
            to_review=choice == Show.TO_REVIEW,
            not_reviewed_by=reviewer_name(self._library) if choice == Show.NOT_MINE else None,
            search=self.search_box.text().strip() or None,
            since=since,
            until=until,
            disputed=self.disputed_box.isChecked(),
            auto_flag=self.auto_flag_box.value(),
        )

    def _period(self) -> tuple[str | None, str | None]:
        period = self.period_box.value()
        today = date.today()
        if period == Period.LAST_7:
            return (today - timedelta(days=6)).isoformat(), None
        if period == Period.LAST_30:
            return (today - timedelta(days=29)).isoformat(), None
        if period == Period.THIS_MONTH:
            return today.replace(day=1).isoformat(), None
        if period == Period.CUSTOM:
            return (self.since_edit.date().toString("yyyy-MM-dd"), self.until_edit.date().toString("yyyy-MM-dd"))
        return None, None

    def _remember_show(self) -> None:
        choice = self.status_box.value()
        show = choice if choice in (Show.TO_REVIEW, Show.NOT_MINE) else Show.ALL
        if self._library.setting(Setting.LIBRARY_SHOW) != show:
            self._library.set_setting(Setting.LIBRARY_SHOW, show)

    def _period_changed(self) -> None:
        self._show_range(self.period_box.value() == Period.CUSTOM)
        self.apply_filters()

    def _show_range(self, visible: bool) -> None:
        self.range_widget.setVisible(visible)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        for widget in (self.employee_box, self.channel_box, self.status_box, self.period_box, self.metrics_box, self.auto_flag_box):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.disputed_box.blockSignals(True)
        self.disputed_box.setChecked(False)
        self.disputed_box.blockSignals(False)
        self._show_range(False)
        self._remember_show()
        self.apply_filters()

    def set_date_range(self, since: date, until: date) -> None:
        """Show conversations from ``since`` to ``until`` inclusive (the "Date range…" choice)."""
        for edit, day in ((self.since_edit, since), (self.until_edit, until)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.period_box.select(Period.CUSTOM)
        self.apply_filters()

    def _filtered(self) -> bool:
        return self.current_filter() != ConversationFilter()

    # Table ----------------------------------------------------------------------------------

    def _show_count(self, total: int) -> None:
        if self.model.more:
            text = self.tr("More than %1 matching conversations").replace("%1", f"{total:,}")
        elif self._filtered():
            text = self.tr("%1 matching conversations").replace("%1", f"{total:,}")
            if total == 1:
                text = self.tr("1 matching conversation")
        else:
            text = self.tr("%1 conversations").replace("%1", f"{total:,}")
            if total == 1:
                text = self.tr("1 conversation")
        self.count_label.setText(text)
        if total:
            self.stack.setCurrentWidget(self.table)
            return
        if self.status_box.value() == Show.TO_REVIEW and self._library.conversations.count():
            self.empty_label.setText(self.tr("Nothing left to review. Choose \u201cAll statuses\u201d to see "
                                             "the reviewed conversations."))
        elif self._filtered() and self._library.conversations.count():
            self.empty_label.setText(self.tr("No conversation matches these filters."))
        else:
            self.empty_label.setText(
                self.tr("No conversations yet.\n\nImport calls, chats or e-mails with File \u2192 Import, "
                        "or drop files or folders here.")
            )
        self.stack.setCurrentWidget(self.empty_label)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.conversationSelected.emit(item_data(current, ConversationIdRole) if current.isValid() else None)

    def _before_reset(self) -> None:
        self._kept_id = self.current_conversation_id()

    def _after_reset(self) -> None:
        # Keep the conversation on screen when it still matches; else the view shows nothing.
        kept, self._kept_id = self._kept_id, None
        if kept is None or not self.select_conversation(kept):
            self.conversationSelected.emit(None)

    def current_conversation_id(self) -> int | None:
        index = self.table.currentIndex()
        return item_data(index, ConversationIdRole) if index.isValid() else None

    def select_conversation(self, conversation_id: int) -> bool:
        """Make a loaded conversation the current row; False when it is not in the table."""
        row = self.model.row_of(conversation_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def selected_conversations(self) -> list[Conversation]:
        """The selected rows' conversations, in table order (the current one when none is selected)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [c for c in map(self.model.conversation, rows) if c is not None]

    def selected_conversation_ids(self) -> list[int]:
        return [c.id for c in self.selected_conversations()]

    # Context menu ---------------------------------------------------------------------------

    def add_context_actions(self, actions: list[QAction], fits=None) -> None:
        """Window actions that work on the selected rows (Transcribe...), shown first when a row
        is right-clicked; ``fits(conversation)`` says which rows they are for (all when None).
        The table has this one menu: never set its context-menu policy elsewhere."""
        self._context_actions.extend((action, fits) for action in actions)

    def context_menu(self, pos: QPoint) -> QMenu | None:
        """The menu for a right click at ``pos`` (viewport coordinates); None off the rows."""
        index = self.table.indexAt(pos)
        if not index.isValid():
            return None
        conversation = self.model.conversation(index.row())
        menu = QMenu(self)
        fitting = [action for action, fits in self._context_actions if fits is None or fits(conversation)]
        for action in fitting:
            menu.addAction(action)
        if fitting:
            menu.addSeparator()
        if conversation.employee:
            only = menu.addAction(self.tr("Show Only %1").replace("%1", conversation.employee))
            only.triggered.connect(lambda: self.employee_box.select(conversation.employee))
        channel = menu.addAction(self.tr("Show Only %1").replace("%1", formatting.channel(conversation.channel)))
        channel.triggered.connect(lambda: self.channel_box.select(conversation.channel))
        if self._filtered():
            menu.addAction(self.tr("Clear Filters"), self.clear_filters)
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.table.viewport().mapToGlobal(pos))

    def select_row(self, row: int) -> None:
        self.select_conversation(self.model.conversation(row).id)

    def refresh(self) -> None:
        """Read the library again (after an import), keeping the current conversation in view."""
        self._fill_employees()
        self.model.reload()
