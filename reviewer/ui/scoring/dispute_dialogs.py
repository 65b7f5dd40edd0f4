"""The two dialogs of a dispute: raising one against an answer of a submitted review, and
deciding it (accepted, partly accepted with the new answer, or rejected, with the reason)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.domain.dispute import DecisionReason, Dispute, DisputeError, DisputeState, RaisedBy
from reviewer.domain.review import Evidence, Review, ReviewError
from reviewer.domain.rubric import NOT_APPLICABLE, AnswerError, Criterion
from reviewer.ui.scoring.evidence import label as evidence_label
from reviewer.ui.widgets.itemdata import ChoiceBox


def answer_choices(criterion: Criterion, language: str, leave_out=()) -> list[tuple[str, object]]:
    """(label, value) for every answer of the criterion's scale, top first, N/A last where allowed."""
    values = list(reversed(criterion.scale.values())) + ([NOT_APPLICABLE] if criterion.na_allowed else [])
    found = []
    for value in values:
        if value in leave_out:
            continue
        label = criterion.scale.label(value, language)
        found.append((label if label == str(value) or isinstance(value, str) else f"{value} \u00b7 {label}", value))
    return found


class RaiseDisputeDialog(QDialog):
    """Dispute one answer: the criterion, the answer proposed, the argument, who, and evidence."""

    def __init__(self, library, review: Review, criterion_id: str | None, evidence: list[Evidence], turns: dict,
                 trainer_name: str, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dispute an Answer"))
        self._library, self._review, self._language = library, review, language
        self._trainer_name = trainer_name
        self.evidence = list(evidence)
        self.dispute: Dispute | None = None
        self.criterion_box = ChoiceBox()
        for criterion in review.rubric.criteria():
            answer = review.answers.get(criterion.id)
            shown = criterion.scale.label(answer.value, language) if answer and answer.value is not None else "\u2014"
            self.criterion_box.add_choice(f"{criterion.title.get(language)} ({shown})", criterion.id)
        if criterion_id is not None:
            self.criterion_box.select(criterion_id)
        self.criterion_box.currentIndexChanged.connect(self._fill_answers)
        self.answer_box = ChoiceBox()
        self.argument_edit = QPlainTextEdit(placeholderText=self.tr("Why the answer is wrong, in the employee's words"))
        self.argument_edit.setTabChangesFocus(True)
        self.by_edit = QLineEdit(review.employee or "")
        self.trainer_box = QCheckBox(self.tr("A trainer raises it on the employee's behalf"))
        self.trainer_box.toggled.connect(self._on_behalf)
        self.evidence_box = QCheckBox()
        self.evidence_box.setChecked(bool(self.evidence))
        self.evidence_box.setEnabled(bool(self.evidence))
        if self.evidence:
            links = ", ".join(evidence_label(e, turns) for e in self.evidence)
            self.evidence_box.setText(self.tr("Attach as evidence: %1").replace("%1", links))
        else:
            self.evidence_box.setText(self.tr("No evidence: select turns or play the recording first to attach some"))
        self.message = QLabel(wordWrap=True, objectName="disputeMessage")
        self.message.setStyleSheet("color: #c53030")
        form = QFormLayout()
        form.addRow(self.tr("Criterion:"), self.criterion_box)
        form.addRow(self.tr("Proposed answer:"), self.answer_box)
        form.addRow(self.tr("Argument:"), self.argument_edit)
        form.addRow(self.tr("Raised by:"), self.by_edit)
        form.addRow("", self.trainer_box)
        form.addRow(self.tr("Evidence:"), self.evidence_box)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Raise Dispute"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._fill_answers()
        self.resize(520, self.sizeHint().height())

    def _fill_answers(self) -> None:
        criterion = self._review.rubric.criterion(self.criterion_box.value())
        answer = self._review.answers.get(criterion.id)
        self.answer_box.clear_choices()
        for label, value in answer_choices(criterion, self._language, leave_out=(answer.value,) if answer else ()):
            self.answer_box.add_choice(label, value)

    def _on_behalf(self, on: bool) -> None:
        self.by_edit.setText(self._trainer_name if on else (self._review.employee or ""))

    def save(self) -> None:
        from reviewer.coaching import DisputeRepository

        try:
            self.dispute = DisputeRepository(self._library).raise_dispute(
                self._review.id, self.criterion_box.value(), self.answer_box.value(),
                self.argument_edit.toPlainText(), by=self.by_edit.text(),
                role=RaisedBy.TRAINER if self.trainer_box.isChecked() else RaisedBy.EMPLOYEE,
                evidence=self.evidence if self.evidence_box.isChecked() else [])
        except (DisputeError, AnswerError, ReviewError) as exc:
            self.message.setText(str(exc))
            return
        self.accept()


class DecideDisputeDialog(QDialog):
    """Decide a dispute: the outcome, the new answer when partly accepted, the reason and a note."""

    def __init__(self, library, dispute: Dispute, review: Review, decider: str, language: str = "en",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decide the Dispute"))
        self._library, self._dispute = library, dispute
        self.decided: Dispute | None = None
        criterion = review.rubric.criterion(dispute.criterion_id)
        answer = review.answers.get(dispute.criterion_id)
        current = answer.value if answer else None

        def label(value) -> str:
            return "\u2014" if value is None else criterion.scale.label(value, language)

        summary = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        summary.setText(
            "<b>" + html.escape(criterion.title.get(language)) + "</b><br>"
            + html.escape(self.tr("%1 disputes the answer %2 and proposes %3.").replace("%1", dispute.raised_by)
                          .replace("%2", label(current)).replace("%3", label(dispute.proposed)))
            + "<br><i>" + html.escape(dispute.argument) + "</i>")
        self.outcomes = QButtonGroup(self)
        self.accept_radio = QRadioButton(self.tr("Accepted: the answer becomes %1").replace("%1", label(dispute.proposed)))
        self.partly_radio = QRadioButton(self.tr("Partly accepted, with the new answer:"))
        self.reject_radio = QRadioButton(self.tr("Rejected: the answer stays %1").replace("%1", label(current)))
        for i, radio in enumerate((self.accept_radio, self.partly_radio, self.reject_radio)):
            self.outcomes.addButton(radio, i)
        self.accept_radio.setChecked(True)
        self.new_answer_box = ChoiceBox()
        for text, value in answer_choices(criterion, language, leave_out=(current, dispute.proposed)):
            self.new_answer_box.add_choice(text, value)
        self.partly_radio.setEnabled(self.new_answer_box.count() > 0)
        self.reason_box = ChoiceBox()
        for text, value in (
            (self.tr("Reviewer error"), DecisionReason.REVIEWER_ERROR),
            (self.tr("Not a reviewer error"), DecisionReason.NOT_REVIEWER_ERROR),
            (self.tr("The rubric is unclear"), DecisionReason.RUBRIC_UNCLEAR),
        ):
            self.reason_box.add_choice(text, value)
        self.note_edit = QPlainTextEdit(placeholderText=self.tr("Why (kept in the review's history)"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(80)
        self.by_edit = QLineEdit(decider)
        self.message = QLabel(wordWrap=True, objectName="disputeMessage")
        self.message.setStyleSheet("color: #c53030")
        form = QFormLayout()
        form.addRow(summary)
        form.addRow(self.accept_radio)
        form.addRow(self.partly_radio, self.new_answer_box)
        form.addRow(self.reject_radio)
        form.addRow(self.tr("Reason:"), self.reason_box)
        form.addRow(self.tr("Note:"), self.note_edit)
        form.addRow(self.tr("Decided by:"), self.by_edit)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Decide"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def outcome(self) -> DisputeState:
        if self.partly_radio.isChecked():
            return DisputeState.PARTLY_ACCEPTED
        return DisputeState.REJECTED if self.reject_radio.isChecked() else DisputeState.ACCEPTED

    def save(self) -> None:
        from reviewer.coaching import DisputeRepository

        outcome = self.outcome()
        new = self.new_answer_box.value() if outcome is DisputeState.PARTLY_ACCEPTED else None
        try:
            self.decided = DisputeRepository(self._library).decide(
                self._dispute.id, outcome, self.reason_box.value(), by=self.by_edit.text(), new_answer=new,
                note=self.note_edit.toPlainText())
        except (DisputeError, AnswerError, ReviewError) as exc:
            self.message.setText(str(exc))
            return
        self.accept()
