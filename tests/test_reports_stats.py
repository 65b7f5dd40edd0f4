"""Means and t-intervals for scores."""

import math

import pytest

from reviewer.reports.stats import mean, sample_sd, t_interval, t_quantile


@pytest.mark.parametrize(
    "df, expected",
    [(1, 12.7062), (2, 4.3027), (4, 2.7764), (10, 2.2281), (30, 2.0423), (1000, 1.9623)],
)
def test_t_quantile_matches_published_tables(df, expected):
    assert t_quantile(0.975, df) == pytest.approx(expected, abs=1e-4)


def test_t_quantile_is_symmetric():
    assert t_quantile(0.025, 5) == pytest.approx(-t_quantile(0.975, 5))


def test_interval_of_known_sample():
    values = [70.0, 80.0, 90.0]
    iv = t_interval(values, bounds=None)
    # mean 80, sd 10, t(0.975, 2) = 4.3027 -> half width 24.84
    assert iv.mean == pytest.approx(80.0)
    assert iv.half_width == pytest.approx(4.302653 * 10 / math.sqrt(3), rel=1e-5)
    assert iv.n == 3 and iv.defined


def test_interval_is_clipped_to_the_score_range():
    iv = t_interval([100.0, 90.0])
    assert iv.high == 100.0 and iv.low >= 0.0


def test_one_value_has_no_interval_and_none_has_no_mean():
    one = t_interval([85.0])
    assert one.mean == 85.0 and not one.defined and one.low is None
    none = t_interval([])
    assert none.mean is None and none.n == 0
    assert mean([]) is None and sample_sd([1.0]) is None


def test_identical_values_give_a_zero_width_interval():
    iv = t_interval([75.0, 75.0, 75.0])
    assert iv.low == iv.high == 75.0
