"""Open hours: a weekly plan per service, minus public holidays and closures, plus extras.

All wall times in the plan are local to the office (`HoursPlan.tz`); results are aware UTC
datetimes. Converting each local time on its own day with zoneinfo keeps "08:00–12:00" four
hours long on the days clocks change, and keeps 08:00 at 08:00 on both sides of the change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

from shared.domain.errors import DomainError
from shared.domain.numbering import validate_letter

#: How far ahead `next_opening` looks before it gives up (None = "not in sight").
SEARCH_DAYS = 60

Interval = tuple[datetime, datetime]


def _bad(message: str, **details: object) -> DomainError:
    return DomainError("bad_hours", message, **details)


def _check_range(start: time, end: time) -> None:
    if start.tzinfo is not None or end.tzinfo is not None:
        raise _bad("Open-hours times are local wall times without a time zone")
    if end <= start:
        raise _bad(f"End {end} must be after start {start}", start=str(start), end=str(end))


def _check_service(service: str | None) -> None:
    if service is not None:
        try:
            validate_letter(service)
        except DomainError as exc:
            raise _bad(exc.message, service=service) from exc


@dataclass(frozen=True, slots=True)
class WeeklySlot:
    """Open hours every week on `weekday` (0 = Monday); `service` None = every service."""

    service: str | None
    weekday: int
    start: time
    end: time

    def __post_init__(self) -> None:
        if isinstance(self.weekday, bool) or self.weekday not in range(7):
            raise _bad(f"Weekday must be 0 (Monday) to 6, got {self.weekday!r}")
        _check_range(self.start, self.end)
        _check_service(self.service)


@dataclass(frozen=True, slots=True)
class Closure:
    """Open hours cancelled on `day`: all of them, or only `start`–`end` (local)."""

    id: int
    day: date
    reason: str
    start: time | None = None
    end: time | None = None
    service: str | None = None

    def __post_init__(self) -> None:
        if (self.start is None) != (self.end is None):
            raise _bad("A closure needs both start and end, or neither (whole day)")
        if self.start is not None and self.end is not None:
            _check_range(self.start, self.end)
        _check_service(self.service)

    @property
    def whole_day(self) -> bool:
        return self.start is None


@dataclass(frozen=True, slots=True)
class ExtraSession:
    """Open hours added on one day (also on a public holiday)."""

    id: int
    day: date
    start: time
    end: time
    service: str | None = None

    def __post_init__(self) -> None:
        _check_range(self.start, self.end)
        _check_service(self.service)


@dataclass(frozen=True, slots=True)
class HoursPlan:
    """Everything that decides open hours, for one organisation."""

    slots: tuple[WeeklySlot, ...] = ()
    closures: tuple[Closure, ...] = ()
    extras: tuple[ExtraSession, ...] = ()
    #: German state code for public holidays ("NW" = North Rhine-Westphalia).
    state: str = "NW"
    tz: str = "Europe/Berlin"

    def __post_init__(self) -> None:
        # Callers often build plans from lists (JSON, SQL rows); keep the value immutable.
        for name in ("slots", "closures", "extras"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        try:
            ZoneInfo(self.tz)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise _bad(f"Unknown time zone {self.tz!r}") from exc
        if not known_state(self.state):
            raise _bad(f"Unknown German state {self.state!r}", state=self.state)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)


@dataclass(frozen=True, slots=True)
class OpenStatus:
    """Whether open hours run at a moment.

    Attributes:
        open: the kiosk may issue walk-in tickets (capacity aside).
        until: end of the current open hours when open.
        next_opening: start of the next open hours when closed (None if none within 60 days).
        reason: the closure's reason when a closure is why it is closed (today).
        holiday: name of today's public holiday, if today is one.
    """

    open: bool
    until: datetime | None = None
    next_opening: datetime | None = None
    reason: str | None = None
    holiday: str | None = None


@lru_cache(maxsize=64)
def known_state(state: str) -> bool:
    """Whether `holidays` knows the German state code (cached: building the calendar object
    costs far more than the rest of a plan, and a plan is built for every command)."""
    try:
        holidays.country_holidays("DE", subdiv=state)
    except NotImplementedError:
        return False
    return True


@lru_cache(maxsize=64)
def _holidays_of(state: str, year: int) -> dict[date, str]:
    try:
        found = holidays.country_holidays("DE", subdiv=state, years=year, language="de")
    except NotImplementedError as exc:
        raise _bad(f"Unknown German state {state!r}", state=state) from exc
    return dict(found.items())


def holiday_name(state: str, day: date) -> str | None:
    """The (German) name of the public holiday of `state` on `day`, or None."""
    return _holidays_of(state, day.year).get(day)


def _applies(entry_service: str | None, service: str) -> bool:
    return entry_service is None or entry_service == service


def _merge(ranges: Iterable[tuple[time, time]]) -> list[tuple[time, time]]:
    merged: list[tuple[time, time]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _cut(ranges: list[tuple[time, time]], start: time, end: time) -> list[tuple[time, time]]:
    kept: list[tuple[time, time]] = []
    for s, e in ranges:
        if e <= start or s >= end:
            kept.append((s, e))
            continue
        if s < start:
            kept.append((s, start))
        if e > end:
            kept.append((end, e))
    return kept


def _local_ranges(
    plan: HoursPlan, service: str, day: date, *, with_closures: bool
) -> list[tuple[time, time]]:
    ranges: list[tuple[time, time]] = []
    if holiday_name(plan.state, day) is None:
        ranges += [
            (s.start, s.end)
            for s in plan.slots
            if s.weekday == day.weekday() and _applies(s.service, service)
        ]
    ranges += [
        (x.start, x.end) for x in plan.extras if x.day == day and _applies(x.service, service)
    ]
    merged = _merge(ranges)
    if not with_closures:
        return merged
    for closure in plan.closures:
        if closure.day != day or not _applies(closure.service, service):
            continue
        if closure.start is None or closure.end is None:
            return []
        merged = _cut(merged, closure.start, closure.end)
    return merged


def _to_utc(day: date, wall: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, wall, tzinfo=zone).astimezone(UTC)


def sessions_on(plan: HoursPlan, service: str, day: date) -> list[Interval]:
    """The open hours of `service` on the local `day`, as sorted, merged UTC intervals."""
    zone = plan.zone
    return [
        (_to_utc(day, s, zone), _to_utc(day, e, zone))
        for s, e in _local_ranges(plan, service, day, with_closures=True)
    ]


def _require_aware(now: datetime) -> datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("domain time must be an aware datetime")
    return now.astimezone(UTC)


def _closure_reason(plan: HoursPlan, service: str, now: datetime, today: date) -> str | None:
    """The reason of the closure that makes `service` closed now, if one does."""
    planned = _local_ranges(plan, service, today, with_closures=False)
    if not planned:
        return None
    wall = now.astimezone(plan.zone).time()
    for closure in plan.closures:
        if closure.day != today or not _applies(closure.service, service):
            continue
        if closure.start is None or closure.end is None:
            return closure.reason
        if closure.start <= wall < closure.end and any(s <= wall < e for s, e in planned):
            return closure.reason
    return None


def open_status(plan: HoursPlan, service: str, now: datetime) -> OpenStatus:
    """Whether `service` has open hours at `now`, until when, or when they next start."""
    now = _require_aware(now)
    today = now.astimezone(plan.zone).date()
    holiday = holiday_name(plan.state, today)
    for start, end in sessions_on(plan, service, today):
        if start <= now < end:
            return OpenStatus(open=True, until=end, holiday=holiday)
    return OpenStatus(
        open=False,
        next_opening=next_opening(plan, service, now),
        reason=_closure_reason(plan, service, now, today),
        holiday=holiday,
    )


def next_opening(plan: HoursPlan, service: str, now: datetime) -> datetime | None:
    """The first start of open hours after `now`, looking `SEARCH_DAYS` days ahead."""
    now = _require_aware(now)
    today = now.astimezone(plan.zone).date()
    for offset in range(SEARCH_DAYS + 1):
        for start, _end in sessions_on(plan, service, today + timedelta(days=offset)):
            if start > now:
                return start
    return None


def office_status(plan: HoursPlan, services: Iterable[str], now: datetime) -> OpenStatus:
    """The whole office: open while any of `services` is open.

    `until` is the latest end among the open services, `next_opening` the earliest next
    start among closed ones; `reason` is the first closure reason found when closed.
    """
    now = _require_aware(now)
    statuses = [open_status(plan, service, now) for service in services]
    holiday = holiday_name(plan.state, now.astimezone(plan.zone).date())
    open_now = [s for s in statuses if s.open]
    if open_now:
        return OpenStatus(
            open=True, until=max(s.until for s in open_now if s.until), holiday=holiday
        )
    openings = [s.next_opening for s in statuses if s.next_opening is not None]
    reasons = [s.reason for s in statuses if s.reason is not None]
    return OpenStatus(
        open=False,
        next_opening=min(openings) if openings else None,
        reason=reasons[0] if reasons else None,
        holiday=holiday,
    )
