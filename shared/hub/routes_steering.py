"""Supervisor steering: closures, extra sessions, the weekly plan and the ticker.

Like the routes of `routes_admin`, every change takes `?org=` (the supervisor must be
responsible for it, see `steer.target_org`) and writes an audit row in its transaction.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Annotated, Any

from fastapi import APIRouter, Path, Response

from shared.domain.hours import Closure, ExtraSession, WeeklySlot
from shared.hub.auth import require
from shared.hub.deps import CallerDep, HubDep, respond
from shared.hub.errors import ERRORS, ApiError
from shared.hub.hub import Answer, Tx
from shared.hub.schemas import (
    ClosureIn,
    ClosureOut,
    PlanIn,
    PlanOut,
    SessionIn,
    SessionOut,
    TickerIn,
    TickerOut,
)
from shared.hub.steer import OrgQuery, audit, supervisor, target_org
from shared.hub.views import z
from shared.storage.store import Repos

router = APIRouter(prefix="/api", responses=ERRORS)
ItemId = Annotated[int, Path(ge=1, le=2**62)]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ApiError("bad_request", f"Not a date: {text}", status=422) from exc


def _service(tx: Tx, org: str, letter: str | None) -> None:
    if letter is not None and letter not in {s.letter for s in tx.repos.office.services(org)}:
        raise ApiError("unknown_service", f"No service {letter}", service=letter)


def _hours_changed(tx: Tx, org: str) -> None:
    tx.emit(org, "hours_changed", hours=tx.view(org, plan_changed=True).hours())


def _ticker_changed(tx: Tx, org: str) -> None:
    tx.emit(org, "ticker_changed", ticker=tx.repos.office.ticker(org, tx.now))


@router.post("/closures", status_code=201, response_model=ClosureOut)
async def add_closure(body: ClosureIn, hub: HubDep, caller: CallerDep,
                      org: OrgQuery = None) -> Any:
    supervisor(caller)

    def run(tx: Tx) -> Answer:
        where = target_org(tx.repos, caller, org)
        _service(tx, where, body.service)
        # The domain checks the shape (both or neither of start/end, end after start).
        Closure(0, _day(body.day), body.reason, _t(body.start), _t(body.end), body.service)
        row = tx.repos.office.add_closure(where, body.day, body.reason, body.start,
                                          body.end, body.service)
        audit(tx, where, caller, "closure_created", closure=row)
        _hours_changed(tx, where)
        return Answer(201, row)

    return await respond(hub, caller, body.request_id, run)


@router.delete("/closures/{closure_id}", status_code=204, response_class=Response)
async def delete_closure(closure_id: ItemId, hub: HubDep, caller: CallerDep,
                         org: OrgQuery = None) -> Response:
    supervisor(caller)

    def run(tx: Tx) -> Answer:
        where = target_org(tx.repos, caller, org)
        before = next((c for c in tx.repos.office.closures(where) if c["id"] == closure_id),
                      None)
        if before is None or not tx.repos.office.delete_closure(where, closure_id):
            raise ApiError("not_found", f"No closure {closure_id}")
        audit(tx, where, caller, "closure_removed", closure=before)
        _hours_changed(tx, where)
        return Answer(204)

    return await respond(hub, caller, None, run)


@router.post("/sessions", status_code=201, response_model=SessionOut)
async def add_session(body: SessionIn, hub: HubDep, caller: CallerDep,
                      org: OrgQuery = None) -> Any:
    supervisor(caller)

    def run(tx: Tx) -> Answer:
        where = target_org(tx.repos, caller, org)
        _service(tx, where, body.service)
        ExtraSession(0, _day(body.day), time.fromisoformat(body.start),
                     time.fromisoformat(body.end), body.service)
        row = tx.repos.office.add_session(where, body.day, body.start, body.end,
                                          body.service)
        audit(tx, where, caller, "session_created", session=row)
        _hours_changed(tx, where)
        return Answer(201, row)

    return await respond(hub, caller, body.request_id, run)


def _plan(repos: Repos, org: str) -> dict[str, Any]:
    return {"weekly": repos.office.weekly(org), "closures": repos.office.closures(org),
            "sessions": repos.office.sessions(org)}


@router.get("/hours/plan", response_model=PlanOut)
async def get_plan(hub: HubDep, caller: CallerDep, org: OrgQuery = None) -> Any:
    """Clerks read their organisation's plan; `?org=` is for supervisors only."""
    require(caller, "clerk", "supervisor")

    def read(repos: Repos, _now: Any) -> dict[str, Any]:
        where = caller.org if org is None else target_org(repos, caller, org)
        return _plan(repos, where)

    return await hub.read(read)


@router.put("/hours/plan", response_model=PlanOut)
async def put_plan(body: PlanIn, hub: HubDep, caller: CallerDep, org: OrgQuery = None) -> Any:
    supervisor(caller)

    def run(tx: Tx) -> Answer:
        where = target_org(tx.repos, caller, org)
        before = tx.repos.office.weekly(where)
        slots = [s.model_dump() for s in body.weekly]
        for slot in slots:
            _service(tx, where, slot["service"])
            WeeklySlot(slot["service"], slot["weekday"], time.fromisoformat(slot["start"]),
                       time.fromisoformat(slot["end"]))
        tx.repos.office.set_weekly(where, slots)
        audit(tx, where, caller, "plan_changed", before=before,
              after=tx.repos.office.weekly(where))
        _hours_changed(tx, where)
        return Answer(200, _plan(tx.repos, where))

    return await respond(hub, caller, body.request_id, run)


@router.post("/ticker", status_code=201, response_model=TickerOut)
async def add_ticker(body: TickerIn, hub: HubDep, caller: CallerDep,
                     org: OrgQuery = None) -> Any:
    supervisor(caller)
    until = _moment(body.until) if body.until else None

    def run(tx: Tx) -> Answer:
        where = target_org(tx.repos, caller, org)
        ticker_id = tx.repos.office.add_ticker(where, body.text, until, tx.now)
        data = {"id": ticker_id, "text": body.text, "until": z(until)}
        audit(tx, where, caller, "ticker_created", ticker=data)
        _ticker_changed(tx, where)
        return Answer(201, data)

    return await respond(hub, caller, body.request_id, run)


@router.delete("/ticker/{ticker_id}", status_code=204, response_class=Response)
async def delete_ticker(ticker_id: ItemId, hub: HubDep, caller: CallerDep,
                        org: OrgQuery = None) -> Response:
    supervisor(caller)

    def run(tx: Tx) -> Answer:
        where = target_org(tx.repos, caller, org)
        if not tx.repos.office.delete_ticker(where, ticker_id):
            raise ApiError("not_found", f"No ticker message {ticker_id}")
        audit(tx, where, caller, "ticker_removed", id=ticker_id)
        _ticker_changed(tx, where)
        return Answer(204)

    return await respond(hub, caller, None, run)


def _t(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


def _moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ApiError("bad_request", f"Not a time: {text}", status=422) from exc
