"""One criterion of the scoring panel: its title, its scale as buttons, N/A, comment and evidence.

Rows are built once per rubric and reused from conversation to conversation, so a 60-criterion
rubric does not rebuild 60 rows at every click in the library. The comment box and the evidence
line are made the first time a row needs them.
"""

from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.domain import Turn
from reviewer.domain.review import Evidence
from reviewer.domain.rubric import NO, NOT_APPLICABLE, PARTLY, YES, AnswerValue, Criterion, CriticalRule, ScaleKind
from reviewer.ui.scoring import evidence as evidence_links
from reviewer.ui import style
from reviewer.ui.resources import icon

_WORD_KEYS = {"y": YES, "p": PARTLY, "n": NO}


def answer_for_key(criterion: Criterion, key: str) -> AnswerValue | None:
    """The answer a key gives the criterion: Y/P/N on word scales, a digit on number scales,
    A (or 0 where 0 is not on the scale) for N/A; None when the key means nothing here."""
    key = key.lower()
    values = criterion.scale.values()
    if key in _WORD_KEYS and _WORD_KEYS[key] in values:
        return _WORD_KEYS[key]
    if key.isdigit() and len(key) == 1:
        if criterion.scale.kind in (ScaleKind.RATING, ScaleKind.POINTS) and int(key) in values:
            return int(key)
        if key == "0" and criterion.na_allowed:
            return NOT_APPLICABLE
        return None
    if key == "a" and criterion.na_allowed:
        return NOT_APPLICABLE
    return None


def is_answer_key(text: str) -> bool:
    """A key that answers some criterion (y/p/n, a, a digit): what a reviewer going through the
    list presses by habit. A capital letter is text: a reason may well start with "No"."""
    return len(text) == 1 and (text in _WORD_KEYS or text == "a" or text.isdigit())


def tone(criterion: Criterion, value: AnswerValue | None) -> str:
    """How an answer is coloured: good (top), bad (bottom), mid, or na."""
    if value == NOT_APPLICABLE:
        return "na"
    fraction = criterion.scale.fraction(value)
    return "good" if fraction >= 1 else "bad" if fraction <= 0 else "mid"


def repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class CommentEdit(QPlainTextEdit):
    """A comment box that grows with its text (up to six lines). Enter or Esc ends the
    comment (Shift+Enter starts a new line); Tab moves on.

    While it asks for a reason (the keyboard was sent here by a lowest answer), an answer key
    pressed into the still empty box is not typed: ``answerKeyRefused`` says so, and the row
    tells the reviewer (the answer keys of the next criteria never end up in the text unseen).
    """

    edited = Signal(str)  # typed by the person, not set by the program
    finished = Signal()
    #: the text of an answer key not typed into an empty box that asks for a reason
    answerKeyRefused = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._setting = False
        self.answer_keys: Callable[[str], bool] | None = None  # set while asking for a reason
        self.textChanged.connect(self._changed)
        self.document().documentLayout().documentSizeChanged.connect(lambda size: self._fit(size.height()))
        self._fit()

    def set_text(self, text: str) -> None:
        if text != self.toPlainText():
            self._setting = True
            self.setPlainText(text)
            self._setting = False

    def _changed(self) -> None:
        if not self._setting:
            self.edited.emit(self.toPlainText())

    def _fit(self, lines: float | None = None) -> None:
        if lines is None:
            lines = self.document().documentLayout().documentSize().height()
        lines = min(6, max(1, int(lines)))
        margins = self.contentsMargins()
        extra = int(self.document().documentMargin() * 2) + 2 * self.frameWidth() + margins.top() + margins.bottom()
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + extra + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()  # the text wraps to the new width

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (enter and plain) or event.key() == Qt.Key.Key_Escape:
            self.finished.emit()
            return
        if (self.answer_keys is not None and plain and not self.toPlainText().strip()
                and event.text() and self.answer_keys(event.text())):
            self.answerKeyRefused.emit(event.text())
            return
        super().keyPressEvent(event)


class CriterionRow(QFrame):
    #: criterion id, and the answer picked with the mouse
    answerChosen = Signal(str, object)
    #: criterion id, the comment as typed so far
    commentEdited = Signal(str, str)
    commentFinished = Signal(str)
    attachRequested = Signal(str)
    #: an evidence link was clicked: the Evidence
    evidenceActivated = Signal(object)
    #: criterion id, the Evidence to take away
    evidenceRemoved = Signal(str, object)
    #: the row was clicked or its comment box focused: it becomes the current criterion
    activated = Signal(str)
    #: the reason asked for after a lowest answer was written (or Esc): go on to the next
    reasonFinished = Signal(str)

    def __init__(self, criterion: Criterion, language: str, comment_rule: bool, parent=None):
        super().__init__(parent, objectName="criterionRow")
        self.criterion = criterion
        self._language = language
        self._comment_rule = comment_rule  # the rubric asks for a comment on the bottom answer
        self._value: AnswerValue | None = None
        self._comment = ""
        self._evidence: tuple[Evidence, ...] = ()
        self._turns: dict[int, Turn] = {}
        self._current = False
        self._read_only = False
        self._needs_comment = False
        self._asking = False  # the keyboard is in the comment box for a lowest answer's reason
        self.comment_edit: CommentEdit | None = None
        self.guidance_label: QLabel | None = None  # the current criterion's guidance, inline
        self.evidence_label: QLabel | None = None
        self.buttons: dict[AnswerValue, QToolButton] = {}
        self._build()

    # Layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        c = self.criterion
        title = c.title.get(self._language)
        self.title_label = QLabel(objectName="criterionTitle", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        text = html.escape(title)
        if c.critical:
            text += f' <span style="color:{style.CRITICAL.name()}; font-weight:600">\u2691</span>'
        self.title_label.setText(text)
        # Guidance and scale labels show inline under the current criterion (_show_guidance), not
        # as a tooltip that hides the list and can stay behind after a scroll.

        self.group = QButtonGroup(self)
        self.button_box = QWidget()
        buttons = QHBoxLayout(self.button_box)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(3)
        values = c.scale.values()
        if c.scale.kind in (ScaleKind.YES_NO, ScaleKind.YES_PARTLY_NO):
            values = list(reversed(values))  # Yes first, as people read the choice
        if c.na_allowed:
            values.append(NOT_APPLICABLE)
        for value in values:
            button = QToolButton(objectName="scaleButton", checkable=True, text=c.scale.label(value, self._language)
                                 if isinstance(value, str) else str(value))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys go to the list; see CriteriaList
            button.setProperty("tone", tone(c, value))
            button.setToolTip(self._button_tip(value))
            button.clicked.connect(lambda _checked=False, v=value: self._picked(v))
            self.group.addButton(button)
            self.buttons[value] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.attach_button = QToolButton(objectName="attachButton", autoRaise=True)
        self.attach_button.setIcon(icon("attach"))
        self.attach_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.attach_button.setToolTip(
            self.tr("Attach evidence (E): the selected turns, or the current moment of the recording"))
        self.attach_button.clicked.connect(self._attach_clicked)
        buttons.addWidget(self.attach_button)

        self.value_label = QLabel(objectName="valueLabel", wordWrap=True)
        self.value_label.hide()
        self.note_label = QLabel(objectName="commentNote", wordWrap=True)
        self.note_label.hide()

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 8, 6)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.title_label)
        self._layout.addWidget(self.button_box)
        self._layout.addWidget(self.value_label)
        self._layout.addWidget(self.note_label)

    def _guidance_html(self) -> str:
        c = self.criterion
        parts = []
        scale = c.scale
        if scale.labels and scale.kind in (ScaleKind.RATING, ScaleKind.POINTS):
            parts.append("<br>".join(f"<b>{value}</b> \u2013 {html.escape(scale.label(value, self._language))}"
                                     for value in scale.values() if value in scale.labels))
        guidance, example = c.guidance.get(self._language), c.example.get(self._language)
        if guidance:
            parts.append(html.escape(guidance).replace("\n", "<br>"))
        if example:
            parts.append("<i>" + html.escape(self.tr("For example: %1").replace("%1", example)) + "</i>")
        if c.critical:
            effect = {
                CriticalRule.ZERO_REVIEW: self.tr("Critical: answering the lowest point sets the whole review to 0."),
                CriticalRule.ZERO_SECTION: self.tr("Critical: answering the lowest point sets its section to 0."),
                CriticalRule.FLAG: self.tr("Critical: answering the lowest point flags the review."),
            }[c.critical]
            parts.append(f'<b style="color:{style.CRITICAL.name()}">{html.escape(effect)}</b>')
        return "<br>".join(parts) if parts else ""

    def _button_tip(self, value: AnswerValue) -> str:
        c = self.criterion
        if value == NOT_APPLICABLE:
            key = "A"
        elif isinstance(value, str):
            key = value[0].upper()
        else:
            key = str(value) if value <= 9 else ""
        label = c.scale.label(value, self._language)
        tip = label if label != str(value) else ""
        if key:
            tip = (tip + " " if tip else "") + f"({key})"
        if self._comment_rule and value == c.scale.bottom:
            tip += "\n" + self.tr("A comment is required for this answer")
        return tip

    def _ensure_comment_edit(self) -> CommentEdit:
        if self.comment_edit is None:
            edit = CommentEdit()
            edit.setObjectName("commentEdit")
            edit.setPlaceholderText(self.tr("Comment"))
            edit.setPlainText(self._comment)
            edit.setReadOnly(self._read_only)
            edit.edited.connect(self._comment_typed)
            edit.finished.connect(self._comment_finished)
            edit.answerKeyRefused.connect(self._answer_key_refused)
            edit.installEventFilter(self)
            self._layout.insertWidget(self._layout.indexOf(self.note_label), edit)
            self.comment_edit = edit
        return self.comment_edit

    def _ensure_evidence_label(self) -> QLabel:
        if self.evidence_label is None:
            label = QLabel(objectName="evidenceLinks", wordWrap=True, textFormat=Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            label.linkActivated.connect(self._link)
            self._layout.addWidget(label)
            self.evidence_label = label
        return self.evidence_label

    # State ----------------------------------------------------------------------------------

    @property
    def value(self) -> AnswerValue | None:
        return self._value

    @property
    def comment(self) -> str:
        return self._comment

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return self._evidence

    def set_value(self, value: AnswerValue | None) -> None:
        self._value = value
        self.group.setExclusive(False)  # an exclusive group cannot show "no answer"
        for option, button in self.buttons.items():
            button.setChecked(option == value)
        self.group.setExclusive(True)
        scale = self.criterion.scale
        described = isinstance(value, int) and scale.labels and scale.label(value, self._language) != str(value)
        if described:
            self.value_label.setText(scale.label(value, self._language))
        self.value_label.setVisible(bool(described))

    def set_comment(self, text: str) -> None:
        self._comment = text
        if self.comment_edit is not None:
            self.comment_edit.set_text(text)
        self._show_comment()

    def set_evidence(self, evidence: tuple[Evidence, ...], turns: dict[int, Turn]) -> None:
        self._evidence, self._turns = tuple(evidence), turns
        if evidence or self.evidence_label is not None:
            label = self._ensure_evidence_label()
            label.setText(evidence_links.links_html(evidence, turns, removable=not self._read_only))
            label.setToolTip("\n\n".join(filter(None, (evidence_links.tooltip(e, turns) for e in evidence))))
            label.setVisible(bool(evidence))

    def _bottom_label(self) -> str:
        bottom = self.criterion.scale.bottom
        return self.criterion.scale.label(bottom, self._language) if isinstance(bottom, str) else str(bottom)

    def set_state(self, needs_comment: bool, failed: bool) -> None:
        """needs_comment: answered where the rubric asks for a comment, and none written yet."""
        self._needs_comment = needs_comment
        if needs_comment and not self._asking:
            self.note_label.setText(self.tr("A comment is required for \u201c%1\u201d: say what happened.")
                                    .replace("%1", self._bottom_label()))
        self.note_label.setVisible(needs_comment or self._asking)
        if self.property("failed") != failed:
            self.setProperty("failed", failed)
            repolish(self)
        self._show_comment()

    def set_current(self, current: bool) -> None:
        if current == self._current:
            return
        self._current = current
        self.setProperty("current", current)
        repolish(self)
        self._show_comment()
        self._show_guidance()

    def _show_guidance(self) -> None:
        if self._current and self.guidance_label is None:
            text = self._guidance_html()
            if not text:
                return
            label = QLabel(text, objectName="criterionGuidance", wordWrap=True, textFormat=Qt.TextFormat.RichText)
            # Under the buttons: a row that becomes current never moves its buttons under the mouse.
            self._layout.insertWidget(self._layout.indexOf(self.button_box) + 1, label)
            self.guidance_label = label
        if self.guidance_label is not None:
            self.guidance_label.setVisible(self._current)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        # Buttons keep their colours (a disabled button would grey the answer out); they just stop taking clicks.
        self.button_box.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only)
        self.attach_button.setVisible(not read_only)
        if self.comment_edit is not None:
            self.comment_edit.setReadOnly(read_only)
        self.set_evidence(self._evidence, self._turns)
        self._show_comment()

    def _show_comment(self) -> None:
        wanted = bool(self._comment) or self._needs_comment or (self._current and not self._read_only)
        if wanted:
            self._ensure_comment_edit().show()
        elif self.comment_edit is not None and not self.comment_edit.hasFocus():
            self.comment_edit.hide()

    def focus_comment(self, asking: bool = False) -> None:
        """Put the keyboard into the comment box; ``asking``: for the reason a lowest answer
        needs, highlighted and saying so, until the reviewer writes it or presses Esc."""
        if self._read_only:
            return
        edit = self._ensure_comment_edit()
        edit.show()
        self._set_asking(asking)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.moveCursor(edit.textCursor().MoveOperation.End)

    @property
    def asking(self) -> bool:
        return self._asking

    def _set_asking(self, asking: bool) -> None:
        self._asking = asking
        edit = self.comment_edit
        if edit is not None:
            edit.answer_keys = is_answer_key if asking else None
            edit.setPlaceholderText(self.tr("Type the reason, Esc to go on") if asking else self.tr("Comment"))
            if edit.property("asking") != asking:
                edit.setProperty("asking", asking)
                repolish(edit)
        if asking:
            self.note_label.setText(self.tr("\u201c%1\u201d needs a reason: type it here, Esc to go on.")
                                    .replace("%1", self._bottom_label()))
        self.note_label.setProperty("asking", asking)
        repolish(self.note_label)
        self.note_label.setVisible(asking or self._needs_comment)
        if not asking and self._needs_comment:
            self.note_label.setText(self.tr("A comment is required for \u201c%1\u201d: say what happened.")
                                    .replace("%1", self._bottom_label()))

    def _answer_key_refused(self, text: str) -> None:
        self.note_label.setText(
            self.tr("\u201c%1\u201d was not typed: it answers criteria. Type the reason for \u201c%2\u201d, "
                    "or press Esc to go on.").replace("%1", text).replace("%2", self._bottom_label()))
        self.note_label.show()

    def _comment_finished(self) -> None:
        asking = self._asking
        self._set_asking(False)
        if asking:
            self.reasonFinished.emit(self.criterion.id)
        else:
            self.commentFinished.emit(self.criterion.id)

    # Events ---------------------------------------------------------------------------------

    def _emit_activated(self) -> None:
        self.activated.emit(self.criterion.id)

    def _attach_clicked(self) -> None:
        self._emit_activated()
        self.attachRequested.emit(self.criterion.id)

    def _picked(self, value: AnswerValue) -> None:
        if self._read_only:
            self.set_value(self._value)  # undo the toggle: a submitted answer stays as it is
            return
        self._emit_activated()
        self.answerChosen.emit(self.criterion.id, value)

    def _comment_typed(self, text: str) -> None:
        self._comment = text
        self.commentEdited.emit(self.criterion.id, text)

    def _link(self, link: str) -> None:
        if link.startswith("remove:"):
            item = evidence_links.from_href(link.removeprefix("remove:"))
            if item is not None:
                self.evidenceRemoved.emit(self.criterion.id, item)
            return
        item = evidence_links.from_href(link)
        if item is not None:
            self.evidenceActivated.emit(item)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._emit_activated()
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.comment_edit and event.type() == QEvent.Type.FocusIn:
            self._emit_activated()
        if (watched is self.comment_edit and event.type() == QEvent.Type.FocusOut and self._asking
                and event.reason() not in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)):
            self._set_asking(False)  # clicked elsewhere: the reason is no longer asked for
        return super().eventFilter(watched, event)
