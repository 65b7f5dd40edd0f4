"""All disputes of the library with their age, open ones by default; double-click one to open
its conversation (and its review in the scoring panel)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.domain.dispute import DisputeState
from reviewer.domain.rubric import AnswerError


class DisputeListDialog(QDialog):
    #: open this conversation (its id)
    conversationRequested = Signal(int)

    def __init__(self, library, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Disputes"))
        self._library, self._language = library, language
        self._rows: list = []
        self.open_only = QCheckBox(self.tr("Open disputes only"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self.reload)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Age"), self.tr("Raised"), self.tr("Employee"), self.tr("Criterion"), self.tr("Answer"),
            self.tr("Reviewer"), self.tr("State"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._open_row)
        self.count_label = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.open_only)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self.resize(860, 420)
        self.reload()

    def reload(self) -> None:
        from reviewer.coaching import DisputeFilter, DisputeRepository

        self._rows = DisputeRepository(self._library).list(DisputeFilter(open_only=self.open_only.isChecked()))
        self._rows.sort(key=lambda d: (not d.is_open, d.raised_at))
        states = {
            DisputeState.OPEN: self.tr("open"),
            DisputeState.ACCEPTED: self.tr("accepted"),
            DisputeState.PARTLY_ACCEPTED: self.tr("partly accepted"),
            DisputeState.REJECTED: self.tr("rejected"),
        }
        reviews: dict[int, object] = {}
        self.table.setRowCount(len(self._rows))
        for row, d in enumerate(self._rows):
            review = reviews.get(d.review_id) or reviews.setdefault(d.review_id, self._library.reviews.get(d.review_id))
            try:
                criterion = review.rubric.criterion(d.criterion_id)
                title = criterion.title.get(self._language)
                answers = (f"{criterion.scale.label(d.old_answer, self._language) if d.old_answer is not None else '—'}"
                           f" \u2192 {criterion.scale.label(d.proposed, self._language)}")
            except AnswerError:
                title, answers = d.criterion_id, f"{d.old_answer} \u2192 {d.proposed}"
            age = self.tr("%1 d").replace("%1", str(d.age_days()))
            cells = [age, d.raised_at[:10], d.employee or "", title, answers, d.reviewer or "", states[d.state]]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setToolTip(d.argument)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.count_label.setText(self.tr("%1 disputes").replace("%1", str(len(self._rows))))

    def _open_row(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._rows):
            self.conversationRequested.emit(self._rows[row].conversation_id)
