"""Reads: health and the state snapshot."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from shared.hub.deps import CallerDep, HubDep
from shared.hub.errors import ERRORS
from shared.hub.schemas import HealthOut, StateOut

VERSION = "0.1.0"
router = APIRouter(prefix="/api", responses=ERRORS)


@router.get("/health", response_model=HealthOut)
async def health(hub: HubDep) -> Any:
    seq = await hub.store.read(lambda repos: repos.events.last_seq())
    return {"status": "ok", "seq": seq, "version": VERSION}


@router.get("/state", response_model=StateOut, response_model_exclude_none=False)
async def state(hub: HubDep, caller: CallerDep) -> Any:
    """A consistent snapshot; `seq` is the last event it includes (connect with since=seq)."""
    return await hub.read(lambda repos, now: hub.view(repos, caller.org, now).snapshot(caller.role))
