"""The hub is the clock: an estimate of the hub's "now" between its messages."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime


def parse_time(value: str | None) -> datetime | None:
    """A hub timestamp ("2026-11-25T07:01:02Z") as an aware datetime, or None."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class HubClock:
    """Runs the hub's time forward from the last time the hub told us.

    The hub's clock may differ from this PC's (in tests it starts on a fixed day), so
    waits are measured against the hub's `now`, advanced with this PC's monotonic clock.
    """

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._monotonic = monotonic
        self._base: datetime | None = None
        self._base_mono = 0.0

    def sync(self, hub_time: str | None, *, force: bool = False) -> None:
        """Take the hub's time from a snapshot (`now`, force) or an event (`at`)."""
        parsed = parse_time(hub_time)
        if parsed is None:
            return
        if not force and self._base is not None and parsed <= self.now():
            return  # an event's `at` lies in the past: never run the clock backwards
        self._base = parsed
        self._base_mono = self._monotonic()

    def now(self) -> datetime:
        if self._base is None:
            return datetime.now(UTC)
        elapsed = self._monotonic() - self._base_mono
        return datetime.fromtimestamp(self._base.timestamp() + elapsed, UTC)

    def seconds_since(self, value: str | None) -> float | None:
        """Seconds from a hub timestamp until the hub's now (never negative)."""
        parsed = parse_time(value)
        if parsed is None:
            return None
        return max(0.0, (self.now() - parsed).total_seconds())
