"""The store: one connection, one writer thread, the repositories.

Every read and write runs on one dedicated thread, so the hub's event loop never blocks on
SQLite and writes are naturally serialized (SQLite allows one writer anyway).
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import sqlite_utils

from shared.storage.auth import AuthRepository
from shared.storage.checkpoint import JOURNAL_SIZE_LIMIT, WRITER_AUTOCHECKPOINT, Checkpointer
from shared.storage.db import StorageUnavailable, connect, immediate, is_unavailable
from shared.storage.deferred import Deferred
from shared.storage.events import EventRepository, MetaRepository, RequestRepository
from shared.storage.group import GroupCommit, Job
from shared.storage.migrations import migrate
from shared.storage.office import OfficeRepository
from shared.storage.tickets import TicketRepository

T = TypeVar("T")

DB_FILE = "wartemarke.sqlite3"


@dataclass(frozen=True)
class Repos:
    """The repositories of one connection; valid only inside the store's thread."""

    db: sqlite_utils.Database
    tickets: TicketRepository
    events: EventRepository
    requests: RequestRepository
    meta: MetaRepository
    office: OfficeRepository
    auth: AuthRepository


class Store:
    """The database of one hub.

    Attributes:
        path: the SQLite file.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wartemarke-db")
        self._db: sqlite_utils.Database = self._executor.submit(self._open).result()
        office = OfficeRepository(self._db)
        #: events and request answers of a group, held back until its COMMIT
        self._deferred = Deferred(self._db.conn)
        self.repos = Repos(
            self._db, TicketRepository(self._db), EventRepository(self._db, self._deferred),
            RequestRepository(self._db, self._deferred), MetaRepository(self._db),
            office, AuthRepository(self._db, versions=office),
        )
        #: called on the writer thread whenever work was rolled back
        self.rolled_back: list[Callable[[], None]] = [
            self.repos.office.forget, self.repos.tickets.waiting.forget]
        self._executor.submit(self._watch).result()
        self._group = GroupCommit(self._db.conn, self._executor.submit, self._forget,
                                  began=self._began,
                                  committed=self.repos.tickets.waiting.committed,
                                  deferred=self._deferred)
        self._checkpointer: Checkpointer | None = None

    @classmethod
    def in_dir(cls, data_dir: Path | str) -> Store:
        return cls(Path(data_dir) / DB_FILE)

    def _open(self) -> sqlite_utils.Database:
        db = connect(self.path)
        migrate(db)
        return db

    def _watch(self) -> None:
        """The caches kept by this connection's own TEMP triggers (office set-up, waiting)."""
        self.repos.office.watch()
        self.repos.tickets.waiting.watch()

    def _began(self) -> None:
        """Right after each BEGIN IMMEDIATE: the caches check what others may have written."""
        self.repos.office.began()
        self.repos.tickets.waiting.began()

    # synchronous use (CLI, tests, and the bodies run on the writer thread) ----------------
    def _write_here(self, fn: Callable[[Repos], T]) -> T:
        try:
            with immediate(self._db):
                self._began()
                result = fn(self.repos)
        except BaseException:
            self._forget()
            raise
        self.repos.tickets.waiting.committed()
        return result

    def _read_here(self, fn: Callable[[Repos], T]) -> T:
        try:
            return fn(self.repos)
        except sqlite3.Error as exc:
            if is_unavailable(exc):
                raise StorageUnavailable(str(exc)) from exc
            raise

    def write_sync(self, fn: Callable[[Repos], T]) -> T:
        """Run `fn` in one BEGIN IMMEDIATE transaction on the writer thread and wait."""
        return self._executor.submit(self._write_here, fn).result()

    def read_sync(self, fn: Callable[[Repos], T]) -> T:
        return self._executor.submit(self._read_here, fn).result()

    # asynchronous use (the hub) -----------------------------------------------------------
    async def write(self, fn: Callable[[Repos], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._write_here, fn)

    async def write_grouped(self, fn: Callable[[Repos], T],
                            committed: Callable[[T], None] | None = None) -> T:
        """Run `fn` in a write transaction shared with the commands waiting at the same
        moment (`shared.storage.group`; if `fn` raises, nothing it wrote stays); the answer
        comes after COMMIT.

        `committed(result)` runs on the writer thread right after that COMMIT, in commit
        order (the hub publishes the command's events there).
        """
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._group.add(Job(lambda: fn(self.repos), committed, future, loop))  # type: ignore[arg-type]
        return await future

    def _forget(self) -> None:
        for hook in self.rolled_back:
            hook()

    async def run_in_thread(self, fn: Callable[..., T], *args: object) -> T:
        """Run any function on the writer thread (it manages its own transaction)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, *args)

    async def read(self, fn: Callable[[Repos], T]) -> T:
        """A consistent snapshot read: it runs between two write transactions."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._read_here, fn)

    def start_checkpoints(self) -> Checkpointer:
        """Copy the WAL back on a thread of its own from now on (`shared.storage.checkpoint`);
        the writer's own automatic checkpoint stays as a backstop. For a long-running hub."""
        if self._checkpointer is None:
            def tune() -> None:
                self._db.conn.execute(f"PRAGMA wal_autocheckpoint={WRITER_AUTOCHECKPOINT}")
                self._db.conn.execute(f"PRAGMA journal_size_limit={JOURNAL_SIZE_LIMIT}")

            self._executor.submit(tune).result()
            self._checkpointer = Checkpointer(self.path)
            self._checkpointer.start()
        return self._checkpointer

    def stop_checkpoints(self) -> None:
        """Leave checkpoints to the writer again (the hub's shutdown; `close` does it too)."""
        checkpointer, self._checkpointer = self._checkpointer, None
        if checkpointer is not None:
            checkpointer.stop()

    def close(self) -> None:
        self.stop_checkpoints()

        def _close() -> None:
            self._db.conn.close()

        self._executor.submit(_close).result()
        self._executor.shutdown(wait=True)
