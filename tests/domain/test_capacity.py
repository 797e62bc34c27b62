"""Capacity cutoff: issue only what can be served before the hours end."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from shared.domain.capacity import capacity_check
from shared.domain.clock import FakeClock

CLOSE = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)


def check(now: datetime, **overrides: object) -> bool:
    args: dict = {
        "waiting": 5, "service_times_min": [10.0, 10.0, 10.0], "counters_serving": 1,
        "now": now, "closes_at": CLOSE, "margin_min": 0, "default_service_min": 8.0,
    }
    args.update(overrides)
    return capacity_check(**args)


def test_boundary_exactly_at_close_is_allowed() -> None:
    # 5 waiting + the new one, 10 min each, one counter: 60 minutes of work.
    assert check(CLOSE - timedelta(minutes=60))
    assert not check(CLOSE - timedelta(minutes=60) + timedelta(seconds=1))


def test_margin_moves_the_cutoff() -> None:
    assert not check(CLOSE - timedelta(minutes=60), margin_min=15)
    assert check(CLOSE - timedelta(minutes=75), margin_min=15)


def test_cutoff_as_time_moves() -> None:
    clock = FakeClock(CLOSE - timedelta(hours=2))
    allowed = []
    while clock.now() < CLOSE:
        allowed.append(check(clock.now(), waiting=2, counters_serving=2))  # 15 min of work
        clock.advance(minutes=5)
    assert allowed == [True] * 22 + [False] * 2


def test_more_counters_more_capacity() -> None:
    now = CLOSE - timedelta(minutes=30)
    assert not check(now)
    assert check(now, counters_serving=2)


def test_default_service_time_until_something_is_measured() -> None:
    now = CLOSE - timedelta(minutes=48)  # 6 × 8 min
    assert check(now, service_times_min=[])
    assert not check(now + timedelta(minutes=1), service_times_min=[])


def test_median_resists_one_outlier() -> None:
    assert check(CLOSE - timedelta(minutes=60), service_times_min=[10.0, 10.0, 180.0])


def test_no_counter_yet_counts_as_one() -> None:
    assert check(CLOSE - timedelta(minutes=60), counters_serving=0)
    assert not check(CLOSE - timedelta(minutes=59), counters_serving=0)


def test_no_known_end_means_no_cutoff() -> None:
    assert check(CLOSE + timedelta(hours=3), closes_at=None)


def test_after_closing_nothing() -> None:
    assert not check(CLOSE, waiting=0)


@pytest.mark.parametrize(
    "bad", [{"waiting": -1}, {"margin_min": -5}, {"default_service_min": 0}]
)
def test_bad_arguments_are_bugs(bad: dict) -> None:
    with pytest.raises(ValueError):
        check(CLOSE - timedelta(hours=1), **bad)
