"""Counts, time statistics and percentiles for reports (see `reports` for the definitions)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from fractions import Fraction

#: A whole-minute histogram: (minute, how many values in [minute, minute + 1)), ascending.
Histogram = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Counts:
    """How many tickets ended how, and how many visitors the kiosk turned away."""

    issued: int = 0
    served: int = 0
    no_show: int = 0
    voided: int = 0
    expired: int = 0
    open: int = 0
    turned_away_capacity: int = 0
    turned_away_closed: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        )


@dataclass(frozen=True, slots=True)
class Stats:
    """Durations in minutes: how many, their sum, median and 90th percentile (None if none)."""

    count: int = 0
    total_min: float = 0.0
    median_min: float | None = None
    p90_min: float | None = None

    @property
    def mean_min(self) -> float | None:
        return self.total_min / self.count if self.count else None


def percentile(values: Sequence[float], p: float) -> float | None:
    """Nearest-rank percentile: the value at rank ceil(p/100 * n) of the sorted values.

    None for no values. The rank is computed in exact fractions, so p=90 of 70 values is
    rank 63, not 64 through floating-point noise.
    """
    if not 0 < p <= 100:
        raise ValueError("p must be in (0, 100]")
    if not values:
        return None
    rank = math.ceil(Fraction(str(p)) * len(values) / 100)
    return sorted(values)[max(1, rank) - 1]


def stats_of(values: Sequence[float]) -> Stats:
    return Stats(
        count=len(values),
        total_min=math.fsum(values),
        median_min=percentile(values, 50),
        p90_min=percentile(values, 90),
    )


def histogram(values: Iterable[float]) -> Histogram:
    """Whole-minute bins; negative durations (clock trouble) fall into bin 0."""
    return tuple(sorted(Counter(max(0, math.floor(v)) for v in values).items()))


def merge_histograms(parts: Iterable[Histogram]) -> Histogram:
    total: Counter[int] = Counter()
    for part in parts:
        for minute, count in part:
            total[minute] += count
    return tuple(sorted(total.items()))


def histogram_percentile(hist: Histogram, p: float) -> float | None:
    """Nearest-rank percentile over a histogram: the middle of the bin holding that rank.

    The exact percentile lies in the same bin, so the answer is within half a minute.
    """
    n = sum(count for _, count in hist)
    if n == 0:
        return None
    rank = max(1, math.ceil(Fraction(str(p)) * n / 100))
    seen = 0
    for minute, count in hist:
        seen += count
        if seen >= rank:
            return minute + 0.5
    raise AssertionError("unreachable: rank <= n")


def stats_of_histogram(hist: Histogram, total_min: float) -> Stats:
    return Stats(
        count=sum(count for _, count in hist),
        total_min=total_min,
        median_min=histogram_percentile(hist, 50),
        p90_min=histogram_percentile(hist, 90),
    )
