"""The ticket state machine.

```
waiting ──call──> called ──start──> serving ──finish──> done
   ^  ^              │ └──finish──────────────────────> done
   │  │              ├──no_show / recall past limit──> no_show
   │  │              └──park──┐   serving ──park──┐
   │  └──call── parked <──────┴────────────────────┘
   └──transfer── waiting, called, serving, parked
any non-final ──void──> voided;  waiting, called, serving, parked ──expire──> expired
```

Every function takes the ticket and `now` (aware, UTC) and returns a new ticket; a move the
machine does not allow raises `DomainError("illegal_transition", ..., state=..., action=...)`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from shared.domain.errors import DomainError
from shared.domain.model import FINAL_STATES, Priority, Ticket, TicketState
from shared.domain.numbering import format_number, validate_letter

MAX_NOTE_CHARS = 200

_W, _C, _S, _P = TicketState.WAITING, TicketState.CALLED, TicketState.SERVING, TicketState.PARKED

#: Which states each action may start from (the hub and apps may use it to enable buttons).
ALLOWED_FROM: dict[str, frozenset[TicketState]] = {
    "call": frozenset({_W, _P}),
    "recall": frozenset({_C}),
    "start": frozenset({_C}),
    "finish": frozenset({_C, _S}),
    "no_show": frozenset({_C}),
    "park": frozenset({_C, _S}),
    "transfer": frozenset({_W, _C, _S, _P}),
    "void": frozenset(TicketState) - FINAL_STATES,
    "expire": frozenset({_W, _C, _S, _P}),
}


def allowed_actions(ticket: Ticket) -> frozenset[str]:
    """The actions the state machine allows for `ticket` now."""
    return frozenset(action for action, states in ALLOWED_FROM.items() if ticket.state in states)


def _utc(now: datetime) -> datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("domain time must be an aware datetime")
    return now.astimezone(UTC)


def _require(ticket: Ticket, action: str) -> None:
    if ticket.state not in ALLOWED_FROM[action]:
        allowed = ", ".join(sorted(ALLOWED_FROM[action]))
        raise DomainError(
            "illegal_transition",
            f"Cannot {action} ticket {ticket.number}: it is {ticket.state}, "
            f"{action} needs one of: {allowed}",
            state=str(ticket.state),
            action=action,
        )


def _check_note(text: str | None, field: str) -> None:
    if text is not None and len(text) > MAX_NOTE_CHARS:
        raise DomainError(
            "bad_request", f"{field} is longer than {MAX_NOTE_CHARS} characters", field=field
        )


def new_ticket(
    *,
    org: str,
    service: str,
    day: str | date,
    seq: int,
    now: datetime,
    priority: int = Priority.NORMAL,
    status_key: str,
    printed: bool = True,
) -> Ticket:
    """A freshly issued, waiting ticket (id 0 until storage gives it one).

    Raises:
        DomainError: "bad_letter", "bad_number", or "bad_priority" for an unknown class.
    """
    now = _utc(now)
    validate_letter(service)
    if isinstance(priority, bool) or priority not in set(Priority):
        raise DomainError("bad_priority", f"Unknown priority {priority!r}", priority=priority)
    return Ticket(
        id=0,
        org=org,
        service=service,
        number=format_number(service, seq),
        seq=seq,
        day=day.isoformat() if isinstance(day, date) else day,
        issued_at=now,
        queued_at=now,
        priority=int(priority),
        status_key=status_key,
        printed=printed,
    )


def call(ticket: Ticket, now: datetime, *, counter: str, clerk: str | None = None) -> Ticket:
    """Call a waiting or parked ticket to `counter`.

    A call is a fresh start: the recall count starts again at 0 and an earlier `started_at`
    (from before a park) is cleared, so the next service time is measured on its own.

    Raises:
        DomainError: "illegal_transition"; "reserved_for_other_counter" when a transfer
            reserved the ticket for another counter.
    """
    now = _utc(now)
    _require(ticket, "call")
    if ticket.counter is not None and ticket.counter != counter:
        raise DomainError(
            "reserved_for_other_counter",
            f"Ticket {ticket.number} is reserved for counter {ticket.counter}",
            counter=ticket.counter,
            state=str(ticket.state),
            action="call",
        )
    return replace(
        ticket,
        state=TicketState.CALLED,
        counter=counter,
        clerk=clerk,
        called_at=now,
        started_at=None,
        recalls=0,
    )


def recall(ticket: Ticket, now: datetime, *, max_recalls: int) -> Ticket:
    """Announce a called ticket again; past `max_recalls` it becomes a no-show instead.

    `called_at` keeps the first call of this round so that waiting times stay honest; the
    hub's `ticket_recalled` event is what makes the display announce it again.
    """
    now = _utc(now)
    _require(ticket, "recall")
    if max_recalls < 0:
        raise ValueError("max_recalls must not be negative")
    if ticket.recalls + 1 > max_recalls:
        return replace(ticket, state=TicketState.NO_SHOW, finished_at=now)
    return replace(ticket, recalls=ticket.recalls + 1)


def start(ticket: Ticket, now: datetime) -> Ticket:
    """The visitor arrived at the counter: called -> serving."""
    now = _utc(now)
    _require(ticket, "start")
    return replace(ticket, state=TicketState.SERVING, started_at=now)


def finish(ticket: Ticket, now: datetime) -> Ticket:
    """Service is over: called or serving -> done.

    A clerk who works with the "next" key alone never presses start; then the service is
    taken to have begun at the call, so service times are still measured.
    """
    now = _utc(now)
    _require(ticket, "finish")
    return replace(
        ticket,
        state=TicketState.DONE,
        started_at=ticket.started_at or ticket.called_at,
        finished_at=now,
    )


def no_show(ticket: Ticket, now: datetime) -> Ticket:
    """The called visitor did not come: called -> no_show."""
    now = _utc(now)
    _require(ticket, "no_show")
    return replace(ticket, state=TicketState.NO_SHOW, finished_at=now)


def park(ticket: Ticket, now: datetime) -> Ticket:
    """Set a called or serving ticket aside; it frees the counter until it is called back."""
    _utc(now)
    _require(ticket, "park")
    return replace(ticket, state=TicketState.PARKED, counter=None, clerk=None)


def transfer(
    ticket: Ticket,
    now: datetime,
    *,
    service: str | None = None,
    counter: str | None = None,
    note: str | None = None,
) -> Ticket:
    """Send a ticket back to waiting under another service and/or reserved for a counter.

    The number, `issued_at` and priority stay; `queued_at` becomes `now`, so among its
    priority class it queues behind those already waiting for the new service (a reservation
    for a counter puts it first at that counter, see `queue.pick_next`). Without `counter`
    any reservation is dropped. `note` replaces the previous note.

    Raises:
        DomainError: "illegal_transition"; "bad_request" when neither service nor counter is
            given or the note is too long; "bad_letter".
    """
    now = _utc(now)
    _require(ticket, "transfer")
    if service is None and counter is None:
        raise DomainError("bad_request", "A transfer needs a service, a counter, or both")
    if service is not None:
        validate_letter(service)
    _check_note(note, "note")
    return replace(
        ticket,
        state=TicketState.WAITING,
        service=service if service is not None else ticket.service,
        counter=counter,
        clerk=None,
        queued_at=now,
        called_at=None,
        started_at=None,
        recalls=0,
        note=note,
    )


def void(ticket: Ticket, now: datetime, *, reason: str | None = None) -> Ticket:
    """Cancel a ticket that is not final yet (e.g. the kiosk could not print it).

    The ticket has no field of its own for the reason; a given reason replaces the note,
    which only clerks see.
    """
    now = _utc(now)
    _require(ticket, "void")
    _check_note(reason, "reason")
    return replace(
        ticket,
        state=TicketState.VOIDED,
        finished_at=now,
        note=reason if reason is not None else ticket.note,
    )


def expire(ticket: Ticket, now: datetime) -> Ticket:
    """End a ticket still open at the end of the day."""
    now = _utc(now)
    _require(ticket, "expire")
    return replace(ticket, state=TicketState.EXPIRED, finished_at=now)
