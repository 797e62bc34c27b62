"""The department lead's figures over plain ticket records: pure, no storage, no Qt.

Definitions used everywhere (say them the same way on screen):

- A ticket belongs to a report when it was *issued* in `[start, end)`; a refusal when it
  happened in that window. Hours are local hours of the office (`tz`).
- *issued*: every ticket, including those voided later (printer failed); *served*: `done`;
  *open*: still waiting, called, serving or parked when the records were taken.
- *Waiting time*: issued to first call (`called_at` must be the first call). Tickets never
  called (expired, voided, still waiting) have no waiting time; look at their counts.
  A transferred ticket counts under the service it ended in, with its first wait only.
- *Service time*: started to finished, or called to finished when never started; `done`
  tickets only (a no-show's minutes are not service).
- Percentiles use the *nearest-rank* method: the p-th percentile of n values is the value at
  rank ceil(p/100 * n) in ascending order, so it is always a measured value and the median
  of an even count is the lower middle one. See `percentile`.
- Clerk names appear only when asked for (`per_clerk=True`): figures per person are staff
  monitoring, which in Germany needs the works council's agreement.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from shared.domain.reports_stats import Counts, Stats, percentile, stats_of
from shared.domain.staffing import HourLoad

__all__ = [
    "Counts",
    "Refusal",
    "Report",
    "Row",
    "Stats",
    "TicketRecord",
    "hourly_load",
    "percentile",
    "summarise",
]


@dataclass(frozen=True, slots=True)
class TicketRecord:
    """One ticket as reports see it. Times are aware datetimes (UTC from the hub)."""

    number: str
    service: str
    counter: str | None
    clerk: str | None
    state: str
    issued_at: datetime
    called_at: datetime | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Refusal:
    """The kiosk refused a ticket: `capacity` (cutoff reached) or `closed` (no open hours)."""

    service: str
    at: datetime
    reason: Literal["capacity", "closed"]


@dataclass(frozen=True, slots=True)
class Row:
    """Figures for one service, local hour ("08:00"), counter or clerk.

    For a counter or clerk, `counts` cover the tickets called there (issued = reached it).
    """

    key: str
    counts: Counts
    wait: Stats
    service_time: Stats


@dataclass(frozen=True, slots=True)
class Report:
    """A period's figures. `per_clerk` is empty unless explicitly asked for.

    Attributes:
        from_aggregates: built from daily aggregates after ticket history was purged; then
            counts and means are exact, percentiles are exact for a single day and key and
            otherwise within half a minute (whole-minute histograms).
    """

    start: datetime
    end: datetime
    tz: str
    totals: Counts
    wait: Stats
    service_time: Stats
    per_service: tuple[Row, ...]
    per_hour: tuple[Row, ...]
    per_counter: tuple[Row, ...]
    per_clerk: tuple[Row, ...] = ()
    from_aggregates: bool = False


def minutes(begin: datetime, finish: datetime) -> float:
    return (finish - begin).total_seconds() / 60.0


def hour_key(moment: datetime, tz: ZoneInfo) -> str:
    return f"{moment.astimezone(tz).hour:02d}:00"


@dataclass
class Collected:
    """Raw values grouped by dimension ("service", "hour", "counter", "clerk") and key."""

    counts: dict[tuple[str, str], dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    waits: dict[tuple[str, str], list[float]] = field(default_factory=lambda: defaultdict(list))
    services: dict[tuple[str, str], list[float]] = field(default_factory=lambda: defaultdict(list))

    def keys(self, dimension: str) -> list[str]:
        found = {
            key for dim, key in (*self.counts, *self.waits, *self.services) if dim == dimension
        }
        return sorted(found)

    def row(self, dimension: str, key: str) -> Row:
        return Row(
            key=key,
            counts=Counts(**self.counts.get((dimension, key), {})),
            wait=stats_of(self.waits.get((dimension, key), [])),
            service_time=stats_of(self.services.get((dimension, key), [])),
        )


_COUNT_OF_STATE = {
    "done": "served",
    "no_show": "no_show",
    "voided": "voided",
    "expired": "expired",
}


def collect(
    records: Iterable[TicketRecord],
    refusals: Iterable[Refusal],
    start: datetime,
    end: datetime,
    tz: ZoneInfo,
    *,
    per_clerk: bool,
) -> Collected:
    """Group the window's tickets and refusals; clerk names only with `per_clerk`."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("start and end must be aware datetimes")
    out = Collected()
    for rec in records:
        if not start <= rec.issued_at < end:
            continue
        where = [("service", rec.service), ("hour", hour_key(rec.issued_at, tz))]
        if rec.counter is not None and rec.called_at is not None:
            where.append(("counter", rec.counter))
        if per_clerk and rec.clerk is not None and rec.called_at is not None:
            where.append(("clerk", rec.clerk))
        wait = minutes(rec.issued_at, rec.called_at) if rec.called_at else None
        service = None
        begin = rec.started_at or rec.called_at
        if rec.state == "done" and begin is not None and rec.finished_at is not None:
            service = minutes(begin, rec.finished_at)
        for place in where:
            counts = out.counts[place]
            counts["issued"] += 1
            counts[_COUNT_OF_STATE.get(rec.state, "open")] += 1
            if wait is not None:
                out.waits[place].append(wait)
            if service is not None:
                out.services[place].append(service)
    for refusal in refusals:
        if not start <= refusal.at < end:
            continue
        name = f"turned_away_{refusal.reason}"
        out.counts[("service", refusal.service)][name] += 1
        out.counts[("hour", hour_key(refusal.at, tz))][name] += 1
    return out


def summarise(
    records: Iterable[TicketRecord],
    refusals: Iterable[Refusal],
    *,
    start: datetime,
    end: datetime,
    tz: str = "Europe/Berlin",
    per_clerk: bool = False,
) -> Report:
    """Figures for the tickets issued in `[start, end)` (see the module's definitions)."""
    got = collect(records, refusals, start, end, ZoneInfo(tz), per_clerk=per_clerk)
    per_service = tuple(got.row("service", key) for key in got.keys("service"))
    all_waits = [w for (dim, _), ws in got.waits.items() if dim == "service" for w in ws]
    all_services = [s for (dim, _), ss in got.services.items() if dim == "service" for s in ss]
    return Report(
        start=start,
        end=end,
        tz=tz,
        totals=sum((row.counts for row in per_service), Counts()),
        wait=stats_of(all_waits),
        service_time=stats_of(all_services),
        per_service=per_service,
        per_hour=tuple(got.row("hour", key) for key in got.keys("hour")),
        per_counter=tuple(got.row("counter", key) for key in got.keys("counter")),
        per_clerk=tuple(got.row("clerk", key) for key in got.keys("clerk")) if per_clerk else (),
    )


def hourly_load(
    records: Iterable[TicketRecord],
    *,
    day: date,
    tz: str = "Europe/Berlin",
    counters_open: Mapping[datetime, float] | None = None,
    refusals: Iterable[Refusal] = (),
) -> list[HourLoad]:
    """One `HourLoad` per local hour of `day`, for `staffing.recommend`.

    Hours run from the first to the last hour with an arrival or an open counter.
    *arrivals* are the tickets issued in the hour, without voided ones (a failed print is
    not a visitor), plus capacity refusals if given (people who came but got no ticket: the
    demand the office did not meet). *mean_service_min* is the mean service time of the
    hour's arrivals served, None when none was measured. *counters_open* comes from the
    caller, keyed by the hour's aware start; without it, it is estimated as the number of
    counters that called a ticket in the hour.
    """
    zone = ZoneInfo(tz)
    first = datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
    last = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    hours = []
    moment = first
    while moment < last:  # 23, 24 or 25 hours: summer time shifts
        hours.append(moment)
        moment += timedelta(hours=1)

    def slot(when: datetime) -> datetime | None:
        when = when.astimezone(UTC)
        if not first <= when < last:
            return None
        return hours[int((when - first).total_seconds() // 3600)]

    arrivals: dict[datetime, int] = defaultdict(int)
    service: dict[datetime, list[float]] = defaultdict(list)
    callers: dict[datetime, set[str]] = defaultdict(set)
    for rec in records:
        issued = slot(rec.issued_at)
        if issued is not None and rec.state != "voided":
            arrivals[issued] += 1
            begin = rec.started_at or rec.called_at
            if rec.state == "done" and begin is not None and rec.finished_at is not None:
                service[issued].append(minutes(begin, rec.finished_at))
        called = slot(rec.called_at) if rec.called_at else None
        if called is not None and rec.counter is not None:
            callers[called].add(rec.counter)
    for refusal in refusals:
        at = slot(refusal.at)
        if at is not None and refusal.reason == "capacity":
            arrivals[at] += 1

    def open_in(hour: datetime) -> float:
        if counters_open is not None:
            return float(counters_open.get(hour, 0.0))
        return float(len(callers[hour]))

    busy = [h for h in hours if arrivals[h] or open_in(h) > 0]
    if not busy:
        return []
    return [
        HourLoad(
            hour_start=hour,
            arrivals=arrivals[hour],
            mean_service_min=math.fsum(service[hour]) / len(service[hour])
            if service[hour]
            else None,
            counters_open=open_in(hour),
        )
        for hour in hours
        if busy[0] <= hour <= busy[-1]
    ]
