"""Supervisor steering of the office's set-up: organisations, counters, services, extra
sessions, the ticker list and the audit log. See docs/api.md, "Supervisor API"."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response

from shared.domain.model import Counter, Organisation, Service
from shared.hub.deps import CallerDep, HubDep, respond
from shared.hub.errors import ERRORS, ApiError
from shared.hub.hub import Answer, Tx
from shared.hub.schemas import CounterOut, ServiceOut, TickerOut
from shared.hub.schemas_admin import (
    AuditOut,
    CounterEditIn,
    CounterIn,
    OrgFullOut,
    OrgIn,
    ServiceEditIn,
    ServiceIn,
)
from shared.hub.steer import (
    OrgQuery,
    admin,
    audit,
    config_changed,
    responsible,
    supervisor,
    target_org,
)
from shared.hub.views import counter_json
from shared.storage.admin import AdminRepository
from shared.storage.audit import AuditRepository

router = APIRouter(prefix="/api", responses=ERRORS)
CounterPath = Annotated[str, Path(min_length=1, max_length=32)]
LetterPath = Annotated[str, Path(pattern=r"^[A-Z]$")]
ItemId = Annotated[int, Path(ge=1, le=2**62)]


# organisations ------------------------------------------------------------------------------
@router.get("/orgs", response_model=list[OrgFullOut])
async def list_orgs(hub: HubDep, caller: CallerDep) -> Any:
    supervisor(caller)
    return await hub.read(
        lambda repos, _now: AdminRepository(repos.db).orgs(responsible(repos, caller)))


@router.post("/orgs", status_code=201, response_model=OrgFullOut)
async def add_org(body: OrgIn, hub: HubDep, caller: CallerDep) -> Any:
    """A partner town's office on the same hub: no services, counters or hours yet."""
    supervisor(caller)

    def run(tx: Tx) -> Answer:
        if tx.repos.office.org(body.id) is not None:
            raise ApiError("conflict", f"Organisation {body.id} exists", reason="exists")
        admin(tx).add_org(Organisation(body.id, body.name, body.state))
        admin(tx).add_clerk_org(caller.name, body.id)
        data = {"id": body.id, "name": body.name, "state": body.state}
        audit(tx, body.id, caller, "org_created", **data)
        audit(tx, caller.org, caller, "org_created", **data)
        config_changed(tx, caller.org, "orgs")
        return Answer(201, data)

    return await respond(hub, caller, body.request_id, run)


# counters -----------------------------------------------------------------------------------
def _check_services(tx: Tx, org: str, letters: list[str]) -> None:
    known = {s.letter for s in tx.repos.office.services(org)}
    unknown = [letter for letter in letters if letter not in known]
    if unknown:
        raise ApiError("unknown_service", f"No service {unknown[0]}", service=unknown[0])
    if len(set(letters)) != len(letters):
        raise ApiError("bad_request", "A service is listed twice", status=422)


def _counter(tx: Tx, org: str, counter_id: str) -> Counter:
    counter = tx.repos.office.counter(org, counter_id)
    if counter is None:
        raise ApiError("unknown_counter", f"No counter {counter_id}", counter=counter_id)
    return counter


@router.post("/counters", status_code=201, response_model=CounterOut)
async def add_counter(body: CounterIn, hub: HubDep, caller: CallerDep,
                      org: OrgQuery = None) -> Any:
    supervisor(caller)

    def run(tx: Tx) -> Answer:
        where = target_org(tx.repos, caller, org)
        if tx.repos.office.counter(where, body.id) is not None:
            raise ApiError("conflict", f"Counter {body.id} exists", reason="exists")
        _check_services(tx, where, body.services)
        counter = Counter(where, body.id, body.name, tuple(body.services))
        tx.repos.office.add_counter(counter, admin(tx).next_counter_pos(where))
        data = counter_json(_counter(tx, where, body.id))
        audit(tx, where, caller, "counter_created", counter=data)
        config_changed(tx, where, "counters")
        return Answer(201, data)

    return await respond(hub, caller, body.request_id, run)


@router.put("/counters/{counter_id}", response_model=CounterOut)
async def edit_counter(counter_id: CounterPath, body: CounterEditIn, hub: HubDep,
                       caller: CallerDep, org: OrgQuery = None) -> Any:
    """Rename a counter or move it to other services; the next call uses them."""
    supervisor(caller)

    def run(tx: Tx) -> Answer:
        where = target_org(tx.repos, caller, org)
        before = counter_json(_counter(tx, where, counter_id))
        if body.services is not None:
            _check_services(tx, where, body.services)
        admin(tx).update_counter(where, counter_id, body.name, body.services)
        data = counter_json(_counter(tx, where, counter_id))
        audit(tx, where, caller, "counter_changed", before=before, after=data)
        tx.emit(where, "counter_changed", counter=data, queues=tx.view(where).queues())
        return Answer(200, data)

    return await respond(hub, caller, body.request_id, run)


@router.delete("/counters/{counter_id}", status_code=204, response_class=Response)
async def remove_counter(counter_id: CounterPath, hub: HubDep, caller: CallerDep,
                         org: OrgQuery = None) -> Response:
    """Take a counter out of the office; refused while a ticket is at or sent to it."""
    supervisor(caller)

    def run(tx: Tx) -> Answer:
        where = target_org(tx.repos, caller, org)
        before = counter_json(_counter(tx, where, counter_id))
        if admin(tx).tickets_at_counter(where, counter_id):
            raise ApiError("conflict", f"A ticket is at counter {counter_id}",
                           reason="ticket_at_counter", counter=counter_id)
        admin(tx).remove_counter(where, counter_id, tx.now)
        audit(tx, where, caller, "counter_removed", counter=before)
        config_changed(tx, where, "counters")
        return Answer(204)

    return await respond(hub, caller, None, run)


# services -----------------------------------------------------------------------------------
def _service_json(tx: Tx, org: str, letter: str) -> dict[str, Any]:
    found = [s for s in tx.repos.office.services(org) if s.letter == letter]
    if not found:
        raise ApiError("unknown_service", f"No service {letter}", service=letter)
    s = found[0]
    return {"letter": s.letter, "name_de": s.name_de, "name_en": s.name_en, "active": s.active}


@router.post("/services", status_code=201, response_model=ServiceOut)
async def add_service(body: ServiceIn, hub: HubDep, caller: CallerDep,
                      org: OrgQuery = None) -> Any:
    supervisor(caller)

    def run(tx: Tx) -> Answer:
        where = target_org(tx.repos, caller, org)
        if any(s.letter == body.letter for s in tx.repos.office.services(where)):
            raise ApiError("conflict", f"Service {body.letter} exists", reason="exists")
        tx.repos.office.add_service(Service(where, body.letter, body.name_de, body.name_en),
                                    admin(tx).next_service_pos(where))
        data = _service_json(tx, where, body.letter)
        audit(tx, where, caller, "service_created", service=data)
        config_changed(tx, where, "services")
        return Answer(201, data)

    return await respond(hub, caller, body.request_id, run)


@router.put("/services/{letter}", response_model=ServiceOut)
async def edit_service(letter: LetterPath, body: ServiceEditIn, hub: HubDep, caller: CallerDep,
                       org: OrgQuery = None) -> Any:
    """Rename or (de)activate a service; waiting tickets of an inactive one are still served."""
    supervisor(caller)

    def run(tx: Tx) -> Answer:
        where = target_org(tx.repos, caller, org)
        before = _service_json(tx, where, letter)
        admin(tx).update_service(where, letter, body.name_de, body.name_en, body.active)
        data = _service_json(tx, where, letter)
        audit(tx, where, caller, "service_changed", before=before, after=data)
        config_changed(tx, where, "services")
        return Answer(200, data)

    return await respond(hub, caller, body.request_id, run)


# extra sessions, ticker, audit --------------------------------------------------------------
@router.delete("/sessions/{session_id}", status_code=204, response_class=Response)
async def delete_session(session_id: ItemId, hub: HubDep, caller: CallerDep,
                         org: OrgQuery = None) -> Response:
    supervisor(caller)

    def run(tx: Tx) -> Answer:
        where = target_org(tx.repos, caller, org)
        if not admin(tx).delete_session(where, session_id):
            raise ApiError("not_found", f"No extra session {session_id}")
        audit(tx, where, caller, "session_removed", id=session_id)
        tx.emit(where, "hours_changed", hours=tx.view(where, plan_changed=True).hours())
        return Answer(204)

    return await respond(hub, caller, None, run)


@router.get("/ticker", response_model=list[TickerOut])
async def list_ticker(hub: HubDep, caller: CallerDep, org: OrgQuery = None) -> Any:
    supervisor(caller)
    return await hub.read(
        lambda repos, now: repos.office.ticker(target_org(repos, caller, org), now))


@router.get("/audit", response_model=list[AuditOut])
async def list_audit(hub: HubDep, caller: CallerDep, org: OrgQuery = None,
                     limit: Annotated[int, Query(ge=1, le=500)] = 100,
                     before: Annotated[int | None, Query(ge=1, le=2**62)] = None) -> Any:
    supervisor(caller)
    return await hub.read(lambda repos, _now: AuditRepository(repos.db).rows(
        target_org(repos, caller, org), limit, before))
