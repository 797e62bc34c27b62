"""Reports of one organisation out of storage: period bounds, ticket rows or daily aggregates,
the counter log's open counters per hour, and the JSON the API answers with.

The figures themselves come from the pure domain (`reports`, `reports_aggregate`,
`staffing`); this module only chooses the inputs.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from shared.domain import staffing
from shared.domain.reports import Report, Row, hourly_load, summarise
from shared.domain.reports_aggregate import aggregate_day, summarise_aggregates
from shared.domain.reports_stats import Stats
from shared.hub.views import z
from shared.storage.reports import ReportRepository
from shared.storage.store import Repos

Period = Literal["day", "week", "month"]
#: File name words of the periods (German, as the office files them).
PERIOD_WORD = {"day": "tag", "week": "woche", "month": "monat"}


def bounds(period: Period, day: date) -> tuple[date, date]:
    """Local days `[first, end)` of the period containing `day` (weeks start on Monday)."""
    if period == "day":
        return day, day + timedelta(days=1)
    if period == "week":
        first = day - timedelta(days=day.weekday())
        return first, first + timedelta(days=7)
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following


def midnight(day: date, tz: str) -> datetime:
    return datetime.combine(day, time(0), tzinfo=ZoneInfo(tz)).astimezone(UTC)


def build(repos: Repos, org: str, period: Period, day: date, *, per_clerk: bool) -> Report:
    """The report of the period: exact from ticket rows while they are all kept, else from
    daily aggregates (stored ones for purged days, computed ones for kept days)."""
    tz = _tz(repos, org)
    first, end = bounds(period, day)
    reports = ReportRepository(repos.db)
    history_from = reports.history_from(org)
    start_at, end_at = midnight(first, tz), midnight(end, tz)
    if history_from is None or first.isoformat() >= history_from:
        return summarise(reports.records(org, start_at, end_at),
                         reports.refusals(org, start_at, end_at),
                         start=start_at, end=end_at, tz=tz, per_clerk=per_clerk)
    kept = date.fromisoformat(history_from)
    aggregates = reports.aggregates(org, first, min(end, kept))
    current = max(first, kept)
    while current < end:
        aggregates += aggregate_day(
            reports.records_of_day(org, current.isoformat()),
            reports.refusals(org, midnight(current, tz), midnight(current + timedelta(1), tz)),
            current, tz)
        current += timedelta(days=1)
    return summarise_aggregates(aggregates, first, end, tz)


def _tz(repos: Repos, org: str) -> str:
    found = repos.office.org(org)
    return found.timezone if found is not None else "Europe/Berlin"


def _stats(stats: Stats) -> dict[str, Any]:
    return {**asdict(stats), "mean_min": stats.mean_min}


def _row(row: Row) -> dict[str, Any]:
    return {"key": row.key, "counts": asdict(row.counts), "wait": _stats(row.wait),
            "service_time": _stats(row.service_time)}


def report_json(report: Report, period: Period, *, per_clerk: bool) -> dict[str, Any]:
    return {
        "period": period, "start": z(report.start), "end": z(report.end), "tz": report.tz,
        "from_aggregates": report.from_aggregates, "per_clerk_enabled": per_clerk,
        "totals": asdict(report.totals), "wait": _stats(report.wait),
        "service_time": _stats(report.service_time),
        "per_service": [_row(r) for r in report.per_service],
        "per_hour": [_row(r) for r in report.per_hour],
        "per_counter": [_row(r) for r in report.per_counter],
        "per_clerk": [_row(r) for r in report.per_clerk] if per_clerk else [],
    }


# staffing -----------------------------------------------------------------------------------
def open_counters(log: list[tuple[str, str, datetime]], start: datetime, end: datetime,
                  now: datetime) -> dict[datetime, float]:
    """Average number of counters in state `open` per hour of `[start, end)` (UTC hours).

    `log` holds (counter, state, at) of every change before `end`, oldest first; a counter
    still open runs until `now` (or `end`).
    """
    hours: dict[datetime, float] = {}
    moment = start
    while moment < end:
        hours[moment] = 0.0
        moment += timedelta(hours=1)
    opened: dict[str, datetime] = {}

    def add(begin: datetime, finish: datetime) -> None:
        for hour in hours:
            overlap = (min(finish, hour + timedelta(hours=1)) - max(begin, hour)).total_seconds()
            if overlap > 0:
                hours[hour] += overlap / 3600.0

    for counter, state, at in log:
        if counter in opened and state != "open":
            add(opened.pop(counter), at)
        elif state == "open" and counter not in opened:
            opened[counter] = at
    for begin in opened.values():
        add(begin, min(now, end))
    return hours


def staffing_json(repos: Repos, org: str, day: date, now: datetime, *, target_wait_min: float,
                  target_share: float, default_service_min: float) -> dict[str, Any]:
    tz = _tz(repos, org)
    start, end = midnight(day, tz), midnight(day + timedelta(days=1), tz)
    reports = ReportRepository(repos.db)
    counters = open_counters(reports.counter_log(org, end), start, end, now)
    loads = hourly_load(reports.records(org, start, end), day=day, tz=tz,
                        counters_open=counters, refusals=reports.refusals(org, start, end))
    hours = staffing.recommend(loads, target_wait_min, target_share, default_service_min)
    zone = ZoneInfo(tz)
    return {
        "date": day.isoformat(), "target_wait_min": target_wait_min,
        "target_share": target_share, "default_service_min": default_service_min,
        "hours": [
            {"hour": h.hour_start.astimezone(zone).strftime("%H:00"), "start": z(h.hour_start),
             "arrivals": h.arrivals, "mean_service_min": round(h.mean_service_min, 2),
             "service_time_measured": h.service_time_measured, "needed": h.needed,
             "actually_open": round(h.actually_open, 2),
             "service_level_at_open": None if h.service_level_at_open is None
             else round(h.service_level_at_open, 4)}
            for h in hours
        ],
    }
