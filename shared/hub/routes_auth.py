"""Clerk login and logout; a session binds a clerk to one counter (a supervisor's may be
bound to none: steering and reports only)."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Request, Response

from shared.domain.model import CounterState
from shared.hub.auth import check_pin, new_token
from shared.hub.deps import CallerDep, HubDep, respond
from shared.hub.errors import ERRORS, ApiError
from shared.hub.hub import Answer, Tx
from shared.hub.schemas import LoginIn, LoginOut
from shared.hub.views import counter_json

router = APIRouter(prefix="/api", responses=ERRORS)


def _close_counter(tx: Tx, org: str, counter_id: str) -> None:
    tx.repos.auth.end_sessions_at(org, counter_id, tx.now)
    tx.repos.office.set_counter(org, counter_id, CounterState.CLOSED, None)
    counter = tx.repos.office.counter(org, counter_id)
    if counter is not None:
        tx.emit(org, "counter_changed", counter=counter_json(counter),
                queues=tx.view(org).queues())


@router.post("/login", response_model=LoginOut)
async def login(body: LoginIn, request: Request, hub: HubDep) -> Any:
    """Check the PIN (throttled per name and address), then open a session at the counter.

    Without a counter, only a supervisor may log in (409 `counter_required` for clerks);
    such a session opens and closes no counter.
    """
    address = request.client.host if request.client else "unknown"
    keys = (f"name:{body.name}", f"addr:{address}")
    throttle = request.app.state.throttle
    throttle.check(*keys)
    clerk = await hub.store.read(lambda repos: repos.auth.clerk(body.name))
    # argon2 takes tens of milliseconds: verify off the loop and off the writer thread.
    ok = await asyncio.to_thread(check_pin, clerk["pin_hash"] if clerk else None, body.pin)
    if not ok or clerk is None or not clerk["active"]:
        throttle.failed(*keys)
        raise ApiError("login_failed", "Unknown name or wrong PIN")
    throttle.succeeded(*keys)
    token = new_token()

    def run(tx: Tx) -> Answer:
        org = clerk["org"]
        if body.counter is None:
            return _login_without_counter(tx, clerk, token)
        counter = tx.repos.office.counter(org, body.counter)
        if counter is None:
            raise ApiError("unknown_counter", f"No counter {body.counter}", counter=body.counter)
        holder = tx.repos.auth.session_at(org, body.counter)
        if holder is not None and holder["clerk"] != clerk["name"] and not body.takeover:
            raise ApiError("counter_taken", f"Counter {body.counter} is taken",
                           clerk=holder["clerk"])
        # One clerk, one counter: a login elsewhere closes the clerk's other counter.
        for other in tx.repos.office.counters(org):
            if other.clerk == clerk["name"] and other.id != body.counter:
                _close_counter(tx, org, other.id)
        tx.repos.auth.end_sessions_at(org, body.counter, tx.now)
        tx.repos.auth.add_session(token, clerk["name"], clerk["role"], org, body.counter, tx.now)
        tx.repos.office.set_counter(org, body.counter, CounterState.OPEN, clerk["name"])
        opened = tx.repos.office.counter(org, body.counter)
        assert opened is not None
        data = counter_json(opened)
        tx.emit(org, "counter_changed", counter=data, queues=tx.view(org).queues())
        return Answer(200, {"token": token, "clerk": {"name": clerk["name"],
                                                      "role": clerk["role"]}, "counter": data})

    return await respond(hub, None, None, run)


def _login_without_counter(tx: Tx, clerk: dict[str, Any], token: str) -> Answer:
    if clerk["role"] != "supervisor":
        raise ApiError("counter_required", "Please log in at a counter",
                       role=clerk["role"])
    tx.repos.auth.add_session(token, clerk["name"], clerk["role"], clerk["org"], None, tx.now)
    return Answer(200, {"token": token, "counter": None,
                        "clerk": {"name": clerk["name"], "role": clerk["role"]}})


@router.post("/logout", status_code=204, response_class=Response)
async def logout(hub: HubDep, caller: CallerDep) -> Response:
    """End the session and close its counter. Device tokens: nothing to do."""

    def run(tx: Tx) -> Answer:
        if not caller.principal.startswith("clerk:"):
            return Answer(204)  # a device token: nothing to end
        holder = (tx.repos.auth.session_at(caller.org, caller.counter)
                  if caller.counter is not None else None)
        tx.repos.auth.end_session(caller.token_hash, tx.now)
        if caller.counter is not None and holder is not None \
                and holder["hash"] == caller.token_hash:
            _close_counter(tx, caller.org, caller.counter)
        return Answer(204)

    return await respond(hub, caller, None, run)
