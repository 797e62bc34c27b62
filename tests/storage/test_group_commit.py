"""Group commit: commands waiting together share one transaction; a failed one leaves nothing.

The writer thread is held by a blocker job while the commands queue up, so every test
knows exactly which commands form the group (no timing, no sleeps).
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

import pytest

from shared.storage.db import StorageUnavailable
from shared.storage.store import Repos, Store

pytestmark = pytest.mark.empty_store


def _put(key: str) -> Callable[[Repos], str]:
    def write(repos: Repos) -> str:
        repos.meta.set(key, "1")
        return key

    return write


def _keys(store: Store) -> set[str]:
    rows = store.read_sync(lambda r: r.db.execute("SELECT key FROM meta").fetchall())
    return {key for (key,) in rows if key.startswith("k")}


async def _as_group(store: Store, jobs: list[Callable[[Repos], Any]],
                    committed: Callable[[Any], None] | None = None) -> list[Any]:
    """Queue `jobs` while the writer thread is busy, so they run as one group."""
    gate = threading.Event()
    held = asyncio.ensure_future(store.run_in_thread(gate.wait))
    waiting = [asyncio.ensure_future(store.write_grouped(job, committed)) for job in jobs]
    await asyncio.sleep(0)  # let every write_grouped queue its job
    gate.set()
    await held
    return await asyncio.gather(*waiting, return_exceptions=True)


def test_commands_waiting_together_share_one_transaction(store: Store) -> None:
    seen: list[bool] = []

    def probe(key: str) -> Callable[[Repos], str]:
        def write(repos: Repos) -> str:
            # inside the group's open transaction: the same connection, still open
            seen.append(repos.db.conn.in_transaction)
            return _put(key)(repos)

        return write

    results = asyncio.run(_as_group(store, [probe(f"k{i}") for i in range(10)]))
    assert results == [f"k{i}" for i in range(10)]
    assert seen == [True] * 10
    assert _keys(store) == {f"k{i}" for i in range(10)}


def _counted(runs: list[str], key: str) -> Callable[[Repos], str]:
    def write(repos: Repos) -> str:
        runs.append(key)
        return _put(key)(repos)

    return write


def test_a_command_refused_before_writing_leaves_the_group_running(store: Store) -> None:
    runs: list[str] = []

    def refused(repos: Repos) -> None:
        repos.meta.get("k1")  # reads what the group wrote so far, writes nothing
        raise ValueError("refused")

    def bad_statement(repos: Repos) -> None:  # SQLite undoes the failed statement itself
        repos.db.execute("INSERT INTO meta (key, value) VALUES ('k1', 'again')")

    rolled_back: list[int] = []
    store.rolled_back.append(lambda: rolled_back.append(1))
    results = asyncio.run(_as_group(store, [_counted(runs, "k1"), refused, bad_statement,
                                            _counted(runs, "k3")]))
    assert results[0] == "k1" and results[3] == "k3"
    assert isinstance(results[1], ValueError)
    assert isinstance(results[2], sqlite3.IntegrityError)
    assert _keys(store) == {"k1", "k3"}
    assert store.repos.meta.get("k1") == "1"
    assert runs == ["k1", "k3"]  # one transaction: nobody ran twice
    assert rolled_back == [1, 1]  # caches dropped after each failure all the same


def test_a_command_failing_after_it_wrote_leaves_nothing(store: Store) -> None:
    runs: list[str] = []

    def refused(repos: Repos) -> None:
        repos.meta.set("k-refused", "1")
        raise ValueError("refused")

    rolled_back: list[int] = []
    store.rolled_back.append(lambda: rolled_back.append(1))
    results = asyncio.run(_as_group(store, [_counted(runs, "k1"), refused,
                                            _counted(runs, "k3")]))
    assert results[0] == "k1" and results[2] == "k3"
    assert isinstance(results[1], ValueError)
    assert _keys(store) == {"k1", "k3"}
    assert runs == ["k1", "k1", "k3"]  # k1 was undone with the transaction and ran again
    assert rolled_back == [1]


def test_a_failed_commit_acknowledges_nothing(store: Store) -> None:
    def breaks_commit(repos: Repos) -> str:
        # A deferred foreign-key violation is only noticed by COMMIT.
        repos.db.execute("PRAGMA defer_foreign_keys = ON")
        repos.db.execute("INSERT INTO services (org, letter, name_de, name_en, active, pos) "
                         "VALUES ('nowhere', 'Z', 'x', 'x', 1, 0)")
        return "broken"

    committed: list[Any] = []
    results = asyncio.run(_as_group(store, [_put("k1"), breaks_commit, _put("k3")],
                                    committed.append))
    assert all(isinstance(r, sqlite3.IntegrityError) for r in results), results
    assert committed == []
    assert _keys(store) == set()


def test_a_transaction_ended_by_sqlite_runs_the_earlier_commands_again(store: Store) -> None:
    runs: list[str] = []

    def disk_gone(repos: Repos) -> None:
        # What SQLite does on a full disk: it rolls the whole transaction back itself.
        repos.db.execute("ROLLBACK")
        raise sqlite3.OperationalError("database or disk is full")

    results = asyncio.run(_as_group(store, [_counted(runs, "k1"), disk_gone,
                                            _counted(runs, "k3")]))
    assert results[0] == "k1" and results[2] == "k3"
    assert isinstance(results[1], StorageUnavailable)
    assert _keys(store) == {"k1", "k3"}
    assert runs == ["k1", "k1", "k3"]  # k1 was lost with the transaction and ran again


def test_committed_runs_after_commit_in_order(store: Store) -> None:
    order: list[tuple[str, bool]] = []

    def after(key: str) -> None:
        stored = store.repos.meta.get(key) == "1"  # on the writer thread, after COMMIT
        order.append((key, stored and not store.repos.db.conn.in_transaction))

    asyncio.run(_as_group(store, [_put("k1"), _put("k2")], after))
    assert order == [("k1", True), ("k2", True)]


def test_storage_unavailable_when_the_transaction_cannot_begin(store: Store) -> None:
    other = sqlite3.connect(store.path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # holds the write lock
    try:
        store.read_sync(lambda r: r.db.execute("PRAGMA busy_timeout = 0"))
        results = asyncio.run(_as_group(store, [_put("k1")]))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert isinstance(results[0], StorageUnavailable)
    assert _keys(store) == set()
