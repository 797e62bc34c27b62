"""Group commit: many commands in one write transaction.

Under load the writer thread takes every command that is waiting, opens one
`BEGIN IMMEDIATE`, runs the commands one after another and COMMITs once. Only after that
COMMIT does any command get its answer, so an acknowledged command is always durable, and
a failed COMMIT answers every command of the group with the error: nothing is acknowledged
that is not stored. With a single command waiting this is the plain one-transaction case.

A refused or failed command must leave nothing behind. Almost always it is refused before
it writes anything (a domain rule, a wrong role, an unknown ticket), and SQLite has already
undone the one statement that failed, if any: when the connection's `total_changes` shows
no row written since the command began, the transaction goes on with the next command. A
command that fails after writing rows ends the whole transaction instead: it gets its
error, and the other commands of the group are put back at the head of the queue and run
(again) in the next transaction — they were not acknowledged, so nobody saw their answers.
The same happens when SQLite ends the transaction by itself (it may on a full disk or an
I/O error). This spares every command a `SAVEPOINT … RELEASE` pair (two of the eight or so
statements of a ticket command) for a case that is rare.

The events and request answers the commands append are held back and written by a few
multi-row INSERTs right before COMMIT (`shared.storage.deferred`); a command that held rows
has written, and a ROLLBACK drops them.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from shared.storage.db import StorageUnavailable, is_unavailable
from shared.storage.deferred import Deferred

#: At most this many commands share one transaction (bounds the time to the first answer).
MAX_GROUP = 64


@dataclass(eq=False)
class Job:
    """One command waiting for the writer thread."""

    run: Callable[[], Any]
    #: runs on the writer thread right after the COMMIT that made the command durable
    committed: Callable[[Any], None] | None
    future: asyncio.Future[Any]
    loop: asyncio.AbstractEventLoop
    ok: bool = False
    value: Any = None


def storage_error(exc: BaseException) -> BaseException:
    """A disk/file problem becomes `StorageUnavailable`; anything else stays as it is."""
    if isinstance(exc, sqlite3.Error) and is_unavailable(exc):
        return StorageUnavailable(str(exc))
    return exc


class GroupCommit:
    """The queue of commands and the code that runs a group of them on the writer thread.

    Args:
        conn: the store's connection (autocommit mode; used only on the writer thread).
        submit: puts a callable on the writer thread (the store's executor).
        rolled_back: called on the writer thread whenever work was undone (a failed
            command, or the whole transaction), so caches filled from that work can be
            dropped.
        began: called on the writer thread right after each `BEGIN IMMEDIATE`.
        committed: called on the writer thread right after each successful COMMIT.
        deferred: the rows the repositories hold back while a group's transaction runs
            (`shared.storage.deferred`): written right before COMMIT, dropped on ROLLBACK.
    """

    def __init__(self, conn: sqlite3.Connection, submit: Callable[[Callable[[], None]], Any],
                 rolled_back: Callable[[], None],
                 began: Callable[[], None] = lambda: None,
                 committed: Callable[[], None] = lambda: None,
                 deferred: Deferred | None = None) -> None:
        self._conn = conn
        self._deferred = deferred if deferred is not None else Deferred(conn)
        self._submit = submit
        self._rolled_back = rolled_back
        self._began = began
        self._committed = committed
        self._lock = threading.Lock()
        self._queue: deque[Job] = deque()
        self._draining = False

    def add(self, job: Job) -> None:
        """Queue a job; the writer thread picks it up with whatever else is waiting."""
        with self._lock:
            self._queue.append(job)
            if self._draining:
                return
            self._draining = True
        self._submit(self._drain)

    # on the writer thread ------------------------------------------------------------------
    def _drain(self) -> None:
        with self._lock:
            jobs = [self._queue.popleft() for _ in range(min(MAX_GROUP, len(self._queue)))]
        try:
            if jobs:
                self._run_group(jobs)
        finally:
            with self._lock:
                more = bool(self._queue)
                self._draining = more
            if more:  # back of the executor's line: reads waiting in between get their turn
                self._submit(self._drain)

    def _run_group(self, jobs: list[Job]) -> None:
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            self._fail(jobs, StorageUnavailable(str(exc)))
            return
        self._began()
        self._deferred.open()
        for i, job in enumerate(jobs):
            if not self._run_one(job):
                # The transaction is lost (SQLite ended it, or the command wrote before it
                # failed): the earlier commands go again, the later ones have not run yet.
                self._roll_back()
                self._requeue(jobs[:i] + jobs[i + 1:])
                self._deliver([job])
                return
        try:
            self._deferred.finish()
            conn.execute("COMMIT")
        except Exception as exc:  # every caller gets it (a bug too): nothing is kept
            self._roll_back()
            self._fail(jobs, storage_error(exc), only_ok=True)
            return
        self._committed()
        for job in jobs:
            if job.ok and job.committed is not None:
                try:
                    job.committed(job.value)
                except Exception as exc:  # stored; a retry with its request id gets the answer
                    job.ok, job.value = False, exc
        self._deliver(jobs)

    def _roll_back(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
        self._deferred.discard()
        self._rolled_back()

    def _run_one(self, job: Job) -> bool:
        """Run a job; False when it failed after writing or the transaction itself is gone."""
        conn, deferred = self._conn, self._deferred
        written, held = conn.total_changes, deferred.added
        try:
            job.value, job.ok = job.run(), True
            return True
        except BaseException as exc:  # handed to the waiting caller
            job.ok, job.value = False, storage_error(exc)
            if (not conn.in_transaction or conn.total_changes != written
                    or deferred.added != held):
                return False
            # Nothing written: the transaction goes on. Caches may still hold what the
            # command computed on its way to the refusal.
            self._rolled_back()
            return True

    def _requeue(self, jobs: list[Job]) -> None:
        for job in jobs:
            job.ok, job.value = False, None
        with self._lock:
            self._queue.extendleft(reversed(jobs))

    def _fail(self, jobs: list[Job], exc: BaseException, *, only_ok: bool = False) -> None:
        for job in jobs:
            if job.ok or not only_ok:
                job.ok, job.value = False, exc
        self._deliver(jobs)

    def _deliver(self, jobs: list[Job]) -> None:
        by_loop: dict[asyncio.AbstractEventLoop, list[Job]] = {}
        for job in jobs:
            by_loop.setdefault(job.loop, []).append(job)
        for loop, mine in by_loop.items():
            with contextlib.suppress(RuntimeError):  # the loop closed (hub shutting down)
                loop.call_soon_threadsafe(_resolve, mine)


def _resolve(jobs: list[Job]) -> None:
    """On the event loop: hand each waiting caller its answer or error."""
    for job in jobs:
        if job.future.done():
            continue
        if job.ok:
            job.future.set_result(job.value)
        else:
            job.future.set_exception(job.value)
