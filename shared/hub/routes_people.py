"""Supervisor steering of people and devices: clerks (PINs, roles, organisations) and the
kiosk/display tokens. Ending access also closes the WebSockets it opened."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Path, Response

from shared.domain.model import CounterState
from shared.hub.auth import Caller, hash_pin, new_token
from shared.hub.deps import CallerDep, HubDep, respond
from shared.hub.errors import ERRORS, ApiError
from shared.hub.hub import Answer, Hub, Tx
from shared.hub.schemas_admin import (
    ClerkEditIn,
    ClerkFullOut,
    ClerkIn,
    DeviceCreatedOut,
    DeviceIn,
    DeviceOut,
)
from shared.hub.steer import OrgQuery, admin, audit, config_changed, supervisor, target_org
from shared.hub.views import counter_json
from shared.storage.admin import AdminRepository

router = APIRouter(prefix="/api", responses=ERRORS)
NamePath = Annotated[str, Path(min_length=1, max_length=100)]
DeviceId = Annotated[int, Path(ge=1, le=2**62)]


def _cut_off(hub: Hub, principal: str) -> None:
    """Close the WebSockets of a principal whose access just ended (after the commit)."""
    hub.broadcaster.drop(principal)


# clerks -------------------------------------------------------------------------------------
@router.get("/clerks", response_model=list[ClerkFullOut])
async def list_clerks(hub: HubDep, caller: CallerDep, org: OrgQuery = None) -> Any:
    supervisor(caller)
    return await hub.read(
        lambda repos, _now: AdminRepository(repos.db).clerks(target_org(repos, caller, org)))


def _check_orgs(tx: Tx, caller: Caller, orgs: list[str]) -> None:
    """A supervisor hands out only organisations they are responsible for themselves."""
    for other in orgs:
        target_org(tx.repos, caller, other)


@router.post("/clerks", status_code=201, response_model=ClerkFullOut)
async def add_clerk(body: ClerkIn, hub: HubDep, caller: CallerDep, org: OrgQuery = None) -> Any:
    supervisor(caller)
    # argon2 takes tens of milliseconds: hash off the loop and off the writer thread.
    pin_hash = await asyncio.to_thread(hash_pin, body.pin)

    def run(tx: Tx) -> Answer:
        where = target_org(tx.repos, caller, org)
        if tx.repos.auth.clerk(body.name) is not None:
            raise ApiError("conflict", f"Clerk {body.name} exists", reason="exists")
        _check_orgs(tx, caller, body.orgs or [])
        admin(tx).add_clerk(body.name, where, body.role, pin_hash)
        admin(tx).set_clerk_orgs(body.name, [o for o in body.orgs or [] if o != where])
        data = admin(tx).clerk(body.name)
        audit(tx, where, caller, "clerk_created", clerk=data)
        config_changed(tx, where, "clerks")
        return Answer(201, data)

    return await respond(hub, caller, body.request_id, run)


def _end_sessions(tx: Tx, name: str) -> None:
    for org, counter_id in admin(tx).end_clerk_sessions(name, tx.now):
        if counter_id is None:  # a supervisor's session without a counter
            continue
        counter = tx.repos.office.counter(org, counter_id)
        if counter is not None and counter.clerk == name:
            tx.repos.office.set_counter(org, counter_id, CounterState.CLOSED, None)
            closed = tx.repos.office.counter(org, counter_id)
            assert closed is not None
            tx.emit(org, "counter_changed", counter=counter_json(closed),
                    queues=tx.view(org).queues())


@router.put("/clerks/{name}", response_model=ClerkFullOut)
async def edit_clerk(name: NamePath, body: ClerkEditIn, hub: HubDep, caller: CallerDep,
                     org: OrgQuery = None) -> Any:
    """New PIN, role, organisations or (de)activation; deactivating ends the sessions."""
    supervisor(caller)
    pin_hash = await asyncio.to_thread(hash_pin, body.pin) if body.pin is not None else None
    if name == caller.name and (body.active is not None or body.role is not None):
        raise ApiError("conflict", "A supervisor cannot change their own role or access",
                       reason="self")

    def run(tx: Tx) -> Answer:
        where = target_org(tx.repos, caller, org)
        before = admin(tx).clerk(name)
        if before is None or where not in before["orgs"]:
            raise ApiError("not_found", f"No clerk {name}")
        if body.orgs is not None:
            _check_orgs(tx, caller, body.orgs)
            admin(tx).set_clerk_orgs(name, [o for o in body.orgs if o != before["org"]])
        admin(tx).update_clerk(name, role=body.role, active=body.active, pin_hash=pin_hash)
        if body.active is False or body.role is not None or body.pin is not None:
            _end_sessions(tx, name)  # a changed role or PIN takes effect at the next login
        data = admin(tx).clerk(name)
        changes = body.model_dump(exclude_none=True, exclude={"pin", "request_id"})
        audit(tx, where, caller, "clerk_changed", name=name, pin_changed=body.pin is not None,
              **changes)
        config_changed(tx, where, "clerks")
        return Answer(200, data)

    answer = await hub.command(caller, body.request_id, run)
    if body.active is False or body.role is not None or body.pin is not None:
        _cut_off(hub, f"clerk:{name}")
    return answer.body


# devices ------------------------------------------------------------------------------------
@router.get("/devices", response_model=list[DeviceOut])
async def list_devices(hub: HubDep, caller: CallerDep, org: OrgQuery = None) -> Any:
    supervisor(caller)
    return await hub.read(
        lambda repos, _now: AdminRepository(repos.db).devices(target_org(repos, caller, org)))


@router.post("/devices", status_code=201, response_model=DeviceCreatedOut)
async def add_device(body: DeviceIn, hub: HubDep, caller: CallerDep,
                     org: OrgQuery = None) -> Any:
    """A kiosk or display token; the secret is in this answer only (stored as a hash)."""
    supervisor(caller)
    token = new_token()

    def run(tx: Tx) -> Answer:
        where = target_org(tx.repos, caller, org)
        device_id = tx.repos.auth.add_device(token, body.role, body.name, where, tx.now)
        data = admin(tx).device(where, device_id)
        assert data is not None
        audit(tx, where, caller, "device_created", device=data)
        config_changed(tx, where, "devices")
        return Answer(201, {**data, "token": token})

    return await respond(hub, caller, body.request_id, run)


@router.delete("/devices/{device_id}", status_code=204, response_class=Response)
async def revoke_device(device_id: DeviceId, hub: HubDep, caller: CallerDep,
                        org: OrgQuery = None) -> Response:
    """Revoke a device token: its next request gets 401, its WebSocket is closed."""
    supervisor(caller)

    def run(tx: Tx) -> Answer:
        where = target_org(tx.repos, caller, org)
        device = admin(tx).device(where, device_id)
        if device is None:
            raise ApiError("not_found", f"No device {device_id}")
        if admin(tx).revoke_device(where, device_id, tx.now):
            audit(tx, where, caller, "device_revoked", device=device)
            config_changed(tx, where, "devices")
        return Answer(204)

    await hub.command(caller, None, run)
    _cut_off(hub, f"device:{device_id}")
    return Response(status_code=204)
