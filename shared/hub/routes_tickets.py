"""Tickets: issue, read, act on; the visitor status JSON."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path

from shared.domain import hours, lifecycle
from shared.domain.clock import local_day
from shared.domain.model import Ticket, TicketState
from shared.hub import refusals
from shared.hub.auth import Caller, require
from shared.hub.deps import CallerDep, HubDep, respond
from shared.hub.errors import ERRORS, ApiError
from shared.hub.hub import Answer, Tx
from shared.hub.schemas import ActionIn, IssuedOut, IssueIn, TicketOut, VisitorStatusOut
from shared.hub.views import estimate_json, for_role, ticket_json, z

router = APIRouter(prefix="/api", responses=ERRORS)

#: A kiosk may void a ticket it issued this long after issuing it (failed print).
KIOSK_VOID_WINDOW = timedelta(minutes=5)
TicketId = Annotated[int, Path(ge=1, le=2**62)]
Action = Literal["call", "recall", "start", "done", "no-show", "park", "transfer", "void"]


def _unknown_ticket(ticket_id: int) -> ApiError:
    return ApiError("unknown_ticket", f"No ticket {ticket_id}")


def _load(tx: Tx, caller: Caller, ticket_id: int) -> Ticket:
    ticket = tx.repos.tickets.get(ticket_id)
    if ticket is None or ticket.org != caller.org:
        raise _unknown_ticket(ticket_id)
    return ticket


def _check_service(tx: Tx, org: str, letter: str) -> None:
    if not any(s.letter == letter and s.active for s in tx.repos.office.services(org)):
        raise ApiError("unknown_service", f"No active service {letter}", service=letter)


def issue_command(caller: Caller, body: IssueIn) -> Callable[[Tx], Answer]:
    """The body of "issue a ticket" for `caller` (shared by the route and `fastpath`)."""
    require(caller, "kiosk", "clerk", "supervisor")

    def run(tx: Tx) -> Answer:
        _check_service(tx, caller.org, body.service)
        view = tx.view(caller.org)
        status = view.open_status(body.service)
        if not status.open:
            raise ApiError("closed", f"No open hours for service {body.service} now",
                           next_opening=z(status.next_opening), reason=status.reason,
                           holiday=status.holiday)
        if not view.capacity_ok(body.service, status.until):
            after = hours.next_opening(view.plan, body.service, status.until or tx.now)
            raise ApiError("capacity", f"Service {body.service} cannot take more visitors today",
                           next_opening=z(after), reason=None)
        day = local_day(tx.now)
        ticket = lifecycle.new_ticket(
            org=caller.org, service=body.service, day=day,
            seq=tx.repos.tickets.next_seq(caller.org, body.service, day), now=tx.now,
            priority=body.priority, status_key=secrets.token_urlsafe(16), printed=body.printed,
        )
        ticket = tx.repos.tickets.insert(ticket, issued_by=caller.principal)
        tx.ticket_event("ticket_issued", ticket)
        after = tx.view(caller.org)
        data = for_role(ticket_json(ticket), caller.role, own=True)
        position = after.position(ticket)
        data["position"] = position
        data["estimate"] = estimate_json(after.estimate_at(ticket.service, position))
        return Answer(201, data)

    return run


@router.post("/tickets", status_code=201, response_model=IssuedOut)
async def issue(body: IssueIn, hub: HubDep, caller: CallerDep) -> Any:
    """Issue a ticket (kiosk or staff). 409 `closed` / `capacity` with `next_opening`."""
    try:
        return await respond(hub, caller, body.request_id, issue_command(caller, body))
    except ApiError as exc:  # count visitors turned away (own transaction; answer unchanged)
        await refusals.record(hub, caller, body.service, exc.code, body.request_id)
        raise


@router.get("/tickets/{ticket_id}", response_model=TicketOut)
async def get_ticket(ticket_id: TicketId, hub: HubDep, caller: CallerDep) -> Any:
    def read(repos: Any, _now: Any) -> dict[str, Any]:
        ticket = repos.tickets.get(ticket_id)
        if ticket is None or ticket.org != caller.org:
            raise _unknown_ticket(ticket_id)
        own = repos.tickets.issued_by(ticket_id) == caller.principal
        return for_role(ticket_json(ticket), caller.role, own=own)

    return await hub.read(read)


_EVENTS = {
    "call": "ticket_called", "recall": "ticket_recalled", "start": "ticket_started",
    "done": "ticket_done", "no-show": "ticket_no_show", "park": "ticket_parked",
    "transfer": "ticket_transferred", "void": "ticket_voided",
}


def _permit(tx: Tx, caller: Caller, ticket: Ticket, action: str) -> None:
    """Kiosk: void its own fresh ticket only. Clerk: tickets at its counter or unassigned."""
    if caller.role == "kiosk":
        own = tx.repos.tickets.issued_by(ticket.id) == caller.principal
        if action != "void" or not own or tx.now - ticket.issued_at > KIOSK_VOID_WINDOW:
            raise ApiError("forbidden", "A kiosk may only void a ticket it just issued")
        return
    require(caller, "clerk", "supervisor")
    if caller.role == "supervisor" or action == "call":
        return
    at_other = ticket.state in (TicketState.CALLED, TicketState.SERVING) and (
        ticket.counter != caller.counter)
    if at_other:
        raise ApiError("forbidden", f"Ticket {ticket.number} is at another counter",
                       counter=ticket.counter)


def _apply(tx: Tx, caller: Caller, ticket: Ticket, action: str, body: ActionIn) -> Ticket:
    now = tx.now
    if action == "call":
        counter = tx.repos.office.counter(caller.org, caller.counter or "")
        if counter is None:
            raise ApiError("unknown_counter", "The session has no counter")
        if str(counter.state) != "open":
            raise ApiError("counter_not_open", f"Counter {counter.id} is {counter.state}")
        return lifecycle.call(ticket, now, counter=counter.id, clerk=caller.name)
    if action == "recall":
        return lifecycle.recall(ticket, now, max_recalls=tx.settings.max_recalls)
    if action == "transfer":
        if body.service is not None:
            _check_service(tx, caller.org, body.service)
        if body.counter is not None and tx.repos.office.counter(caller.org, body.counter) is None:
            raise ApiError("unknown_counter", f"No counter {body.counter}", counter=body.counter)
        return lifecycle.transfer(ticket, now, service=body.service, counter=body.counter,
                                  note=body.note)
    if action == "void":
        return lifecycle.void(ticket, now, reason=body.reason)
    rule = {"start": lifecycle.start, "done": lifecycle.finish, "no-show": lifecycle.no_show,
            "park": lifecycle.park}[action]
    return rule(ticket, now)


def act_command(caller: Caller, ticket_id: int, action: str,
                body: ActionIn) -> Callable[[Tx], Answer]:
    """The body of a ticket action for `caller` (shared by the route and `fastpath`)."""
    require(caller, "kiosk", "clerk", "supervisor")
    extra = {k for k in ("service", "counter", "note") if getattr(body, k) is not None}
    if (extra and action != "transfer") or (body.reason is not None and action != "void"):
        raise ApiError("bad_request", f"Field(s) not allowed for {action}", status=422)

    def run(tx: Tx) -> Answer:
        ticket = _load(tx, caller, ticket_id)
        _permit(tx, caller, ticket, action)
        after = _apply(tx, caller, ticket, action, body)
        tx.repos.tickets.update(after)
        event = _EVENTS[action]
        if action == "recall" and after.state is TicketState.NO_SHOW:
            event = "ticket_no_show"
        tx.ticket_event(event, after)
        own = caller.role == "kiosk"
        return Answer(200, for_role(ticket_json(after), caller.role, own=own))

    return run


@router.post("/tickets/{ticket_id}/{action}", response_model=TicketOut)
async def act(ticket_id: TicketId, action: Action, hub: HubDep, caller: CallerDep,
              body: ActionIn | None = None) -> Any:
    """Apply `action` to a ticket; the answer is the ticket after it."""
    body = body or ActionIn()
    return await respond(hub, caller, body.request_id,
                         act_command(caller, ticket_id, action, body))


@router.get("/status/{status_key}", response_model=VisitorStatusOut)
async def visitor_status(
    status_key: Annotated[str, Path(min_length=1, max_length=64)], hub: HubDep
) -> Any:
    """What a visitor's phone shows: no auth, the key itself is the secret."""

    def read(repos: Any, now: Any) -> dict[str, Any]:
        ticket = repos.tickets.by_status_key(status_key)
        if ticket is None:
            raise ApiError("unknown_ticket", "No ticket with this key")
        position = estimate = None
        if ticket.state is TicketState.WAITING:
            view = hub.view(repos, ticket.org, now)
            position = view.position(ticket)
            estimate = estimate_json(view.estimate_at(ticket.service, position))
        return {"number": ticket.number, "service": ticket.service, "state": str(ticket.state),
                "position": position, "estimate": estimate, "counter": ticket.counter,
                "called_at": z(ticket.called_at)}

    return await hub.read(read)
