"""The disputes and sessions part of bundles: exported from one library, merged into another that
holds the same conversations and reviews, twice (issue 17's contract with the bundle importer)."""

from __future__ import annotations

import copy
import json
import shutil

import pytest

from reviewer.coaching import DisputeRepository, SessionRepository
from reviewer.coaching.exchange import export_part, merge_part, validate_part
from reviewer.domain.coaching import CoachingSession, Discussed, FocusCriterion
from reviewer.domain.dispute import DisputeState
from reviewer.domain.review import Evidence
from reviewer.storage import Library


@pytest.fixture
def two_libraries(report_library, tmp_path):
    """The source library, and a copy of it made before any dispute or session (the trainer's)."""
    source, made = report_library
    target_dir = tmp_path / "trainer-library"
    source.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(source.root, target_dir)
    target = Library.open(target_dir, create=False)
    yield source, target, made
    target.close()


def _fill(source, made):
    disputes = DisputeRepository(source)
    review = source.reviews.get(made["Anna Ivanova"][2])  # no_problem_word and no_must: "no"
    open_one = disputes.raise_dispute(review.id, "no_problem_word", "yes", "meant «of course»", by="Anna Ivanova",
                                      evidence=[2, {"start_ms": 8000, "end_ms": 11000}])
    decided = disputes.raise_dispute(review.id, "no_must", "yes", "I offered", by="Trainer Toms", role="trainer")
    disputes.decide(decided.id, "rejected", "not_reviewer_error", by="Līga Kalniņa", at="2026-10-05T10:00:00+00:00")
    session = SessionRepository(source).add(CoachingSession(
        "Anna Ivanova", "2026-09-28", "Trainer Toms", focus=(FocusCriterion("call", "no_must"),),
        discussed=(Discussed(review.conversation_id, (Evidence.turn(4),)),), notes="n", actions="a",
        follow_up_on="2026-10-12"))
    return open_one, decided, session


def _merge(target, data):
    with target.transaction() as conn:
        return merge_part(target, conn, data)


def test_export_validate_and_merge_twice(two_libraries):
    source, target, made = two_libraries
    open_one, decided, session = _fill(source, made)
    review_uids = {r.uid for r in source.reviews.list()}
    data = export_part(source, review_uids, {"Anna Ivanova"})
    data = json.loads(json.dumps(data))  # it travels as JSON
    assert validate_part(data) == []
    assert {d["uid"] for d in data["disputes"]} == {open_one.uid, decided.uid}
    assert data["sessions"][0]["discussed"][0]["source_sha256"] == source.conversations.get(
        session.discussed[0].conversation_id).source_sha256

    counts = _merge(target, data)
    assert counts["disputes_added"] == 2 and counts["sessions_added"] == 1
    repo = DisputeRepository(target)
    copied = repo.by_uid(open_one.uid)
    assert copied.is_open and copied.evidence == open_one.evidence and copied.review_uid == open_one.review_uid
    assert repo.by_uid(decided.uid).state is DisputeState.REJECTED
    copied_session = SessionRepository(target).by_uid(session.uid)
    assert copied_session.focus == session.focus and copied_session.discussed[0].moments == (Evidence.turn(4),)

    def snapshot(lib):
        return [lib.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                for t in ("disputes", "coaching_sessions", "coaching_focus", "coaching_discussed")]

    before = snapshot(target)
    counts = _merge(target, data)  # twice: nothing changes
    assert counts["disputes_added"] == counts["disputes_updated"] == counts["sessions_added"] == 0
    assert counts["disputes_unchanged"] == 2 and counts["sessions_unchanged"] == 1
    assert snapshot(target) == before


def test_a_dispute_decided_later_replaces_the_open_copy_and_not_the_reverse(two_libraries):
    source, target, made = two_libraries
    open_one, _, session = _fill(source, made)
    old = json.loads(json.dumps(export_part(source, {open_one.review_uid}, {"Anna Ivanova"})))
    _merge(target, old)
    DisputeRepository(source).decide(open_one.id, "accepted", "reviewer_error", by="Līga Kalniņa")
    SessionRepository(source).mark_follow_up_done(session.id, "done", at="2099-01-01T00:00:00+00:00")
    new = export_part(source, {open_one.review_uid}, {"Anna Ivanova"})
    counts = _merge(target, new)
    assert counts["disputes_updated"] == 1 and counts["sessions_updated"] == 1
    assert DisputeRepository(target).by_uid(open_one.uid).state is DisputeState.ACCEPTED
    assert SessionRepository(target).by_uid(session.uid).follow_up_done_at.startswith("2099")
    # The older copy arriving afterwards leaves the newer one alone.
    counts = _merge(target, old)
    assert counts["disputes_updated"] == 0 and counts["sessions_updated"] == 0
    assert DisputeRepository(target).by_uid(open_one.uid).state is DisputeState.ACCEPTED


def test_missing_reviews_and_conversations_are_counted_not_invented(two_libraries):
    source, target, made = two_libraries
    open_one, _, session = _fill(source, made)
    data = json.loads(json.dumps(export_part(source, {open_one.review_uid}, {"Anna Ivanova"})))
    data["disputes"][0]["review_uid"] = "f" * 32
    data["sessions"][0]["discussed"][0]["source_sha256"] = "e" * 64
    counts = _merge(target, data)
    assert counts["disputes_skipped"] == 1 and counts["conversations_missing"] == 1
    assert SessionRepository(target).by_uid(session.uid).discussed == ()


def test_validate_part_names_every_problem(two_libraries):
    source, _, made = two_libraries
    _fill(source, made)
    good = json.loads(json.dumps(export_part(source, {r.uid for r in source.reviews.list()}, {"Anna Ivanova"})))
    cases = [
        (lambda d: d.update(version=9), "version 9"),
        (lambda d: d["disputes"][0].update(uid="x"), "disputes[0]: uid is not a uid"),
        (lambda d: d["disputes"][0].update(state="won"), "state 'won'"),
        (lambda d: d["disputes"][0].pop("argument"), "missing argument"),
        (lambda d: d["disputes"][0].update(evidence=[-3]), "evidence must be"),
        (lambda d: d["disputes"][1].update(decided_at=None), "decided_at is not"),
        (lambda d: d["sessions"][0].update(held_on="28/09/2026"), "held_on is not a date"),
        (lambda d: d["sessions"][0].update(extra=1), "unknown key(s) extra"),
        (lambda d: d["sessions"][0]["discussed"][0].update(source_sha256="abc"), "discussed must be"),
        (lambda d: d["disputes"].append(copy.deepcopy(d["disputes"][0])), "a uid appears twice"),
    ]
    for change, message in cases:
        data = copy.deepcopy(good)
        change(data)
        problems = validate_part(data)
        assert any(message in p for p in problems), (message, problems)
    assert validate_part([]) == ["the coaching part is not an object"]


def test_disputes_and_sessions_travel_in_a_real_bundle(report_library, tmp_path):
    """Through the bundle writer and importer (reviewer.team), not the part functions alone: a
    trainer's library that had nothing receives the conversations, reviews, disputes and session."""
    from reviewer.team.bundle_export import write_bundle
    from reviewer.team.bundle_import import import_bundle

    source, made = report_library
    open_one, decided, session = _fill(source, made)
    bundle = tmp_path / "for-the-trainer.rvbundle"
    review = source.reviews.get(made["Anna Ivanova"][2])
    write_bundle(source, bundle, {review.conversation_id, session.discussed[0].conversation_id})
    trainer = Library.open(tmp_path / "trainer", create=True)
    try:
        import_bundle(trainer, bundle)
        got = {d.uid: d for d in DisputeRepository(trainer).list()}
        assert set(got) == {open_one.uid, decided.uid}
        assert got[decided.uid].state is DisputeState.REJECTED
        assert [s.uid for s in SessionRepository(trainer).list()] == [session.uid]
        import_bundle(trainer, bundle)  # twice: nothing changes
        assert len(DisputeRepository(trainer).list()) == 2 and len(SessionRepository(trainer).list()) == 1
    finally:
        trainer.close()
