"""Reviews in a real library: autosaved drafts, submission, reopening with history, the rubric
snapshot rule, several reviewers, and bad answers that leave nothing behind."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reviewer.domain import (
    AnswerError,
    Channel,
    Conversation,
    ConversationStatus,
    Evidence,
    HistoryAction,
    ReviewError,
    ReviewState,
    SpeakerRole,
    Turn,
)
from reviewer.rubrics import library_rubrics_dir, load_catalog, read_rubric
from reviewer.storage import Library
from reviewer.storage.reviews import ReviewFilter
from reviewer.storage.settings import Setting

REPO = Path(__file__).resolve().parents[1]

RUBRIC = """\
id = "desk"
version = "1"
title = "Help desk"

[[sections]]
id = "greeting"
title = "Greeting"
weight = 1

[[sections.criteria]]
id = "greets"
title = "Greets"
scale = "yes_no"

[[sections.criteria]]
id = "name"
title = "Uses the name"
scale = "yes_partly_no"
na_allowed = true

[[sections]]
id = "solution"
title = "Solution"
weight = 3

[[sections.criteria]]
id = "solves"
title = "Solves the request"
scale = { kind = "rating", min = 1, max = 5, labels = { 1 = "no", 2 = "barely", 3 = "partly", 4 = "mostly", 5 = "fully" } }
weight = 2

[[sections.criteria]]
id = "polite"
title = "Polite"
scale = "yes_no"
critical = "zero_review"
"""


@pytest.fixture
def rubric(tmp_path):
    path = tmp_path / "desk.toml"
    path.write_text(RUBRIC, encoding="utf-8")
    return read_rubric(path)


def add_chat(library, employee="Anna Ozola", source="chat.txt", started_at="2024-03-04T10:00:00"):
    return library.conversations.add(
        Conversation(
            Channel.CHAT,
            source,
            employee=employee,
            started_at=started_at,
            source_sha256=source,
            turns=[
                Turn("Labdien! Mani sauc Anna.", SpeakerRole.AGENT, "Anna", sent_at="2024-03-04T10:00:05"),
                Turn("Man nepienāca pasūtījums.", SpeakerRole.CUSTOMER, "Jānis"),
                Turn("Tūlīt pārbaudīšu.", SpeakerRole.AGENT, "Anna"),
            ],
        )
    )


def add_call(library, duration_ms=60_000):
    return library.conversations.add(
        Conversation(
            Channel.CALL,
            "call.wav",
            source_sha256="call",
            duration_ms=duration_ms,
            status=ConversationStatus.TRANSCRIBED,
            turns=[Turn("Good afternoon", SpeakerRole.AGENT, start_ms=0, end_ms=2_000)],
        )
    )


def count(library, table):
    return library.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


FULL = {"greets": "yes", "name": "partly", "solves": 4, "polite": "yes"}


def test_draft_is_saved_on_every_change_and_scored_from_its_answers(library, rubric):
    cid = add_chat(library)
    review = library.reviews.create(cid, rubric, "Olga")
    assert review.state is ReviewState.DRAFT and review.reviewer == "Olga" and review.employee == "Anna Ozola"
    assert review.score().total is None

    review = library.reviews.set_answer(review.id, "greets", "Yes", comment="greeted at once", evidence=[0])
    assert review.answers["greets"].value == "yes"  # normalized
    assert review.answers["greets"].evidence == (Evidence.turn(0),)
    assert review.score().total == 100.0

    review = library.reviews.set_answer(
        review.id, "solves", 3, evidence=[2, {"start_ms": 0, "end_ms": 10}, 1]
    )
    assert [e.to_data() for e in review.answers["solves"].evidence] == [2, {"start_ms": 0, "end_ms": 10}, 1]
    # Greeting 100 % (weight 1); solution: solves 50 % alone (weight 3) -> (100 + 150) / 4.
    assert review.score().total == pytest.approx(62.5)
    stored = library.conn.execute("SELECT score, state FROM reviews WHERE id = ?", (review.id,)).fetchone()
    assert stored == (pytest.approx(62.5), "draft")

    # A comment alone keeps the answer; None clears it.
    review = library.reviews.set_answer(review.id, "greets", comment="")
    assert review.answers["greets"].value == "yes" and review.answers["greets"].comment == ""
    review = library.reviews.set_answer(review.id, "greets", None)
    assert review.answers["greets"].value is None
    assert review.history == []  # a draft that was never submitted keeps no history


def test_draft_survives_a_crash(tmp_path, rubric):
    """A process that saves an answer and dies without closing anything loses nothing."""
    root = tmp_path / "lib"
    with Library.open(root) as library:
        cid = add_chat(library)
        review_id = library.reviews.create(cid, rubric, "Olga").id
    script = textwrap.dedent(
        f"""
        import os
        from reviewer.storage import Library
        library = Library.open({str(root)!r})
        library.reviews.set_answer({review_id}, "solves", 5, comment="solved in one reply")
        os._exit(9)  # no close, no cleanup
        """
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 9, result.stderr
    with Library.open(root) as library:
        answer = library.reviews.get(review_id).answers["solves"]
        assert (answer.value, answer.comment) == (5, "solved in one reply")


def test_reviewer_name_comes_from_the_settings(library, rubric):
    cid = add_chat(library)
    with pytest.raises(ReviewError, match="no reviewer name"):
        library.reviews.create(cid, rubric)
    library.set_setting(Setting.REVIEWER_NAME, "Olga  Petrova")
    assert library.reviews.create(cid, rubric).reviewer == "Olga Petrova"
    with pytest.raises(ReviewError, match="no conversation 999"):
        library.reviews.create(999, rubric, "Olga")


@pytest.mark.parametrize(
    "criterion, value, evidence, message",
    [
        ("speed", "yes", None, "rubric 'desk' has no criterion 'speed'"),
        ("solves", 6, None, "criterion 'solves': 6 is outside the scale 1-5"),
        (
            "solves",
            "5",
            None,
            "criterion 'solves': \"5\" is not on the scale; use a whole number from 1 to 5",
        ),
        (
            "greets",
            "partly",
            None,
            'criterion \'greets\': "partly" is not on the yes/no scale; use "yes" or "no"',
        ),
        ("greets", "n/a", None, "criterion 'greets': N/A is not allowed here"),
        (
            "greets",
            "yes",
            [7],
            "criterion 'greets': evidence turn 7 is not in conversation 1 (it has turns 0-2)",
        ),
        (
            "greets",
            "yes",
            [{"start_ms": 5, "end_ms": 1}],
            "criterion 'greets': evidence time range ends (1 ms) before it starts (5 ms)",
        ),
        ("greets", "yes", [{"start": 5}], "criterion 'greets': evidence has unknown key(s) start"),
    ],
)
def test_bad_answer_is_rejected_and_nothing_is_saved(library, rubric, criterion, value, evidence, message):
    cid = add_chat(library)
    review = library.reviews.create(cid, rubric, "Olga")
    review = library.reviews.set_answer(review.id, "polite", "yes")
    before = library.conn.execute("SELECT * FROM reviews").fetchall()
    with pytest.raises(AnswerError) as caught:
        # A good answer first, in the same batch: it must not be saved either.
        library.reviews.set_answers(review.id, [("name", "yes", "", None), (criterion, value, "", evidence)])
    assert str(caught.value).startswith(message)
    assert library.conn.execute("SELECT * FROM reviews").fetchall() == before
    assert library.conn.execute("SELECT criterion_id, value FROM answers").fetchall() == [("polite", '"yes"')]
    assert count(library, "evidence") == 0 and count(library, "review_history") == 0


def test_time_range_evidence_must_lie_within_the_recording(library, rubric):
    cid = add_call(library, duration_ms=60_000)
    review = library.reviews.create(cid, rubric, "Olga")
    review = library.reviews.set_answer(review.id, "greets", "yes", evidence=[Evidence.span(1_000, 60_000)])
    assert review.answers["greets"].evidence == (Evidence.span(1_000, 60_000),)
    with pytest.raises(
        AnswerError, match=r"ends at 61000 ms, after the end of conversation \d+ \(60000 ms\)"
    ):
        library.reviews.set_answer(review.id, "greets", "yes", evidence=[Evidence.span(1_000, 61_000)])
    assert library.reviews.get(review.id).answers["greets"].evidence == (Evidence.span(1_000, 60_000),)


def test_submit_needs_every_answer_and_marks_the_conversation_reviewed(library, rubric):
    cid = add_call(library)
    review = library.reviews.create(cid, rubric, "Olga")
    library.reviews.set_answers(review.id, [("greets", "yes", "", None), ("name", "n/a", "", None)])
    with pytest.raises(
        ReviewError, match=r"cannot be submitted: 2 of 4 criteria have no answer \(solves, polite\)"
    ):
        library.reviews.submit(review.id)
    assert library.reviews.get(review.id).state is ReviewState.DRAFT
    assert library.conversations.get(cid).status is ConversationStatus.TRANSCRIBED
    assert count(library, "review_history") == 0

    library.reviews.set_answers(review.id, [("solves", 5, "", None), ("polite", "yes", "", None)])
    review = library.reviews.submit(review.id, at="2024-03-05T09:30:00+00:00")
    assert review.state is ReviewState.SUBMITTED and review.submitted_at == "2024-03-05T09:30:00+00:00"
    assert review.score().total == 100.0  # name is N/A and left out
    assert library.conversations.get(cid).status is ConversationStatus.REVIEWED
    assert [(h.action, h.who, h.old, h.new) for h in review.history] == [
        (HistoryAction.SUBMIT, "Olga", "draft", "submitted")
    ]
    with pytest.raises(ReviewError, match="is submitted; reopen it to change answers"):
        library.reviews.set_answer(review.id, "solves", 1)
    with pytest.raises(ReviewError, match="already submitted"):
        library.reviews.submit(review.id)
    assert library.reviews.get(review.id).answers["solves"].value == 5


def test_changes_after_reopening_are_kept_in_the_history(library, rubric):
    cid = add_chat(library)
    review = library.reviews.create(cid, rubric, "Olga")
    library.reviews.set_answers(review.id, [(k, v, "", None) for k, v in FULL.items()])
    library.reviews.submit(review.id, at="2024-03-05T09:00:00+00:00")
    with pytest.raises(ReviewError, match="only a submitted review can be reopened"):
        library.reviews.reopen(library.reviews.create(cid, rubric, "Olga").id)

    library.reviews.reopen(review.id, by="Lead Trainer", at="2024-03-06T10:00:00+00:00")
    library.reviews.set_answer(
        review.id,
        "polite",
        "no",
        comment="“You must wait”",
        evidence=[2],
        by="Lead Trainer",
        at="2024-03-06T10:01:00+00:00",
    )
    review = library.reviews.submit(review.id, by="Lead Trainer", at="2024-03-06T10:02:00+00:00")

    assert [(h.at, h.who, h.action, h.criterion_id, h.old, h.new) for h in review.history] == [
        ("2024-03-05T09:00:00+00:00", "Olga", HistoryAction.SUBMIT, None, "draft", "submitted"),
        ("2024-03-06T10:00:00+00:00", "Lead Trainer", HistoryAction.REOPEN, None, "submitted", "draft"),
        ("2024-03-06T10:01:00+00:00", "Lead Trainer", HistoryAction.ANSWER, "polite", "yes", "no"),
        ("2024-03-06T10:01:00+00:00", "Lead Trainer", HistoryAction.COMMENT, "polite", "", "“You must wait”"),
        ("2024-03-06T10:01:00+00:00", "Lead Trainer", HistoryAction.EVIDENCE, "polite", [], [2]),
        ("2024-03-06T10:02:00+00:00", "Lead Trainer", HistoryAction.SUBMIT, None, "draft", "submitted"),
    ]
    assert review.reviewer == "Olga"  # the review stays Olga's; the history says who changed it
    assert review.score().total == 0.0 and review.score().zeroed  # polite is critical (zero_review)
    assert library.conn.execute(
        "SELECT score, flagged FROM reviews WHERE id = ?", (review.id,)
    ).fetchone() == (0.0, 1)


def test_editing_the_rubric_file_later_never_changes_an_old_score(library, rubric):
    folder = library_rubrics_dir(library.root)
    folder.mkdir()
    path = folder / "desk.toml"
    path.write_text(RUBRIC, encoding="utf-8")
    cid = add_chat(library)

    old_rubric = load_catalog(library.root).get("desk")
    old = library.reviews.create(cid, old_rubric, "Olga")
    library.reviews.set_answers(old.id, [(k, v, "", None) for k, v in FULL.items()])
    old = library.reviews.submit(old.id)
    old_score = old.score().total
    # Greeting (1 + 0.5) / 2 = 75 %; solution (0.75 * 2 + 1) / 3 = 83.3 %; review (75 + 83.3 * 3) / 4.
    assert old_score == pytest.approx(81.25)

    # The trainer edits the file: new weights, a stricter scale, and forgets to raise the version.
    edited = RUBRIC.replace("weight = 3", "weight = 1").replace(
        'id = "name"\ntitle = "Uses the name"\nscale = "yes_partly_no"',
        'id = "name"\ntitle = "Uses the name"\nscale = "yes_no"',
    )
    path.write_text(edited, encoding="utf-8")
    new_rubric = load_catalog(library.root).get("desk")
    assert new_rubric.fingerprint != old_rubric.fingerprint

    reloaded = Library.open(library.root)  # a fresh repository: nothing cached in memory
    try:
        again = reloaded.reviews.get(old.id)
        assert again.score().total == old_score
        assert (
            again.rubric == old_rubric and again.rubric.criterion("name").scale.describe() == "yes/partly/no"
        )
        assert (
            reloaded.conn.execute("SELECT score FROM reviews WHERE id = ?", (old.id,)).fetchone()[0]
            == old_score
        )

        new = reloaded.reviews.create(cid, new_rubric, "Olga")
        with pytest.raises(AnswerError, match='"partly" is not on the yes/no scale'):
            reloaded.reviews.set_answer(new.id, "name", "partly")
        new = reloaded.reviews.set_answers(
            new.id, [(k, "no" if k == "name" else v, "", None) for k, v in FULL.items()]
        )
        assert new.score().total == pytest.approx((50 + 250 / 3) / 2)
        assert reloaded.reviews.get(old.id).score().total == old_score
        snapshots = reloaded.conn.execute(
            "SELECT rubric_id, version FROM rubric_snapshots ORDER BY created_at"
        ).fetchall()
        assert snapshots == [("desk", "1"), ("desk", "1")]  # two copies of "version 1", told apart by hash
    finally:
        reloaded.close()


def test_several_reviewers_review_one_conversation_separately(library, rubric):
    cid = add_chat(library)
    olga = library.reviews.create(cid, rubric, "Olga")
    ivan = library.reviews.create(cid, rubric, "Ivan")
    library.reviews.set_answers(olga.id, [(k, v, "", None) for k, v in FULL.items()])
    library.reviews.set_answers(
        ivan.id, [(k, "no" if k == "greets" else v, "", None) for k, v in FULL.items()]
    )
    library.reviews.set_answer(ivan.id, "greets", comment="no greeting at all")
    library.reviews.submit(olga.id)
    library.reviews.submit(ivan.id)

    both = library.reviews.list(ReviewFilter(conversation_id=cid))
    assert [r.reviewer for r in both] == ["Olga", "Ivan"]
    assert both[0].answers["greets"].value == "yes" and both[0].answers["greets"].comment == ""
    assert (
        both[1].answers["greets"].value == "no" and both[1].answers["greets"].comment == "no greeting at all"
    )
    assert both[0].score().total > both[1].score().total
    assert count(library, "rubric_snapshots") == 1  # one copy of the rubric serves both


def test_list_filters(library, rubric):
    anna = add_chat(library, "Anna Ozola", "a.txt")
    peter = add_chat(library, "Peter Kalns", "p.txt")
    first = library.reviews.create(anna, rubric, "Olga", at="2024-01-02T09:00:00+00:00")
    library.reviews.set_answers(first.id, [(k, v, "", None) for k, v in FULL.items()])
    library.reviews.submit(first.id, at="2024-01-03T09:00:00+00:00")
    second = library.reviews.create(anna, rubric, "Ivan", at="2024-02-10T09:00:00+00:00")
    third = library.reviews.create(peter, rubric, "Olga", at="2024-02-11T09:00:00+00:00")

    def ids(**kw):
        return [r.id for r in library.reviews.list(ReviewFilter(**kw))]

    assert ids() == [first.id, second.id, third.id]
    assert ids(employee="anna ozola") == [first.id, second.id]
    assert ids(reviewer="Olga") == [first.id, third.id]
    assert ids(state=ReviewState.SUBMITTED) == [first.id]
    assert ids(since="2024-02-01") == [second.id, third.id]
    assert ids(until="2024-02-10") == [first.id, second.id]
    assert ids(rubric_id="other") == []
    listed = library.reviews.list(ReviewFilter(employee="Anna Ozola", state=ReviewState.SUBMITTED))[0]
    assert listed.answers["solves"].value == 4 and listed.score().total == pytest.approx(81.25)


def test_deleting_a_draft(library, rubric):
    review = library.reviews.create(add_chat(library), rubric, "Olga")
    library.reviews.set_answer(review.id, "greets", "yes", evidence=[0])
    library.reviews.delete(review.id)
    assert library.reviews.get(review.id) is None
    assert count(library, "answers") == 0 and count(library, "evidence") == 0
    with pytest.raises(ReviewError, match="no review"):
        library.reviews.delete(review.id)


def test_deleting_a_conversation_removes_its_reviews_but_keeps_rubric_copies(library, rubric):
    cid = add_chat(library)
    review = library.reviews.create(cid, rubric, "Olga")
    library.reviews.set_answers(review.id, [(k, v, "note", [0]) for k, v in FULL.items()])
    library.reviews.submit(review.id)
    library.reviews.reopen(review.id, by="Lead")
    library.reviews.set_answer(review.id, "greets", "no", by="Lead")
    assert count(library, "evidence") == 4 and count(library, "review_history") == 3
    library.conversations.delete(cid)
    for table in ("reviews", "answers", "evidence", "review_history"):
        assert count(library, table) == 0, table
    assert count(library, "rubric_snapshots") == 1


def test_a_rubric_can_require_a_comment_for_every_lowest_answer(library, tmp_path):
    path = tmp_path / "shop.toml"
    path.write_text(RUBRIC.replace('title = "Help desk"', 'title = "Help desk"\ncomment_on_lowest = true', 1),
                    encoding="utf-8")
    strict = read_rubric(path)
    assert strict.comment_on_lowest
    assert dataclasses.replace(strict, comment_on_lowest=False).fingerprint != strict.fingerprint
    assert strict.needs_comment("greets", "no") and strict.needs_comment("solves", 1)
    assert not strict.needs_comment("greets", "yes") and not strict.needs_comment("name", "n/a")
    cid = add_call(library)
    review = library.reviews.create(cid, strict, "Olga")
    library.reviews.set_answers(
        review.id, [("greets", "no", "", None), ("name", "no", "  ", None), ("solves", 3, "", None),
                    ("polite", "yes", "", None)])
    with pytest.raises(ReviewError, match=r'every "no" answer needs a comment saying why \(greets, name\)'):
        library.reviews.submit(review.id)
    assert library.reviews.get(review.id).state is ReviewState.DRAFT
    library.reviews.set_answers(
        review.id, [("greets", "no", "Looked at the phone", None), ("name", "no", "Never asked", None)])
    assert library.reviews.submit(review.id).state is ReviewState.SUBMITTED


def test_the_shipped_visit_rubric_requires_comments_on_no_answers():
    assert read_rubric(REPO / "rubrics" / "visit.toml").comment_on_lowest
    assert not read_rubric(REPO / "rubrics" / "call.toml").comment_on_lowest


def test_comment_on_lowest_must_be_a_boolean(tmp_path):
    from reviewer.rubrics import RubricError

    path = tmp_path / "bad.toml"
    path.write_text(RUBRIC.replace('title = "Help desk"', 'title = "Help desk"\ncomment_on_lowest = "yes"', 1),
                    encoding="utf-8")
    with pytest.raises(RubricError, match=r"comment_on_lowest must be true or false"):
        read_rubric(path)


def test_every_review_has_a_stable_uid_that_survives_changes(library, rubric):
    cid = add_chat(library)
    first = library.reviews.create(cid, rubric, "Olga")
    second = library.reviews.create(cid, rubric, "Ivan")
    assert len(first.uid) == 32 and first.uid != second.uid
    library.reviews.set_answer(first.id, "greets", "yes")
    again = library.reviews.get(first.id)
    assert again.uid == first.uid
    assert [r.uid for r in library.reviews.list(ReviewFilter(reviewer="Ivan"))] == [second.uid]


def test_reviews_made_before_uids_existed_get_one(tmp_path):
    import sqlite3

    from reviewer.storage import migrations

    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    for migration in migrations.available():
        if migration.version < 7:
            migration.module.up(conn)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    conn.executemany("INSERT INTO schema_migrations VALUES (?, ?, 'then')",
                     [(m.version, m.name) for m in migrations.available() if m.version < 7])
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO rubric_snapshots VALUES ('h', 'r', '1', '{}', 'then')")
    for rid in (1, 2):
        conn.execute("INSERT INTO reviews (id, conversation_id, rubric_hash, rubric_id, rubric_version, reviewer,"
                     " state, created_at, updated_at) VALUES (?, 1, 'h', 'r', '1', 'Olga', 'draft', 'then', 'then')",
                     (rid,))
    migrations.migrate(conn)
    uids = [row[0] for row in conn.execute("SELECT uid FROM reviews ORDER BY id")]
    assert len(set(uids)) == 2 and all(len(u) == 32 for u in uids)
