"""The waiting tickets' places in line, kept in memory and exact from the connection's writes.

Every command sends the queue figures (how many wait per service, since when the longest
one waits), and an issued ticket its place in line. Counted in SQL that is work in
proportion to the queue for every command: with 150 visitors waiting it was a fifth of the
SQL a command runs. `WaitingQueues` keeps, per organisation and service, each waiting
ticket's call-order key (`shared.domain.queue`: priority, reserved first, waiting since,
id), so the figures are a look-up and the place in line a binary search in the sorted keys
(a count over them only for a ticket reserved for a counter).

It stays exact because SQLite itself tells it every change: TEMP triggers (they live in
this connection only) call it for every row of `tickets` that starts, changes or ends its
wait, whoever writes it on this connection — a command, the day's expiry, retention, an
import. What the triggers cannot tell, it learns otherwise and then starts again from SQL:

- a rollback undoes writes the triggers already reported: the store calls `forget` for every
  failed command and rolled-back transaction (`Store.rolled_back`); and a change is trusted only
  once its COMMIT is confirmed (`committed`): the next transaction (`began`) or a read
  outside one drops whatever was reported and never confirmed;
- another connection (the admin CLI in another process) changes `PRAGMA data_version`,
  which is read at the start of every write transaction and before a read outside one.

Tests compare every figure with the SQL count after random work, rollbacks and writes of
another connection (tests/storage/test_waiting_queues.py).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable
from datetime import datetime
from operator import itemgetter

import sqlite_utils

#: (-priority, 0 when reserved for a counter else 1, waiting since as stored text, id):
#: sorts as the call order of `shared.domain.queue`.
Key = tuple[int, int, str, int]
_SINCE = itemgetter(2)

_WAIT = "wartemarke_ticket_waits"
_UNWAIT = "wartemarke_ticket_waits_no_more"
_NEW = ("NEW.id, NEW.org, NEW.service, NEW.priority, NEW.counter, "
        "COALESCE(NEW.queued_at, NEW.issued_at)")
_TRIGGERS = (
    f"CREATE TEMP TRIGGER IF NOT EXISTS waiting_insert AFTER INSERT ON main.tickets "
    f"WHEN NEW.state = 'waiting' BEGIN SELECT {_WAIT}({_NEW}); END",
    f"CREATE TEMP TRIGGER IF NOT EXISTS waiting_update AFTER UPDATE ON main.tickets "
    f"WHEN OLD.state = 'waiting' OR NEW.state = 'waiting' BEGIN "
    f"SELECT {_UNWAIT}(OLD.id, OLD.org, OLD.service) WHERE OLD.state = 'waiting'; "
    f"SELECT {_WAIT}({_NEW}) WHERE NEW.state = 'waiting'; END",
    f"CREATE TEMP TRIGGER IF NOT EXISTS waiting_delete AFTER DELETE ON main.tickets "
    f"WHEN OLD.state = 'waiting' BEGIN SELECT {_UNWAIT}(OLD.id, OLD.org, OLD.service); END",
)


class _Line:
    """The waiting tickets of one service: id -> (call-order key, reserving counter), and the
    keys in call order."""

    __slots__ = ("_oldest", "keys", "tickets")

    def __init__(self) -> None:
        self.tickets: dict[int, tuple[Key, str | None]] = {}
        #: every waiting ticket's key, sorted: a place in line is a binary search
        self.keys: list[Key] = []
        self._oldest: str | None = None  # None: unknown (recomputed when asked)

    def add(self, ticket_id: int, key: Key, counter: str | None) -> None:
        """A ticket starts waiting (the triggers report its end of waiting first)."""
        self.tickets[ticket_id] = (key, counter)
        insort(self.keys, key)
        if self._oldest is not None and key[2] < self._oldest:
            self._oldest = key[2]

    def remove(self, ticket_id: int) -> None:
        gone = self.tickets.pop(ticket_id, None)
        if gone is None:
            return
        del self.keys[bisect_left(self.keys, gone[0])]
        if gone[0][2] == self._oldest:
            self._oldest = None

    def oldest(self) -> str | None:
        if self._oldest is None and self.keys:
            self._oldest = min(self.keys, key=_SINCE)[2]
        return self._oldest


class WaitingQueues:
    """See the module text. Used only on the store's writer thread, after `watch`."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._orgs: dict[str, dict[str, _Line]] = {}
        #: a reported change whose COMMIT was not confirmed yet
        self._unconfirmed = False
        self._data_version: int | None = None
        self.watching = False

    def watch(self) -> None:
        """Start being told of every change by TEMP triggers; until then nothing is kept."""
        conn = self.db.conn
        conn.create_function(_WAIT, 6, self._waits, deterministic=False)
        conn.create_function(_UNWAIT, 3, self._waits_no_more, deterministic=False)
        for sql in _TRIGGERS:
            conn.execute(sql)
        self._data_version = self._read_data_version()
        self.watching = True

    # told by the triggers (inside SQLite: they must never raise) ---------------------------
    def _waits(self, ticket_id: int, org: str, service: str, priority: int,
               counter: str | None, since: str) -> None:
        self._unconfirmed = True
        lines = self._orgs.get(org)
        if lines is None:  # an organisation not loaded yet is read from SQL when asked
            return
        key = _key(ticket_id, priority, counter, since)
        line = lines.get(service)
        if line is None:
            line = lines[service] = _Line()
        line.add(ticket_id, key, counter)

    def _waits_no_more(self, ticket_id: int, org: str, service: str) -> None:
        self._unconfirmed = True
        lines = self._orgs.get(org)
        if lines is not None and service in lines:
            lines[service].remove(ticket_id)

    # the store's transaction hooks ------------------------------------------------------------
    def began(self) -> None:
        """A write transaction began: drop what was never confirmed or another wrote."""
        if self._unconfirmed:
            self.forget()
        version = self._read_data_version()
        if version != self._data_version:
            self.forget()
            self._data_version = version

    def committed(self) -> None:
        """The transaction that carried the reported changes is committed."""
        self._unconfirmed = False

    def forget(self) -> None:
        """Start again from SQL (after a rollback, or when in doubt)."""
        self._orgs = {}
        self._unconfirmed = False

    # asked by the ticket repository --------------------------------------------------------
    def lines(self, org: str) -> dict[str, _Line]:
        """The organisation's waiting tickets per service, from memory or loaded now."""
        if not self.db.conn.in_transaction:
            self.began()  # a read between transactions trusts no more than a new one
        lines = self._orgs.get(org)
        if lines is None:
            lines = self._load(org)
            self._orgs[org] = lines
        return lines

    def _load(self, org: str) -> dict[str, _Line]:
        lines: dict[str, _Line] = {}
        rows = self.db.execute(
            "SELECT id, service, priority, counter, COALESCE(queued_at, issued_at) FROM tickets "
            "WHERE org = ? AND state = 'waiting'", [org]).fetchall()
        for ticket_id, service, priority, counter, since in rows:
            lines.setdefault(service, _Line()).add(
                ticket_id, _key(ticket_id, priority, counter, since), counter)
        return lines

    def _read_data_version(self) -> int:
        return int(self.db.conn.execute("PRAGMA data_version").fetchone()[0])


def _key(ticket_id: int, priority: object, counter: str | None, since: str) -> Key:
    """The call-order key of a stored row. A priority that is not a number (only a row
    written by hand could hold one) counts as 0, as SQL's `-priority` makes it."""
    number = priority if isinstance(priority, int) else 0
    return (-number, 0 if counter is not None else 1, since, ticket_id)


def figures(lines: dict[str, _Line], parse: Callable[[str | None], datetime | None]
            ) -> dict[str, tuple[int, datetime | None]]:
    """Per service: how many wait and since when the longest-waiting one waits."""
    return {service: (len(line.tickets), parse(line.oldest()))
            for service, line in lines.items() if line.tickets}


def ahead(line: _Line | None, mine: Key, ticket_id: int, counter: str | None) -> int:
    """Waiting tickets whose call-order key comes before `mine`; for a ticket reserved for a
    counter, tickets reserved for another counter do not count (`queue.position`)."""
    if line is None:
        return 0
    if counter is None:  # every key before mine counts but the ticket's own
        count = bisect_left(line.keys, mine)
        own = line.tickets.get(ticket_id)
        return count - 1 if own is not None and own[0] < mine else count
    return sum(1 for other, (key, reserved) in line.tickets.items()
               if other != ticket_id and key < mine
               and (reserved is None or reserved == counter))
