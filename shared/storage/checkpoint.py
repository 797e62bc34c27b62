"""Checkpoints on a thread of their own, so the writer thread does not copy the WAL back.

In WAL mode every commit appends pages to the `-wal` file, and a *checkpoint* copies them
back into the database file. SQLite does that by default inside the committing
connection once the WAL holds 1,000 pages: on the hub's writer thread, in the middle of
the command stream, with two fsyncs. `Checkpointer` does most of that work on its own
thread and connection instead, with PASSIVE checkpoints (they never block the writer and
never wait for it). The writer keeps an automatic checkpoint as a backstop
(`WRITER_AUTOCHECKPOINT` pages): it then finds most pages already copied and only copies
the rest, which also lets SQLite start the WAL from its beginning again under sustained
load (a WAL restarts only when everything in it has been copied).

A checkpoint never loses a committed transaction: the WAL is the durable record until its
pages are in the database file, whether a checkpoint runs, fails (full disk) or is killed.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

log = logging.getLogger(__name__)

#: How often the thread looks at the WAL (seconds). A look at a WAL with nothing new is
#: a few microseconds of C.
INTERVAL_S = 0.05
#: The writer's own automatic checkpoint (pages): only a backstop, see the module text.
WRITER_AUTOCHECKPOINT = 2000
#: The WAL file is cut back to this size after it was restarted (bytes).
JOURNAL_SIZE_LIMIT = 64 * 1024 * 1024


class Checkpointer:
    """Runs `PRAGMA wal_checkpoint(PASSIVE)` every `interval_s` on its own connection.

    Attributes:
        path: the database file.
        last: the last checkpoint's (busy, WAL frames, frames copied), as SQLite reports it.
        passed: set after every checkpoint that ran (tests clear it and wait for the next).
        failed: set when a checkpoint could not run (cleared by the next one that does).
    """

    def __init__(self, path: Path, interval_s: float = INTERVAL_S) -> None:
        self.path = path
        self.interval_s = interval_s
        self.last: tuple[int, int, int] | None = None
        self.passed = threading.Event()
        self.failed = threading.Event()
        self._stop = threading.Event()
        self._failing = False
        self._thread = threading.Thread(target=self._run, name="wartemarke-checkpoint",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop the thread and wait for it (a pass in progress finishes first)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        try:
            while not self._stop.wait(self.interval_s):
                if conn is None:
                    conn = self._open()
                if conn is not None:
                    self._checkpoint(conn)
        finally:
            if conn is not None:
                conn.close()

    def _open(self) -> sqlite3.Connection | None:
        try:
            # A short busy timeout: PASSIVE never waits for the writer, and a pass that
            # meets a lock is simply tried again in the next interval.
            return sqlite3.connect(str(self.path), isolation_level=None, timeout=0.1)
        except sqlite3.Error as exc:
            self._failed(exc)
            return None

    def _checkpoint(self, conn: sqlite3.Connection) -> None:
        try:
            row = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as exc:  # full disk, read-only file: the writer says so itself
            self._failed(exc)
            return
        self.last = (int(row[0]), int(row[1]), int(row[2]))
        self.failed.clear()
        self.passed.set()
        if self._failing:
            log.info("background checkpoints work again")
            self._failing = False

    def _failed(self, exc: sqlite3.Error) -> None:
        self.failed.set()
        if not self._failing:  # once per outage, not 20 times a second
            log.warning("background checkpoint failed (the writer keeps its own): %s", exc)
            self._failing = True
