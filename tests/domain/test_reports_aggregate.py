"""Daily aggregates: after the ticket history is purged, week and month reports still add up."""

from __future__ import annotations

from datetime import timedelta

import pytest

from shared.domain.reports import Report, summarise
from shared.domain.reports_aggregate import DailyAggregate, aggregate_day, summarise_aggregates
from tests.helpers.report_day import (
    CLERKS,
    DAY,
    at,
    day_records,
    day_refusals,
    other_day_noise,
)

NEXT = DAY + timedelta(days=1)


def ticket_level(days: int) -> Report:
    records = [r for d in range(days) for r in day_records(DAY + timedelta(days=d))]
    refusals = [r for d in range(days) for r in day_refusals(DAY + timedelta(days=d))]
    return summarise(records, refusals, start=at(0), end=at(0, day=DAY + timedelta(days=days)))


def aggregates(days: int) -> list[DailyAggregate]:
    noise_records, noise_refusals = other_day_noise()
    result: list[DailyAggregate] = []
    for d in range(days):
        day = DAY + timedelta(days=d)
        result += aggregate_day(
            day_records(day) + noise_records, day_refusals(day) + noise_refusals, day
        )
    return result


def test_one_day_from_aggregates_equals_ticket_level() -> None:
    exact = ticket_level(1)
    rebuilt = summarise_aggregates(aggregates(1), DAY, NEXT)
    assert rebuilt.from_aggregates
    assert (rebuilt.start, rebuilt.end) == (exact.start, exact.end)
    assert rebuilt.totals == exact.totals
    # One aggregate per row: every row is exact, percentiles included.
    assert rebuilt.per_service == exact.per_service
    assert rebuilt.per_hour == exact.per_hour
    assert rebuilt.per_counter == exact.per_counter
    # The overall figures merge two services: counts and means exact, percentiles binned.
    assert rebuilt.wait.count == exact.wait.count
    assert rebuilt.wait.mean_min == pytest.approx(exact.wait.mean_min)
    assert rebuilt.wait.median_min == 9.5  # exact 9, bin [9, 10)
    assert rebuilt.service_time.p90_min == 15.5  # exact 15


def test_week_from_aggregates() -> None:
    exact = ticket_level(7)
    rebuilt = summarise_aggregates(aggregates(7), DAY, DAY + timedelta(days=7))
    assert rebuilt.totals == exact.totals
    assert rebuilt.totals.issued == 7 * 40
    for mine, theirs in zip(
        rebuilt.per_service + rebuilt.per_hour + rebuilt.per_counter,
        exact.per_service + exact.per_hour + exact.per_counter,
        strict=True,
    ):
        assert mine.key == theirs.key
        assert mine.counts == theirs.counts
        for got, want in ((mine.wait, theirs.wait), (mine.service_time, theirs.service_time)):
            assert got.count == want.count
            assert got.total_min == pytest.approx(want.total_min)
            for binned, true in ((got.median_min, want.median_min), (got.p90_min, want.p90_min)):
                assert (binned is None) == (true is None)
                if binned is not None and true is not None:
                    assert abs(binned - true) <= 0.5


def test_window_selects_days() -> None:
    week = aggregates(7)
    middle = summarise_aggregates(week, DAY + timedelta(days=2), DAY + timedelta(days=4))
    assert middle.totals.issued == 2 * 40
    assert summarise_aggregates(week, NEXT, NEXT).totals.issued == 0


def test_aggregates_hold_no_clerk_names() -> None:
    kept = aggregates(1)
    assert {agg.dimension for agg in kept} == {"service", "hour", "counter"}
    text = repr(kept)
    for name in CLERKS:
        assert name not in text
    assert summarise_aggregates(kept, DAY, NEXT).per_clerk == ()


def test_aggregate_keeps_histograms() -> None:
    (a,) = [agg for agg in aggregates(1) if (agg.dimension, agg.key) == ("service", "A")]
    # A's waits: 1..12 twice, plus the no-shows' 2 and 30.
    assert a.wait_histogram == tuple(sorted({**{m: 2 for m in range(1, 13)}, 2: 3, 30: 1}.items()))
    assert a.service_histogram == ((6, 12), (10, 12))
