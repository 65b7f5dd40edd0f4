"""The top of the scoring panel: the rubric, who reviews, the review's state, the live total and
any failed critical criterion, in plain words."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStyle, QStyleOptionComboBox, QStylePainter, QVBoxLayout,
    QWidget,
)

from reviewer.domain.review import Review, ReviewState
from reviewer.domain.rubric import Rubric
from reviewer.domain.scoring import ReviewScore
from reviewer.ui.widgets.itemdata import ChoiceBox
from reviewer.ui.scoring.review_history import local_time
from reviewer.ui.scoring.scoring_support import summary_html


VERSION_MARK = " \u00b7 v"  # between a rubric's title and its version in the box


class RubricBox(ChoiceBox):
    """The rubric box: a title too long for it is cut short, never the version after it (two
    versions of one rubric must read apart; Russian titles are long)."""

    def shown_text(self, text: str, room: int) -> str:
        """``text`` as it fits ``room`` pixels: the title shortened with "…", the version whole."""
        title, mark, version = text.rpartition(VERSION_MARK)
        if not mark:
            title, version = text, ""
        suffix = mark + version
        metrics = self.fontMetrics()
        left = room - metrics.horizontalAdvance(suffix) - 2
        return metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(0, left)) + suffix

    def paintEvent(self, _event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.shown_text(option.currentText, field.width())
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class ScoringHeader(QFrame):
    #: a rubric was picked in the box (before scoring started)
    rubricPicked = Signal(object)
    #: "change" next to the reviewer's name
    nameChangeRequested = Signal()
    #: "Back to yours" while another reviewer's review is shown
    backToMineRequested = Signal()
    #: the name typed when asked for it before the first review
    nameEntered = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent, objectName="scoringHeader")
        self.rubric_box = RubricBox()
        self.rubric_box.currentIndexChanged.connect(lambda _index: self.rubricPicked.emit(self.rubric_box.value()))
        self.reviewer_label = QLabel(objectName="reviewerLine", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.reviewer_label.linkActivated.connect(lambda _link: self.nameChangeRequested.emit())
        # Asked once, before the first review (never the computer's login, such as "root").
        self.name_prompt = QLabel(self.tr("Your name is recorded on your reviews. Type it to start:"),
                                  objectName="namePrompt", wordWrap=True)
        self.name_edit = QLineEdit(objectName="reviewerNameEdit", placeholderText=self.tr("Your name"))
        self.name_button = QPushButton(self.tr("Start"))
        self.name_edit.returnPressed.connect(self._name_typed)
        self.name_button.clicked.connect(self._name_typed)
        self.name_box = QWidget()
        name_layout = QVBoxLayout(self.name_box)
        name_layout.setContentsMargins(0, 2, 0, 2)
        name_layout.setSpacing(3)
        name_layout.addWidget(self.name_prompt)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.name_button)
        name_layout.addLayout(name_row)
        self.name_box.hide()
        self.state_label = QLabel(objectName="reviewState", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.state_label.linkActivated.connect(lambda _link: self.backToMineRequested.emit())
        self.total_label = QLabel(objectName="totalScore", alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.progress_label = QLabel(objectName="answeredCount", wordWrap=True)
        self.critical_label = QLabel(objectName="criticalFailures", wordWrap=True)
        self.rule_label = QLabel(objectName="ruleNote", wordWrap=True)
        self.rule_label.setText(self.tr("This rubric asks for a comment on every lowest answer, saying what happened."))
        score_row = QHBoxLayout()
        score_row.addWidget(self.total_label)
        score_row.addWidget(self.progress_label, 1, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        for widget in (self.rubric_box, self.reviewer_label, self.name_box, self.state_label):
            layout.addWidget(widget)
        layout.addLayout(score_row)
        layout.addWidget(self.critical_label)
        layout.addWidget(self.rule_label)

    def ask_name(self, suggestion: str) -> None:
        if not self.name_box.isVisible():
            self.name_edit.setText(suggestion)
        self.name_box.show()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()

    def hide_name_prompt(self) -> None:
        self.name_box.hide()

    def _name_typed(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if name:
            self.nameEntered.emit(name)
        else:
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def fix_score_size(self) -> None:
        """The total as wide and high as "100%" from the start, so that the first answer moves
        nothing (call once the panel's style sheet applies to the header)."""
        label = self.total_label
        label.ensurePolished()
        shown = label.text()
        label.setText("100%")
        label.setFixedSize(label.sizeHint())
        label.setText(shown)
        # "Not started: ..." takes two lines, "Draft, saved ..." one: the list below keeps its place.
        self.state_label.setMinimumHeight(2 * self.state_label.fontMetrics().lineSpacing())

    def set_rubrics(self, choices: list[Rubric], shown: Rubric, editable: bool, language: str) -> None:
        """The rubrics to choose from (the shown one added when the files no longer have it)."""
        box = self.rubric_box
        box.blockSignals(True)
        box.clear_choices()
        if not any(r.fingerprint == shown.fingerprint for r in choices):
            choices = [shown, *choices]  # the copy a review was scored with, even if the file changed since
        for choice in choices:
            box.add_choice(f"{choice.title.get(language)}{VERSION_MARK}{choice.version}", choice)
        box.setCurrentIndex(next(i for i, r in enumerate(choices) if r.fingerprint == shown.fingerprint))
        box.setEnabled(editable)
        about = shown.guidance.get(language) if editable else self.tr(
            "The rubric of a review cannot change once scoring has started")
        box.setToolTip("\n\n".join(filter(None, (shown.title.get(language), about))))  # the box may cut the title
        box.blockSignals(False)

    def show_score(self, score: ReviewScore, rubric: Rubric, read_only: bool, language: str) -> None:
        self.total_label.setText("\u2014" if score.total is None else f"{score.total:.0f}%")
        total = len(score.criteria)
        answered = total - len(score.unanswered)
        # A score of the few criteria answered so far reads as provisional (muted), with how
        # much it stands on.
        provisional = answered < total
        if self.total_label.property("provisional") != provisional:
            self.total_label.setProperty("provisional", provisional)
            self.total_label.style().unpolish(self.total_label)
            self.total_label.style().polish(self.total_label)
        if provisional and score.total is not None:
            text = self.tr("so far, %1 of %2 answered")
        else:
            text = self.tr("%1 of %2 criteria answered")
        self.progress_label.setText(text.replace("%1", str(answered)).replace("%2", str(total)))
        self.total_label.setToolTip(self.tr("The score of the criteria answered so far") if provisional else "")
        self.critical_label.setText(summary_html(score, language))
        self.critical_label.setVisible(score.flagged)
        self.rule_label.setVisible(rubric.comment_on_lowest and not read_only)

    def show_state(self, review: Review | None, reviewer: str, viewing_other: bool, name_set: bool = True) -> None:
        if review is None and not name_set:
            who = "<i>" + html.escape(self.tr("your name, asked at the first answer")) + "</i>"
        else:
            who = "<b>" + html.escape(review.reviewer if review else reviewer) + "</b>"
        line = self.tr("Reviewer: %1").replace("%1", who)
        if not viewing_other:
            change = html.escape(self.tr("change"))
            line += f' &nbsp;<a href="name">{change}</a>'
        self.reviewer_label.setText(line)
        if review is None:
            state = self.tr("Not started: the first answer starts a draft, saved as you go.")
        elif review.state is ReviewState.SUBMITTED:
            state = self.tr("Submitted %1. Read-only until reopened.").replace("%1", local_time(review.submitted_at))
        elif review.submitted_at:
            state = self.tr("Reopened: changes are kept in the history. Saved %1.").replace(
                "%1", local_time(review.updated_at))
        else:
            state = self.tr("Draft, saved %1.").replace("%1", local_time(review.updated_at))
        state = html.escape(state)
        if viewing_other:
            back = html.escape(self.tr("Back to yours"))
            state += " " + html.escape(self.tr("This is another reviewer's review.")) + f' <a href="mine">{back}</a>'
        self.state_label.setText(state)
