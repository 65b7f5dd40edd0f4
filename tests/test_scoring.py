"""The scoring engine: worked examples a trainer can follow, and properties that hold for any rubric."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reviewer.domain import (
    NOT_APPLICABLE,
    Criterion,
    CriticalRule,
    NotApplicablePolicy,
    Rubric,
    Scale,
    ScaleKind,
    Section,
    Text,
    score_review,
)


def criterion(cid, scale=None, weight=1.0, na=False, critical=None):
    return Criterion(cid, Text(cid), scale or Scale.yes_no(), weight, na_allowed=na, critical=critical)


def rubric(*sections, policy=NotApplicablePolicy.EXCLUDE):
    return Rubric("r", "1", Text("R"), tuple(sections), not_applicable=policy)


RATING_1_5 = Scale(ScaleKind.RATING, 1, 5, {p: Text(str(p)) for p in range(1, 6)})
POINTS_0_4 = Scale(ScaleKind.POINTS, 0, 4)


def example_rubric(policy=NotApplicablePolicy.EXCLUDE, **critical):
    """Section A (weight 3): c1 yes/no, c2 yes/partly/no. Section B (weight 1): c3 rating 1-5
    (weight 2), c4 0-4 points."""
    return rubric(
        Section(
            "a",
            Text("A"),
            (
                criterion("c1", critical=critical.get("c1"), na=True),
                criterion("c2", Scale.yes_partly_no(), critical=critical.get("c2")),
            ),
            weight=3,
        ),
        Section(
            "b",
            Text("B"),
            (
                criterion("c3", RATING_1_5, weight=2, na=True, critical=critical.get("c3")),
                criterion("c4", POINTS_0_4, critical=critical.get("c4")),
            ),
            weight=1,
        ),
        policy=policy,
    )


def test_worked_example():
    score = score_review(example_rubric(), {"c1": "yes", "c2": "partly", "c3": 4, "c4": 1})
    a, b = score.sections
    # A: (1 + 0.5) / 2 = 75 %. B: (0.75 * 2 + 0.25 * 1) / 3 = 58.33 %.
    assert a.score == pytest.approx(75.0)
    assert b.score == pytest.approx(175 / 3)
    # Review: (75 * 3 + 58.33 * 1) / 4 = 70.83 %.
    assert score.total == pytest.approx((75 * 3 + 175 / 3) / 4)
    assert [c.points for c in b.criteria] == pytest.approx([1.5, 0.25])
    assert [c.max_points for c in b.criteria] == [2.0, 1.0]
    assert score.complete and not score.flagged and not score.zeroed


def test_criterion_fractions_per_scale():
    assert [Scale.yes_no().fraction(v) for v in ("no", "yes")] == [0.0, 1.0]
    assert [Scale.yes_partly_no().fraction(v) for v in ("no", "partly", "yes")] == [0.0, 0.5, 1.0]
    assert [RATING_1_5.fraction(v) for v in range(1, 6)] == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert [POINTS_0_4.fraction(v) for v in range(5)] == [0.0, 0.25, 0.5, 0.75, 1.0]


def test_not_applicable_is_left_out_by_default():
    score = score_review(example_rubric(), {"c1": NOT_APPLICABLE, "c2": "partly", "c3": 5, "c4": 4})
    assert score.sections[0].score == pytest.approx(50.0)  # only c2 counts
    assert score.sections[0].criteria[0].counted is False
    assert score.total == pytest.approx((50 * 3 + 100) / 4)


def test_not_applicable_counts_as_met_when_the_rubric_says_so():
    score = score_review(
        example_rubric(NotApplicablePolicy.COUNT_AS_MET),
        {"c1": NOT_APPLICABLE, "c2": "partly", "c3": 5, "c4": 4},
    )
    assert score.sections[0].score == pytest.approx(75.0)
    assert score.total == pytest.approx((75 * 3 + 100) / 4)


def test_section_with_every_criterion_not_applicable_leaves_the_review_mean():
    r = rubric(
        Section("a", Text("A"), (criterion("c1", na=True),), weight=9),
        Section("b", Text("B"), (criterion("c2"),), weight=1),
    )
    score = score_review(r, {"c1": NOT_APPLICABLE, "c2": "no"})
    assert score.sections[0].score is None
    assert score.total == 0.0  # only section b counts, though a has the larger weight


def test_unanswered_criteria_do_not_count_yet():
    score = score_review(example_rubric(), {"c1": "yes"})
    assert score.total == 100.0
    assert score.unanswered == ("c2", "c3", "c4") and not score.complete
    assert score_review(example_rubric(), {}).total is None


def test_failed_critical_zeroes_the_review():
    r = example_rubric(c4=CriticalRule.ZERO_REVIEW)
    score = score_review(r, {"c1": "yes", "c2": "yes", "c3": 5, "c4": 0})
    assert score.total == 0.0 and score.zeroed and score.flagged
    assert [c.criterion.id for c in score.critical_failures] == ["c4"]
    # Not at the bottom of the scale: not failed.
    assert score_review(r, {"c1": "yes", "c2": "yes", "c3": 5, "c4": 1}).total > 0


def test_failed_critical_zeroes_its_section():
    r = example_rubric(c1=CriticalRule.ZERO_SECTION)
    score = score_review(r, {"c1": "no", "c2": "yes", "c3": 5, "c4": 4})
    assert score.sections[0].score == 0.0 and score.sections[0].zeroed
    assert score.sections[1].score == 100.0
    assert score.total == pytest.approx(25.0) and not score.zeroed and score.flagged


def test_failed_critical_only_flags():
    r = example_rubric(c2=CriticalRule.FLAG)
    flagged = score_review(r, {"c1": "yes", "c2": "no", "c3": 5, "c4": 4})
    plain = score_review(example_rubric(), {"c1": "yes", "c2": "no", "c3": 5, "c4": 4})
    assert flagged.total == plain.total == pytest.approx((50 * 3 + 100) / 4)
    assert flagged.flagged and not plain.flagged


def test_partly_on_a_critical_criterion_is_not_a_failure_and_na_never_fails():
    r = example_rubric(c2=CriticalRule.ZERO_REVIEW, c1=CriticalRule.ZERO_REVIEW)
    score = score_review(r, {"c1": NOT_APPLICABLE, "c2": "partly", "c3": 5, "c4": 4})
    assert not score.flagged and score.total == pytest.approx((50 * 3 + 100) / 4)


# Properties ---------------------------------------------------------------------------------

scales = st.one_of(
    st.just(Scale.yes_no()),
    st.just(Scale.yes_partly_no()),
    st.builds(
        lambda low, span: Scale(
            ScaleKind.RATING, low, low + span, {p: Text(str(p)) for p in range(low, low + span + 1)}
        ),
        st.integers(-3, 3),
        st.integers(1, 9),
    ),
    st.builds(lambda high: Scale(ScaleKind.POINTS, 0, high), st.integers(1, 12)),
)
weights = st.one_of(
    st.integers(1, 100).map(float), st.floats(0.001, 1000, allow_nan=False, allow_infinity=False)
)


@st.composite
def rubrics(draw, policy=None):
    sections = []
    count = 0
    for s in range(draw(st.integers(1, 4))):
        criteria = []
        for _ in range(draw(st.integers(1, 5))):
            criteria.append(
                Criterion(
                    f"c{count}",
                    Text(f"c{count}"),
                    draw(scales),
                    draw(weights),
                    na_allowed=draw(st.booleans()),
                    critical=draw(st.none() | st.sampled_from(list(CriticalRule))),
                )
            )
            count += 1
        sections.append(Section(f"s{s}", Text(f"s{s}"), tuple(criteria), draw(weights)))
    chosen = policy or draw(st.sampled_from(list(NotApplicablePolicy)))
    return Rubric("r", "1", Text("R"), tuple(sections), not_applicable=chosen)


def any_answer(criterion):
    options = list(criterion.scale.values()) + ([NOT_APPLICABLE] if criterion.na_allowed else [])
    return st.none() | st.sampled_from(options)


@st.composite
def rubric_with_answers(draw, policy=None):
    r = draw(rubrics(policy))
    answers = {c.id: draw(any_answer(c)) for c in r.criteria()}
    return r, answers


def top_answers(r):
    return {c.id: c.scale.top for c in r.criteria()}


@given(rubric_with_answers())
def test_score_is_always_within_0_and_100(case):
    r, answers = case
    score = score_review(r, answers)
    assert score.total is None or 0.0 <= score.total <= 100.0
    for section in score.sections:
        assert section.score is None or 0.0 <= section.score <= 100.0


@given(rubrics())
def test_every_answer_at_the_top_gives_100(r):
    score = score_review(r, top_answers(r))
    assert not score.critical_failures  # the top of a scale never fails a critical criterion
    assert score.total == 100.0


@given(rubric_with_answers())
def test_answers_at_the_top_or_not_applicable_give_100(case):
    r, answers = case
    answers = {cid: v if v == NOT_APPLICABLE else r.criterion(cid).scale.top for cid, v in answers.items()}
    score = score_review(r, answers)
    everything_left_out = r.not_applicable is NotApplicablePolicy.EXCLUDE and all(
        v == NOT_APPLICABLE for v in answers.values()
    )
    assert score.total == (None if everything_left_out else 100.0)


@given(rubrics(policy=NotApplicablePolicy.EXCLUDE), st.data())
def test_marking_criteria_not_applicable_never_changes_a_top_score(r, data):
    allowed = [c.id for c in r.criteria() if c.na_allowed]
    if not allowed:
        return
    chosen = data.draw(st.lists(st.sampled_from(allowed), min_size=1, unique=True))
    answers = top_answers(r) | {cid: NOT_APPLICABLE for cid in chosen}
    score = score_review(r, answers)
    if len(chosen) == sum(1 for _ in r.criteria()):
        assert score.total is None  # nothing left to score
    else:
        assert score.total == score_review(r, top_answers(r)).total == 100.0


@settings(suppress_health_check=[HealthCheck.filter_too_much])
@given(rubric_with_answers(), st.data())
def test_raising_one_answer_never_lowers_the_score(case, data):
    r, answers = case
    raisable = [
        c
        for c in r.criteria()
        if answers[c.id] not in (None, NOT_APPLICABLE) and answers[c.id] != c.scale.top
    ]
    assume(raisable)
    target = data.draw(st.sampled_from(raisable))
    values = target.scale.values()
    higher = data.draw(st.sampled_from(values[values.index(answers[target.id]) + 1 :]))
    before = score_review(r, answers)
    after = score_review(r, answers | {target.id: higher})
    assert after.total >= before.total
    for old, new in zip(before.sections, after.sections, strict=True):
        assert (old.score is None and new.score is None) or new.score >= old.score
