"""Agreement figures: alpha against Krippendorff's hand-worked examples and the package,
bootstrap intervals, percent agreement, alignment and leniency."""

from __future__ import annotations

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.domain import agreement
from reviewer.team.alpha import alpha, alpha_with_interval, weighted_alpha

N = None
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
# twelve units, values 1-5, with missing data.
MISSING_DATA = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]
# Same paper, section A: binary data, two observers, no missing data (alpha = 0.095).
BINARY = [[0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]]


@pytest.mark.parametrize(
    "level, expected", [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849)]
)
def test_alpha_matches_krippendorffs_worked_example_with_missing_data(level, expected):
    assert alpha(MISSING_DATA, level) == pytest.approx(expected, abs=5e-4)
    # The vectorised bootstrap computation gives the same value with every unit drawn once.
    assert weighted_alpha(MISSING_DATA, level, np.ones(12))[0] == pytest.approx(expected, abs=5e-4)


def test_alpha_of_the_binary_two_observer_example():
    assert alpha(BINARY, "nominal") == pytest.approx(0.095, abs=5e-4)
    assert weighted_alpha(BINARY, "nominal", np.ones(10))[0] == pytest.approx(0.095, abs=5e-4)


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval"])
def test_weighted_alpha_equals_the_package_on_random_resamples(level):
    rng = np.random.default_rng(7)
    for _ in range(30):
        data = rng.integers(1, 6, size=(rng.integers(2, 8), rng.integers(3, 25))).astype(float)
        data[rng.random(data.shape) < 0.2] = np.nan
        weights = rng.integers(0, 4, size=data.shape[1])
        if (np.isnan(data).sum(axis=0) > data.shape[0] - 2)[weights > 0].all():
            continue
        # A unit drawn k times is the same as k copies of it in the data.
        expanded = np.repeat(data, weights, axis=1)
        expected = krippendorff.alpha(reliability_data=expanded, level_of_measurement=level)
        table = [[None if np.isnan(v) else v for v in row] for row in data]
        got = weighted_alpha(table, level, weights)[0]
        if np.isnan(expected):
            assert np.isnan(got)
        else:
            assert got == pytest.approx(expected, abs=1e-9)


def test_bootstrap_interval_brackets_the_value_and_is_reproducible():
    result = alpha_with_interval(MISSING_DATA, "ordinal")
    assert result.low <= result.value <= result.high
    assert result.high - result.low > 0.05  # twelve units: a wide interval, honestly shown
    assert alpha_with_interval(MISSING_DATA, "ordinal") == result


def test_alpha_is_undefined_without_pairs_or_variation():
    assert alpha([[1, N], [N, 2]], "nominal") is None  # no unit with two answers
    assert alpha([[1, 1, 1], [1, 1, 1]], "nominal") is None  # nothing varies: chance explains all
    assert alpha_with_interval([[1, 1], [1, 1]], "ordinal").value is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 4), min_size=2, max_size=15).filter(lambda v: len(set(v)) >= 2),
       st.integers(2, 6), st.sampled_from(["nominal", "ordinal", "interval"]))
def test_identical_reviewers_agree_perfectly(values, reviewers, level):
    table = [list(values) for _ in range(reviewers)]
    assert alpha(table, level) == pytest.approx(1.0)
    assert agreement.percent_agreement(table) == 100.0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.one_of(st.none(), st.integers(0, 3)), min_size=6, max_size=6),
                min_size=2, max_size=5),
       st.permutations([0, 1, 2, 3]))
def test_relabelling_answers_consistently_does_not_change_nominal_alpha(table, relabel):
    renamed = [[None if v is None else relabel[v] for v in row] for row in table]
    before, after = alpha(table, "nominal"), alpha(renamed, "nominal")
    assert (before is None and after is None) or before == pytest.approx(after)
    # Ordinal alpha survives relabelling that keeps the order (here: shifting every value).
    shifted = [[None if v is None else v + 10 for v in row] for row in table]
    before, after = alpha(table, "ordinal"), alpha(shifted, "ordinal")
    assert (before is None and after is None) or before == pytest.approx(after)


def test_percent_agreement_counts_agreeing_pairs():
    # Unit 1: 3 answers, pairs (a,a) agree, (a,b) x2 disagree; unit 2: one pair agreeing.
    assert agreement.percent_agreement([["a", "x"], ["a", "x"], ["b", N]]) == pytest.approx(50.0)
    assert agreement.percent_agreement([[1, N], [N, 2]]) is None


def test_alignment_and_leniency():
    assert agreement.alignment({1: "yes", 2: "no", 3: "yes"}, {1: "yes", 2: "yes", 3: None}) == 50.0
    assert agreement.alignment({1: "yes"}, {}) is None
    assert agreement.leniency({1: 90.0, 2: 70.0}, {1: 80.0, 2: 80.0}) == 0.0
    assert agreement.leniency({1: 90.0, 2: 85.0}, {1: 80.0, 2: 80.0}) == 7.5
    scores = {"a": {1: 80.0, 2: 60.0}, "b": {1: 70.0}, "c": {1: 90.0, 2: 40.0}}
    assert agreement.others_mean(scores, "a") == {1: 80.0, 2: 40.0}


def test_most_split_ranks_the_least_agreed_units_first():
    splits = agreement.most_split({"u1": [1, 1, 1], "u2": [1, 0, 1], "u3": [1, 0, 0.5]})
    assert [s.unit for s in splits] == ["u3", "u2"]
