"""Saving one reviewer's review of one conversation as it changes (no Qt: the panel's storage side).

The review is made on the first change; a draft of the same reviewer and rubric started
meanwhile (in a visit's window, say) is taken up instead of starting a second one. Comments
being typed wait in ``pending`` and go in with the next save.
"""

from __future__ import annotations

from reviewer.domain.review import Review, ReviewState
from reviewer.domain.rubric import Rubric
from reviewer.storage import Library
from reviewer.storage.reviews import UNCHANGED, ReviewFilter


class ReviewWriter:
    def __init__(self, library: Library, conversation_id: int, rubric: Rubric, review: Review | None,
                 reviewer: str):
        self.library = library
        self.conversation_id = conversation_id
        self.rubric = rubric
        self.review = review  # None until the first change
        self.reviewer = reviewer
        self.pending: dict[str, str] = {}  # criterion id -> comment typed and not saved yet

    def save(self, changes: list[tuple] = ()) -> Review | None:
        """Save the pending comments and (criterion id, value, comment, evidence) changes in one
        transaction. Raises AnswerError / ReviewError, and then nothing is saved."""
        items = [(cid, UNCHANGED, text, UNCHANGED) for cid, text in self.pending.items()] + list(changes)
        if not items:
            return self.review
        reviews = self.library.reviews
        with self.library.transaction():
            review = self.review or self._draft_made_elsewhere() or reviews.create(
                self.conversation_id, self.rubric, self.reviewer)
            review = reviews.set_answers(review.id, items)
        self.pending.clear()
        self.review = review
        return review

    def _draft_made_elsewhere(self) -> Review | None:
        drafts = self.library.reviews.list(ReviewFilter(conversation_id=self.conversation_id,
                                                        reviewer=self.reviewer, state=ReviewState.DRAFT))
        return next((r for r in reversed(drafts) if r.rubric_hash == self.rubric.fingerprint), None)

    def submit(self) -> Review:
        self.save()
        self.review = self.library.reviews.submit(self.review.id)
        return self.review

    def reopen(self) -> Review:
        self.review = self.library.reviews.reopen(self.review.id)
        return self.review
