"""A rubric's criteria, grouped by section, in a scroll area that answers from the keyboard.

Keys (while the list has the focus): Up/Down the previous/next criterion, Page Up/Page Down the
previous/next section, Home/End the first/last criterion; Y, P, N answer yes/partly/no, a digit
answers that point of a rating or points scale, A (or 0 where 0 is not on the scale) answers N/A,
Delete or Backspace clears the answer; C or Enter writes a comment, E attaches evidence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from reviewer.domain.rubric import Rubric
from reviewer.domain.scoring import SectionScore
from reviewer.ui.scoring.criterion_row import CriterionRow, answer_for_key, repolish

_MOVES = {
    Qt.Key.Key_Up: ("row", -1),
    Qt.Key.Key_Down: ("row", 1),
    Qt.Key.Key_PageUp: ("section", -1),
    Qt.Key.Key_PageDown: ("section", 1),
    Qt.Key.Key_Home: ("edge", -1),
    Qt.Key.Key_End: ("edge", 1),
}
_CLEAR = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
_COMMENT = (Qt.Key.Key_C, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SectionHeader(QFrame):
    """A section's title and its live score."""

    def __init__(self, title: str, guidance: str, parent=None):
        super().__init__(parent, objectName="scoringSection")
        self.title_label = QLabel(title, objectName="sectionTitle", wordWrap=True)
        self.score_label = QLabel(objectName="sectionScore", alignment=Qt.AlignmentFlag.AlignRight)
        self.setToolTip(guidance)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 4)
        layout.addWidget(self.title_label, 1)
        layout.addWidget(self.score_label, 0, Qt.AlignmentFlag.AlignTop)

    def set_score(self, score: SectionScore) -> None:
        if score.fraction is None:
            self.score_label.setText("\u2014")
            self.score_label.setToolTip(self.tr("No criterion of this section counts yet"))
        else:
            self.score_label.setText(f"{score.score:.0f}%")
            self.score_label.setToolTip(
                self.tr("Set to 0 by a failed critical criterion") if score.zeroed else "")
        self.score_label.setProperty("zeroed", score.zeroed)
        repolish(self.score_label)


class CriteriaList(QScrollArea):
    #: criterion id and the answer a key gave it (None: cleared)
    answerKey = Signal(str, object)
    attachKey = Signal(str)
    #: the current criterion changed (its id)
    currentChanged = Signal(str)

    def __init__(self, rubric: Rubric, language: str, parent=None):
        super().__init__(parent, objectName="criteriaList")
        self.rubric = rubric
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.rows: dict[str, CriterionRow] = {}
        self.headers: dict[str, SectionHeader] = {}
        self.order: list[str] = []  # criterion ids, top to bottom
        self._section_starts: list[int] = []  # the position in order of each section's first criterion
        self._current: str | None = None

        content = QWidget(objectName="criteriaContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 6, 6)
        layout.setSpacing(2)
        for section in rubric.sections:
            header = SectionHeader(section.title.get(language), section.guidance.get(language))
            self.headers[section.id] = header
            layout.addWidget(header)
            self._section_starts.append(len(self.order))
            for criterion in section.criteria:
                row = CriterionRow(criterion, language, rubric.comment_on_lowest)
                self.rows[criterion.id] = row
                self.order.append(criterion.id)
                layout.addWidget(row)
        layout.addStretch(1)
        self.setWidget(content)
        # As narrow as the widest scale allows (the rows never scroll sideways).
        self.setMinimumWidth(content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                             + 2 * self.frameWidth())
        if self.order:
            self.set_current(self.order[0], scroll=False)

    # The current criterion ------------------------------------------------------------------

    @property
    def current(self) -> str | None:
        return self._current

    def current_row(self) -> CriterionRow | None:
        return self.rows.get(self._current) if self._current else None

    def set_current(self, criterion_id: str, scroll: bool = True) -> None:
        """Make a criterion current (it shows its guidance and comment box, the previous one
        folds). ``scroll``: bring it into view; else (a click) it stays where it is on screen,
        so the next click lands where the reviewer aims."""
        if criterion_id not in self.rows:
            return
        row = self.rows[criterion_id]
        if criterion_id != self._current:
            bar = self.verticalScrollBar()
            before = row.y() - bar.value()
            if self._current:
                self.rows[self._current].set_current(False)
            self._current = criterion_id
            row.set_current(True)
            if not scroll and self.isVisible():
                self._settle()
                bar.setValue(bar.value() + row.y() - bar.value() - before)
            self.currentChanged.emit(criterion_id)
        if scroll:
            self.ensureWidgetVisible(row, 0, 24)

    def _settle(self) -> None:
        """Lay the rows out now (a row grew or folded), not at the next event loop turn."""
        content = self.widget()
        QCoreApplication.sendPostedEvents(content, QEvent.Type.LayoutRequest)
        content.layout().activate()
        QCoreApplication.sendPostedEvents(content, QEvent.Type.LayoutRequest)
        content.resize(content.width(), max(content.minimumSizeHint().height(), content.sizeHint().height()))
        content.layout().activate()

    def move(self, step: int) -> None:
        if not self.order:
            return
        position = self.order.index(self._current) if self._current else -1
        self.set_current(self.order[max(0, min(len(self.order) - 1, position + step))])

    def move_section(self, step: int) -> None:
        if not self.order:
            return
        position = self.order.index(self._current) if self._current else 0
        section = max(i for i, start in enumerate(self._section_starts) if start <= position)
        if step < 0 and position > self._section_starts[section]:
            target = section  # first back to the top of this section
        else:
            target = max(0, min(len(self._section_starts) - 1, section + step))
        self.set_current(self.order[self._section_starts[target]])
        if target == 0:
            self.verticalScrollBar().setValue(0)  # show the first section's header too

    def next_after(self, criterion_id: str) -> str | None:
        position = self.order.index(criterion_id)
        return self.order[position + 1] if position + 1 < len(self.order) else None

    # Keys -----------------------------------------------------------------------------------

    def _handles(self, event: QKeyEvent) -> bool:
        if event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            return False  # Ctrl+Enter (submit) and the window's shortcuts pass through
        key = Qt.Key(event.key())
        if key in _MOVES or key in _CLEAR or key in _COMMENT or key == Qt.Key.Key_E:
            return True
        return bool(self._current) and answer_for_key(self.rows[self._current].criterion, event.text()) is not None

    def event(self, event: QEvent) -> bool:
        # Claim our keys before single-key window shortcuts (the player's) see them.
        if event.type() == QEvent.Type.ShortcutOverride and self._handles(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handles(event):
            super().keyPressEvent(event)
            return
        key = Qt.Key(event.key())
        if key in _MOVES:
            kind, step = _MOVES[key]
            if kind == "row":
                self.move(step)
            elif kind == "section":
                self.move_section(step)
            elif self.order:
                self.set_current(self.order[0 if step < 0 else -1])
            return
        if not self._current:
            return
        row = self.rows[self._current]
        if key in _CLEAR:
            self.answerKey.emit(self._current, None)
        elif key in _COMMENT:
            row.focus_comment()
        elif key == Qt.Key.Key_E:
            self.attachKey.emit(self._current)
        else:
            self.answerKey.emit(self._current, answer_for_key(row.criterion, event.text()))
