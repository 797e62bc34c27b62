"""Opening the database and running one write transaction.

The connection runs in autocommit mode (`isolation_level=None`) so that every write
transaction is an explicit `BEGIN IMMEDIATE … COMMIT`: the write lock is taken up front, so
two writers never deadlock on a lock upgrade, and nothing is committed behind our back.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils


class StorageUnavailable(Exception):  # noqa: N818 - the API code is "storage_unavailable"
    """The database cannot be written now (disk full, read-only, I/O error)."""


#: sqlite3 errors that mean "the disk or file is the problem", not "our SQL is wrong".
_UNAVAILABLE_MARKERS = (
    "disk", "full", "readonly", "read-only", "locked", "i/o", "unable to open",
)


def is_unavailable(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and any(
        marker in text for marker in _UNAVAILABLE_MARKERS
    )


def connect(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) the database file in WAL mode.

    `synchronous=NORMAL` in WAL mode keeps every committed transaction across a crash of the
    process (only a power loss may lose the last ones), and is much faster than FULL.

    `temp_store=MEMORY` keeps statement journals in memory: inside the transaction that a
    group of commands shares (`shared.storage.group`), a statement that may fail partway
    journals the pages it changes so that SQLite can undo that statement alone; in a
    temporary file that was about 19 `pwrite` calls per command (when each command also had
    a savepoint), four in five of the writer's system calls. They only ever serve a rollback
    inside the running transaction, so nothing durable lives there.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
    db = sqlite_utils.Database(conn)
    db.enable_wal()
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    conn.execute("PRAGMA temp_store=MEMORY")
    return db


@contextmanager
def immediate(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One `BEGIN IMMEDIATE` transaction: commit on success, roll back on any error.

    Raises:
        StorageUnavailable: the disk or file refused the write; nothing was written.
    """
    conn = db.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise StorageUnavailable(str(exc)) from exc
    try:
        yield db
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            # A failed COMMIT may already have rolled back.
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error) and is_unavailable(exc):
            raise StorageUnavailable(str(exc)) from exc
        raise


#: Texts of moments written lately (see `iso`); emptied when it reaches `_TEXTS_LIMIT`.
_ISO_TEXTS: dict[datetime, str] = {}
_SECONDS_TEXTS: dict[datetime, str] = {}
_TEXTS_LIMIT = 4096


def iso(moment: datetime | None) -> str | None:
    """UTC text with microseconds, sortable as text; None stays None.

    The same text as `strftime("%Y-%m-%dT%H:%M:%S.%fZ")` of the UTC time, written with
    `%`-formatting: `isoformat` and `strftime` build their text with C's printf, which
    took twice as long (tests/storage/test_time_text.py). A command writes the same few
    moments again and again (its own time in the ticket, the event and the stored answer;
    a ticket's earlier times at every change), so texts are kept for the moments written
    lately: a datetime keeps its hash, and a look-up is a tenth of the formatting.
    """
    if moment is None:
        return None
    text = _ISO_TEXTS.get(moment)
    if text is None:
        utc = moment if moment.tzinfo is UTC else moment.astimezone(UTC)
        text = "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ" % (  # noqa: UP031 - f-strings took 1.8x
            utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second, utc.microsecond)
        _remember(_ISO_TEXTS, moment, text)
    return text


def seconds_z(moment: datetime) -> str:
    """Whole-second UTC text with a Z, as `strftime("%Y-%m-%dT%H:%M:%SZ")` of the UTC time
    writes it, faster (it runs for every time field of every event and answer; kept as
    `iso` keeps its texts). A naive moment is taken as UTC."""
    text = _SECONDS_TEXTS.get(moment)
    if text is None:
        utc = moment if moment.tzinfo in (UTC, None) else moment.astimezone(UTC)
        text = "%04d-%02d-%02dT%02d:%02d:%02dZ" % (  # noqa: UP031 - f-strings took 1.8x
            utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second)
        _remember(_SECONDS_TEXTS, moment, text)
    return text


def _remember(texts: dict[datetime, str], moment: datetime, text: str) -> None:
    if len(texts) >= _TEXTS_LIMIT:
        texts.clear()
    texts[moment] = text


def parse_iso(text: str | None) -> datetime | None:
    if text is None:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)
