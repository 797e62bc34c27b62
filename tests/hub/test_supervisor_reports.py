"""Reports, staffing and export over the known day of `tests/helpers/report_day.py`."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from shared.domain.reports import hourly_load
from shared.domain.staffing import required_agents
from shared.storage.reports import ReportRepository
from tests.helpers.report_day import CLERKS, DAY, at, day_records, day_refusals, other_day_noise
from tests.helpers.supervisor import Office, office, put_day

#: Thursday after the known day, 10:00 UTC (the office is closed on Thursdays).
THURSDAY = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def _store_day(hub: Office) -> None:
    noise, noise_refusals = other_day_noise()
    put_day(hub.store, day_records() + noise, day_refusals() + noise_refusals)


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Office]:
    with office(tmp_path / "hub", start=THURSDAY) as running:
        _store_day(running)
        yield running


def _rows(report: dict[str, Any], table: str) -> dict[str, dict[str, Any]]:
    return {row["key"]: row for row in report[table]}


def test_day_report_matches_the_hand_worked_figures(hub: Office) -> None:
    answer = hub.api("GET", "/api/reports", period="day", date="2026-11-25")
    assert answer.status_code == 200, answer.text
    report = answer.json()
    assert report["from_aggregates"] is False
    assert (report["start"], report["end"]) == ("2026-11-24T23:00:00Z", "2026-11-25T23:00:00Z")
    assert report["totals"] == {"issued": 40, "served": 34, "no_show": 2, "voided": 1,
                                "expired": 2, "open": 1, "turned_away_capacity": 3,
                                "turned_away_closed": 1}
    assert (report["wait"]["count"], report["wait"]["median_min"],
            report["wait"]["p90_min"]) == (36, 9, 32)
    assert report["wait"]["mean_min"] == pytest.approx((2 * 78 + 32 + 290) / 36)
    assert (report["service_time"]["median_min"], report["service_time"]["p90_min"]) == (10, 15)
    services = _rows(report, "per_service")
    assert services["A"]["counts"]["turned_away_capacity"] == 2
    assert (services["M"]["wait"]["median_min"], services["M"]["wait"]["p90_min"]) == (28, 36)
    hours = _rows(report, "per_hour")
    assert list(hours) == ["07:00", "08:00", "09:00", "10:00", "11:00"]
    assert hours["08:00"]["counts"]["issued"] == 22
    counters = _rows(report, "per_counter")
    assert counters["3"]["counts"]["served"] == 10


def test_no_clerk_names_unless_enabled(hub: Office, tmp_path: Path) -> None:
    text = hub.api("GET", "/api/reports", period="month", date="2026-11-02").text
    assert json.loads(text)["per_clerk"] == []
    assert json.loads(text)["per_clerk_enabled"] is False
    assert not any(name in text for name in CLERKS)
    csv = hub.api("GET", "/api/reports/export", format="csv", date="2026-11-25").text
    assert not any(name in csv for name in CLERKS)
    with office(tmp_path / "works-council", start=THURSDAY,
                reports_per_clerk=True) as allowed:
        put_day(allowed.store, day_records(), day_refusals())
        report = allowed.api("GET", "/api/reports", date="2026-11-25").json()
    assert report["per_clerk_enabled"] is True
    clerks = _rows(report, "per_clerk")
    assert list(clerks) == list(CLERKS)
    assert clerks["Yilmaz"]["counts"]["served"] == 10


def test_week_and_month_include_the_day_before(hub: Office) -> None:
    week = hub.api("GET", "/api/reports", period="week", date="2026-11-29").json()
    assert (week["start"], week["end"]) == ("2026-11-22T23:00:00Z", "2026-11-29T23:00:00Z")
    assert week["totals"]["issued"] == 41
    assert week["totals"]["turned_away_capacity"] == 4
    month = hub.api("GET", "/api/reports", period="month", date="2026-11-30").json()
    assert month["totals"]["issued"] == 41
    other = hub.api("GET", "/api/reports", period="month", date="2026-12-01").json()
    assert other["totals"]["issued"] == 0
    assert hub.api("GET", "/api/reports", period="year", date="2026-11-25").status_code == 422
    assert hub.api("GET", "/api/reports", date="2026-13-45").status_code == 422


def test_staffing_gives_the_erlang_c_numbers(hub: Office) -> None:
    # Counter 1 open 08:00-10:00, counter 2 08:00-09:30, counter 3 08:00-11:00 (local),
    # counter 4 paused the whole morning (does not count).
    changes = [("1", "open", 8, 0), ("2", "open", 8, 0), ("3", "open", 8, 0),
               ("4", "paused", 8, 0), ("2", "closed", 9, 30), ("1", "paused", 10, 0),
               ("3", "closed", 11, 0)]
    hub.store.write_sync(lambda repos: [
        ReportRepository(repos.db).add_counter_log("main", c, s, at(h, m))
        for c, s, h, m in changes])
    answer = hub.api("GET", "/api/reports/staffing", date="2026-11-25", target_wait_min=20,
                     target_share=0.8)
    assert answer.status_code == 200, answer.text
    hours = {h["hour"]: h for h in answer.json()["hours"]}
    assert list(hours) == ["08:00", "09:00", "10:00", "11:00"]
    assert [hours[h]["actually_open"] for h in hours] == [3.0, 2.5, 1.0, 0.0]
    first = hours["08:00"]
    # 12 A (6 or 10 min) and 10 M (15 min) arrived in the first hour.
    assert first["arrivals"] == 22
    assert first["mean_service_min"] == pytest.approx(246 / 22, abs=0.01)
    # 4.1 Erlangs: 5 counters serve 80 % within 20 minutes; the 3 open could not keep up.
    assert first["needed"] == required_agents(22, 246 / 22, 20, 0.8) == 5
    assert first["service_level_at_open"] == 0.0
    assert hours["11:00"]["arrivals"] == 3  # capacity refusals are demand too
    opened = {at(8) + timedelta(hours=i): v for i, v in enumerate([3.0, 2.5, 1.0, 0.0])}
    loads = hourly_load(day_records(), day=DAY, counters_open=opened, refusals=day_refusals())
    assert [h["arrivals"] for h in hours.values()] == [load.arrivals for load in loads]
    assert hub.api("GET", "/api/reports/staffing", date="2026-11-25",
                   target_share=1).status_code == 422


def test_export_files(hub: Office) -> None:
    xlsx = hub.api("GET", "/api/reports/export", format="xlsx", date="2026-11-25")
    assert xlsx.status_code == 200
    assert xlsx.headers["content-type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert xlsx.headers["content-disposition"] == (
        'attachment; filename="wartemarke-2026-11-25-tag.xlsx"')
    book = load_workbook(io.BytesIO(xlsx.content))
    assert book.sheetnames == ["Übersicht", "Je Anliegen", "Je Stunde", "Je Schalter"]
    week = hub.api("GET", "/api/reports/export", format="csv", period="week", date="2026-11-27")
    assert week.headers["content-type"] == "text/csv; charset=utf-8"
    assert week.headers["content-disposition"] == (
        'attachment; filename="wartemarke-2026-11-23-woche.csv"')
    assert week.content.startswith("\ufeff".encode())
    assert "Je Anliegen" in week.content.decode("utf-8-sig")
    month = hub.api("GET", "/api/reports/export", format="csv", period="month", date="2026-11-27")
    assert 'filename="wartemarke-2026-11-monat.csv"' in month.headers["content-disposition"]
    assert [r["action"] for r in hub.audit()] == ["report_exported"] * 3
