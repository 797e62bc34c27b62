"""Reports over a known day: every expected figure is worked out by hand (see report_day)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from shared.domain.reports import Report, Row, TicketRecord, hourly_load, summarise
from shared.domain.reports_stats import Counts, histogram, histogram_percentile, percentile
from shared.domain.staffing import recommend
from tests.helpers.report_day import (
    CLERKS,
    DAY,
    at,
    day_records,
    day_refusals,
    other_day_noise,
)


def report_of_day(*, per_clerk: bool = False) -> Report:
    noise_records, noise_refusals = other_day_noise()
    return summarise(
        day_records() + noise_records,
        day_refusals() + noise_refusals,
        start=at(0),
        end=at(0, day=DAY + timedelta(days=1)),
        per_clerk=per_clerk,
    )


def figures(row: Row) -> tuple[float | None, ...]:
    """(wait median, wait p90, service median, service p90)."""
    return (row.wait.median_min, row.wait.p90_min, row.service_time.median_min,
            row.service_time.p90_min)  # fmt: skip


def by_key(rows: tuple[Row, ...]) -> dict[str, Row]:
    return {row.key: row for row in rows}


# -- percentiles ---------------------------------------------------------------------------


def test_percentile_is_nearest_rank() -> None:
    assert percentile([4, 1, 3, 2], 50) == 2  # rank ceil(2.0) = 2: the lower middle
    assert percentile([4, 1, 3, 2], 90) == 4  # rank ceil(3.6) = 4
    assert percentile([5, 1, 3], 50) == 3
    assert percentile([7], 90) == 7
    assert percentile([1, 2], 100) == 2
    assert percentile([], 50) is None


def test_percentile_rank_has_no_float_noise() -> None:
    # 0.9 * 70 is 63.000000000000007 in floats; the rank must still be 63.
    assert percentile(list(range(1, 71)), 90) == 63


@pytest.mark.parametrize("p", [0, -5, 101])
def test_percentile_refuses_nonsense(p: float) -> None:
    with pytest.raises(ValueError):
        percentile([1.0], p)


def test_histogram_percentile_is_within_half_a_minute() -> None:
    values = [0.2, 1.7, 2.0, 2.9, 3.3, 4.8, 7.25, 7.5, 12.0, 30.1, 30.9]
    hist = histogram(values)
    for p in (10, 50, 90, 100):
        exact = percentile(values, p)
        assert exact is not None
        assert histogram_percentile(hist, p) == int(exact) + 0.5


# -- the day -------------------------------------------------------------------------------


def test_counts() -> None:
    report = report_of_day()
    assert report.totals == Counts(
        issued=40, served=34, no_show=2, voided=1, expired=2, open=1,
        turned_away_capacity=3, turned_away_closed=1,
    )  # fmt: skip
    rows = by_key(report.per_service)
    assert list(rows) == ["A", "M"]
    assert rows["A"].counts == Counts(
        issued=28, served=24, no_show=2, voided=1, expired=1,
        turned_away_capacity=2, turned_away_closed=1,
    )  # fmt: skip
    assert rows["M"].counts == Counts(
        issued=12, served=10, expired=1, open=1, turned_away_capacity=1
    )


def test_overall_times() -> None:
    report = report_of_day()
    # Waits: A 1..12 twice + no-shows 30 and 2; M 20, 22, ..., 38. 36 values.
    assert report.wait.count == 36
    assert report.wait.median_min == 9  # rank 18
    assert report.wait.p90_min == 32  # rank 33
    assert report.wait.mean_min == pytest.approx((2 * 78 + 32 + 290) / 36)
    # Service: 12 x 6, 12 x 10 (A, started to finished), 10 x 15 (M, called to finished).
    assert report.service_time.count == 34
    assert report.service_time.median_min == 10  # rank 17
    assert report.service_time.p90_min == 15  # rank 31
    assert report.service_time.mean_min == pytest.approx((72 + 120 + 150) / 34)


def test_per_service_times() -> None:
    rows = by_key(report_of_day().per_service)
    assert figures(rows["A"]) == (6, 12, 6, 10)
    assert figures(rows["M"]) == (28, 36, 15, 15)


def test_per_local_hour() -> None:
    rows = by_key(report_of_day().per_hour)
    assert list(rows) == ["07:00", "08:00", "09:00", "10:00", "11:00"]
    assert rows["07:00"].counts == Counts(turned_away_closed=1)
    assert rows["08:00"].counts.issued == 22
    assert (rows["08:00"].wait.median_min, rows["08:00"].wait.p90_min) == (11, 34)
    assert rows["09:00"].counts.issued == 12
    assert (rows["09:00"].wait.median_min, rows["09:00"].wait.p90_min) == (6, 11)
    assert rows["10:00"].counts == Counts(issued=6, no_show=2, voided=1, expired=2, open=1)
    assert (rows["10:00"].wait.median_min, rows["10:00"].wait.p90_min) == (2, 30)
    assert rows["11:00"].counts == Counts(turned_away_capacity=3)


def test_per_counter() -> None:
    rows = by_key(report_of_day().per_counter)
    assert list(rows) == ["1", "2", "3"]
    assert rows["1"].counts == Counts(issued=13, served=12, no_show=1)
    assert figures(rows["1"]) == (7, 11, 6, 6)
    assert rows["2"].counts == Counts(issued=13, served=12, no_show=1)
    assert figures(rows["2"]) == (6, 12, 10, 10)
    assert rows["3"].counts == Counts(issued=10, served=10)
    assert figures(rows["3"]) == (28, 36, 15, 15)


def test_no_clerk_names_without_consent() -> None:
    report = report_of_day()
    assert report.per_clerk == ()
    text = repr(report)
    for name in CLERKS:
        assert name not in text


def test_per_clerk_when_asked() -> None:
    report = report_of_day(per_clerk=True)
    rows = by_key(report.per_clerk)
    assert list(rows) == ["Meyer", "Schulz", "Yilmaz"]
    assert figures(rows["Meyer"]) == figures(by_key(report.per_counter)["1"])
    assert rows["Yilmaz"].counts.served == 10


def test_window_is_half_open_and_needs_aware_times() -> None:
    records = day_records()
    only_first = summarise(records, [], start=at(8), end=at(8, 5))
    assert only_first.totals.issued == 2  # A001 at 08:00 and M001 at 08:02, not A002 at 08:05
    with pytest.raises(ValueError, match="aware"):
        summarise(records, [], start=datetime(2026, 11, 25), end=at(12))


def test_empty_report() -> None:
    report = summarise([], [], start=at(0), end=at(23))
    assert report.totals == Counts()
    assert report.wait.median_min is None
    assert report.wait.mean_min is None
    assert report.per_service == report.per_hour == report.per_counter == ()


# -- load for staffing ---------------------------------------------------------------------


def test_hourly_load_of_the_day() -> None:
    loads = hourly_load(day_records() + other_day_noise()[0], day=DAY)
    assert [load.hour_start for load in loads] == [at(8), at(9), at(10)]
    eight, nine, ten = loads
    assert (eight.arrivals, eight.counters_open) == (22, 3)
    assert eight.mean_service_min == pytest.approx((6 * 6 + 6 * 10 + 10 * 15) / 22)
    assert (nine.arrivals, nine.mean_service_min, nine.counters_open) == (12, 8.0, 3)
    assert (ten.arrivals, ten.mean_service_min, ten.counters_open) == (5, None, 2)


def test_hourly_load_with_refusals_and_known_open_counters() -> None:
    open_counters = {at(8): 3.0, at(9): 2.5, at(12): 1.0}
    loads = hourly_load(
        day_records(), day=DAY, counters_open=open_counters, refusals=day_refusals()
    )
    assert [load.hour_start for load in loads] == [at(h) for h in (8, 9, 10, 11, 12)]
    assert [load.arrivals for load in loads] == [22, 12, 5, 3, 0]  # 3 turned away at 11
    assert [load.counters_open for load in loads] == [3.0, 2.5, 0.0, 0.0, 1.0]
    recommendations = recommend(loads)
    assert [r.needed for r in recommendations][-1] == 0


def test_hourly_load_on_the_long_day_of_autumn() -> None:
    """2026-10-25 has 25 local hours; 08:00 local is 07:00 UTC that day."""
    day = date(2026, 10, 25)
    issued = at(8, 30, day)
    ticket = TicketRecord("A001", "A", None, None, "waiting", issued)
    (load,) = hourly_load([ticket], day=day)
    assert load.hour_start == datetime(2026, 10, 25, 7, tzinfo=UTC)
    assert load.counters_open == 0.0
    assert hourly_load([], day=day) == []
