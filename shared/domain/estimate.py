"""Wait estimates from measured service times.

Model: the counters serving a service work through the queue in parallel, so the visitor
with `position` people ahead is called after about `position / counters` services at the
earliest, and after `(position + 1) / counters` services at the latest (when each counter
has only just begun with someone). The typical service takes the median of the recent
service times; a slow one the 80th percentile. So:

    low  = median * position / counters
    high = p80 * (position + 1) / counters

Low is rounded down and high up to whole 5 minutes, and the range is at least 5 minutes
wide, because a precise-looking "12 min" promises more than we know. With nothing measured,
or no counter serving the service, there is no estimate: "unknown" beats a made-up number.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

from shared.domain.model import WaitEstimate

STEP_MIN = 5
HIGH_PERCENTILE = 80.0


def clean_times(values: Sequence[float]) -> list[float]:
    """The usable measurements: finite and positive (a zero-length service is a misclick)."""
    return [float(v) for v in values if math.isfinite(v) and v > 0]


def median(values: Sequence[float]) -> float:
    """The median of non-empty `values`."""
    if not values:
        raise ValueError("median of no values")
    return _middle(sorted(values))


def percentile(values: Sequence[float], pct: float) -> float:
    """The `pct`-th percentile (0–100) of non-empty `values`, interpolated linearly."""
    if not values:
        raise ValueError("percentile of no values")
    if not 0 <= pct <= 100:
        raise ValueError("pct must be within 0..100")
    return _interpolated(sorted(values), pct)


def _middle(ordered: Sequence[float]) -> float:
    """The median of sorted, non-empty values (as `statistics.median`)."""
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[mid])
    return (ordered[mid - 1] + ordered[mid]) / 2


def _interpolated(ordered: Sequence[float], pct: float) -> float:
    """The `pct`-th percentile of sorted, non-empty values."""
    rank = (len(ordered) - 1) * pct / 100
    below = math.floor(rank)
    above = min(below + 1, len(ordered) - 1)
    return float(ordered[below] + (ordered[above] - ordered[below]) * (rank - below))


def typical_times(service_times_min: Sequence[float]) -> tuple[float, float] | None:
    """(median, 80th percentile) of the usable measurements, or None when there are none.

    Cached by value: the hub asks with the same recent times for every queue figure of
    every command until a service ends, and cleaning and sorting them is most of an
    estimate's cost (done once for both figures).
    """
    return _typical(tuple(service_times_min))


@lru_cache(maxsize=256)
def _typical(service_times_min: tuple[float, ...]) -> tuple[float, float] | None:
    times = sorted(clean_times(service_times_min))
    if not times:
        return None
    return _middle(times), _interpolated(times, HIGH_PERCENTILE)


def estimate_wait(
    position: int, service_times_min: Sequence[float], counters_serving: int
) -> WaitEstimate | None:
    """The likely wait in minutes until a ticket with `position` people ahead is called.

    low = median · position / counters, high = p80 · (position + 1) / counters, rounded out
    to 5 minutes (see the module docstring for why).

    Args:
        position: waiting tickets called before this one (0 = next).
        service_times_min: recent measured service times of the service, in minutes.
        counters_serving: open counters that serve the service now.

    Returns:
        A range rounded to 5 minutes, or None ("unknown") when nothing is measured or no
        counter serves the service.
    """
    if position < 0:
        raise ValueError("position must not be negative")
    typical = typical_times(service_times_min)
    if typical is None or counters_serving <= 0:
        return None
    middle, slow = typical
    low = middle * position / counters_serving
    high = slow * (position + 1) / counters_serving
    low_min = math.floor(low / STEP_MIN) * STEP_MIN
    high_min = max(math.ceil(high / STEP_MIN) * STEP_MIN, low_min + STEP_MIN)
    return WaitEstimate(low_min=low_min, high_min=high_min)
