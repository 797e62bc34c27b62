"""Wait estimates: unknown without data, ranges rounded to 5 minutes."""

from __future__ import annotations

import math
import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.domain.estimate import estimate_wait, median, percentile
from shared.domain.model import WaitEstimate


@pytest.mark.parametrize(
    ("times", "counters"), [([], 2), ([0.0, -3.0, math.nan], 2), ([8.0], 0), ([8.0], -1)]
)
def test_unknown(times: list[float], counters: int) -> None:
    assert estimate_wait(3, times, counters) is None


def test_next_in_line() -> None:
    # Median 8, p80 10: nobody ahead, at worst one slow service.
    assert estimate_wait(0, [6, 8, 8, 10, 10], 1) == WaitEstimate(0, 10)


def test_range_scales_with_position_and_counters() -> None:
    times = [6, 8, 8, 10, 10]
    assert estimate_wait(4, times, 1) == WaitEstimate(30, 50)  # 32 .. 50
    assert estimate_wait(4, times, 2) == WaitEstimate(15, 25)  # 16 .. 25


def test_range_is_at_least_five_minutes_wide() -> None:
    assert estimate_wait(1, [5, 5, 5], 1) == WaitEstimate(5, 10)


def test_helpers() -> None:
    assert median([3, 1, 2]) == 2
    assert percentile([1, 2, 3, 4, 5], 80) == pytest.approx(4.2)
    assert percentile([7], 80) == 7
    with pytest.raises(ValueError):
        median([])
    with pytest.raises(ValueError):
        percentile([1], 101)


@given(st.lists(st.floats(min_value=0.1, max_value=600), min_size=1, max_size=60))
def test_median_is_the_statistics_median(values: list[float]) -> None:
    assert median(values) == pytest.approx(statistics.median(values))
    assert median([1.0, 2.0, 3.0, 10.0]) == 2.5  # even count: mean of the middle two


def test_negative_position_is_a_bug() -> None:
    with pytest.raises(ValueError):
        estimate_wait(-1, [5], 1)


@given(
    st.integers(0, 200),
    st.lists(st.floats(0.1, 120), min_size=1, max_size=50),
    st.integers(1, 10),
)
def test_estimate_is_a_sane_range(position: int, times: list[float], counters: int) -> None:
    est = estimate_wait(position, times, counters)
    assert est is not None
    assert est.low_min % 5 == 0 and est.high_min % 5 == 0
    assert est.low_min >= 0 and est.high_min - est.low_min >= 5
    more = estimate_wait(position + 1, times, counters)
    assert more is not None and more.high_min >= est.high_min
