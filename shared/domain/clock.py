"""Time for the domain: the hub is the clock; tests move a fake one."""

from __future__ import annotations

import threading
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


class NonDecreasingClock:
    """The hub's clock: never earlier than a time it has already given out.

    An NTP correction that sets the system clock back would otherwise let a later ticket
    overtake earlier ones and make waiting times negative. While the real clock is behind,
    time stands still at the last reading (the queue then keeps its order by ticket id).

    Args:
        inner: the clock to follow.
        floor: a time already given out before this process (e.g. the last stored event),
            so a restart after a backwards jump keeps the order too.
    """

    def __init__(self, inner: Clock, floor: datetime | None = None) -> None:
        self._inner = inner
        self._floor = floor
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            current = self._inner.now()
            if self._floor is not None and current < self._floor:
                return self._floor
            self._floor = current
            return current
