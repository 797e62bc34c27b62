"""The public overview of an office: ``GET /api/overview`` (JSON) and ``GET /`` (the page).

The waiting-room display shows a QR code to ``/?org=ID``; a visitor's phone opens the page,
which polls ``/api/overview`` every few seconds. No authentication, so only what the display
shows anyway is sent: ticket numbers, counters, queue lengths, estimates, open hours and the
ticker. Never clerk names, notes, status keys or ticket ids.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, StrictBool, StrictInt, StrictStr

from shared.domain.model import AT_COUNTER_STATES
from shared.hub import overview_page
from shared.hub.deps import HubDep
from shared.hub.errors import ERRORS
from shared.hub.views import OfficeView, z

router = APIRouter()
router.include_router(overview_page.router)  # the HTML page: no JSON error answers

#: The organisation a bare ``/api/overview`` (and ``/``) shows when there is one of it.
DEFAULT_ORG = "main"
MAX_CALLS = 10


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class OverviewOrgOut(_Out):
    id: StrictStr
    name: StrictStr


class OverviewEstimateOut(_Out):
    low_min: StrictInt
    high_min: StrictInt


class OverviewServiceOut(_Out):
    letter: StrictStr
    name_de: StrictStr
    name_en: StrictStr
    waiting: StrictInt
    estimate: OverviewEstimateOut | None
    open: StrictBool
    #: Why this service's open hours are cancelled (a closure), else null.
    reason: StrictStr | None


class OverviewCallOut(_Out):
    number: StrictStr
    counter: StrictStr | None
    counter_name: StrictStr | None
    called_at: StrictStr | None


class OverviewHoursOut(_Out):
    open: StrictBool
    until: StrictStr | None
    next_opening: StrictStr | None
    reason: StrictStr | None
    holiday: StrictStr | None
    waiting_served: StrictBool


class OverviewOut(_Out):
    org: OverviewOrgOut
    now: StrictStr
    services: list[OverviewServiceOut]
    calls: list[OverviewCallOut]
    hours: OverviewHoursOut
    ticker: list[StrictStr]


OrgQuery = Annotated[str | None, Query(min_length=1, max_length=64,
                                       description="organisation id; default: main")]


def _org_id(repos: Any, org: str | None) -> str:
    if org is not None:
        return org
    ids = repos.office.org_ids()
    if DEFAULT_ORG in ids or not ids:
        return DEFAULT_ORG
    return str(ids[0])


def overview(view: OfficeView) -> dict[str, Any]:
    """The public facts of one office now (runs on the store's thread)."""
    repos, org_id = view.repos, view.org.id
    queues = {q["service"]: q for q in view.queues()}
    hours = view.hours()
    services = []
    for service in repos.office.services(org_id):
        queue = queues.get(service.letter, {"waiting": 0, "estimate": None})
        if not service.active and not queue["waiting"]:
            continue  # an inactive service is shown only while its last tickets are served
        status = hours["services"].get(service.letter, {})
        services.append({
            "letter": service.letter, "name_de": service.name_de, "name_en": service.name_en,
            "waiting": queue["waiting"], "estimate": queue["estimate"],
            "open": bool(status.get("open")) and service.active,
            "reason": status.get("reason"),
        })
    names = {c.id: c.name for c in view.counters}
    active = repos.tickets.in_states(org_id, AT_COUNTER_STATES)
    active.sort(key=lambda t: (t.called_at or t.issued_at, t.id), reverse=True)
    calls = [{"number": t.number, "counter": t.counter, "counter_name": names.get(t.counter),
              "called_at": z(t.called_at)} for t in active[:MAX_CALLS]]
    return {
        "org": {"id": org_id, "name": view.org.name}, "now": z(view.now),
        "services": services, "calls": calls,
        "hours": {"open": hours["open"], "until": hours["until"],
                  "next_opening": hours["next_opening"], "reason": hours["reason"],
                  "holiday": hours["holiday"], "waiting_served": hours["waiting_served"]},
        "ticker": [str(m["text"]) for m in repos.office.ticker(org_id, view.now)],
    }


@router.get("/api/overview", response_model=OverviewOut, responses=ERRORS)
async def get_overview(hub: HubDep, org: OrgQuery = None) -> Any:
    """What a visitor may see of an office: calls, queues, estimates, hours, ticker."""

    def read(repos: Any, now: Any) -> dict[str, Any]:
        return overview(hub.view(repos, _org_id(repos, org), now))  # unknown: not_found

    return await hub.read(read)
