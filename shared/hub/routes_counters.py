"""Counters: the one-key "next" and opening, pausing or closing a counter."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Path

from shared.domain import queue
from shared.domain.model import Counter, CounterState
from shared.hub.auth import Caller, require
from shared.hub.deps import CallerDep, HubDep, respond
from shared.hub.errors import ERRORS, ApiError
from shared.hub.hub import Answer, Tx
from shared.hub.schemas import CommandIn, CounterOut, CounterStateIn, TicketOut
from shared.hub.steer import OrgQuery, audit, supervisor, target_org
from shared.hub.views import counter_json, ticket_json

router = APIRouter(prefix="/api/counters", responses=ERRORS)
CounterPath = Annotated[str, Path(min_length=1, max_length=32)]


def own_counter(tx: Tx, caller: Caller, counter_id: str, org: str | None = None) -> Counter:
    """The counter, if the caller may work it: its own counter, or any for a supervisor.

    `org` (default: the session's) is only ever another organisation for a supervisor
    who was checked by `steer.target_org`.
    """
    require(caller, "clerk", "supervisor")
    counter = tx.repos.office.counter(org or caller.org, counter_id)
    if counter is None:
        raise ApiError("unknown_counter", f"No counter {counter_id}", counter=counter_id)
    if caller.role != "supervisor" and caller.counter != counter_id:
        raise ApiError("forbidden", f"Logged in at counter {caller.counter}, not {counter_id}")
    return counter


def next_command(caller: Caller, counter_id: str) -> Callable[[Tx], Answer]:
    """The body of "next" at a counter for `caller` (shared by the route and `fastpath`)."""
    require(caller, "clerk", "supervisor")

    def run(tx: Tx) -> Answer:
        counter = own_counter(tx, caller, counter_id)
        if counter.state is not CounterState.OPEN:
            raise ApiError("counter_not_open", f"Counter {counter_id} is {counter.state}",
                           state=str(counter.state))
        pool = tx.repos.tickets.pool_for_counter(caller.org, counter.id, counter.services)
        result = queue.call_next(counter, pool, tx.now, clerk=caller.name)
        if result.finished is not None:
            tx.repos.tickets.update(result.finished)
            tx.ticket_event("ticket_done", result.finished)
        if result.called is None:
            # The finish is kept: the last visitor of the day is closed by the same key.
            return Answer(409, {"code": "queue_empty",
                                "message": f"Nobody waits for counter {counter_id}"})
        tx.repos.tickets.update(result.called)
        tx.ticket_event("ticket_called", result.called)
        return Answer(200, ticket_json(result.called))

    return run


@router.post("/{counter_id}/next", response_model=TicketOut)
async def call_next(counter_id: CounterPath, hub: HubDep, caller: CallerDep,
                    body: CommandIn | None = None) -> Any:
    """Finish the counter's current ticket, then call the next one (409 `queue_empty`)."""
    body = body or CommandIn()
    return await respond(hub, caller, body.request_id, next_command(caller, counter_id))


@router.post("/{counter_id}/state", response_model=CounterOut)
async def set_state(counter_id: CounterPath, body: CounterStateIn, hub: HubDep,
                    caller: CallerDep, org: OrgQuery = None) -> Any:
    """Open, pause or close a counter (its clerk stays logged in).

    A clerk sets their own counter; a supervisor any counter of an organisation they are
    responsible for (`?org=`), audited unless it is the supervisor's own counter.
    """
    require(caller, "clerk", "supervisor")
    if org is not None:
        supervisor(caller)

    def run(tx: Tx) -> Answer:
        where = caller.org if org is None else target_org(tx.repos, caller, org)
        counter = own_counter(tx, caller, counter_id, where)
        tx.repos.office.set_counter(where, counter_id, CounterState(body.state),
                                    counter.clerk)
        changed = tx.repos.office.counter(where, counter_id)
        assert changed is not None
        data = counter_json(changed)
        if (where, counter_id) != (caller.org, caller.counter):
            audit(tx, where, caller, "counter_state_changed", counter=counter_id,
                  before=str(counter.state), after=data["state"])
        tx.emit(where, "counter_changed", counter=data, queues=tx.view(where).queues())
        return Answer(200, data)

    return await respond(hub, caller, body.request_id, run)
