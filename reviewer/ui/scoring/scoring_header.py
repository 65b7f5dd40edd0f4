"""The top of the scoring panel: the rubric, who reviews, the review's state, the live total and
any failed critical criterion, in plain words."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from reviewer.domain.review import Review, ReviewState
from reviewer.domain.rubric import Rubric
from reviewer.domain.scoring import ReviewScore
from reviewer.ui.widgets.itemdata import ChoiceBox
from reviewer.ui.scoring.review_history import local_time
from reviewer.ui.scoring.scoring_support import summary_html


class ScoringHeader(QFrame):
    #: a rubric was picked in the box (before scoring started)
    rubricPicked = Signal(object)
    #: "change" next to the reviewer's name
    nameChangeRequested = Signal()
    #: "Back to yours" while another reviewer's review is shown
    backToMineRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent, objectName="scoringHeader")
        self.rubric_box = ChoiceBox()
        self.rubric_box.currentIndexChanged.connect(lambda _index: self.rubricPicked.emit(self.rubric_box.value()))
        self.reviewer_label = QLabel(objectName="reviewerLine", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.reviewer_label.linkActivated.connect(lambda _link: self.nameChangeRequested.emit())
        self.state_label = QLabel(objectName="reviewState", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.state_label.linkActivated.connect(lambda _link: self.backToMineRequested.emit())
        self.total_label = QLabel(objectName="totalScore")
        self.progress_label = QLabel(objectName="answeredCount", wordWrap=True)
        self.critical_label = QLabel(objectName="criticalFailures", wordWrap=True)
        self.rule_label = QLabel(objectName="ruleNote", wordWrap=True)
        self.rule_label.setText(self.tr("This rubric asks for a comment on every lowest answer, saying what happened."))
        score_row = QHBoxLayout()
        score_row.addWidget(self.total_label)
        score_row.addWidget(self.progress_label, 1, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        for widget in (self.rubric_box, self.reviewer_label, self.state_label):
            layout.addWidget(widget)
        layout.addLayout(score_row)
        layout.addWidget(self.critical_label)
        layout.addWidget(self.rule_label)

    def set_rubrics(self, choices: list[Rubric], shown: Rubric, editable: bool, language: str) -> None:
        """The rubrics to choose from (the shown one added when the files no longer have it)."""
        box = self.rubric_box
        box.blockSignals(True)
        box.clear_choices()
        if not any(r.fingerprint == shown.fingerprint for r in choices):
            choices = [shown, *choices]  # the copy a review was scored with, even if the file changed since
        for choice in choices:
            box.add_choice(f"{choice.title.get(language)} \u00b7 v{choice.version}", choice)
        box.setCurrentIndex(next(i for i, r in enumerate(choices) if r.fingerprint == shown.fingerprint))
        box.setEnabled(editable)
        about = shown.guidance.get(language) if editable else self.tr(
            "The rubric of a review cannot change once scoring has started")
        box.setToolTip("\n\n".join(filter(None, (shown.title.get(language), about))))  # the box may cut the title
        box.blockSignals(False)

    def show_score(self, score: ReviewScore, rubric: Rubric, read_only: bool, language: str) -> None:
        self.total_label.setText("\u2014" if score.total is None else f"{score.total:.0f}%")
        total = len(score.criteria)
        self.progress_label.setText(self.tr("%1 of %2 criteria answered")
                                    .replace("%1", str(total - len(score.unanswered))).replace("%2", str(total)))
        self.critical_label.setText(summary_html(score, language))
        self.critical_label.setVisible(score.flagged)
        self.rule_label.setVisible(rubric.comment_on_lowest and not read_only)

    def show_state(self, review: Review | None, reviewer: str, viewing_other: bool) -> None:
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
