"""Reads: health and the state snapshot."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from shared.hub.deps import CallerDep, HubDep
from shared.hub.errors import ERRORS
from shared.hub.schemas import HealthOut, StateOut
from shared.hub.steer import OrgQuery, target_org

VERSION = "0.1.0"
router = APIRouter(prefix="/api", responses=ERRORS)


@router.get("/health", response_model=HealthOut)
async def health(hub: HubDep) -> Any:
    seq = await hub.store.read(lambda repos: repos.events.last_seq())
    return {"status": "ok", "seq": seq, "version": VERSION}


@router.get("/state", response_model=StateOut, response_model_exclude_none=False)
async def state(hub: HubDep, caller: CallerDep, org: OrgQuery = None) -> Any:
    """A consistent snapshot; `seq` is the last event it includes (connect with since=seq).

    `?org=ID`: a supervisor's view of another organisation they are responsible for (403
    otherwise), as `WS /api/events?org=ID` follows it.
    """

    def read(repos: Any, now: Any) -> Any:
        where = caller.org if org is None else target_org(repos, caller, org)
        return hub.view(repos, where, now).snapshot(caller.role)

    return await hub.read(read)
