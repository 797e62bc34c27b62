"""Rows held back until their transaction's COMMIT, then written by a few multi-row INSERTs.

Every command of a group (`shared.storage.group`) appends one or two events and, with a
request id, its answer. As INSERTs of their own these were about half of a command's
statements, and each statement costs a cursor, its parameters and, while SQLite steps, two
hand-overs of the GIL (the sqlite3 module lets go of it) to the event loop and back. Held
back, the rows of a whole group go in by a handful of statements just before its COMMIT
(`finish`): rows are written in chunks of 64, 32, …, 1, so a few statement texts serve
every group size.

Only the writer thread uses it, and rows are held only while a group's transaction runs
(`open` … `finish` or `discard`); outside one, `add` writes a row at once. A reader of
such a table on the same connection calls `flush` first, so no query misses a held row.
`added` counts every row ever held: a failing command that held rows has written (the
group then rolls back whole, as for any other write), and `discard` drops what a
rolled-back transaction held.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Hashable
from typing import Any

#: Rows per INSERT, largest first; 64 rows of 5 columns stay far below SQLite's parameter limit.
CHUNKS = (64, 32, 16, 8, 4, 2, 1)


@functools.cache
def insert_sql(head: str, width: int, rows: int) -> str:
    """`head` ("INSERT INTO t (a, b)") with `rows` groups of `width` parameters."""
    group = "(" + ",".join("?" * width) + ")"
    return head + " VALUES " + ",".join([group] * rows)


class RowBuffer:
    """The held rows of one table, by key (a later row with the same key replaces it)."""

    def __init__(self, head: str, width: int) -> None:
        self.head = head
        self.width = width
        self.rows: dict[Hashable, tuple[Any, ...]] = {}


class Deferred:
    """The held rows of one connection (see the module text)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._buffers: list[RowBuffer] = []
        #: rows are held (a group's transaction runs), else the repositories write at once
        self.holding = False
        #: rows ever held: a command that changed it has written
        self.added = 0

    def buffer(self, head: str, width: int) -> RowBuffer:
        """A buffer for rows of `head` ("INSERT [OR REPLACE] INTO t (columns)")."""
        buffer = RowBuffer(head, width)
        self._buffers.append(buffer)
        return buffer

    def add(self, buffer: RowBuffer, key: Hashable, row: tuple[Any, ...]) -> None:
        """Hold `row` while a group's transaction runs; otherwise write it now, by the same
        statement (so a repository has one way to store a row)."""
        if not self.holding:
            self._conn.execute(insert_sql(buffer.head, buffer.width, 1), row)
            return
        self.added += 1
        buffer.rows[key] = row

    def open(self) -> None:
        """A group's transaction began: hold rows from now on."""
        self.holding = True

    def flush(self) -> None:
        """Write every held row now (inside the running transaction)."""
        for buffer in self._buffers:
            if buffer.rows:
                rows = list(buffer.rows.values())
                buffer.rows.clear()
                self._write(buffer, rows)

    def finish(self) -> None:
        """Right before COMMIT: write what is held and stop holding."""
        self.holding = False
        self.flush()

    def discard(self) -> None:
        """The transaction rolled back: forget what it held and stop holding."""
        self.holding = False
        for buffer in self._buffers:
            buffer.rows.clear()

    def _write(self, buffer: RowBuffer, rows: list[tuple[Any, ...]]) -> None:
        start = 0
        for size in CHUNKS:
            while len(rows) - start >= size:
                chunk = rows[start:start + size]
                self._conn.execute(insert_sql(buffer.head, buffer.width, size),
                                   [value for row in chunk for value in row])
                start += size
