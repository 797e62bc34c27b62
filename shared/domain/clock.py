"""Time for the domain: the hub is the clock; tests move a fake one."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


class Clock(Protocol):
    """Anything that tells the current time as an aware UTC datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FakeClock:
    """A clock that only moves when told to.

    Attributes:
        current: the aware UTC datetime `now()` returns.
    """

    current: datetime = field(default_factory=lambda: datetime(2026, 11, 25, 8, 0, tzinfo=UTC))

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> datetime:
        """Move forward by `timedelta(**delta)` and return the new time."""
        self.current = self.current + timedelta(**delta)
        return self.current

    def set(self, when: datetime) -> None:
        if when.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self.current = when.astimezone(UTC)


def local_day(moment: datetime, tz: ZoneInfo = BERLIN) -> str:
    """The office's calendar day (ISO date) of a UTC moment; ticket numbers restart on it."""
    return moment.astimezone(tz).date().isoformat()


class OffsetClock:
    """Real-speed time that started at a chosen instant (demos and tests: `--clock-start`).

    Attributes:
        start: the aware datetime the clock showed when it was created.
    """

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("OffsetClock needs an aware datetime")
        self.start = start.astimezone(UTC)
        self._origin = time.monotonic()

    def now(self) -> datetime:
        return self.start + timedelta(seconds=time.monotonic() - self._origin)
