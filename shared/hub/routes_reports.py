"""Supervisor reads: the dashboard, period reports, staffing per hour, report files."""

from __future__ import annotations

import asyncio
import datetime as dt
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response

from shared import export
from shared.domain.clock import local_day
from shared.domain.model import TicketState
from shared.domain.reports import summarise
from shared.hub.deps import CallerDep, HubDep
from shared.hub.errors import ERRORS, ApiError
from shared.hub.hub import Answer, Tx
from shared.hub.report_build import (
    PERIOD_WORD,
    Period,
    bounds,
    build,
    midnight,
    report_json,
    staffing_json,
)
from shared.hub.steer import OrgQuery, audit, supervisor, target_org
from shared.hub.views import z
from shared.storage.reports import ReportRepository

router = APIRouter(prefix="/api", responses=ERRORS)
DateQuery = Annotated[str, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")]
PeriodQuery = Annotated[Literal["day", "week", "month"], Query()]
MEDIA = {"csv": "text/csv; charset=utf-8",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _date(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ApiError("bad_request", f"Not a date: {text}", status=422) from exc
    if not 2000 <= day.year <= 2199:  # far dates would overflow local-time arithmetic
        raise ApiError("bad_request", f"Date out of range: {text}", status=422)
    return day


@router.get("/dashboard")
async def dashboard(hub: HubDep, caller: CallerDep, org: OrgQuery = None) -> Any:
    """Queues, counters (with clerk and services), hours and today's figures so far."""
    supervisor(caller)

    def read(repos: Any, now: Any) -> dict[str, Any]:
        where = target_org(repos, caller, org)
        view = hub.view(repos, where, now)
        today = local_day(now)
        tz = view.org.timezone
        start = midnight(dt.date.fromisoformat(today), tz)
        reports = ReportRepository(repos.db)
        end = now + timedelta(seconds=1)
        report = summarise(reports.records(where, start, end), reports.refusals(where, start, end),
                           start=start, end=end, tz=tz)
        totals = report.totals
        states = {s: len(repos.tickets.in_states(where, [TicketState(s)], today))
                  for s in ("waiting", "called", "serving", "parked")}
        return {
            "seq": repos.events.last_seq(), "now": z(now),
            "org": {"id": where, "name": view.org.name},
            "queues": view.queues(), "counters": view.snapshot("supervisor")["counters"],
            "hours": view.hours(),
            "today": {
                "issued": totals.issued, "served": totals.served, "no_show": totals.no_show,
                "voided": totals.voided, "expired": totals.expired, **states,
                "turned_away": totals.turned_away_capacity + totals.turned_away_closed,
                "turned_away_capacity": totals.turned_away_capacity,
                "turned_away_closed": totals.turned_away_closed,
                "wait_median_min": report.wait.median_min,
                "service_median_min": report.service_time.median_min,
            },
        }

    return await hub.read(read)


@router.get("/reports")
async def report(hub: HubDep, caller: CallerDep, date: DateQuery, period: PeriodQuery = "day",
                 org: OrgQuery = None) -> Any:
    """The period's figures (see docs/api.md: Report)."""
    supervisor(caller)
    day = _date(date)
    per_clerk = hub.settings.reports_per_clerk

    def read(repos: Any, _now: Any) -> dict[str, Any]:
        where = target_org(repos, caller, org)
        return report_json(build(repos, where, period, day, per_clerk=per_clerk), period,
                           per_clerk=per_clerk)

    return await hub.read(read)


@router.get("/reports/staffing")
async def staffing(hub: HubDep, caller: CallerDep, date: DateQuery,
                   target_wait_min: Annotated[float, Query(gt=0, le=480)] = 20,
                   target_share: Annotated[float, Query(gt=0, lt=1)] = 0.8,
                   org: OrgQuery = None) -> Any:
    """Counters needed per hour (Erlang C) beside the counters that were open."""
    supervisor(caller)
    day = _date(date)

    def read(repos: Any, now: Any) -> dict[str, Any]:
        where = target_org(repos, caller, org)
        try:
            return staffing_json(repos, where, day, now, target_wait_min=target_wait_min,
                                 target_share=target_share,
                                 default_service_min=hub.settings.default_service_min)
        except ValueError as exc:  # e.g. a target no number of counters can meet
            raise ApiError("bad_request", str(exc), status=422) from exc

    return await hub.read(read)


def file_name(period: Period, day: dt.date, fmt: str) -> str:
    first, _ = bounds(period, day)
    stamp = first.strftime("%Y-%m") if period == "month" else first.isoformat()
    return f"wartemarke-{stamp}-{PERIOD_WORD[period]}.{fmt}"


@router.get("/reports/export", response_class=Response,
            responses={200: {"content": {m.split(";")[0]: {} for m in MEDIA.values()}}})
async def export_report(hub: HubDep, caller: CallerDep, date: DateQuery,
                        format: Annotated[Literal["csv", "xlsx"], Query()] = "xlsx",
                        period: PeriodQuery = "day", org: OrgQuery = None) -> Response:
    """The report as a CSV (German Excel) or xlsx download; audited (data leaves the hub)."""
    supervisor(caller)
    day = _date(date)
    per_clerk = hub.settings.reports_per_clerk
    name = file_name(period, day, format)

    def run(tx: Tx) -> Answer:
        where = target_org(tx.repos, caller, org)
        built = build(tx.repos, where, period, day, per_clerk=per_clerk)
        audit(tx, where, caller, "report_exported", period=period, date=day.isoformat(),
              format=format, per_clerk=per_clerk)
        return Answer(200, built)

    answer = await hub.command(caller, None, run)
    data = await asyncio.to_thread(_render, answer.body, format)
    return Response(data, media_type=MEDIA[format],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _render(built: Any, fmt: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="wartemarke-export-") as folder:
        path = Path(folder) / f"report.{fmt}"
        if fmt == "csv":
            export.to_csv(built, path)
        else:
            export.to_xlsx(built, path)
        return path.read_bytes()
