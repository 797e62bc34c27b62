"""Erlang C and the staffing recommendation.

Every figure is checked against an independent exact computation in this file (the textbook
factorial formula in `fractions.Fraction`), and against closed forms that hold exactly.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from fractions import Fraction

import pytest

from shared.domain.staffing import (
    HourLoad,
    average_speed_of_answer,
    erlang_c,
    recommend,
    required_agents,
    service_level,
    traffic_erlangs,
)


def exact_erlang_c(agents: int, traffic: Fraction) -> Fraction:
    """The textbook form: (A^N/N! * N/(N-A)) / (sum_{k<N} A^k/k! + A^N/N! * N/(N-A))."""
    top = traffic**agents / math.factorial(agents) * Fraction(agents) / (agents - traffic)
    below = sum(traffic**k / math.factorial(k) for k in range(agents))
    return top / (below + top)


@pytest.mark.parametrize(
    ("agents", "traffic"),
    [
        (1, Fraction(1, 2)),
        (2, Fraction(1)),
        (3, Fraction(2)),
        (11, Fraction(10)),
        (55, Fraction(48)),
        (57, Fraction(48)),
        (7, Fraction(5, 2)),
        (200, Fraction(301, 2)),
    ],
)
def test_erlang_c_matches_exact_factorial_formula(agents: int, traffic: Fraction) -> None:
    assert erlang_c(agents, float(traffic)) == pytest.approx(
        float(exact_erlang_c(agents, traffic)), rel=1e-12, abs=1e-15
    )


def test_erlang_c_three_agents_two_erlangs_is_four_ninths() -> None:
    """Wolfram Language documentation, ErlangC, basic example: ErlangC[3, 2] = 4/9."""
    assert exact_erlang_c(3, Fraction(2)) == Fraction(4, 9)
    assert erlang_c(3, 2.0) == pytest.approx(4 / 9, rel=1e-14)


@pytest.mark.parametrize("traffic", [0.1, 0.5, 0.9])
def test_erlang_c_one_agent_is_utilisation(traffic: float) -> None:
    """M/M/1: the probability of waiting is the utilisation rho (any queueing textbook)."""
    assert erlang_c(1, traffic) == pytest.approx(traffic, rel=1e-14)


@pytest.mark.parametrize("traffic", [0.5, 1.0, 1.5])
def test_erlang_c_two_agents_closed_form(traffic: float) -> None:
    """M/M/2: C(2, A) = A^2 / (2 + A)."""
    assert erlang_c(2, traffic) == pytest.approx(traffic**2 / (2 + traffic), rel=1e-14)


def test_call_centre_worked_example() -> None:
    """The widely reproduced step-by-step example ("The Erlang-C Formula", Mitan Ltd,
    mitan.co.uk): 360 calls per half hour, 4 minutes per call, 55 agents, target answer
    time 15 seconds.

    Traffic 720/h * 4 min = 48 Erlangs. The rounded results below (P(wait) 0.2387, average
    speed of answer 8.2 s, 84.6 % answered within 15 s) come from the exact formula above;
    the brief's guesses 0.2545 and 0.2618 are not what Erlang C gives.
    """
    assert traffic_erlangs(720, 4) == 48
    exact = exact_erlang_c(55, Fraction(48))
    assert round(float(exact), 4) == 0.2387
    assert erlang_c(55, 48.0) == pytest.approx(float(exact), rel=1e-12)
    asa_s = average_speed_of_answer(55, 720, 4) * 60
    assert asa_s == pytest.approx(float(exact) * 240 / 7, rel=1e-12)
    assert round(asa_s, 1) == 8.2
    level = service_level(55, 720, 4, 15 / 60)
    assert level == pytest.approx(1 - float(exact) * math.exp(-7 * 15 / 240), rel=1e-12)
    assert round(level * 100, 1) == 84.6


def test_required_agents_for_80_in_20_seconds() -> None:
    """Same traffic, target 80 % within 20 s: 53 agents reach 75.2 %, 54 reach 81.7 %."""
    target = 20 / 60
    assert service_level(53, 720, 4, target) < 0.8 <= service_level(54, 720, 4, target)
    assert required_agents(720, 4, target, 0.8) == 54


def test_erlang_c_is_stable_for_hundreds_of_agents() -> None:
    exact = exact_erlang_c(500, Fraction(480))
    assert erlang_c(500, 480.0) == pytest.approx(float(exact), rel=1e-10)


@pytest.mark.parametrize(("agents", "traffic"), [(0, 0.5), (3, 3.0), (2, 5.0)])
def test_erlang_c_overloaded_is_one(agents: int, traffic: float) -> None:
    assert erlang_c(agents, traffic) == 1.0


def test_no_traffic() -> None:
    assert erlang_c(3, 0.0) == 0.0
    assert service_level(0, 0, 8, 20) == 1.0
    assert average_speed_of_answer(0, 0, 8) == 0.0
    assert required_agents(0, 8, 20, 0.8) == 0


def test_overloaded_service_level_and_speed() -> None:
    assert service_level(2, 30, 8, 20) == 0.0  # 4 Erlangs, 2 counters
    assert average_speed_of_answer(4, 30, 8) == math.inf


@pytest.mark.parametrize("share", [0.0, 1.0, 1.2])
def test_required_agents_rejects_impossible_share(share: float) -> None:
    with pytest.raises(ValueError, match="target_share"):
        required_agents(10, 8, 20, share)


def test_negative_input_is_refused() -> None:
    with pytest.raises(ValueError):
        erlang_c(-1, 1.0)
    with pytest.raises(ValueError):
        traffic_erlangs(-3, 8)


def test_recommend_per_hour() -> None:
    """12 visitors an hour at 8 minutes = 1.6 Erlangs; 80/20 needs 3 counters
    (2 reach 73.8 %, 3 reach 99.2 %)."""
    nine = datetime(2026, 11, 25, 8, tzinfo=UTC)
    ten = datetime(2026, 11, 25, 9, tzinfo=UTC)
    eleven = datetime(2026, 11, 25, 10, tzinfo=UTC)
    loads = [
        HourLoad(nine, 12, 8.0, 2.0),
        HourLoad(ten, 12, None, 2.5),
        HourLoad(eleven, 0, None, 1.0),
    ]
    first, second, third = recommend(loads, default_service_min=8.0)

    assert first.needed == 3
    assert first.service_time_measured
    assert first.service_level_at_open == pytest.approx(service_level(2, 12, 8, 20))
    assert first.service_level_at_open == pytest.approx(0.7384, abs=1e-4)

    assert second.needed == 3
    assert second.mean_service_min == 8.0
    assert not second.service_time_measured
    halfway = (service_level(2, 12, 8, 20) + service_level(3, 12, 8, 20)) / 2
    assert second.service_level_at_open == pytest.approx(halfway)
    assert second.actually_open == 2.5

    assert third.needed == 0
    assert third.service_level_at_open is None


def test_recommend_uses_the_default_service_time_passed_in() -> None:
    hour = datetime(2026, 11, 25, 8, tzinfo=UTC)
    (slow,) = recommend([HourLoad(hour, 12, None, 1.0)], default_service_min=20.0)
    assert slow.mean_service_min == 20.0
    assert slow.needed == required_agents(12, 20.0, 20, 0.8)
    assert slow.service_level_at_open == 0.0  # 4 Erlangs on one counter
