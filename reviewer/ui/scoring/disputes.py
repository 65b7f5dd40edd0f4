"""Under the review in the scoring panel: its disputes (open ones first, with their age), a
button to dispute an answer of a submitted review, and Decide for the open ones.

A decision that changes an answer changes the review: the panel re-reads it (``reviewChanged``).
"""

from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reviewer.domain.dispute import Dispute, DisputeState
from reviewer.domain.review import Review, ReviewState
from reviewer.domain.rubric import AnswerError
from reviewer.ui import style
from reviewer.ui.scoring.evidence import evidence_to_attach, href, label as evidence_label


class DisputesBox(QWidget):
    #: a dispute of the shown review was raised or decided: (review id, whether its answers changed)
    reviewChanged = Signal(int, bool)
    #: an evidence link of a dispute was clicked
    evidenceActivated = Signal(object)

    def __init__(self, library, parent=None):
        super().__init__(parent, objectName="disputesBox")
        self._library = library
        self._review: Review | None = None
        self._disputes: list[Dispute] = []
        self._language = "en"
        self._turns: dict = {}
        self._source: Callable[[], object] = lambda: None
        self._shown_key = None
        self._criterion: Callable[[], str | None] = lambda: None
        self._decider: Callable[[], str] = lambda: ""
        self.title_label = QLabel(objectName="disputeTitle", textFormat=Qt.TextFormat.RichText)
        self.list_label = QLabel(objectName="disputeList", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.list_label.linkActivated.connect(self._link)
        self.raise_button = QPushButton(self.tr("Dispute an Answer…"))
        self.raise_button.setToolTip(self.tr("The employee (or a trainer for them) disagrees with an answer of this "
                                             "submitted review"))
        self.raise_button.clicked.connect(self.raise_dispute)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title_label, 1)
        row.addWidget(self.raise_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.list_label)
        self.hide()

    def configure(self, current_criterion: Callable[[], str | None], decider: Callable[[], str],
                  source: Callable[[], object]) -> None:
        """Where the dialogs take the current criterion, the decider's name and the evidence from."""
        self._criterion, self._decider, self._source = current_criterion, decider, source

    @property
    def disputes(self) -> list[Dispute]:
        return self._disputes

    def show_review(self, review: Review | None, turns: dict, language: str, force: bool = False) -> None:
        """Read the review's disputes again when the review shown or its state changed (the
        panel calls this on every refresh, a typed letter included), or when forced."""
        from reviewer.coaching import DisputeFilter, DisputeRepository

        key = (review.id, review.state, review.updated_at, language) if review is not None else None
        if key == self._shown_key and not force:
            return
        self._shown_key = key
        self._review, self._turns, self._language = review, turns, language
        submitted = review is not None and review.id is not None and review.state is ReviewState.SUBMITTED
        self._disputes = (DisputeRepository(self._library).list(DisputeFilter(review_id=review.id))
                          if review is not None and review.id is not None else [])
        self._disputes.sort(key=lambda d: (not d.is_open, d.raised_at))
        self.raise_button.setVisible(submitted)
        open_count = sum(d.is_open for d in self._disputes)
        title = self.tr("Disputes (%1 open)").replace("%1", str(open_count)) if self._disputes else self.tr("Disputes")
        self.title_label.setText(f"<b>{html.escape(title)}</b>")
        self.list_label.setText(self._html())
        self.list_label.setVisible(bool(self._disputes))
        self.setVisible(submitted or bool(self._disputes))

    def _title(self, criterion_id: str) -> str:
        try:
            return self._review.rubric.criterion(criterion_id).title.get(self._language)
        except AnswerError:
            return criterion_id

    def _answer(self, criterion_id: str, value) -> str:
        if value is None:
            return "\u2014"
        try:
            return self._review.rubric.criterion(criterion_id).scale.label(value, self._language)
        except AnswerError:
            return str(value)

    def _html(self) -> str:
        lines = []
        outcomes = {
            DisputeState.ACCEPTED: self.tr("accepted"),
            DisputeState.PARTLY_ACCEPTED: self.tr("partly accepted"),
            DisputeState.REJECTED: self.tr("rejected"),
        }
        for d in self._disputes:
            title = html.escape(self._title(d.criterion_id))
            change = html.escape(f"{self._answer(d.criterion_id, d.old_answer)} \u2192 "
                                 f"{self._answer(d.criterion_id, d.proposed)}")
            if d.is_open:
                age = self.tr("open %1 days").replace("%1", str(d.age_days()))
                decide = self.tr("Decide…")  # outside the f-string, where lupdate finds it
                state = (f'<span style="color:{style.CRITICAL.name()}">\u2696 {html.escape(age)}</span>'
                         f' <a href="decide:{d.id}">{html.escape(decide)}</a>')
            else:
                decided = self.tr("%1 by %2").replace("%1", outcomes[d.state]).replace("%2", d.decided_by or "")
                state = html.escape(decided)
            evidence = ", ".join(f'<a href="{href(e)}">{html.escape(evidence_label(e, self._turns))}</a>'
                                 for e in d.evidence)
            line = (f"\u2022 {title}: {change} \u00b7 {html.escape(d.raised_by)} \u00b7 {state}"
                    f"<br>&nbsp;&nbsp;<i>{html.escape(d.argument)}</i>")
            if evidence:
                line += "<br>&nbsp;&nbsp;" + evidence
            lines.append(line)
        return "<br>".join(lines)

    def _link(self, link: str) -> None:
        from reviewer.ui.scoring.evidence import from_href

        kind, _, value = link.partition(":")
        if kind == "decide" and value.isdigit():
            self.decide(int(value))
            return
        evidence = from_href(link)
        if evidence is not None:
            self.evidenceActivated.emit(evidence)

    # Dialogs --------------------------------------------------------------------------------

    def raise_dispute(self):
        """Open the dialog for the current criterion, with the selected turns or the moment playing."""
        from reviewer.ui.scoring.dispute_dialogs import RaiseDisputeDialog

        review = self._review
        if review is None or review.state is not ReviewState.SUBMITTED:
            return None
        conversation = self._library.conversations.get(review.conversation_id, with_turns=False)
        evidence = evidence_to_attach(self._source(), conversation.duration_ms if conversation else None)
        dialog = RaiseDisputeDialog(self._library, review, self._criterion(), evidence, self._turns,
                                    self._decider(), self._language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.reviewChanged.emit(review.id, False))
        dialog.open()
        return dialog

    def decide(self, dispute_id: int):
        from reviewer.ui.scoring.dispute_dialogs import DecideDisputeDialog

        dispute = next((d for d in self._disputes if d.id == dispute_id), None)
        if dispute is None or self._review is None:
            return None
        dialog = DecideDisputeDialog(self._library, dispute, self._review, self._decider(), self._language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        review_id = self._review.id
        dialog.accepted.connect(lambda: self.reviewChanged.emit(
            review_id, dialog.decided is not None and dialog.decided.new_answer is not None))
        dialog.open()
        return dialog
