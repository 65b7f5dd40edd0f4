"""Samples, assignments and queues; calibration sessions, blinding and results; calibration
reviews kept out of reports."""

from __future__ import annotations

import pytest

from reviewer.domain.sampling import Candidate, SampleError, SampleRule, draw, split
from reviewer.reports.data import load_reviews
from reviewer.team import calibration, calibration_report, samples
from reviewer.team.bundle_export import write_bundle
from reviewer.team.bundle_import import import_bundle

from team_helpers import GOOD, POOR, add_chat, open_library, rubric, submit


def candidates(n_employees=3, days=28):
    return [Candidate(i, f"E{i % n_employees}", f"2026-11-{1 + i % days:02d}T10:00:00", f"{i:064x}")
            for i in range(n_employees * days)]


def test_draw_is_reproducible_per_employee_per_week():
    rule = SampleRule(n=2, per_employee=True, period="week")
    first = draw(rule, 42, candidates())
    assert first == draw(rule, 42, list(reversed(candidates())))  # input order does not matter
    assert draw(rule, 43, candidates()) != first
    strata = {}
    for d in first:
        strata.setdefault(d.reason, []).append(d.id)
    sizes = {}
    for c in candidates():
        sizes.setdefault(draw(SampleRule(per_employee=True, period="week", n=10**6), 0, [c])[0].reason, []).append(c)
    assert {k: len(v) for k, v in strata.items()} == {k: min(2, len(v)) for k, v in sizes.items()}
    assert "E0 · 2026-W45" in strata
    # Conversations added in another week leave this week's draw alone.
    more = candidates() + [Candidate(999, "E0", "2026-12-20T10:00:00", "f" * 64)]
    assert [d for d in draw(rule, 42, more) if d.reason == "E0 · 2026-W45"] == \
        [d for d in first if d.reason == "E0 · 2026-W45"]


def test_rules_refuse_nonsense():
    with pytest.raises(SampleError, match="week or month"):
        SampleRule(n=1, period="fortnight")
    with pytest.raises(SampleError, match="needs a number"):
        SampleRule(per_employee=True)
    with pytest.raises(SampleError, match="unknown sample filter"):
        SampleRule(filters={"colour": "red"})


def test_split_respects_quotas():
    assert split([1, 2, 3, 4, 5], ["a", "b"], quota=2) == {"a": [1, 3], "b": [2, 4]}
    assert split([1, 2, 3], ["a", "b"]) == {"a": [1, 3], "b": [2]}


@pytest.fixture
def lead(tmp_path):
    lib = open_library(tmp_path / "lead", "Lead")
    yield lib
    lib.close()


def test_sample_assignment_queue_and_the_round_trip_to_a_reviewer(lead, tmp_path):
    ids = [add_chat(lead, f"c{i}", employee=("Anna", "Pēteris")[i % 2], started_at=f"2026-11-{2 + i:02d}T10:00:00")
           for i in range(8)]
    submit(lead, ids[0], "Lead", POOR, comment="slow")
    low = samples.create_sample(lead, SampleRule(filters={"score_under": 70}), seed=1)
    assert [d.id for d in low.items] == [ids[0]]  # targeted: "score under 70"
    found = samples.create_sample(lead, SampleRule(n=2, per_employee=True, filters={"channel": "chat"}), seed=7)
    assert len(found.items) == 4
    again = samples.sample(lead, found.uid[:8])
    assert again.seed == 7 and again.rule == found.rule and again.items == found.items
    assert samples.redraw(lead, again) == found.items  # audit: the same draw again

    made = samples.assign(lead, found.uid, ["Olga", "Ivan"], due="2026-12-04", quota=1)
    assert [(a.reviewer, len(a.conversation_ids)) for a in made] == [("Olga", 1), ("Ivan", 1)]
    with pytest.raises(SampleError, match="not a date"):
        samples.assign(lead, found.uid, ["Olga"], due="Friday")

    # The assignment travels to Olga's library, her review travels back.
    olga_assignment = made[0]
    write_bundle(lead, tmp_path / "to-olga.rvbundle", assignments=[olga_assignment.uid])
    olga = open_library(tmp_path / "olga", "Olga")
    result = import_bundle(olga, tmp_path / "to-olga.rvbundle")
    assert result.assignments_added == 1
    queue = samples.queue(olga)
    assert (queue.done, len(queue.items), queue.due) == (0, 1, "2026-12-04")
    item = queue.next()
    submit(olga, item.conversation_id, "Olga", GOOD)
    assert samples.queue(olga).done == 1 and samples.queue(olga).next() is None
    write_bundle(olga, tmp_path / "back.rvbundle", [item.conversation_id])
    import_bundle(lead, tmp_path / "back.rvbundle")
    assert samples.queue(lead, "Olga").done == 1
    olga.close()


def test_queue_next_wraps_round_and_skips_done(lead):
    ids = [add_chat(lead, f"q{i}") for i in range(4)]
    found = samples.create_sample(lead, SampleRule(), seed=1)
    samples.assign(lead, found.uid, ["Lead"], due="2026-12-01")
    submit(lead, ids[1], "Lead", GOOD)
    queue = samples.queue(lead)
    order = [i.conversation_id for i in queue.items]
    todo = [cid for cid in order if cid != ids[1]]
    assert queue.done == 1 and queue.next().conversation_id == todo[0]
    assert queue.next(after=todo[0]).conversation_id == todo[1]
    assert queue.next(after=todo[-1]).conversation_id == todo[0]  # wraps round
    assert queue.next(after=ids[1]).conversation_id == next(c for c in order[order.index(ids[1]) + 1:] + order
                                                             if c != ids[1])


def calibration_library(lead, benchmark=True):
    ids = [add_chat(lead, f"cal{i}", employee="Anna") for i in range(4)]
    session = calibration.create(lead, "November", "desk", ids, ["Olga", "Ivan", "Marta"] + ([] if benchmark else ["Lead"]),
                                 deadline="2026-12-05", benchmark_reviewer="Lead" if benchmark else None)
    answers = {
        "Olga": [GOOD, POOR, GOOD, POOR],
        "Ivan": [GOOD, POOR, GOOD, {"greets": "yes", "name": "no", "solves": 3}],
        "Marta": [{"greets": "yes", "name": "yes", "solves": 4}, POOR, POOR, POOR],
        "Lead": [GOOD, POOR, GOOD, POOR],
    }
    for reviewer, per in answers.items():
        for cid, values in zip(ids, per):
            submit(lead, cid, reviewer, values, comment=f"{reviewer} says so")
    return session, ids


def test_calibration_reviews_are_marked_and_kept_out_of_reports(lead):
    session, ids = calibration_library(lead)
    assert all(r.calibration_uid == session.uid for r in lead.reviews.list())
    outside = add_chat(lead, "normal", employee="Anna")
    submit(lead, outside, "Olga", GOOD)
    reported = load_reviews(lead)
    assert [r.review.conversation_id for r in reported] == [outside]
    # Closed sessions take no new reviews.
    calibration.add(lead, session.uid, state="closed")
    assert lead.reviews.create(ids[0], rubric(), "Olga").calibration_uid is None


def test_participants_see_the_others_only_after_submitting(lead):
    session, ids = calibration_library(lead)
    extra = add_chat(lead, "blind", employee="Anna")
    calibration.add(lead, session.uid, [extra], ["Zane"])
    submit(lead, extra, "Olga", GOOD)
    all_reviews = lead.reviews.list()
    of_extra = [r for r in all_reviews if r.conversation_id == extra]
    assert [r.reviewer for r in calibration.visible_reviews(lead, of_extra, "Zane")] == []
    draft = lead.reviews.create(extra, rubric(), "Zane")
    of_extra = [r for r in lead.reviews.list() if r.conversation_id == extra]
    assert [r.reviewer for r in calibration.visible_reviews(lead, of_extra, "Zane")] == ["Zane"]
    lead.reviews.set_answers(draft.id, [(k, v, "", None) for k, v in GOOD.items()])
    lead.reviews.submit(draft.id)
    of_extra = [r for r in lead.reviews.list() if r.conversation_id == extra]
    assert sorted(r.reviewer for r in calibration.visible_reviews(lead, of_extra, "Zane")) == ["Olga", "Zane"]
    # The lead (not a participant) sees everything.
    assert len(calibration.visible_reviews(lead, of_extra, "Lead")) == 2


def test_calibration_report_figures(lead):
    session, ids = calibration_library(lead)
    report = calibration_report.build(lead, session.uid)
    data = report.to_data()
    by_id = {c["id"]: c for c in data["criteria"]}
    # greets: Olga y n y n, Ivan y n y y, Marta y n n n -> 3 coders, 4 units.
    greets = by_id["greets"]
    assert (greets["level"], greets["n_units"], greets["n_reviewers"]) == ("nominal", 4, 3)
    # Pairs per unit: 3, 3, 1 of 3, 1 of 3 agree -> 8 of 12.
    assert greets["percent_agreement"] == pytest.approx(66.67, abs=0.01)
    import krippendorff
    expected = krippendorff.alpha([[1, 0, 1, 0], [1, 0, 1, 1], [1, 0, 0, 0]], level_of_measurement="nominal")
    assert greets["alpha"] == pytest.approx(expected, abs=1e-4)
    assert greets["alpha_ci"][0] <= greets["alpha"] <= greets["alpha_ci"][1]
    assert by_id["solves"]["level"] == "ordinal"
    people = {r["name"]: r for r in data["reviewers"]}
    assert people["Olga"]["alignment"] == 100.0 and people["Olga"]["leniency"] == 0.0
    assert people["Ivan"]["leniency"] > 0 > people["Marta"]["leniency"]
    assert "Lead" not in people  # the benchmark is the key, not a coder
    worst = data["disagreements"][0]
    assert worst["conversation_id"] in (ids[2], ids[3]) and len(worst["opinions"]) == 3
    assert worst["opinions"][0]["comment"].endswith("says so") and worst["opinions"][0]["quote"].startswith("Labdien")
    assert data["overall"]["n_units"] == 4 and data["overall"]["alpha"] is not None


def test_calibration_without_benchmark_measures_leniency_against_the_others(lead):
    session, _ = calibration_library(lead, benchmark=False)
    people = {r.name: r for r in calibration_report.build(lead, session.uid).reviewers}
    assert set(people) == {"Ivan", "Lead", "Marta", "Olga"}
    assert all(p.alignment is None for p in people.values())
    assert people["Marta"].leniency < 0


def test_calibration_errors_are_clear(lead):
    with pytest.raises(calibration.CalibrationError, match="no conversation #99"):
        calibration.create(lead, "x", "desk", [99])
    session = calibration.create(lead, "empty", "desk")
    with pytest.raises(calibration.CalibrationError, match="no submitted reviews"):
        calibration_report.build(lead, session.uid)
    with pytest.raises(calibration.CalibrationError, match="no calibration session"):
        calibration.session(lead, "nope")


def test_a_calibration_session_travels_to_a_participant_and_their_review_comes_back(lead, tmp_path):
    ids = [add_chat(lead, f"t{i}") for i in range(2)]
    session = calibration.create(lead, "Remote", "desk", ids, ["Olga"], benchmark_reviewer="Lead")
    for cid in ids:
        submit(lead, cid, "Lead", GOOD)
    write_bundle(lead, tmp_path / "session.rvbundle", calibration_sessions=[session.uid])
    olga = open_library(tmp_path / "olga", "Olga")
    result = import_bundle(olga, tmp_path / "session.rvbundle")
    assert result.calibration_sessions_added == 1 and result.conversations_added == 2
    # The lead's benchmark reviews came along but stay hidden until Olga submits her own.
    local = olga.conversations.ids_with_sha256(lead.conversations.get(ids[0]).source_sha256)[0]
    of_first = [r for r in olga.reviews.list() if r.conversation_id == local]
    assert calibration.visible_reviews(olga, of_first, "Olga") == []
    review = submit(olga, local, "Olga", POOR, comment="missed it")
    assert review.calibration_uid == session.uid
    write_bundle(olga, tmp_path / "back.rvbundle", [local])
    import_bundle(lead, tmp_path / "back.rvbundle")
    report = calibration_report.build(lead, session.uid)
    assert [r.name for r in report.reviewers] == ["Olga"] and report.reviewers[0].alignment < 100
    assert load_reviews(lead) == []  # none of it counts in reports
    olga.close()


def test_the_command_line_blinds_like_the_panel_and_scores_leave_calibration_out(lead, capsys):
    from reviewer.cli import main
    from reviewer.storage.settings import Setting

    session, ids = calibration_library(lead)
    extra = add_chat(lead, "blind cli", employee="Anna")
    calibration.add(lead, session.uid, [extra], ["Zane"])
    submit(lead, extra, "Olga", GOOD)
    olga = next(r for r in lead.reviews.list() if r.conversation_id == extra and r.reviewer == "Olga")
    # A calibration review is no conversation's score in the library table.
    assert extra not in lead.conversations.latest_scores([extra])
    lead.set_setting(Setting.REVIEWER_NAME, "Zane")
    root = str(lead.root)
    assert main(["--library", root, "reviews", "--conversation", str(extra)]) == 0
    assert "Olga" not in capsys.readouterr().out
    with pytest.raises(SystemExit) as refused:
        main(["--library", root, "review", "show", str(olga.id)])
    assert refused.value.code == 1
    assert "hidden until you submit your own review" in capsys.readouterr().err
    draft = lead.reviews.create(extra, rubric(), "Zane")
    lead.reviews.set_answers(draft.id, [(k, v, "", None) for k, v in GOOD.items()])
    lead.reviews.submit(draft.id)
    assert main(["--library", root, "reviews", "--conversation", str(extra)]) == 0
    assert "Olga" in capsys.readouterr().out
    lead.set_setting(Setting.REVIEWER_NAME, "Lead")  # not a participant: sees everything
    assert main(["--library", root, "review", "show", str(olga.id)]) == 0


def test_a_targeted_sample_from_conversation_metrics(lead):
    from reviewer.domain import Channel, Conversation, SpeakerRole, Turn

    def chat(name: str, reply_after_s: int) -> int:
        return lead.conversations.add(Conversation(
            Channel.CHAT, f"{name}.txt", employee="Anna", started_at="2026-11-03T10:00:00",
            source_sha256=f"{name:0>64}"[:64], turns=[
                Turn("Sveiki, kur ir mans pasūtījums?", SpeakerRole.CUSTOMER, "Jānis", sent_at="2026-11-03T10:00:00"),
                Turn("Labdien! Tūlīt pārbaudīšu.", SpeakerRole.AGENT, "Anna",
                     sent_at=f"2026-11-03T10:{reply_after_s // 60:02d}:{reply_after_s % 60:02d}"),
            ]))

    quick, slow = chat("quick", 12), chat("slow", 95)
    found = samples.create_sample(lead, SampleRule(filters={"first_reply_over_ms": 30_000}), seed=3)
    assert [d.id for d in found.items] == [slow] and quick != slow
    assert samples.redraw(lead, found) == found.items
    with pytest.raises(SampleError):
        SampleRule(filters={"first_reply_over": 30})  # an unknown filter is refused, not ignored


def test_a_targeted_sample_from_automatic_qa(lead):
    from reviewer.checks.service import AutoQA

    poor = add_chat(lead, "auto poor", employee="Anna")
    fine = add_chat(lead, "auto fine", employee="Anna")
    # Scores stored the way automatic QA stores them, then drawn by flag and by score.
    list(AutoQA(lead).score_all())
    with lead.transaction() as conn:
        conn.execute("DELETE FROM auto_flags")
        conn.execute("UPDATE auto_results SET score = CASE conversation_id WHEN ? THEN 40 ELSE 95 END", (poor,))
        conn.execute("INSERT INTO auto_flags (conversation_id, rubric_id, flag) VALUES (?, 'chat', 'no_greeting')",
                     (poor,))
    by_score = samples.create_sample(lead, SampleRule(filters={"auto_score_under": 70}), seed=1)
    by_flag = samples.create_sample(lead, SampleRule(filters={"auto_flag": "no_greeting"}), seed=1)
    assert [d.id for d in by_score.items] == [poor] == [d.id for d in by_flag.items] and fine != poor
