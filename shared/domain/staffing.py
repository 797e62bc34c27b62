"""Staffing recommendation from Erlang C (M/M/N queue).

The model: visitors arrive at random (Poisson) at `arrival_rate_per_h`, each takes an
exponentially distributed service time with mean `mean_service_min`, and `agents` open counters
serve one queue. Traffic in Erlangs is `A = arrival_rate_per_h * mean_service_min / 60`.

Limits a supervisor should know: the model treats every hour as if it ran on for ever (no
queue carried over from the hour before, no capacity cutoff), and a visitor waits as long as
needed (no one leaves). It is a guide for "how many counters", not a forecast of the day.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

#: Service time assumed when nothing has been measured; the same as
#: `OfficeSettings.default_service_min`.
DEFAULT_SERVICE_MIN = 8.0

#: `required_agents` gives up past this many counters (the target cannot be met).
MAX_AGENTS = 10_000


@dataclass(frozen=True, slots=True)
class HourLoad:
    """What one hour asked of the office.

    Attributes:
        hour_start: aware start of the hour.
        arrivals: tickets issued in the hour (visitors per hour).
        mean_service_min: measured mean service time, None when nothing was measured.
        counters_open: counters open on average during the hour (2.5 = two all hour, one half).
    """

    hour_start: datetime
    arrivals: int
    mean_service_min: float | None
    counters_open: float


@dataclass(frozen=True, slots=True)
class HourRecommendation:
    """How many counters one hour needed, and how well the open ones did in theory.

    Attributes:
        mean_service_min: the service time used: measured, or the default when not.
        service_time_measured: False when `mean_service_min` is the default.
        needed: fewest counters meeting the target (0 when nobody came).
        actually_open: counters open on average.
        service_level_at_open: modelled share served within the target wait with the counters
            that were open; None when nobody came.
    """

    hour_start: datetime
    arrivals: int
    mean_service_min: float
    needed: int
    actually_open: float
    service_level_at_open: float | None
    service_time_measured: bool = True


def traffic_erlangs(arrival_rate_per_h: float, mean_service_min: float) -> float:
    """Offered traffic in Erlangs (busy counters needed on average)."""
    if arrival_rate_per_h < 0 or mean_service_min < 0:
        raise ValueError("arrival rate and service time must not be negative")
    return arrival_rate_per_h * mean_service_min / 60.0


def erlang_c(agents: int, traffic_erlangs: float) -> float:
    """Probability that an arrival has to wait (Erlang C), for `agents` and traffic in Erlangs.

    Uses the Erlang B recursion `B(k) = A*B(k-1) / (k + A*B(k-1))` and
    `C = N*B / (N - A*(1 - B))`, which never forms `A**N` or `N!` and so stays exact enough
    for hundreds of agents. 1.0 when `agents <= traffic` (the queue grows without end);
    0.0 when there is no traffic.
    """
    if agents < 0 or traffic_erlangs < 0:
        raise ValueError("agents and traffic must not be negative")
    if traffic_erlangs == 0:
        return 0.0
    if agents <= traffic_erlangs:
        return 1.0
    blocking = 1.0
    for k in range(1, agents + 1):
        blocking = traffic_erlangs * blocking / (k + traffic_erlangs * blocking)
    return agents * blocking / (agents - traffic_erlangs * (1.0 - blocking))


def service_level(
    agents: int, arrival_rate_per_h: float, mean_service_min: float, target_wait_min: float
) -> float:
    """Share of arrivals served within `target_wait_min`: `1 - C * exp(-(N - A) * t / aht)`.

    1.0 when nobody arrives; 0.0 when the counters cannot keep up (`agents <= traffic`).
    """
    if target_wait_min < 0:
        raise ValueError("target wait must not be negative")
    traffic = traffic_erlangs(arrival_rate_per_h, mean_service_min)
    if traffic == 0:
        return 1.0
    if agents <= traffic:
        return 0.0
    waits = erlang_c(agents, traffic)
    return 1.0 - waits * math.exp(-(agents - traffic) * target_wait_min / mean_service_min)


def average_speed_of_answer(
    agents: int, arrival_rate_per_h: float, mean_service_min: float
) -> float:
    """Mean wait in minutes over all arrivals: `C * aht / (N - A)`; inf when overloaded."""
    traffic = traffic_erlangs(arrival_rate_per_h, mean_service_min)
    if traffic == 0:
        return 0.0
    if agents <= traffic:
        return math.inf
    return erlang_c(agents, traffic) * mean_service_min / (agents - traffic)


def required_agents(
    arrival_rate_per_h: float,
    mean_service_min: float,
    target_wait_min: float,
    target_share: float,
) -> int:
    """Fewest counters so that `target_share` of arrivals wait at most `target_wait_min`.

    0 when nobody arrives. `target_share` must lie strictly between 0 and 1 (a share of 1
    is never reached by the model).
    """
    if not 0 < target_share < 1:
        raise ValueError("target_share must be between 0 and 1 (exclusive)")
    traffic = traffic_erlangs(arrival_rate_per_h, mean_service_min)
    if traffic == 0:
        return 0
    agents = math.floor(traffic) + 1
    while agents <= MAX_AGENTS:
        level = service_level(agents, arrival_rate_per_h, mean_service_min, target_wait_min)
        if level >= target_share:
            return agents
        agents += 1
    raise ValueError(f"target cannot be met with {MAX_AGENTS} counters")


def _level_at(counters: float, arrivals: int, service_min: float, target_wait_min: float) -> float:
    """Service level for a fractional number of counters, linear between the whole numbers."""
    low = math.floor(counters)
    level_low = service_level(low, arrivals, service_min, target_wait_min)
    if counters == low:
        return level_low
    level_high = service_level(low + 1, arrivals, service_min, target_wait_min)
    return level_low + (counters - low) * (level_high - level_low)


def recommend(
    hourly: Sequence[HourLoad],
    target_wait_min: float = 20,
    target_share: float = 0.8,
    default_service_min: float = DEFAULT_SERVICE_MIN,
) -> list[HourRecommendation]:
    """Counters needed per hour for the target "`target_share` within `target_wait_min`".

    The default target is 80 % of visitors called within 20 minutes. An hour without a
    measured service time uses `default_service_min` and says so (`service_time_measured`).
    Average open counters that are not whole (2.5) get a service level interpolated
    linearly between the neighbouring whole numbers.
    """
    result: list[HourRecommendation] = []
    for load in hourly:
        measured = load.mean_service_min is not None
        service_min = (
            load.mean_service_min if load.mean_service_min is not None else default_service_min
        )
        level = (
            _level_at(load.counters_open, load.arrivals, service_min, target_wait_min)
            if load.arrivals > 0
            else None
        )
        result.append(
            HourRecommendation(
                hour_start=load.hour_start,
                arrivals=load.arrivals,
                mean_service_min=service_min,
                needed=required_agents(load.arrivals, service_min, target_wait_min, target_share),
                actually_open=load.counters_open,
                service_level_at_open=level,
                service_time_measured=measured,
            )
        )
    return result
