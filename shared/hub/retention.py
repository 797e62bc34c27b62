"""Privacy retention (DSGVO): ticket-level history older than `retention_days` goes, daily
aggregates stay. Runs from the hub's maintenance task: at start, then once per local day.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import Any

from shared.config import HubSettings
from shared.domain.clock import local_day
from shared.domain.reports_aggregate import aggregate_day
from shared.hub.report_build import midnight
from shared.storage.audit import AuditRepository
from shared.storage.reports import ReportRepository
from shared.storage.retention import RetentionRepository
from shared.storage.store import Repos

log = logging.getLogger(__name__)

#: meta key: the local day of the last purge (so it runs once a day).
LAST_PURGE = "retention_last_run"


def horizon(now: datetime, settings: HubSettings) -> str:
    """The first local day whose ticket-level history is kept."""
    return local_day(now - timedelta(days=settings.retention_days))


def purge(repos: Repos, now: datetime, settings: HubSettings) -> dict[str, Any]:
    """Store the aggregates of every day before the horizon (once), then delete its history.

    Runs inside the caller's write transaction. Returns the counts (also audited, as
    who="system", in every organisation that had something purged).
    """
    first_kept = horizon(now, settings)
    reports, retention = ReportRepository(repos.db), RetentionRepository(repos.db)
    boundary = midnight(date.fromisoformat(first_kept), "Europe/Berlin")
    aggregated: dict[str, int] = {}
    for org, day in sorted(retention.days_before(first_kept, boundary)):
        if reports.is_aggregated(org, day):
            continue
        found = repos.office.org(org)
        tz = found.timezone if found is not None else "Europe/Berlin"
        current = date.fromisoformat(day)
        start = midnight(current, tz)
        end = midnight(current + timedelta(days=1), tz)
        rows = aggregate_day(reports.records_of_day(org, day),
                             reports.refusals(org, start, end), current, tz)
        reports.store_aggregates(org, day, rows, now)
        aggregated[org] = aggregated.get(org, 0) + 1
    counts = retention.purge(first_kept, boundary)
    for org in repos.office.org_ids():
        if (reports.history_from(org) or "") < first_kept:
            reports.set_history_from(org, first_kept)
    if any(counts.values()) or aggregated:
        details = {**counts, "aggregated_days": sum(aggregated.values()),
                   "before": first_kept}
        for org in repos.office.org_ids():
            AuditRepository(repos.db).add(org, "system", "purge", details, now)
        log.info("purged history before %s: %s", first_kept, details)
    return {**counts, "aggregated_days": sum(aggregated.values()), "before": first_kept}


def purge_daily(repos: Repos, now: datetime, settings: HubSettings) -> dict[str, Any] | None:
    """`purge` unless it already ran this local day."""
    today = local_day(now)
    if repos.meta.get(LAST_PURGE) == today:
        return None
    result = purge(repos, now, settings)
    repos.meta.set(LAST_PURGE, today)
    return result
