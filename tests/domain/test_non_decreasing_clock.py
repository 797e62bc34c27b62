"""The hub's clock never runs backwards (NTP corrections), also across a restart."""

from __future__ import annotations

from datetime import UTC, datetime

from shared.domain.clock import FakeClock, NonDecreasingClock

NINE = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def test_follows_the_clock_forwards() -> None:
    real = FakeClock(NINE)
    clock = NonDecreasingClock(real)
    assert clock.now() == NINE
    real.advance(minutes=5)
    assert clock.now() == real.now()


def test_stands_still_while_the_clock_is_behind() -> None:
    real = FakeClock(NINE)
    clock = NonDecreasingClock(real)
    clock.now()
    real.advance(minutes=-30)
    assert clock.now() == NINE
    real.advance(minutes=29)
    assert clock.now() == NINE
    real.advance(minutes=2)
    assert clock.now() == real.now() > NINE


def test_a_floor_from_before_the_restart_holds() -> None:
    real = FakeClock(NINE)
    clock = NonDecreasingClock(real, floor=datetime(2026, 11, 25, 8, 10, tzinfo=UTC))
    assert clock.now() == datetime(2026, 11, 25, 8, 10, tzinfo=UTC)
