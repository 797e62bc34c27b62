"""Capacity cutoff: stop issuing tickets that cannot be served before the open hours end.

Model: everyone already waiting plus the new visitor is served one after another by the
counters serving the service, each service taking the median of the recent measured service
times (or `default_service_min` while nothing is measured). The new ticket may be issued when
that work, started now, ends no later than `closes_at - margin_min`.

Visitors at a counter right now are not counted; the margin is the office's knob for them.
When no counter serves the service yet (the morning before clerks log in) one counter is
assumed: the kiosk must still issue at opening, and counting none would refuse everybody.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from shared.domain.estimate import typical_times


def capacity_check(
    *,
    waiting: int,
    service_times_min: Sequence[float],
    counters_serving: int,
    now: datetime,
    closes_at: datetime | None,
    margin_min: int,
    default_service_min: float,
) -> bool:
    """True when one more ticket may be issued; False when capacity is reached.

    Args:
        waiting: tickets of the service already waiting.
        service_times_min: recent measured service times of the service, in minutes.
        counters_serving: open counters that serve the service now (0 counts as 1).
        now: the current time (aware).
        closes_at: end of the current open hours; None means no known end, so no cutoff.
        margin_min: minutes before `closes_at` by which the last service should end.
        default_service_min: service time assumed while nothing is measured.
    """
    if waiting < 0 or margin_min < 0 or default_service_min <= 0:
        raise ValueError("waiting and margin must not be negative, default must be positive")
    if closes_at is None:
        return True
    measured = typical_times(service_times_min)
    typical = measured[0] if measured is not None else default_service_min
    counters = max(counters_serving, 1)
    work = timedelta(minutes=typical * (waiting + 1) / counters)
    return now + work <= closes_at - timedelta(minutes=margin_min)
