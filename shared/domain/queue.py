"""Who is called next, and how many people are ahead of a ticket.

Order at a counter: highest priority first; within a priority class, tickets transferred to
this very counter first; then the longest waiting (`waiting_since`); then the lower id, so the
order is total and two hubs (or two test runs) always agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from shared.domain.lifecycle import call, finish
from shared.domain.model import AT_COUNTER_STATES, Counter, Ticket, TicketState


def _eligible(counter: Counter, ticket: Ticket) -> bool:
    if ticket.state is not TicketState.WAITING or ticket.org != counter.org:
        return False
    if ticket.counter is not None:
        # A reservation wins over the service list: a clerk may send a visitor to a colleague
        # who does not normally serve that service.
        return ticket.counter == counter.id
    return ticket.service in counter.services


def _key(ticket: Ticket, reserved_first: bool) -> tuple[int, int, datetime, int]:
    return (-ticket.priority, 0 if reserved_first else 1, ticket.waiting_since, ticket.id)


def pick_next(counter: Counter, tickets: Iterable[Ticket]) -> Ticket | None:
    """The ticket `counter` calls next, or None when nobody waits for it.

    Only waiting tickets of the counter's organisation qualify: those reserved for this
    counter (whatever their service) and unreserved ones of a service it serves. Tickets
    reserved for another counter are never taken.
    """
    candidates = [t for t in tickets if _eligible(counter, t)]
    if not candidates:
        return None
    return min(candidates, key=lambda t: _key(t, t.counter == counter.id))


def position(ticket: Ticket, tickets: Iterable[Ticket]) -> int:
    """How many waiting tickets of the same service will be called before `ticket` (0 = next).

    Reserved tickets count as ahead of unreserved ones of their priority class (they go first
    at their counter, which then is busy); two tickets reserved for different counters do not
    hold each other up. Which counters serve the service is not known here, so this is the
    service queue's view, not a promise.

    Raises:
        ValueError: when `ticket` is not waiting (it has no place in a queue).
    """
    if ticket.state is not TicketState.WAITING:
        raise ValueError(f"ticket {ticket.number} is {ticket.state}, not waiting")
    mine = _key(ticket, ticket.counter is not None)
    ahead = 0
    for other in tickets:
        if (
            other.state is not TicketState.WAITING
            or other.org != ticket.org
            or other.service != ticket.service
            or other == ticket
            or (ticket.id != 0 and other.id == ticket.id)
        ):
            continue
        if ticket.counter is not None and other.counter not in (None, ticket.counter):
            continue
        if _key(other, other.counter is not None) < mine:
            ahead += 1
    return ahead


def current_of(counter_id: str, tickets: Iterable[Ticket]) -> Ticket | None:
    """The ticket now called to or served at the counter (the latest call if, by a bug, more)."""
    at_counter = [
        t for t in tickets if t.state in AT_COUNTER_STATES and t.counter == counter_id
    ]
    if not at_counter:
        return None
    return max(at_counter, key=lambda t: (t.called_at or t.waiting_since, t.id))


@dataclass(frozen=True, slots=True)
class NextResult:
    """What "next" at a counter did.

    Attributes:
        finished: the counter's previous ticket, now done (None if it had none).
        called: the ticket now called (None if nobody waits; the hub answers `queue_empty`).
    """

    finished: Ticket | None
    called: Ticket | None


def call_next(
    counter: Counter, tickets: Iterable[Ticket], now: datetime, *, clerk: str | None = None
) -> NextResult:
    """The one-key "next": finish the counter's current ticket, then call the next waiting one.

    The current ticket is finished even when nobody waits, so a clerk's last visitor of the
    day is closed by the same key. Whether to keep that change when the queue is empty is the
    caller's decision (`result.called is None`).
    """
    pool = list(tickets)
    current = current_of(counter.id, pool)
    finished = finish(current, now) if current is not None else None
    chosen = pick_next(counter, pool)
    called = call(chosen, now, counter=counter.id, clerk=clerk) if chosen is not None else None
    return NextResult(finished=finished, called=called)
