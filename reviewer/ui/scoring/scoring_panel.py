"""The scoring panel beside the transcript: pick the rubric, answer its criteria, attach evidence,
watch the score, submit, reopen, see the history.

Every click is saved at once and typed comments half a second after the typing stops (and
whenever the conversation changes or the window closes), so nothing is lost. A review is made
on the first answer, under the reviewer's name: the library's reviewer_name setting, asked for
in the panel the first time a review is started (until then reviews made under the computer's
user name still count as this reviewer's). Several people may review one conversation:
the panel shows this reviewer's draft or latest review, and lists the others.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from reviewer.domain.review import Review, ReviewError, ReviewState
from reviewer.domain.rubric import AnswerError, Rubric
from reviewer.domain.scoring import score_review
from reviewer.storage import Library
from reviewer.storage.reviews import UNCHANGED, ReviewFilter
from reviewer.team.calibration import visible_reviews
from reviewer.storage.settings import Setting
from reviewer.ui.widgets import formatting
from reviewer.ui.app import current_language
from reviewer.ui.scoring.criteria_list import CriteriaList
from reviewer.ui.scoring.disputes import DisputesBox
from reviewer.ui.scoring.evidence import evidence_to_attach
from reviewer.ui.scoring.review_history import ReviewHistory
from reviewer.ui.scoring.review_writer import ReviewWriter
from reviewer.ui.scoring.scoring_header import ScoringHeader
from reviewer.ui.scoring.suggestions import Suggestions
from reviewer.ui.scoring.scoring_support import (
    STYLE_SHEET, ListCache, default_rubric, missing, missing_html, os_full_name, reviewer_name, same_name,
)

COMMENT_DELAY_MS = 500  # save a comment this long after the typing stops
MIN_WIDTH = 240  # the header's; the criteria list asks for what its widest scale needs


class ScoringPanel(QWidget):
    #: an evidence link was clicked: the Evidence (main_window seeks the conversation view)
    evidenceActivated = Signal(object)
    #: a review of this conversation (its id) was submitted or reopened: the library row changed
    reviewChanged = Signal(int)

    def __init__(self, library: Library, parent=None):
        super().__init__(parent, objectName="scoringPanel")
        self._library = library
        self._catalog = None  # loaded when first needed
        self._source = None
        self._conversation = None
        self._turns: dict = {}
        self._writer: ReviewWriter | None = None  # this reviewer's review of the shown conversation
        self._shown: Review | None = None  # another reviewer's review, when one is looked at
        self._others: list[Review] = []
        self._waiting: list[tuple] = []  # changes made before the reviewer's name was given
        self._comment_timer = QTimer(self, singleShot=True, interval=COMMENT_DELAY_MS)
        self._comment_timer.timeout.connect(self.flush)
        self._lists = ListCache(self._new_list)
        self.setStyleSheet(STYLE_SHEET)
        self._build()
        self.suggestions = Suggestions(self)  # automatic QA on the criteria rows
        self.show_conversation(None)

    # Layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.header = ScoringHeader()
        self.rubric_box = self.header.rubric_box
        self.header.rubricPicked.connect(self._rubric_picked)
        self.header.nameChangeRequested.connect(self.ask_reviewer_name)
        self.header.backToMineRequested.connect(lambda: self.show_conversation(self._conversation.id))
        self.header.nameEntered.connect(self._name_entered)
        self.lists = QStackedWidget()
        self.message_label = QLabel(objectName="scoringMessage", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.message_label.linkActivated.connect(self._go_to_link)
        self.message_label.hide()
        self.submit_button = QPushButton(self.tr("Submit"), objectName="submitButton")
        self.submit_button.setToolTip(self.tr("Make the review final (Ctrl+Enter)"))
        self.submit_button.setDefault(True)  # drawn as the panel's main action
        self.submit_button.clicked.connect(self.submit)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setToolTip(self.tr("Make the submitted review editable again; changes are kept in its history"))
        self.reopen_button.clicked.connect(self.reopen)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.submit_button)
        self.history = ReviewHistory()
        self.history.otherReviewChosen.connect(self.show_other_review)
        self.disputes = DisputesBox(self._library)  # disputes of a submitted review (issue 17)
        self.disputes.configure(lambda: self.criteria.current if self.criteria else None, self.reviewer_name,
                                lambda: self._source)
        self.disputes.reviewChanged.connect(self._dispute_changed)
        self.disputes.evidenceActivated.connect(self.evidenceActivated)

        self.work_page = QWidget()
        work = QVBoxLayout(self.work_page)
        work.setContentsMargins(0, 0, 0, 0)
        work.setSpacing(6)
        work.addWidget(self.header)
        work.addWidget(self.lists, 1)
        work.addWidget(self.message_label)
        work.addLayout(buttons)
        work.addWidget(self.history)
        work.addWidget(self.disputes)
        self.empty_label = QLabel(objectName="emptyState", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.empty_label.setMargin(12)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.work_page)
        self.pages.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.header.fix_score_size()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # the main and the keypad Enter
            QShortcut(QKeySequence(keys), self, self.submit, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def minimumSizeHint(self):
        # A hint, not setMinimumWidth: a fixed minimum would hide the criteria list's own (the
        # widest scale, wider in Russian) from the splitter, which then cuts the rows off.
        hint = super().minimumSizeHint()
        hint.setWidth(max(MIN_WIDTH, hint.width()))
        return hint

    def _new_list(self, rubric: Rubric) -> CriteriaList:
        criteria = CriteriaList(rubric, current_language())
        for row in criteria.rows.values():
            row.answerChosen.connect(self.answer)
            row.commentEdited.connect(self._comment_typed)
            row.commentFinished.connect(lambda _cid: self._back_to_list())
            row.attachRequested.connect(self.attach_evidence)
            row.evidenceActivated.connect(self.evidenceActivated)
            row.evidenceRemoved.connect(self.remove_evidence)
            row.activated.connect(self._row_activated)
            row.reasonFinished.connect(self._reason_finished)
        criteria.answerKey.connect(self._key_answer)
        criteria.attachKey.connect(self.attach_evidence)
        self.lists.addWidget(criteria)
        return criteria

    # What is shown --------------------------------------------------------------------------

    @property
    def criteria(self) -> CriteriaList | None:
        widget = self.lists.currentWidget()
        return widget if isinstance(widget, CriteriaList) and self.pages.currentWidget() is self.work_page else None

    @property
    def review(self) -> Review | None:
        """The review shown: this reviewer's (None before the first answer), or another's."""
        return self._shown or (self._writer.review if self._writer else None)

    @property
    def rubric(self) -> Rubric | None:
        if self._shown:
            return self._shown.rubric
        return self._writer.rubric if self._writer else None

    def set_evidence_source(self, source) -> None:
        """What "Attach evidence" asks: an object with selected_turn_indexes() and playback_ms()."""
        self._source = source

    def reviewer_name(self) -> str:
        return reviewer_name(self._library)

    def _name_set(self) -> bool:
        return bool((self._library.setting(Setting.REVIEWER_NAME) or "").strip())

    def _name_entered(self, name: str) -> None:
        """The name asked for before the first review: saved, then the answer that was waiting
        for it (and any comment typed meanwhile) goes in."""
        self._library.set_setting(Setting.REVIEWER_NAME, " ".join(name.split()))
        self.header.hide_name_prompt()
        waiting, self._waiting = self._waiting, []
        pending = dict(self._writer.pending) if self._writer else {}
        if self._writer:
            self._writer.pending.clear()
        if self._conversation is None:
            return
        self.show_conversation(self._conversation.id)  # this reviewer's own review, if any
        if self._writer is None or self._read_only() or not (waiting or pending):
            return
        self._writer.pending.update(pending)
        if self._write(waiting):
            self._load_rows()
            self._message("")
            self._refresh()
            if self.criteria is not None:
                self.criteria.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_reviewer_name(self, name: str) -> None:
        self.flush()
        self._library.set_setting(Setting.REVIEWER_NAME, " ".join(name.split()))
        if self._conversation is not None:
            self.show_conversation(self._conversation.id)

    def ask_reviewer_name(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Your name"), self.tr("The name recorded on your reviews:"),
                                        text=self.reviewer_name())
        if ok and name.strip():
            self.set_reviewer_name(name)

    def rubric_catalog(self):
        if self._catalog is None:
            from reviewer.rubrics.catalog import load_catalog

            self._catalog = load_catalog(self._library.root)
        return self._catalog

    def show_conversation(self, conversation_id: int | None) -> None:
        """Show this reviewer's review of the conversation (a draft first, else the latest)."""
        self.flush()
        self._conversation = self._library.conversations.get(conversation_id) if conversation_id is not None else None
        self._writer, self._shown = None, None
        self._waiting = []
        self.header.hide_name_prompt()
        self._message("")
        if self._conversation is None:
            return self._empty(self.tr("Select a conversation to score it."))
        self._turns = {t.index: t for t in self._conversation.turns}
        reviews = self._library.reviews.list(ReviewFilter(conversation_id=self._conversation.id))
        me = self.reviewer_name()
        # An open calibration session hides the others' reviews until this reviewer submitted.
        reviews = visible_reviews(self._library, reviews, me)
        mine = [r for r in reviews if same_name(r.reviewer, me)]
        self._others = [r for r in reviews if not same_name(r.reviewer, me)]
        review = next((r for r in reversed(mine) if r.state is ReviewState.DRAFT), mine[-1] if mine else None)
        # A visit or a test call (channel call) is scored as mystery shopping.
        is_visit = self._library.visits.is_visit(self._conversation.id)
        rubric = review.rubric if review else default_rubric(self.rubric_catalog(), self._conversation.channel,
                                                             is_visit)
        if rubric is None:
            channel = formatting.channel(self._conversation.channel)
            return self._empty(self.tr("No rubric fits this conversation's channel (%1). Put one in %2.")
                               .replace("%1", channel).replace("%2", str(self._library.root / "rubrics")))
        self._show(ReviewWriter(self._library, self._conversation.id, rubric, review, me))

    def show_other_review(self, review_id: int) -> None:
        """Another reviewer's review of this conversation, read-only ("Back to yours" returns)."""
        self.flush()
        review = self._library.reviews.get(review_id)
        if review is not None and self._writer is not None:
            self._shown = review
            self._show(self._writer)

    def _empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.pages.setCurrentWidget(self.empty_label)

    def _show(self, writer: ReviewWriter) -> None:
        self._writer = writer
        review = self.review
        if review is not None and not review.history and review.submitted_at:
            review.history = self._library.reviews.history(review.id)  # list() leaves it out
        self.pages.setCurrentWidget(self.work_page)
        self._fill_rubrics()
        criteria = self._lists.get(self.rubric)
        self.lists.setCurrentWidget(criteria)
        criteria.verticalScrollBar().setValue(0)
        if criteria.order:
            criteria.set_current(criteria.order[0], scroll=False)
        self._load_rows()
        self.suggestions.show_for(self._conversation, self.rubric)
        self._refresh()

    def _load_rows(self) -> None:
        review, read_only = self.review, self._read_only()
        for cid, row in self.criteria.rows.items():
            answer = review.answers.get(cid) if review else None
            row.set_value(answer.value if answer else None)
            row.set_comment(answer.comment if answer else "")
            row.set_evidence(answer.evidence if answer else (), self._turns)
            row.set_read_only(read_only)

    def _fill_rubrics(self) -> None:
        choices = [] if self._shown else self.rubric_catalog().for_channel(self._conversation.channel)
        self.header.set_rubrics(choices, self.rubric, self.review is None, current_language())

    def _rubric_picked(self, rubric: Rubric | None) -> None:
        writer = self._writer
        if rubric is not None and writer is not None and writer.review is None and rubric is not writer.rubric:
            self._show(ReviewWriter(self._library, writer.conversation_id, rubric, None, writer.reviewer))

    def _read_only(self) -> bool:
        return self._shown is not None or (self.review is not None and self.review.state is ReviewState.SUBMITTED)

    def _refresh(self) -> None:
        """Scores, states and buttons from the answers shown (cheap: pure scoring)."""
        criteria, rubric = self.criteria, self.rubric
        if criteria is None:
            return
        score = score_review(rubric, {cid: row.value for cid, row in criteria.rows.items()})
        failed = {c.criterion.id for c in score.critical_failures}
        pending = self._writer.pending
        for cid, row in criteria.rows.items():
            comment = pending.get(cid, row.comment)
            row.set_state(rubric.needs_comment(cid, row.value) and not comment.strip(), cid in failed)
        for section in score.sections:
            criteria.headers[section.section.id].set_score(section)
        self.header.show_score(score, rubric, self._read_only(), current_language())
        self._show_state()
        self.suggestions.refresh()

    def _show_state(self) -> None:
        review, editable = self.review, self._shown is None
        self.header.show_state(review, self.reviewer_name(), not editable, self._name_set())
        self.submit_button.setVisible(editable and (review is None or review.state is ReviewState.DRAFT))
        self.reopen_button.setVisible(editable and review is not None and review.state is ReviewState.SUBMITTED)
        self.history.show_review(review, self._others if editable else [], current_language())
        self.disputes.show_review(review, self._turns, current_language())

    def _message(self, text: str, error: bool = True) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("error", error)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setVisible(bool(text))

    def _go_to_link(self, link: str) -> None:
        kind, _, cid = link.partition(":")
        if kind == "criterion" and self.criteria is not None:
            self.criteria.set_current(cid)
            self.criteria.setFocus(Qt.FocusReason.OtherFocusReason)

    def _dispute_changed(self, review_id: int, _answers_changed: bool) -> None:
        """A dispute of the shown review was raised or decided: show the review as it is now."""
        fresh = self._library.reviews.get(review_id)
        if fresh is None or self.criteria is None:
            return
        if self._shown is not None and self._shown.id == review_id:
            self._shown = fresh
        elif self._writer is not None and self._writer.review is not None and self._writer.review.id == review_id:
            self._writer.review = fresh
        self._load_rows()
        self._refresh()
        self.disputes.show_review(self.review, self._turns, current_language(), force=True)
        self.reviewChanged.emit(fresh.conversation_id)

    # Changing the review --------------------------------------------------------------------

    def _write(self, changes: list[tuple]) -> bool:
        """Save typed comments and these changes; False, saying why, when they are refused."""
        writer = self._writer
        if writer is None or self._read_only():
            return False
        first = writer.review is None
        if first and not self._name_set():
            # Asked once, in the panel; the change waits for the name rather than being lost.
            self._waiting.extend(changes)
            self.header.ask_name(os_full_name())
            self._message(html.escape(self.tr("Type your name above first: it is recorded on your reviews. "
                                              "Your answer is saved as soon as you start.")), error=False)
            return False
        if first:
            writer.reviewer = self.reviewer_name()  # the name as set now, on the new review
        try:
            writer.save(changes)
        except (AnswerError, ReviewError) as exc:
            self._message(html.escape(str(exc)))
            return False
        self._comment_timer.stop()
        if first and writer.review is not None:  # the rubric is fixed now; a draft taken up brings its answers
            self._fill_rubrics()
            self._load_rows()
        return True

    def answer(self, criterion_id: str, value) -> bool:
        """Answer a criterion (None clears it); saved at once."""
        criteria = self.criteria
        if criteria is None or self._read_only():
            return False
        criteria.set_current(criterion_id, scroll=False)
        ok = self._write([(criterion_id, value, UNCHANGED, UNCHANGED)])
        saved = self.review.answers.get(criterion_id) if self.review else None
        criteria.rows[criterion_id].set_value(saved.value if saved else None)
        if ok:
            self._message("")
        self._refresh()
        return ok

    def _key_answer(self, criterion_id: str, value) -> None:
        if self._read_only() and self._shown is None:
            self._message(html.escape(self.tr("This review is submitted: reopen it to change its answers.")))
            return
        if not self.answer(criterion_id, value) or value is None:
            return
        criteria = self.criteria
        if self.rubric.needs_comment(criterion_id, value) and not criteria.rows[criterion_id].comment.strip():
            row = criteria.rows[criterion_id]
            row.focus_comment(asking=True)  # say why before moving on (Esc skips)
            # The row grew (box and note): bring all of it into view once the layout is done.
            QTimer.singleShot(0, lambda: self.criteria is criteria and criteria.ensureWidgetVisible(row, 0, 12))
            return
        following = criteria.next_after(criterion_id)
        if following:
            criteria.set_current(following)

    def _comment_typed(self, criterion_id: str, text: str) -> None:
        if self._writer is not None and not self._read_only():
            self._writer.pending[criterion_id] = text
            self._comment_timer.start()
            self._refresh()

    def flush(self) -> bool:
        """Save typed comments now (on conversation change, submit, closing the window)."""
        if self._writer is None or not self._writer.pending:
            return True
        ok = self._write([])
        if ok:
            self._show_state()
        return ok

    def _back_to_list(self) -> None:
        self.flush()
        if self.criteria is not None:
            self.criteria.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reason_finished(self, criterion_id: str) -> None:
        """The reason a lowest answer asked for was written, or skipped with Esc: on to the next."""
        self._back_to_list()
        criteria = self.criteria
        following = criteria.next_after(criterion_id) if criteria is not None else None
        if following:
            criteria.set_current(following)

    def _row_activated(self, criterion_id: str) -> None:
        criteria = self.criteria
        criteria.set_current(criterion_id, scroll=False)
        row = criteria.rows[criterion_id]
        if row.comment_edit is None or not row.comment_edit.hasFocus():
            criteria.setFocus(Qt.FocusReason.MouseFocusReason)

    def attach_evidence(self, criterion_id: str | None = None) -> bool:
        """The selected turns, or the moment of the recording playing, become evidence of the criterion."""
        criteria = self.criteria
        criterion_id = criterion_id or (criteria.current if criteria else None)
        if criterion_id is None or self._read_only():
            return False
        found = evidence_to_attach(self._source, self._conversation.duration_ms)
        if not found:
            self._message(html.escape(self.tr("Select turns in the transcript, or play the recording, "
                                               "then attach them as evidence.")))
            return False
        row = criteria.rows[criterion_id]
        return self._save_evidence(criterion_id, list(row.evidence) + [e for e in found if e not in row.evidence])

    def remove_evidence(self, criterion_id: str, item) -> bool:
        row = self.criteria.rows[criterion_id]
        return self._save_evidence(criterion_id, [e for e in row.evidence if e != item])

    def _save_evidence(self, criterion_id: str, evidence: list) -> bool:
        ok = self._write([(criterion_id, UNCHANGED, UNCHANGED, evidence)])
        if ok:
            self._message("")
            saved = self.review.answers.get(criterion_id)
            self.criteria.rows[criterion_id].set_evidence(saved.evidence if saved else (), self._turns)
            self._refresh()
        return ok

    # Submitting and reopening ---------------------------------------------------------------

    def submit(self) -> bool:
        """Make the review final; refused, saying what is missing, while it is incomplete."""
        if self.criteria is None or self._read_only() or not self.flush():
            return False
        unanswered, uncommented = missing(self.rubric, self.review)
        if unanswered or uncommented:
            self._message(missing_html(self.rubric, unanswered, uncommented, current_language()))
            self._go_to_link("criterion:" + (unanswered or uncommented)[0])  # the first thing to do
            return False
        return self._change_state(self._writer.submit, self.tr("Submitted. The review is read-only until you reopen it."))

    def reopen(self) -> bool:
        review = self.review
        if self._shown is not None or review is None or review.state is not ReviewState.SUBMITTED:
            return False
        return self._change_state(self._writer.reopen, self.tr("Reopened: your changes will be kept in the review's history."))

    def _change_state(self, change, message: str) -> bool:
        try:
            review = change()
        except ReviewError as exc:
            self._message(html.escape(str(exc)))
            return False
        for row in self.criteria.rows.values():
            row.set_read_only(self._read_only())
        self._refresh()
        self._message(html.escape(message), error=False)
        self.reviewChanged.emit(review.conversation_id)
        return True
