"""The SQL forms of the queue rules agree with `shared.domain.queue` on random queues.

`TicketRepository.counted_ahead` (position; `count_ahead` answers it from memory) and
`pool_for_counter` (the few candidates "next" loads) exist for speed; the domain functions
stay the definition.
"""

from __future__ import annotations

import random
import secrets
from datetime import UTC, datetime, timedelta

import pytest

from shared.domain import queue
from shared.domain.model import Counter, CounterState, Ticket, TicketState
from shared.storage.store import Repos, Store
from shared.storage.tickets import pool_sql

START = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
STATES = [TicketState.WAITING] * 6 + [TicketState.DONE, TicketState.PARKED, TicketState.CALLED]
COUNTERS = ["1", "2", "3"]


pytestmark = pytest.mark.empty_store


def _random_tickets(rng: random.Random, n: int) -> list[Ticket]:
    tickets = []
    for i in range(n):
        issued = START + timedelta(seconds=rng.randrange(0, 3600))
        state = rng.choice(STATES)
        queued = issued + timedelta(seconds=rng.randrange(0, 600)) if rng.random() < 0.2 else None
        counter = rng.choice(COUNTERS) if state is TicketState.CALLED or rng.random() < 0.15 \
            else None
        tickets.append(Ticket(
            id=0, org=rng.choice(["main", "main", "other"]), service=rng.choice("AMO"),
            number=f"X{i:03d}", seq=i + 1, day="2026-11-25", issued_at=issued, state=state,
            priority=rng.choice([0, 0, 0, 1]), counter=counter, queued_at=queued,
            called_at=issued if state is TicketState.CALLED else None,
            status_key=secrets.token_urlsafe(12)))
    return tickets


def _store(store: Store, tickets: list[Ticket]) -> list[Ticket]:
    return store.write_sync(lambda repos: [repos.tickets.insert(t) for t in tickets])


@pytest.mark.parametrize("seed", range(8))
def test_count_ahead_is_the_domain_position(store: Store, seed: int) -> None:
    stored = _store(store, _random_tickets(random.Random(seed), 120))
    waiting = [t for t in stored if t.state is TicketState.WAITING]

    def counts(repos: Repos) -> tuple[list[int], list[int]]:
        return ([repos.tickets.counted_ahead(t) for t in waiting],
                [repos.tickets.count_ahead(t) for t in waiting])  # from memory

    expected = [queue.position(t, stored) for t in waiting]
    assert store.read_sync(counts) == (expected, expected)


@pytest.mark.parametrize("seed", range(8))
def test_reduced_pool_calls_the_same_ticket(store: Store, seed: int) -> None:
    rng = random.Random(seed)
    stored = _store(store, _random_tickets(rng, 150))
    for counter_id in COUNTERS:
        services = tuple(rng.sample("AMO", rng.randint(1, 3)))
        counter = Counter("main", counter_id, counter_id, services, CounterState.OPEN)
        pool = store.read_sync(
            lambda repos, c=counter: repos.tickets.pool_for_counter("main", c.id, c.services))
        assert len(pool) <= 2 + len(services) + sum(
            1 for t in stored if t.counter == counter_id and t.state is TicketState.CALLED)
        # The whole pool "next" used to load: every ticket of the organisation.
        main = [t for t in stored if t.org == "main"]
        full = queue.call_next(counter, main, START + timedelta(hours=2))
        reduced = queue.call_next(counter, pool, START + timedelta(hours=2))
        assert reduced == full


def test_hot_queries_use_indexes_not_history(store: Store) -> None:
    """EXPLAIN QUERY PLAN of the per-command queries: no full scan of the tickets table."""
    plans = store.read_sync(lambda repos: {
        sql: " | ".join(row[3] for row in repos.db.execute("EXPLAIN QUERY PLAN " + sql, params))
        for sql, params in HOT_QUERIES})
    for sql, plan in plans.items():
        assert "SCAN tickets" not in plan, (sql, plan)


def test_the_pool_is_one_statement_of_index_look_ups(store: Store) -> None:
    """"next" loads its pool in one statement; each part searches an index, none sorts."""
    sql = pool_sql(2)
    plan = store.read_sync(lambda repos: [
        row[3] for row in repos.db.execute("EXPLAIN QUERY PLAN " + sql,
                                           ["main", "1", "main", "1", "main", "A", "main", "B"])])
    searches = [step for step in plan if step.startswith("SEARCH tickets USING INDEX")]
    assert len(searches) == 4, plan
    assert not any("SCAN tickets" in step or "TEMP B-TREE" in step for step in plan), plan


HOT_QUERIES: list[tuple[str, list[object]]] = [
    ("SELECT service, COUNT(*), MIN(COALESCE(queued_at, issued_at)) FROM tickets "
     "WHERE org = ? AND state = 'waiting' GROUP BY service", ["main"]),
    ("SELECT COUNT(*) FROM tickets WHERE state = 'waiting' AND org = ? AND service = ? "
     "AND id != ? AND (-priority, CASE WHEN counter IS NULL THEN 1 ELSE 0 END, "
     "COALESCE(queued_at, issued_at), id) < (?, ?, ?, ?)", ["main", "A", 1, 0, 1, "x", 1]),
    ("SELECT id FROM tickets WHERE state = 'waiting' AND org = ? AND service = ? "
     "AND counter IS NULL ORDER BY priority DESC, COALESCE(queued_at, issued_at), id LIMIT 1",
     ["main", "A"]),
    ("SELECT id FROM tickets WHERE state = 'waiting' AND org = ? AND counter = ? "
     "ORDER BY priority DESC, COALESCE(queued_at, issued_at), id LIMIT 1", ["main", "1"]),
    ("SELECT COALESCE(started_at, called_at), finished_at FROM tickets "
     "WHERE org = ? AND service = ? AND state = 'done' AND finished_at >= ? "
     "AND COALESCE(started_at, called_at) IS NOT NULL ORDER BY finished_at DESC LIMIT ?",
     ["main", "A", "2026", 50]),
    ("SELECT id FROM tickets WHERE day < ? AND state IN "
     "('waiting','called','serving','parked') ORDER BY id", ["2026-11-25"]),
    ("SELECT id FROM tickets WHERE org = ? AND state IN ('called', 'serving') AND counter = ?",
     ["main", "1"]),
    ("SELECT id FROM tickets WHERE org = ? AND day = ? AND called_at IS NOT NULL "
     "ORDER BY called_at DESC, id DESC LIMIT ?", ["main", "2026-11-25", 20]),
]


def test_next_finds_the_counters_own_tickets_by_index(store: Store) -> None:
    """The called/serving ticket of a counter is one look-up in `tickets_at_counter`, not a
    scan of every called ticket of the office (50 counters call at once)."""
    plan = store.read_sync(lambda r: r.db.execute(
        "EXPLAIN QUERY PLAN " + pool_sql(1), ["main", "1", "main", "1", "main", "A"]).fetchall())
    details = [row[3] for row in plan]
    assert "SEARCH tickets USING INDEX tickets_at_counter (org=? AND counter=?)" in details
