"""Group commit: many commands in one write transaction, each in its own savepoint.

Under load the writer thread takes every command that is waiting, opens one
`BEGIN IMMEDIATE`, runs each command inside `SAVEPOINT cmd … RELEASE cmd` (a refused or
failed command is rolled back to its savepoint alone), and COMMITs once. Only after that
COMMIT does any command get its answer, so an acknowledged command is always durable, and
a failed COMMIT answers every command of the group with the error: nothing is acknowledged
that is not stored. With a single command waiting this is the plain one-transaction case.

If SQLite ends the whole transaction by itself (it may on a full disk or an I/O error), the
failing command gets the error, and the other commands of the group are put back at the head
of the queue and run (again) in the next transaction: they were not acknowledged, so nobody
saw their answers.
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
        rolled_back: called on the writer thread whenever work was undone (savepoint or
            whole transaction), so caches filled from that work can be dropped.
        began: called on the writer thread right after each `BEGIN IMMEDIATE`.
        committed: called on the writer thread right after each successful COMMIT.
    """

    def __init__(self, conn: sqlite3.Connection, submit: Callable[[Callable[[], None]], Any],
                 rolled_back: Callable[[], None],
                 began: Callable[[], None] = lambda: None,
                 committed: Callable[[], None] = lambda: None) -> None:
        self._conn = conn
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
        for i, job in enumerate(jobs):
            if not self._run_one(job):
                # SQLite rolled the whole transaction back: the earlier ones go again,
                # and the later ones have not run yet.
                self._rolled_back()
                self._requeue(jobs[:i] + jobs[i + 1:])
                self._deliver([job])
                return
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            self._rolled_back()
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

    def _run_one(self, job: Job) -> bool:
        """Run a job in its savepoint; False when the transaction itself is gone."""
        conn = self._conn
        try:
            conn.execute("SAVEPOINT cmd")
            job.value, job.ok = job.run(), True
            conn.execute("RELEASE cmd")
            return True
        except BaseException as exc:  # handed to the waiting caller
            job.ok, job.value = False, storage_error(exc)
            if not conn.in_transaction:
                return False
            try:
                conn.execute("ROLLBACK TO cmd")
                conn.execute("RELEASE cmd")
            except sqlite3.Error:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                return False
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
