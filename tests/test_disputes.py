"""Disputes of review answers: raising, deciding, what a decision does to the review, and the
team summary's counts (issue 17)."""

from __future__ import annotations

import sqlite3

import pytest

from reviewer.coaching import DisputeFilter, DisputeRepository
from reviewer.domain.dispute import DisputeError, DisputeState, summarize
from reviewer.domain.review import HistoryAction, ReviewState
from reviewer.domain.rubric import AnswerError


@pytest.fixture
def disputes(report_library):
    library, made = report_library
    return library, made, DisputeRepository(library)


def _anna_review(library, made, index=1):
    review = library.reviews.get(made["Anna Ivanova"][index])
    assert review.answers["no_problem_word"].value == "no"  # i % 3 != 0 in the fixture
    return review


def _stored_score(library, review_id):
    return library.conn.execute("SELECT score FROM reviews WHERE id = ?", (review_id,)).fetchone()[0]


def test_accepted_dispute_changes_the_answer_and_score_and_keeps_the_history(disputes):
    library, made, repo = disputes
    review = _anna_review(library, made)
    before = review.score().total
    dispute = repo.raise_dispute(review.id, "no_problem_word", "yes", "«Не проблема» here meant «of course»",
                                 by="Anna Ivanova", evidence=[2], at="2026-10-01T10:00:00+00:00")
    assert dispute.is_open and dispute.old_answer == "no" and dispute.evidence[0].turn_index == 2
    decided = repo.decide(dispute.id, "accepted", "reviewer_error", by="Līga Kalniņa", note="Fair reading",
                          at="2026-10-03T09:00:00+00:00")
    assert decided.state is DisputeState.ACCEPTED and decided.new_answer == "yes"
    assert decided.age_days() == 1  # raised 10:00 on the 1st, decided 09:00 on the 3rd

    after = library.reviews.get(review.id)
    assert after.state is ReviewState.SUBMITTED
    assert after.answers["no_problem_word"].value == "yes"
    # Recomputed from the review's own rubric copy, and stored for lists and the library column.
    expected = after.rubric  # the snapshot
    from reviewer.domain.scoring import score_review

    assert after.score().total == pytest.approx(score_review(expected, after.values()).total)
    assert after.score().total > before
    assert _stored_score(library, review.id) == pytest.approx(after.score().total)
    entry = after.history[-1]
    assert (entry.action, entry.who, entry.criterion_id, entry.old, entry.new) == (
        HistoryAction.DISPUTE, "Līga Kalniņa", "no_problem_word", "no", "yes")
    assert entry.note == "accepted (reviewer error): Fair reading"


def test_partly_accepted_takes_the_new_answer(disputes):
    library, made, repo = disputes
    review = library.reviews.get(made["Anna Ivanova"][1])
    assert review.answers["asks_questions"].value == "partly"
    dispute = repo.raise_dispute(review.id, "asks_questions", "yes", "I asked three questions", by="Trainer Toms",
                                 role="trainer")
    with pytest.raises(DisputeError, match="needs the new answer"):
        repo.decide(dispute.id, "partly_accepted", "rubric_unclear", by="Līga Kalniņa")
    # asks_questions is yes/partly/no: partly is the current answer, so no middle answer is left.
    with pytest.raises(DisputeError, match="already given"):
        repo.decide(dispute.id, "partly_accepted", "rubric_unclear", by="Līga Kalniņa", new_answer="partly")
    first = library.reviews.get(made["Anna Ivanova"][0])
    assert first.answers["listens"].value == 3  # a rating from 1 to 5
    listens = repo.raise_dispute(first.id, "listens", 5, "I never interrupted", by="Anna Ivanova")
    decided = repo.decide(listens.id, "partly_accepted", "rubric_unclear", by="Līga Kalniņa", new_answer=4)
    assert decided.new_answer == 4
    assert library.reviews.get(first.id).answers["listens"].value == 4


def test_rejected_dispute_changes_nothing(disputes):
    library, made, repo = disputes
    review = _anna_review(library, made)
    score = _stored_score(library, review.id)
    history = len(review.history)
    dispute = repo.raise_dispute(review.id, "no_problem_word", "yes", "I disagree", by="Anna Ivanova")
    decided = repo.decide(dispute.id, "rejected", "not_reviewer_error", by="Līga Kalniņa", note="The rubric is clear")
    assert decided.state is DisputeState.REJECTED and decided.new_answer is None
    after = library.reviews.get(review.id)
    assert after.answers["no_problem_word"].value == "no"
    assert _stored_score(library, review.id) == score
    assert len(after.history) == history
    with pytest.raises(DisputeError, match="already decided"):
        repo.decide(dispute.id, "accepted", "reviewer_error", by="Līga Kalniņa")


def test_reviewer_cannot_decide_a_dispute_of_their_own_review(disputes):
    library, made, repo = disputes
    review = _anna_review(library, made)
    assert review.reviewer == "Olga Petrova"
    dispute = repo.raise_dispute(review.id, "no_problem_word", "yes", "I disagree", by="Anna Ivanova")
    for name in ("Olga Petrova", "  olga   PETROVA "):
        with pytest.raises(DisputeError, match="wrote this review"):
            repo.decide(dispute.id, "accepted", "reviewer_error", by=name)
    with pytest.raises(DisputeError, match="employee of this review"):
        repo.decide(dispute.id, "accepted", "reviewer_error", by="Anna Ivanova")
    assert repo.get(dispute.id).is_open
    assert library.reviews.get(review.id).answers["no_problem_word"].value == "no"


def test_bad_disputes_are_refused_and_nothing_is_stored(disputes):
    library, made, repo = disputes
    review = _anna_review(library, made)
    cases = [
        (dict(criterion_id="no_such", proposed="yes", argument="x"), AnswerError, "no criterion"),
        (dict(criterion_id="no_problem_word", proposed="maybe", argument="x"), AnswerError, "not on the"),
        (dict(criterion_id="no_problem_word", proposed="no", argument="x"), DisputeError, "already given"),
        (dict(criterion_id="no_problem_word", proposed="yes", argument="  "), DisputeError, "argument"),
        (dict(criterion_id="no_problem_word", proposed="yes", argument="x", evidence=[99]), AnswerError, "turn 99"),
    ]
    for kwargs, error, message in cases:
        with pytest.raises(error, match=message):
            repo.raise_dispute(review.id, by="Anna Ivanova", **kwargs)
    assert repo.list() == []
    # A draft cannot be disputed.
    draft = library.reviews.reopen(review.id)
    with pytest.raises(DisputeError, match="not submitted"):
        repo.raise_dispute(draft.id, "no_problem_word", "yes", "x", by="Anna Ivanova")


def test_one_open_dispute_per_criterion_and_reopened_review_waits(disputes):
    library, made, repo = disputes
    review = _anna_review(library, made)
    dispute = repo.raise_dispute(review.id, "no_problem_word", "yes", "x", by="Anna Ivanova")
    with pytest.raises(DisputeError, match="already has an open dispute"):
        repo.raise_dispute(review.id, "no_problem_word", "yes", "again", by="Anna Ivanova")
    library.reviews.reopen(review.id, by="Olga Petrova")
    with pytest.raises(DisputeError, match="reopened"):
        repo.decide(dispute.id, "accepted", "reviewer_error", by="Līga Kalniņa")
    assert repo.get(dispute.id).is_open


def test_lists_filter_and_open_counts(disputes):
    library, made, repo = disputes
    a = _anna_review(library, made, 1)
    b = library.reviews.get(made["Jānis Bērziņš"][1])
    d1 = repo.raise_dispute(a.id, "no_problem_word", "yes", "x", by="Anna Ivanova")
    repo.raise_dispute(b.id, "no_must", "yes", "y", by="Jānis Bērziņš")
    repo.decide(d1.id, "rejected", "not_reviewer_error", by="Līga Kalniņa")
    assert [d.employee for d in repo.list(DisputeFilter(open_only=True))] == ["Jānis Bērziņš"]
    assert [d.reviewer for d in repo.list(DisputeFilter(reviewer="olga petrova"))] == ["Olga Petrova"]
    assert repo.open_counts([a.conversation_id, b.conversation_id]) == {b.conversation_id: 1}
    from reviewer.storage.conversations import ConversationFilter

    assert [c.id for c in library.conversations.list(ConversationFilter(disputed=True))] == [b.conversation_id]


def test_summary_counts_and_names_an_unclear_criterion():
    from reviewer.domain.dispute import Dispute, DecisionReason

    def d(criterion, state, reviewer, reason=None):
        return ("call", Dispute(1, criterion, "E", "2026-10-01T00:00:00+00:00", "yes", "x", "no", state=state,
                                reason=reason, reviewer=reviewer))

    pairs = [
        d("no_must", DisputeState.ACCEPTED, "Olga", DecisionReason.RUBRIC_UNCLEAR),
        d("no_must", DisputeState.PARTLY_ACCEPTED, "Olga", DecisionReason.RUBRIC_UNCLEAR),
        d("no_must", DisputeState.REJECTED, "Līga", DecisionReason.NOT_REVIEWER_ERROR),
        d("greets", DisputeState.ACCEPTED, "Līga", DecisionReason.REVIEWER_ERROR),
        d("greets", DisputeState.OPEN, "Olga"),
    ]
    summary = summarize(pairs)
    must = summary.by_criterion[("call", "no_must")]
    assert (must.total, must.upheld, must.rejected, must.rubric_unclear) == (3, 2, 1, 2)
    assert summary.by_reviewer["Olga"].total == 3 and summary.by_reviewer["Olga"].open == 1
    assert summary.unclear() == [("call", "no_must")]  # greets: two disputes only
    assert summary.overall.decided == 4


def test_migration_keeps_history_and_refuses_unknown_actions(library):
    with pytest.raises(sqlite3.IntegrityError):
        library.conn.execute(
            "INSERT INTO review_history (review_id, at, who, action) VALUES (1, 'x', 'y', 'nonsense')")
    columns = [r[1] for r in library.conn.execute("PRAGMA table_info(review_history)")]
    assert columns[-1] == "note"
    assert library.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_migration_rebuild_carries_old_rows(tmp_path):
    """A library made before 0022 keeps its history rows, ids and review links."""
    from reviewer.storage import migrations

    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    for migration in migrations.available():
        if migration.version >= 21:
            break
        conn.execute("BEGIN")
        migration.module.up(conn)
        conn.execute("COMMIT")
    conn.execute("INSERT INTO rubric_snapshots VALUES ('h', 'call', '1', '{}', 'now')")
    conn.execute("INSERT INTO conversations (channel, source_name, source_format, source_sha256, status, metadata,"
                 " imported_at) VALUES ('call', 'a', 'x', 's', 'new', '{}', 'now')")
    conn.execute("INSERT INTO reviews (id, conversation_id, rubric_hash, rubric_id, rubric_version, reviewer, state,"
                 " created_at, updated_at, uid) VALUES (5, 1, 'h', 'call', '1', 'R', 'submitted', 'n', 'n', 'u')")
    # A column another branch's migration might have added to the history must survive the rebuild.
    conn.execute("ALTER TABLE review_history ADD COLUMN imported_from TEXT")
    conn.execute("INSERT INTO review_history (id, review_id, at, who, action, imported_from)"
                 " VALUES (42, 5, 't', 'R', 'submit', 'bundle-1')")
    conn.execute("BEGIN")
    for migration in migrations.available():
        if migration.version >= 21:
            migration.module.up(conn)
    conn.execute("COMMIT")
    assert conn.execute("SELECT id, review_id, action, imported_from, note FROM review_history").fetchall() == [
        (42, 5, "submit", "bundle-1", None)]
    assert conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'review_history'"
                        ).fetchall() == [("review_history_review",)]
    conn.execute("INSERT INTO review_history (review_id, at, who, action) VALUES (5, 't', 'R', 'dispute')")
    conn.execute("DELETE FROM reviews WHERE id = 5")  # the cascade survives the rebuild
    assert conn.execute("SELECT COUNT(*) FROM review_history").fetchone()[0] == 0
