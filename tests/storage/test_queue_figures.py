"""The faster queue figures give exactly the answers of the plain formulas they replace.

Every ticket event carries `queues` (per service: waiting, longest wait, estimate); the office
cache, the per-set-up count of open counters, the cached (median, p80) of measured times and
the faster row parsing must not change a single number. The references below are the plain
forms: count the counters, clean and sort the times, parse with `parse_iso`.
"""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.config import load_settings
from shared.domain import capacity
from shared.domain.estimate import HIGH_PERCENTILE, STEP_MIN, estimate_wait, percentile
from shared.domain.model import Counter, CounterState, Ticket, TicketState, WaitEstimate
from shared.hub.views import OfficeView, estimate_json
from shared.storage.db import iso, parse_iso
from shared.storage.seed import seed_example
from shared.storage.store import Repos, Store
from shared.storage.tickets import _COLUMNS

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
TIMES = {"A": [6.0, 7.5, 12.0, 4.25, 9.0], "M": [15.0, 3.0], "O": []}


def _reference_estimate(position: int, times: Sequence[float],
                        serving: int) -> WaitEstimate | None:
    clean = [float(v) for v in times if math.isfinite(v) and v > 0]
    if not clean or serving <= 0:
        return None
    low = statistics.median(clean) * position / serving
    high = percentile(clean, HIGH_PERCENTILE) * (position + 1) / serving
    low_min = math.floor(low / STEP_MIN) * STEP_MIN
    return WaitEstimate(low_min, max(math.ceil(high / STEP_MIN) * STEP_MIN, low_min + STEP_MIN))


def _reference_serving(counters: Sequence[Counter], service: str) -> int:
    return sum(1 for c in counters if c.state is CounterState.OPEN and service in c.services)


times_lists = st.lists(st.one_of(st.floats(-5, 200), st.just(math.nan), st.just(math.inf)),
                       max_size=50)


@given(st.integers(0, 300), times_lists, st.integers(-1, 12))
def test_estimate_is_the_plain_formula_also_when_cached(position: int, times: list[float],
                                                        serving: int) -> None:
    expected = _reference_estimate(position, times, serving)
    assert estimate_wait(position, times, serving) == expected
    assert estimate_wait(position, list(times), serving) == expected  # from the cache


@given(st.integers(0, 300), times_lists, st.integers(0, 12), st.integers(0, 30))
def test_capacity_is_the_plain_formula(waiting: int, times: list[float], serving: int,
                                       margin: int) -> None:
    closes = NOW + timedelta(hours=2)
    clean = [float(v) for v in times if math.isfinite(v) and v > 0]
    typical = statistics.median(clean) if clean else 8.0
    work = timedelta(minutes=typical * (waiting + 1) / max(serving, 1))
    expected = NOW + work <= closes - timedelta(minutes=margin)
    assert capacity.capacity_check(
        waiting=waiting, service_times_min=times, counters_serving=serving, now=NOW,
        closes_at=closes, margin_min=margin, default_service_min=8.0) is expected


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "db.sqlite3")
    opened.write_sync(seed_example)
    opened.write_sync(_random_office)
    yield opened
    opened.close()


def _random_office(repos: Repos) -> None:
    """Some open counters and a few dozen tickets in every state, some transferred."""
    rng = random.Random(8)
    for counter_id in ("1", "3", "4", "6"):
        repos.office.set_counter("main", counter_id, CounterState.OPEN, f"clerk{counter_id}")
    repos.office.set_counter("main", "2", CounterState.PAUSED, "clerk2")
    for i in range(60):
        service = rng.choice("AAMMO")
        issued = NOW - timedelta(minutes=rng.randrange(1, 90), microseconds=rng.randrange(10**6))
        state = rng.choice([TicketState.WAITING] * 4 + [TicketState.CALLED, TicketState.DONE])
        queued = issued + timedelta(minutes=3) if rng.random() < 0.2 else None
        repos.tickets.insert(Ticket(
            id=0, org="main", service=service, number=f"{service}{i:03d}", seq=i,
            day="2026-11-25", issued_at=issued, state=state, priority=rng.choice([0, 0, 1]),
            counter=rng.choice(["1", "3"]) if state is TicketState.CALLED else None,
            called_at=issued + timedelta(minutes=5) if state is not TicketState.WAITING else None,
            queued_at=queued, status_key=f"k{i}"))


def _reference_queues(repos: Repos) -> list[dict[str, object]]:
    waiting = [t for t in _reference_tickets(repos) if t.state is TicketState.WAITING]
    counters = repos.office.counters("main")
    result = []
    for service in repos.office.services("main"):
        mine = [t for t in waiting if t.service == service.letter]
        oldest = min((t.queued_at or t.issued_at for t in mine), default=None)
        longest = (NOW - oldest).total_seconds() if oldest is not None else 0
        serving = _reference_serving(counters, service.letter)
        result.append({
            "service": service.letter, "waiting": len(mine),
            "longest_wait_s": max(int(longest), 0),
            "estimate": estimate_json(
                _reference_estimate(len(mine), TIMES[service.letter], serving)),
        })
    return result


def _reference_tickets(repos: Repos) -> list[Ticket]:
    rows = repos.db.execute("SELECT " + _COLUMNS + " FROM tickets ORDER BY id").fetchall()
    return [Ticket(id_, org, service, number, seq, day, parse_iso(issued), TicketState(state),
                   priority, counter, parse_iso(called), parse_iso(started),
                   parse_iso(finished), parse_iso(queued), recalls, note, clerk, key,
                   bool(printed))  # type: ignore[arg-type]
            for (id_, org, service, number, seq, day, issued, state, priority, counter, called,
                 started, finished, queued, recalls, note, clerk, key, printed) in rows]


def _view(repos: Repos) -> OfficeView:
    org = repos.office.org("main")
    assert org is not None
    return OfficeView(repos, org, NOW, load_settings(None), {k: list(v) for k, v in TIMES.items()})


def test_tickets_read_back_exactly_as_parse_iso_reads_them(store: Store) -> None:
    def both(repos: Repos) -> tuple[list[Ticket], list[Ticket]]:
        fast = [t for tid in range(1, 61) if (t := repos.tickets.get(tid)) is not None]
        return fast, _reference_tickets(repos)

    fast, reference = store.read_sync(both)
    assert fast == reference and len(fast) == 60
    assert all(t.issued_at.tzinfo is UTC for t in fast)
    assert [iso(t.issued_at) for t in fast] == [iso(t.issued_at) for t in reference]


def test_queue_figures_are_the_plain_formulas(store: Store) -> None:
    def both(repos: Repos) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
        return _view(repos).queues(), _reference_queues(repos)

    figures, reference = store.read_sync(both)
    assert figures == reference
    assert any(q["estimate"] is not None for q in figures)


def test_queue_figures_follow_counter_changes_within_one_view(store: Store) -> None:
    """A counter closed or given other services changes the estimates of the same view."""
    def body(repos: Repos) -> list[tuple[object, object]]:
        view = _view(repos)
        seen = [(view.queues(), _reference_queues(repos))]
        repos.office.set_counter("main", "1", CounterState.CLOSED, None)
        seen.append((view.queues(), _reference_queues(repos)))
        repos.db.execute("INSERT INTO counter_services (org, counter, service, pos) "
                         "VALUES ('main', '6', 'A', 1)")
        seen.append((view.queues(), _reference_queues(repos)))
        return seen

    seen = store.write_sync(body)
    assert all(figures == reference for figures, reference in seen)
    assert seen[0][0] != seen[1][0] != seen[2][0]


def test_serving_and_capacity_use_the_current_counters(store: Store) -> None:
    def body(repos: Repos) -> list[tuple[int, int]]:
        view = _view(repos)
        counts = []
        for counter_id in ("2", "5", "3"):
            repos.office.set_counter("main", counter_id, CounterState.OPEN, "x")
            counters = repos.office.counters("main")
            counts += [(view.serving(s), _reference_serving(counters, s)) for s in "AMOX"]
        return counts

    assert all(fast == plain for fast, plain in store.write_sync(body))


def _finish(repos: Repos, number: int, minutes: float) -> Ticket:
    """A service-A ticket served for `minutes` and finished now (newest last)."""
    from shared.domain import lifecycle

    finished = NOW + timedelta(seconds=number)
    ticket = lifecycle.new_ticket(org="main", service="A", day="2026-11-25", seq=1000 + number,
                                  now=finished - timedelta(hours=1), priority=0,
                                  status_key=f"add-{number}", printed=True)
    ticket = repos.tickets.insert(ticket)
    called = lifecycle.call(ticket, finished - timedelta(minutes=minutes), counter="1",
                            clerk="demo")
    done = lifecycle.finish(called, finished)
    repos.tickets.update(done)
    return done


def test_a_finished_ticket_joins_the_cached_times_exactly_as_the_query_has_them(
        store: Store) -> None:
    """`OfficeView.add_time` instead of a query per finished ticket: the same list, also
    for a zero-length service and when the oldest of the 50 drops out."""

    def check(repos: Repos) -> None:
        org = repos.office.org("main")
        assert org is not None
        later = NOW + timedelta(minutes=5)
        view = OfficeView(repos, org, later, load_settings(None), {})
        for number in range(60):
            view.times("A")  # cached before the ticket is finished
            minutes = 0.0 if number % 7 == 0 else 3.0 + number % 11
            view.add_time(_finish(repos, number, minutes))
            expected = repos.tickets.service_times_min("main", "A", later - timedelta(days=14))
            assert view.times("A") == expected
        assert len(view.times("A")) == 50 and 0.0 in view.times("A")

    store.write_sync(check)


def _new_waiting(repos: Repos, service: str, issued: datetime, seq: int) -> Ticket:
    from shared.domain import lifecycle

    ticket = lifecycle.new_ticket(org="main", service=service, day="2026-11-25", seq=seq,
                                  now=issued, priority=0, status_key=f"new-{seq}", printed=True)
    return repos.tickets.insert(ticket)


def test_figures_are_read_again_after_any_write_since(store: Store) -> None:
    def body(repos: Repos) -> tuple[object, object, object]:
        view = _view(repos)
        before = view.queues()
        unchanged = view.queues()
        _new_waiting(repos, "M", NOW, 600)
        return before, unchanged, (view.queues(), _reference_queues(repos))

    before, unchanged, (after, reference) = store.write_sync(body)
    assert unchanged == before and after == reference and after != before
