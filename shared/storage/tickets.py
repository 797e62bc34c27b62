"""Tickets and their daily numbering."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from shared.domain.model import Ticket, TicketState
from shared.storage.db import iso
from shared.storage.waiting import Key, WaitingQueues, ahead, figures

_COLUMNS = (
    "id, org, service, number, seq, day, issued_at, state, priority, counter, called_at, "
    "started_at, finished_at, queued_at, recalls, note, clerk, status_key, printed"
)
#: Constant text only; every value goes in as a `?` parameter.
_SELECT = "SELECT " + _COLUMNS + " FROM tickets "  # noqa: S608 - constant text
#: Stored state text -> the enum member: a dict look-up instead of `TicketState(text)`.
_STATES = {str(state): state for state in TicketState}
_INSERT = (
    "INSERT INTO tickets (org, service, number, seq, day, issued_at, state, priority, "  # noqa: S608
    "counter, called_at, started_at, finished_at, queued_at, recalls, note, clerk, "
    "status_key, printed, issued_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
    "RETURNING " + _COLUMNS
)
#: The first waiting ticket in call order (`shared.domain.queue`) that matches a condition.
_FIRST_WAITING = (
    "SELECT * FROM (" + _SELECT + "WHERE state = 'waiting' AND org = ? AND {} "  # noqa: S608
    "ORDER BY priority DESC, COALESCE(queued_at, issued_at), id LIMIT 1)")


@functools.cache
def pool_sql(services: int) -> str:
    """`TicketRepository.pool_for_counter` as one statement of index look-ups: the counter's
    called or serving tickets, the first reserved for it, the first unreserved per service.
    Parameters: org, counter, org, counter, then org, service for each service."""
    parts = [_SELECT + "WHERE org = ? AND counter = ? AND state IN ('called', 'serving')",
             _FIRST_WAITING.format("counter = ?")]
    parts += [_FIRST_WAITING.format("service = ? AND counter IS NULL")] * services
    return " UNION ALL ".join(parts)


def _utc(text: str | None) -> datetime | None:
    """`shared.storage.db.parse_iso`, faster for the "…Z" text `iso` stores: Python 3.11
    reads the Z itself as UTC, so only other offsets (or naive text) need converting."""
    if text is None:
        return None
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is UTC else moment.astimezone(UTC)


def _call_key(ticket: Ticket) -> Key:
    """The ticket's place in the call order as `WaitingQueues` and `counted_ahead` compare it."""
    return (-int(ticket.priority), 0 if ticket.counter is not None else 1,
            str(iso(ticket.waiting_since)), ticket.id)


def _ticket(row: Any) -> Ticket:
    (id_, org, service, number, seq, day, issued_at, state, priority, counter, called_at,
     started_at, finished_at, queued_at, recalls, note, clerk, status_key, printed) = row
    return Ticket(
        id=id_, org=org, service=service, number=number, seq=seq, day=day,
        issued_at=_utc(issued_at), state=_STATES[state], priority=priority,  # type: ignore[arg-type]
        counter=counter, called_at=_utc(called_at), started_at=_utc(started_at),
        finished_at=_utc(finished_at), queued_at=_utc(queued_at), recalls=recalls,
        note=note, clerk=clerk, status_key=status_key, printed=bool(printed),
    )


class TicketRepository:
    """All SQL about tickets. Call only inside the store's writer thread."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        #: the waiting tickets in memory, once the store made it watch (`shared.storage.waiting`)
        self.waiting = WaitingQueues(db)

    def next_seq(self, org: str, service: str, day: str) -> int:
        """Reserve the next running number of a service's day (inside the caller's transaction)."""
        row = self.db.execute(
            "INSERT INTO ticket_numbers (org, service, day, last_seq) VALUES (?, ?, ?, 1) "
            "ON CONFLICT (org, service, day) DO UPDATE SET last_seq = last_seq + 1 "
            "RETURNING last_seq",
            [org, service, day],
        ).fetchone()
        return int(row[0])

    def insert(self, ticket: Ticket, issued_by: str | None = None) -> Ticket:
        """Store a new ticket; the answer is the ticket as stored (with its id)."""
        row = self.db.execute(
            _INSERT,
            [ticket.org, ticket.service, ticket.number, ticket.seq, ticket.day,
             iso(ticket.issued_at), str(ticket.state), int(ticket.priority), ticket.counter,
             iso(ticket.called_at), iso(ticket.started_at), iso(ticket.finished_at),
             iso(ticket.queued_at), ticket.recalls, ticket.note, ticket.clerk,
             ticket.status_key, int(ticket.printed), issued_by],
        ).fetchone()
        return _ticket(row)

    def insert_many(self, tickets: Iterable[Ticket]) -> None:
        """Store many tickets at once (imports and benchmark history); ids are assigned."""
        self.db.conn.executemany(
            "INSERT INTO tickets (org, service, number, seq, day, issued_at, state, priority, "
            "counter, called_at, started_at, finished_at, queued_at, recalls, note, clerk, "
            "status_key, printed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(t.org, t.service, t.number, t.seq, t.day, iso(t.issued_at), str(t.state),
              int(t.priority), t.counter, iso(t.called_at), iso(t.started_at),
              iso(t.finished_at), iso(t.queued_at), t.recalls, t.note, t.clerk, t.status_key,
              int(t.printed)) for t in tickets],
        )

    def update(self, ticket: Ticket) -> None:
        self.db.execute(
            "UPDATE tickets SET service=?, state=?, priority=?, counter=?, called_at=?, "
            "started_at=?, finished_at=?, queued_at=?, recalls=?, note=?, clerk=?, printed=? "
            "WHERE id=?",
            [ticket.service, str(ticket.state), int(ticket.priority), ticket.counter,
             iso(ticket.called_at), iso(ticket.started_at), iso(ticket.finished_at),
             iso(ticket.queued_at), ticket.recalls, ticket.note, ticket.clerk,
             int(ticket.printed), ticket.id],
        )

    def get(self, ticket_id: int) -> Ticket | None:
        row = self.db.execute(_SELECT + "WHERE id = ?", [ticket_id]).fetchone()
        return _ticket(row) if row else None

    def issued_by(self, ticket_id: int) -> str | None:
        row = self.db.execute("SELECT issued_by FROM tickets WHERE id = ?", [ticket_id]).fetchone()
        return row[0] if row else None

    def by_status_key(self, key: str) -> Ticket | None:
        row = self.db.execute(
            _SELECT + "WHERE status_key = ?", [key]
        ).fetchone()
        return _ticket(row) if row else None

    def in_states(
        self, org: str, states: Iterable[TicketState], day: str | None = None
    ) -> list[Ticket]:
        """Tickets of an org in the given states (of one day if given), oldest first."""
        states = [str(s) for s in states]
        marks = ",".join("?" * len(states))
        sql = _SELECT + "WHERE org = ? AND state IN (" + marks + ")"
        params: list[Any] = [org, *states]
        if day is not None:
            sql += " AND day = ?"
            params.append(day)
        return [_ticket(r) for r in self.db.execute(sql + " ORDER BY id", params).fetchall()]

    def queue_stats(self, org: str) -> dict[str, tuple[int, datetime | None]]:
        """Per service: how many wait and since when the longest-waiting one waits."""
        if self.waiting.watching:
            return figures(self.waiting.lines(org), _utc)
        return self.counted_queue_stats(org)

    def counted_queue_stats(self, org: str) -> dict[str, tuple[int, datetime | None]]:
        """`queue_stats` counted in SQL (without the store's `WaitingQueues`, and in tests)."""
        rows = self.db.execute(
            "SELECT service, COUNT(*), MIN(COALESCE(queued_at, issued_at)) FROM tickets "
            "WHERE org = ? AND state = 'waiting' GROUP BY service",
            [org],
        ).fetchall()
        return {service: (count, _utc(oldest)) for service, count, oldest in rows}

    def waiting_of(self, org: str, service: str) -> list[Ticket]:
        rows = self.db.execute(
            _SELECT + "WHERE org = ? AND state = 'waiting' AND service = ? ORDER BY id",
            [org, service],
        ).fetchall()
        return [_ticket(r) for r in rows]

    def pool_for_counter(self, org: str, counter: str, services: Iterable[str]) -> list[Ticket]:
        """What "next" at a counter may touch: its current tickets and the ones it may call.

        Of the waiting tickets only the first of each group in the call order of
        `shared.domain.queue` (priority, then longest waiting, then id) is loaded: the one
        reserved for this counter and, per service, the first unreserved one. The domain's
        `pick_next` chooses among them, so the answer is the same as over every waiting
        ticket (tests/storage/test_queue_sql.py checks that), at the cost of a few index
        look-ups however long the queue is.
        """
        services = list(dict.fromkeys(services))
        params: list[Any] = [org, counter, org, counter]
        for service in services:
            params += [org, service]
        rows = self.db.execute(pool_sql(len(services)), params).fetchall()
        return sorted((_ticket(r) for r in rows), key=lambda t: t.id)

    def count_ahead(self, ticket: Ticket) -> int:
        """`shared.domain.queue.position`: waiting tickets of the same service whose
        call-order key (priority, reserved first, waiting since, id) comes before the
        ticket's; for a reserved ticket, tickets reserved for another counter do not count.
        From the store's `WaitingQueues` (tests/storage/test_waiting_queues.py), else SQL."""
        if self.waiting.watching:
            line = self.waiting.lines(ticket.org).get(ticket.service)
            return ahead(line, _call_key(ticket), ticket.id, ticket.counter)
        return self.counted_ahead(ticket)

    def counted_ahead(self, ticket: Ticket) -> int:
        """`count_ahead` as one indexed COUNT (tests/storage/test_queue_sql.py checks it
        agrees with the domain)."""
        sql = ("SELECT COUNT(*) FROM tickets WHERE state = 'waiting' AND org = ? AND service = ? "
               "AND id != ? AND (-priority, CASE WHEN counter IS NULL THEN 1 ELSE 0 END, "
               "COALESCE(queued_at, issued_at), id) < (?, ?, ?, ?)")
        params: list[Any] = [ticket.org, ticket.service, ticket.id, *_call_key(ticket)]
        if ticket.counter is not None:
            sql += " AND (counter IS NULL OR counter = ?)"
            params.append(ticket.counter)
        return int(self.db.execute(sql, params).fetchone()[0])

    def unfinished_before(self, day: str) -> list[Ticket]:
        """Tickets of earlier days that never reached a final state (to expire)."""
        rows = self.db.execute(
            _SELECT + "WHERE day < ? AND state IN "
            "('waiting','called','serving','parked') ORDER BY id",
            [day],
        ).fetchall()
        return [_ticket(r) for r in rows]

    def recent_calls(self, org: str, day: str, limit: int = 20) -> list[Ticket]:
        rows = self.db.execute(
            _SELECT + "WHERE org = ? AND day = ? AND called_at IS NOT NULL "
            "ORDER BY called_at DESC, id DESC LIMIT ?",
            [org, day, limit],
        ).fetchall()
        return [_ticket(r) for r in rows]

    def service_times_min(self, org: str, service: str, since: datetime,
                          limit: int = 50) -> list[float]:
        """Measured service times (minutes) of the `limit` most recently finished tickets of a
        service, newest first, as measured: a zero-length one is kept here and dropped by
        the domain (`estimate.clean_times`), so a cache can add a new one in front and cut
        at `limit` and still hold exactly what this query returns (`OfficeView.add_time`)."""
        rows = self.db.execute(
            "SELECT COALESCE(started_at, called_at), finished_at FROM tickets "
            "WHERE org = ? AND service = ? AND state = 'done' AND finished_at >= ? "
            "AND COALESCE(started_at, called_at) IS NOT NULL ORDER BY finished_at DESC LIMIT ?",
            [org, service, iso(since), limit],
        ).fetchall()
        return [(_utc(end) - _utc(start)).total_seconds() / 60  # type: ignore[operator]
                for start, end in rows]

    def purge_before(self, day: str) -> int:
        """Delete ticket-level history older than `day` (privacy retention)."""
        cur = self.db.execute(
            "DELETE FROM tickets WHERE day < ? AND state IN ('done','no_show','voided','expired')",
            [day],
        )
        self.db.execute("DELETE FROM ticket_numbers WHERE day < ?", [day])
        return cur.rowcount
