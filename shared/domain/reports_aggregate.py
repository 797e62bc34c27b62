"""Daily aggregates: the figures kept after ticket-level history is purged (DSGVO).

One `DailyAggregate` per local day and per service, per local hour and per counter. Each
holds counts, sums and whole-minute histograms of waiting and service times, so week and
month reports still come out of `summarise_aggregates` when the tickets are gone:

- counts, sums and means are exact;
- median and 90th percentile are exact when one aggregate covers the row (one day, one key),
  otherwise taken from the merged histograms: the middle of the right whole-minute bin,
  so within half a minute of the exact nearest-rank value;
- aggregates never hold clerk names: per-clerk figures end with the ticket history.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from shared.domain.reports import Refusal, Report, Row, TicketRecord, collect
from shared.domain.reports_stats import (
    Counts,
    Histogram,
    Stats,
    histogram,
    merge_histograms,
    stats_of_histogram,
)

Dimension = Literal["service", "hour", "counter"]
DIMENSIONS: tuple[Dimension, ...] = ("service", "hour", "counter")


@dataclass(frozen=True, slots=True)
class DailyAggregate:
    """One day's figures for one service, local hour ("08:00") or counter.

    Attributes:
        wait, service_time: the day's exact statistics for this key.
        wait_histogram, service_histogram: whole-minute bins for later percentiles.
    """

    day: date
    dimension: Dimension
    key: str
    counts: Counts
    wait: Stats
    service_time: Stats
    wait_histogram: Histogram
    service_histogram: Histogram


def _local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone)


def aggregate_day(
    records: Iterable[TicketRecord],
    refusals: Iterable[Refusal],
    day: date,
    tz: str = "Europe/Berlin",
) -> list[DailyAggregate]:
    """The aggregates of the tickets issued (and refusals made) on local `day`."""
    zone = ZoneInfo(tz)
    start = _local_midnight(day, zone)
    end = _local_midnight(day + timedelta(days=1), zone)
    got = collect(records, refusals, start, end, zone, per_clerk=False)
    result = []
    for dimension in DIMENSIONS:
        for key in got.keys(dimension):
            row = got.row(dimension, key)
            result.append(
                DailyAggregate(
                    day=day,
                    dimension=dimension,
                    key=key,
                    counts=row.counts,
                    wait=row.wait,
                    service_time=row.service_time,
                    wait_histogram=histogram(got.waits.get((dimension, key), [])),
                    service_histogram=histogram(got.services.get((dimension, key), [])),
                )
            )
    return result


def _merge_stats(parts: Sequence[DailyAggregate], which: Literal["wait", "service"]) -> Stats:
    if which == "wait":
        if len(parts) == 1:
            return parts[0].wait
        hist = merge_histograms(p.wait_histogram for p in parts)
        return stats_of_histogram(hist, math.fsum(p.wait.total_min for p in parts))
    if len(parts) == 1:
        return parts[0].service_time
    hist = merge_histograms(p.service_histogram for p in parts)
    return stats_of_histogram(hist, math.fsum(p.service_time.total_min for p in parts))


def _row(key: str, parts: Sequence[DailyAggregate]) -> Row:
    return Row(
        key=key,
        counts=sum((p.counts for p in parts), Counts()),
        wait=_merge_stats(parts, "wait"),
        service_time=_merge_stats(parts, "service"),
    )


def summarise_aggregates(
    aggregates: Iterable[DailyAggregate],
    start: date,
    end: date,
    tz: str = "Europe/Berlin",
) -> Report:
    """A report over the local days `start <= day < end` from aggregates alone.

    `per_clerk` is always empty; see the module docstring for what is exact.
    """
    groups: dict[tuple[str, str], list[DailyAggregate]] = defaultdict(list)
    for agg in aggregates:
        if start <= agg.day < end:
            groups[(agg.dimension, agg.key)].append(agg)

    def rows(dimension: Dimension) -> tuple[Row, ...]:
        keys = sorted(key for dim, key in groups if dim == dimension)
        return tuple(_row(key, groups[(dimension, key)]) for key in keys)

    by_service = [agg for (dim, _), parts in groups.items() if dim == "service" for agg in parts]
    overall = _row("", by_service)
    zone = ZoneInfo(tz)
    return Report(
        start=_local_midnight(start, zone),
        end=_local_midnight(end, zone),
        tz=tz,
        totals=overall.counts,
        wait=overall.wait,
        service_time=overall.service_time,
        per_service=rows("service"),
        per_hour=rows("hour"),
        per_counter=rows("counter"),
        from_aggregates=True,
    )
