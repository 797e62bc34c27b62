"""Events and request answers held back in a group's transaction until its COMMIT.

A group's commands append events and remember answers without an INSERT each
(`shared.storage.deferred`); the rows go in right before COMMIT. What must hold: every
event keeps the next seq and arrives in the table in order, a retry inside the same group
gets the first answer, a failing command's rows never reach the table, a reader on the
writer's connection sees held rows, and a failed write of the held rows acknowledges
nothing. The writer thread is held while a group queues up (as in test_group_commit.py).
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from shared.storage.deferred import CHUNKS, Deferred, insert_sql
from shared.storage.store import Repos, Store

NOW = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)


pytestmark = pytest.mark.empty_store


async def _as_group(store: Store, jobs: list[Callable[[Repos], Any]]) -> list[Any]:
    gate = threading.Event()
    held = asyncio.ensure_future(store.run_in_thread(gate.wait))
    waiting = [asyncio.ensure_future(store.write_grouped(job)) for job in jobs]
    await asyncio.sleep(0)  # let every write_grouped queue its job
    gate.set()
    await held
    return await asyncio.gather(*waiting, return_exceptions=True)


def _event(n: int, count: int = 1) -> Callable[[Repos], list[int]]:
    def write(repos: Repos) -> list[int]:
        return [repos.events.append("main", "probe", NOW, {"n": n, "i": i})["seq"]
                for i in range(count)]

    return write


def _stored(store: Store) -> list[tuple[int, int, int]]:
    rows = store.read_sync(lambda r: r.db.execute(
        "SELECT seq, json_extract(payload, '$.n'), json_extract(payload, '$.i') FROM events "
        "WHERE type = 'probe' ORDER BY seq").fetchall())
    return [tuple(row) for row in rows]


def test_held_events_get_the_next_seqs_and_land_in_order(store: Store) -> None:
    before = store.write_sync(lambda r: r.events.append("main", "probe", NOW, {"n": -1, "i": 0}))
    # 100 rows in one group: written as 64 + 32 + 4, each row where its seq says
    results = asyncio.run(_as_group(store, [_event(n, count=5) for n in range(20)]))
    seqs = [seq for result in results for seq in result]
    assert seqs == list(range(before["seq"] + 1, before["seq"] + 101))
    assert _stored(store)[1:] == [(before["seq"] + 1 + 5 * n + i, n, i)
                                  for n in range(20) for i in range(5)]


def test_seqs_never_come_back_after_the_newest_events_are_gone(store: Store) -> None:
    first = asyncio.run(_as_group(store, [_event(0, count=3)]))[0]
    store.write_sync(lambda r: r.db.execute("DELETE FROM events"))  # e.g. restored file
    again = asyncio.run(_as_group(store, [_event(1)]))[0]
    assert again == [first[-1] + 1]  # AUTOINCREMENT's rule: never a seq used before


def test_a_failing_command_that_held_events_leaves_none(store: Store) -> None:
    runs: list[int] = []

    def failing(repos: Repos) -> None:
        runs.append(99)
        repos.events.append("main", "probe", NOW, {"n": 99, "i": 0})
        raise ValueError("refused after appending")

    def counted(n: int) -> Callable[[Repos], list[int]]:
        def write(repos: Repos) -> list[int]:
            runs.append(n)
            return _event(n)(repos)

        return write

    results = asyncio.run(_as_group(store, [counted(0), failing, counted(1)]))
    assert isinstance(results[1], ValueError)
    # It held a row, so it wrote: the group rolled back and the others ran again.
    assert runs == [0, 99, 0, 1]
    assert [n for _, n, _ in _stored(store)] == [0, 1]
    assert results[0] == [_stored(store)[0][0]] and results[2] == [_stored(store)[1][0]]


def test_a_retry_in_the_same_group_gets_the_first_answer(store: Store) -> None:
    runs: list[int] = []

    def command(n: int) -> Callable[[Repos], Any]:
        def write(repos: Repos) -> Any:
            found = repos.requests.find("clerk", "req-1", NOW - timedelta(hours=24))
            if found is not None:
                return found
            runs.append(n)
            repos.requests.remember("clerk", "req-1", 201, {"n": n}, NOW)
            return 201, {"n": n}

        return write

    results = asyncio.run(_as_group(store, [command(1), command(2)]))
    assert results == [(201, {"n": 1}), (201, {"n": 1})]
    assert runs == [1]
    assert store.read_sync(
        lambda r: r.requests.find("clerk", "req-1", NOW - timedelta(hours=24))) == (201, {"n": 1})


def test_a_reader_on_the_writer_connection_sees_held_events(store: Store) -> None:
    def append_then_read(repos: Repos) -> tuple[int, list[int]]:
        seq = repos.events.append("main", "probe", NOW, {"n": 0, "i": 0})["seq"]
        return seq, [event["seq"] for event in repos.events.after(seq - 1)]

    seq, read = asyncio.run(_as_group(store, [append_then_read]))[0]
    assert read == [seq]
    assert store.read_sync(lambda r: r.events.last_seq()) == seq


def test_a_failed_write_of_the_held_rows_acknowledges_nothing(store: Store) -> None:
    # Another writer took the next seq behind the hub's back after the group read it:
    # the held row collides, and no command of the group may be answered as done.
    def collide(repos: Repos) -> list[int]:
        seqs = _event(0)(repos)
        repos.db.conn.execute(
            "INSERT INTO events (seq, org, type, at, payload) VALUES (?, 'main', 'x', '', '{}')",
            [seqs[0]])
        return seqs

    results = asyncio.run(_as_group(store, [_event(1), collide]))
    assert all(isinstance(result, sqlite3.IntegrityError) for result in results)
    assert _stored(store) == []
    # and the next group starts clean
    assert asyncio.run(_as_group(store, [_event(2)]))[0] == [_stored(store)[0][0]]


def test_outside_a_group_rows_are_written_at_once(store: Store) -> None:
    seq = store.write_sync(lambda r: r.events.append("main", "probe", NOW, {"n": 5, "i": 0}))
    assert _stored(store) == [(seq["seq"], 5, 0)]


def test_rows_are_written_in_few_statements(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "t.sqlite3", isolation_level=None)
    conn.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)")
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    deferred = Deferred(conn)
    buffer = deferred.buffer("INSERT INTO t (k, v)", 2)
    conn.execute("BEGIN")
    deferred.open()
    for k in range(100):
        deferred.add(buffer, k, (k, f"v{k}"))
    deferred.finish()
    conn.execute("COMMIT")
    inserts = [s for s in statements if s.startswith("INSERT")]
    assert len(inserts) == 3  # 64 + 32 + 4
    assert conn.execute("SELECT k, v FROM t ORDER BY k").fetchall() == [
        (k, f"v{k}") for k in range(100)]
    assert not deferred.holding and deferred.added == 100
    assert insert_sql("INSERT INTO t (k, v)", 2, 2) == "INSERT INTO t (k, v) VALUES (?,?),(?,?)"
    assert CHUNKS[0] * 5 < 999  # SQLite's oldest parameter limit, for 5-column rows
