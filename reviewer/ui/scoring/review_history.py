"""Under the criteria: who changed the review and when, and the other reviewers' reviews."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from reviewer.domain.review import HistoryAction, HistoryEntry, Review, ReviewState
from reviewer.domain.rubric import AnswerError
from reviewer.ui import style


def local_time(value: str | None) -> str:
    """A stored UTC time as the reviewer's local 2026-10-06 10:14."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


class ReviewHistory(QWidget):
    """A "History (n)" button that shows the changes, and a line listing the other reviews."""

    #: the id of another reviewer's review to look at
    otherReviewChosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._language = "en"
        self.toggle = QToolButton(objectName="historyToggle", checkable=True, autoRaise=True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.toggled.connect(self._toggled)
        # Its room is kept before the first answer too: the Submit button above must not move.
        policy = self.toggle.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.toggle.setSizePolicy(policy)
        self.entries_label = QLabel(objectName="historyEntries", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.entries_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.entries_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # A long history scrolls in a few lines' room rather than squeezing the criteria above.
        self.entries_area = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.entries_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries_area.setWidget(self.entries_label)
        # As high as its entries, up to five lines: the criteria keep the rest of the panel.
        self.entries_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._max_lines = 5
        self.entries_area.hide()
        self.others_label = QLabel(objectName="otherReviews", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.others_label.linkActivated.connect(self._link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.entries_area)
        layout.addWidget(self.others_label)

    def show_review(self, review: Review | None, others: list[Review], language: str) -> None:
        self._language = language
        lines = []
        if review is not None:
            lines.append(self.tr("%1 started the review").replace("%1", review.reviewer))
            times = [local_time(review.created_at)]
            for entry in review.history:
                lines.append(self._describe(review, entry))
                times.append(local_time(entry.at))
            muted = style.MUTED_TEXT.name()
            self.entries_label.setText("<br>".join(
                f'<span style="color:{muted}">{html.escape(when)}</span>&nbsp;&nbsp;{html.escape(line)}'
                for when, line in zip(times, lines)))
        self.toggle.setText(self.tr("History (%1)").replace("%1", str(len(lines))))
        self.toggle.setVisible(review is not None)
        self.entries_area.setVisible(review is not None and self.toggle.isChecked())
        self._fit_entries()
        self.others_label.setText(self._others(others))
        self.others_label.setVisible(bool(others))

    def _toggled(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.entries_area.setVisible(shown)
        self._fit_entries()

    def _fit_entries(self) -> None:
        width = max(100, self.entries_area.viewport().width() or self.width())
        needed = self.entries_label.heightForWidth(width)
        if needed <= 0:
            needed = self.entries_label.sizeHint().height()
        limit = self.fontMetrics().lineSpacing() * self._max_lines + 4
        self.entries_area.setFixedHeight(min(needed + 2, limit))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.entries_area.isVisible():
            self._fit_entries()

    def _title(self, review: Review, criterion_id: str | None) -> str:
        try:
            return review.rubric.criterion(criterion_id or "").title.get(self._language)
        except AnswerError:
            return criterion_id or ""

    def _value(self, review: Review, criterion_id: str | None, value) -> str:
        if value is None:
            return self.tr("no answer")
        if isinstance(value, int):
            return str(value)  # a rating's point; its long label would swamp the line
        try:
            return review.rubric.criterion(criterion_id or "").scale.label(value, self._language)
        except AnswerError:
            return str(value)

    def _describe(self, review: Review, entry: HistoryEntry) -> str:
        who = entry.who
        if entry.action is HistoryAction.SUBMIT:
            return self.tr("%1 submitted the review").replace("%1", who)
        if entry.action is HistoryAction.REOPEN:
            return self.tr("%1 reopened the review").replace("%1", who)
        title = self._title(review, entry.criterion_id)
        if entry.action is HistoryAction.ANSWER:
            return (self.tr("%1 changed \u201c%2\u201d from %3 to %4").replace("%1", who).replace("%2", title)
                    .replace("%3", self._value(review, entry.criterion_id, entry.old))
                    .replace("%4", self._value(review, entry.criterion_id, entry.new)))
        if entry.action is HistoryAction.DISPUTE:  # a dispute's decision changed the answer (issue 17)
            line = (self.tr("%1 decided a dispute: \u201c%2\u201d from %3 to %4").replace("%1", who)
                    .replace("%2", title).replace("%3", self._value(review, entry.criterion_id, entry.old))
                    .replace("%4", self._value(review, entry.criterion_id, entry.new)))
            return line + (f" \u2014 {entry.note}" if entry.note else "")
        if entry.action is HistoryAction.COMMENT:
            return (self.tr("%1 changed the comment on \u201c%2\u201d: %3").replace("%1", who).replace("%2", title)
                    .replace("%3", f"\u00ab{entry.new}\u00bb" if entry.new else self.tr("removed")))
        count = len(entry.new or [])
        return (self.tr("%1 changed the evidence of \u201c%2\u201d (now %3)").replace("%1", who)
                .replace("%2", title).replace("%3", str(count)))

    def _others(self, others: list[Review]) -> str:
        if not others:
            return ""
        items = []
        for review in others:
            score = review.score().total
            if review.state is ReviewState.SUBMITTED:
                state = self.tr("submitted %1").replace("%1", local_time(review.submitted_at)[:10])
            else:
                state = self.tr("draft")
            total = "\u2014" if score is None else f"{score:.0f}%"
            items.append(f'<a href="review:{review.id}">{html.escape(review.reviewer)}</a>'
                         f" ({html.escape(state)}, {total})")
        return html.escape(self.tr("Other reviews:")) + " " + "; ".join(items)

    def _link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "review" and value.isdigit():
            self.otherReviewChosen.emit(int(value))
