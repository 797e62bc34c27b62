"""Retention: old ticket history goes, daily aggregates stay, reports keep their totals."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from pathlib import Path

from shared.domain.model import Ticket, TicketState
from shared.hub import retention
from shared.storage.reports import ReportRepository
from shared.storage.store import Repos
from tests.helpers.report_day import day_records, day_refusals, other_day_noise
from tests.helpers.supervisor import office, put_day

THURSDAY = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
#: 96 days later: with 90 days retention, history before 2026-12-02 goes.
LATER = datetime(2027, 3, 2, 10, 0, tzinfo=UTC)


def _count(repos: Repos, table: str) -> int:
    return int(repos.db.execute("SELECT COUNT(*) FROM " + table).fetchone()[0])


def test_purge_keeps_aggregates_and_report_totals(tmp_path: Path) -> None:
    with office(tmp_path / "hub", start=THURSDAY) as hub:
        noise, noise_refusals = other_day_noise()
        put_day(hub.store, day_records() + noise, day_refusals() + noise_refusals)
        kept_at = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
        hub.store.write_sync(lambda repos: repos.tickets.insert(Ticket(
            0, "main", "A", "A001", 1, "2026-12-02", kept_at, TicketState.DONE,
            status_key=secrets.token_urlsafe(16))))
        hub.api("PUT", "/api/counters/2", {"name": "vorher"})  # an event to age
        before_day = hub.api("GET", "/api/reports", date="2026-11-25").json()
        before_week = hub.api("GET", "/api/reports", period="week", date="2026-11-25").json()
        seq = hub.api("GET", "/api/health").json()["seq"]

        hub.clock.set(LATER)
        result = hub.store.write_sync(
            lambda repos: retention.purge(repos, LATER, hub.client.app.state.hub.settings))
        assert result == {"tickets": 41, "refusals": 5, "events": 0, "sessions": 0,
                          "aggregated_days": 2, "before": "2026-12-02"}
        counts = hub.store.read_sync(lambda repos: {
            t: _count(repos, t) for t in ("tickets", "refusals", "aggregated_days")})
        assert counts == {"tickets": 1, "refusals": 0, "aggregated_days": 2}
        again = hub.store.write_sync(
            lambda repos: retention.purge(repos, LATER, hub.client.app.state.hub.settings))
        assert again["tickets"] == again["aggregated_days"] == 0

        after_day = hub.api("GET", "/api/reports", date="2026-11-25").json()
        assert after_day["from_aggregates"] is True
        assert after_day["totals"] == before_day["totals"]
        assert after_day["wait"]["count"] == before_day["wait"]["count"]
        for key in ("median_min", "p90_min"):  # merged A+M histograms: within half a minute
            assert abs(after_day["wait"][key] - before_day["wait"][key]) <= 0.5
        assert after_day["per_service"] == before_day["per_service"]  # one day, one key: exact
        assert [r["key"] for r in after_day["per_hour"]] == [
            r["key"] for r in before_day["per_hour"]]
        assert after_day["per_clerk"] == []
        after_week = hub.api("GET", "/api/reports", period="week", date="2026-11-25").json()
        assert after_week["totals"] == before_week["totals"]
        # a month across the horizon: aggregates for purged days + the kept ticket
        december = hub.api("GET", "/api/reports", period="month", date="2026-12-01").json()
        assert (december["from_aggregates"], december["totals"]["served"]) == (True, 1)

        audit = hub.audit()
        assert (audit[0]["who"], audit[0]["action"]) == ("system", "purge")
        # the event log's seq never goes back
        hub.api("PUT", "/api/counters/2", {"name": "nachher"})
        assert hub.api("GET", "/api/health").json()["seq"] == seq + 1


def test_old_events_are_purged_but_seq_continues(tmp_path: Path) -> None:
    with office(tmp_path / "hub", start=THURSDAY) as hub:
        for n in range(3):
            hub.api("PUT", "/api/counters/2", {"name": f"S{n}"})
        seq = hub.api("GET", "/api/health").json()["seq"]
        result = hub.store.write_sync(
            lambda repos: retention.purge(repos, LATER, hub.client.app.state.hub.settings))
        assert result["events"] == seq - 1  # the newest is kept
        hub.clock.set(LATER)
        hub.api("PUT", "/api/counters/2", {"name": "neu"})
        assert hub.api("GET", "/api/health").json()["seq"] == seq + 1


def test_counter_changes_are_logged_with_the_hub_clock(tmp_path: Path) -> None:
    with office(tmp_path / "hub", start=THURSDAY) as hub:
        hub.api("POST", "/api/counters/1/state", {"state": "open"}, token=hub.clerk)
        hub.clock.advance(minutes=30)
        hub.api("POST", "/api/counters/1/state", {"state": "paused"}, token=hub.clerk)
        log = hub.store.read_sync(
            lambda repos: ReportRepository(repos.db).counter_log("main", LATER))
        assert log == [("1", "open", THURSDAY),
                       ("1", "paused", datetime(2026, 11, 26, 10, 30, tzinfo=UTC))]
