"""The waiting tickets kept in memory (`shared.storage.waiting`) always agree with SQL.

After every step of a random walk — tickets issued, called, parked, re-queued, reserved,
given priority, moved to another service, deleted, by this connection or by another one,
committed or rolled back (a whole transaction, or one failed command in a group) —
the queue figures and every waiting ticket's place in line are compared with the same
figures counted in SQL, both between transactions and inside a new write transaction.
"""

from __future__ import annotations

import asyncio
import random
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from shared.domain.model import Ticket, TicketState
from shared.storage.db import iso
from shared.storage.store import Repos, Store
from shared.storage.tickets import TicketRepository

START = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
ORGS = ("main", "other")
STATES = ("waiting", "waiting", "called", "serving", "parked", "done")


class RefusedError(Exception):
    """A command that changed tickets and then failed (its work must be undone)."""


def _ticket(rng: random.Random, n: int) -> Ticket:
    issued = START + timedelta(seconds=rng.randrange(0, 7200))
    return Ticket(
        id=0, org=rng.choice(ORGS), service=rng.choice("AMO"), number=f"T{n:05d}", seq=n,
        day="2026-11-25", issued_at=issued, state=TicketState.WAITING,
        priority=rng.choice((0, 0, 0, 1, 2)),
        counter=rng.choice(("1", "2")) if rng.random() < 0.15 else None,
        status_key=secrets.token_urlsafe(12))


def _change(rng: random.Random, db: Any, n: int) -> None:
    """One random write to the tickets table through `db` (sqlite_utils or sqlite3)."""
    ids = [row[0] for row in db.execute("SELECT id FROM tickets").fetchall()]
    what = rng.random()
    if what < 0.3 or not ids:
        ticket = _ticket(rng, n)
        db.execute(
            "INSERT INTO tickets (org, service, number, seq, day, issued_at, state, priority, "
            "counter, status_key) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [ticket.org, ticket.service, ticket.number, ticket.seq, ticket.day,
             iso(ticket.issued_at), "waiting", ticket.priority, ticket.counter,
             ticket.status_key])
        return
    ticket_id = rng.choice(ids)
    if what < 0.55:
        db.execute("UPDATE tickets SET state = ? WHERE id = ?", [rng.choice(STATES), ticket_id])
    elif what < 0.65:
        db.execute("UPDATE tickets SET priority = ? WHERE id = ?",
                   [rng.choice((0, 1, 2)), ticket_id])
    elif what < 0.75:
        db.execute("UPDATE tickets SET counter = ? WHERE id = ?",
                   [rng.choice((None, "1", "2")), ticket_id])
    elif what < 0.85:
        queued = START + timedelta(seconds=rng.randrange(0, 9000))
        db.execute("UPDATE tickets SET queued_at = ?, state = 'waiting' WHERE id = ?",
                   [iso(queued), ticket_id])
    elif what < 0.92:
        db.execute("UPDATE tickets SET service = ?, org = ? WHERE id = ?",
                   [rng.choice("AMO"), rng.choice(ORGS), ticket_id])
    else:
        db.execute("DELETE FROM tickets WHERE id = ?", [ticket_id])


def _waiting(repos: Repos) -> list[Ticket]:
    return [t for org in ORGS for t in repos.tickets.in_states(org, [TicketState.WAITING])]


def _compare(repos: Repos) -> None:
    tickets = repos.tickets
    for org in ORGS:
        assert tickets.queue_stats(org) == tickets.counted_queue_stats(org)
    for ticket in _waiting(repos):
        assert tickets.count_ahead(ticket) == tickets.counted_ahead(ticket), ticket
        # the place a ticket would have with another priority or reservation (its stored
        # key differs from the one asked with)
        for other in (replace(ticket, priority=ticket.priority + 1),
                      replace(ticket, priority=ticket.priority - 1), replace(ticket, counter=None)):
            assert tickets.count_ahead(other) == tickets.counted_ahead(other), other


def _check(store: Store) -> None:
    store.read_sync(_compare)  # between transactions
    store.write_sync(_compare)  # inside a new write transaction


def _grouped(store: Store, bodies: list[Callable[[Repos], Any]]) -> None:
    """Run bodies as commands of one group transaction; a body may fail alone."""

    async def run() -> None:
        results = await asyncio.gather(*(store.write_grouped(body) for body in bodies),
                                       return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException) and not isinstance(result, RefusedError):
                raise result

    asyncio.run(run())


@pytest.fixture
def store(tmp_path: Any) -> Any:
    opened = Store(tmp_path / "db.sqlite3")
    yield opened
    opened.close()


def test_the_store_keeps_waiting_tickets_in_memory(store: Store) -> None:
    assert store.repos.tickets.waiting.watching
    # A repository that was never told to watch counts in SQL (e.g. on another connection).
    assert not TicketRepository(store.repos.db).waiting.watching


def test_after_a_commit_the_figures_come_from_memory(store: Store) -> None:
    rng = random.Random(5)
    stored = store.write_sync(
        lambda repos: [repos.tickets.insert(_ticket(rng, i)) for i in range(10)])
    store.read_sync(lambda repos: [repos.tickets.queue_stats(org) for org in ORGS])  # loaded
    store.write_sync(lambda repos: repos.tickets.insert(_ticket(rng, 10)))
    _grouped(store, [lambda repos: repos.tickets.insert(_ticket(rng, 11))])
    seen: list[str] = []

    def figures(repos: Repos) -> None:
        repos.db.conn.set_trace_callback(seen.append)
        try:
            for org in ORGS:
                repos.tickets.queue_stats(org)
            for ticket in stored:
                repos.tickets.count_ahead(ticket)
        finally:
            repos.db.conn.set_trace_callback(None)

    store.read_sync(figures)
    store.write_sync(figures)
    assert seen and not [sql for sql in seen if "tickets" in sql], seen


@pytest.mark.parametrize("seed", range(6))
def test_figures_agree_with_sql_through_a_random_walk(store: Store, tmp_path: Any,
                                                      seed: int) -> None:
    rng = random.Random(seed)
    other = sqlite3.connect(str(store.path), isolation_level=None, timeout=10)
    n = 0

    def step(count: int, fail: bool = False) -> Callable[[Repos], None]:
        def body(repos: Repos) -> None:
            nonlocal n
            for _ in range(count):
                n += 1
                _change(rng, repos.db, n)
            _compare(repos)  # own writes are seen inside the transaction
            if fail:
                raise RefusedError

        return body

    try:
        for _ in range(60):
            kind = rng.random()
            if kind < 0.35:
                store.write_sync(step(rng.randint(1, 4)))
            elif kind < 0.5:
                with pytest.raises(RefusedError):
                    store.write_sync(step(rng.randint(1, 4), fail=True))
            elif kind < 0.75:
                _grouped(store, [step(rng.randint(1, 3), fail=rng.random() < 0.3)
                                 for _ in range(rng.randint(2, 5))])
            elif kind < 0.8:
                n += 1
                store.read_sync(lambda repos, n=n: (repos.db.execute("SAVEPOINT library"),
                                                    _change(rng, repos.db, n),
                                                    repos.db.execute("ROLLBACK TO library"),
                                                    repos.db.execute("RELEASE library")))
            elif kind < 0.9:
                n += 1
                other.execute("BEGIN IMMEDIATE")
                _change(rng, other, n)
                other.execute("COMMIT")
            else:  # a statement of its own, outside any transaction, on the store's thread
                n += 1
                store.read_sync(lambda repos, n=n: _change(rng, repos.db, n))
            _check(store)
    finally:
        other.close()


def test_a_rolled_back_write_is_not_counted(store: Store) -> None:
    rng = random.Random(1)
    store.write_sync(lambda repos: [repos.tickets.insert(_ticket(rng, i)) for i in range(20)])
    before = store.read_sync(lambda repos: repos.tickets.queue_stats("main"))

    def issue_then_fail(repos: Repos) -> None:
        for i in range(20, 30):
            repos.tickets.insert(_ticket(rng, i))
        assert repos.tickets.queue_stats("main") != before
        raise RefusedError

    with pytest.raises(RefusedError):
        store.write_sync(issue_then_fail)
    assert store.read_sync(lambda repos: repos.tickets.queue_stats("main")) == before
    _check(store)


@pytest.mark.parametrize("first", ["read", "write"])
def test_a_rollback_the_store_was_not_told_of_is_not_counted(store: Store, first: str) -> None:
    """E.g. a library's own savepoint, rolled back on the store's connection: the changes
    the triggers reported were never confirmed by a COMMIT, so they are not trusted."""
    rng = random.Random(4)
    store.write_sync(lambda repos: [repos.tickets.insert(_ticket(rng, i)) for i in range(10)])
    before = store.read_sync(lambda repos: repos.tickets.queue_stats("main"))

    def undone(repos: Repos) -> None:
        repos.db.execute("SAVEPOINT library")
        for i in range(10, 20):
            repos.tickets.insert(_ticket(rng, i))
        repos.tickets.queue_stats("main")
        repos.db.execute("ROLLBACK TO library")
        repos.db.execute("RELEASE library")

    store.read_sync(undone)
    look = store.read_sync if first == "read" else store.write_sync
    assert look(lambda repos: repos.tickets.queue_stats("main")) == before
    _check(store)


def test_another_process_calling_a_ticket_is_seen(store: Store) -> None:
    rng = random.Random(2)
    stored = store.write_sync(
        lambda repos: [repos.tickets.insert(_ticket(rng, i)) for i in range(10)])
    store.read_sync(lambda repos: repos.tickets.queue_stats("main"))  # loaded into memory
    with sqlite3.connect(str(store.path), isolation_level=None) as other:
        other.execute("UPDATE tickets SET state = 'called' WHERE id = ?", [stored[0].id])
    _check(store)


def test_retention_deleting_waiting_tickets_is_seen(store: Store) -> None:
    rng = random.Random(3)
    store.write_sync(lambda repos: [repos.tickets.insert(_ticket(rng, i)) for i in range(12)])
    store.read_sync(lambda repos: repos.tickets.queue_stats("main"))
    store.write_sync(lambda repos: repos.db.execute("DELETE FROM tickets WHERE id % 2 = 0"))
    _check(store)


def test_a_row_written_by_hand_with_a_priority_that_is_no_number(store: Store) -> None:
    rng = random.Random(6)
    store.write_sync(lambda repos: [repos.tickets.insert(_ticket(rng, i)) for i in range(6)])
    store.read_sync(lambda repos: [repos.tickets.queue_stats(org) for org in ORGS])
    # The write is not refused by the trigger's report (a raising report would fail it) ...
    store.write_sync(lambda repos: repos.db.execute(
        "UPDATE tickets SET priority = 'urgent' WHERE id = (SELECT MIN(id) FROM tickets)"))

    def figures(repos: Repos) -> None:
        for org in ORGS:
            assert repos.tickets.queue_stats(org) == repos.tickets.counted_queue_stats(org)

    # ... and the figures still agree (the ticket itself no longer loads as a `Ticket`).
    store.read_sync(figures)
    store.write_sync(figures)
