"""Refusals counted for reports (without changing the answer) and the dashboard's today."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.helpers.supervisor import office

THURSDAY = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # no open hours on Thursdays


def test_refusals_are_counted_once_per_request_id(tmp_path: Path) -> None:
    with office(tmp_path / "hub", start=THURSDAY) as hub:
        first = hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk)
        assert first.status_code == 409
        assert first.json() == {"code": "closed", "message": "No open hours for service A now",
                                "next_opening": "2026-11-27T07:00:00Z", "reason": None,
                                "holiday": None}
        for _ in range(2):  # a retry of the same request
            retry = hub.api("POST", "/api/tickets", {"service": "M", "request_id": "r-1"},
                            token=hub.kiosk)
            assert retry.json()["code"] == "closed"
        assert hub.api("POST", "/api/tickets", {"service": "Z"},
                       token=hub.kiosk).json()["code"] == "unknown_service"  # no refusal
        today = hub.api("GET", "/api/dashboard").json()["today"]
        assert (today["turned_away"], today["turned_away_closed"]) == (2, 2)
        report = hub.api("GET", "/api/reports", date="2026-11-26").json()
        assert {r["key"]: r["counts"]["turned_away_closed"] for r in report["per_service"]} == {
            "A": 1, "M": 1}


def test_dashboard_shows_queues_counters_and_today(tmp_path: Path) -> None:
    with office(tmp_path / "hub") as hub:
        for letter in ("A", "A", "M"):
            hub.api("POST", "/api/tickets", {"service": letter}, token=hub.kiosk)
        hub.api("POST", "/api/counters/1/state", {"state": "open"}, token=hub.clerk)
        hub.api("POST", "/api/counters/1/next", {}, token=hub.clerk)
        board = hub.api("GET", "/api/dashboard").json()
        assert board["org"] == {"id": "main", "name": "Bürgerbüro Castrop-Rauxel"}
        assert {q["service"]: q["waiting"] for q in board["queues"]} == {"A": 1, "M": 1, "O": 0}
        counter = board["counters"][0]
        assert (counter["id"], counter["state"], counter["services"]) == ("1", "open", ["A"])
        assert board["hours"]["open"] is True
        assert board["today"] == {
            "issued": 3, "served": 0, "no_show": 0, "voided": 0, "expired": 0, "waiting": 2,
            "called": 1, "serving": 0, "parked": 0, "turned_away": 0,
            "turned_away_capacity": 0, "turned_away_closed": 0, "wait_median_min": 0.0,
            "service_median_min": None}


def test_people_waiting_when_hours_are_cancelled_are_still_served(tmp_path: Path) -> None:
    with office(tmp_path / "hub") as hub:
        waiting = hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk).json()
        with hub.client.websocket_connect(f"/api/events?token={hub.display}") as ws:
            hub.api("POST", "/api/closures", {"day": "2026-11-25", "reason": "Stromausfall"})
            while (event := ws.receive_json())["type"] != "hours_changed":
                pass
        hours = event["hours"]
        assert (hours["open"], hours["reason"], hours["waiting_served"]) == (
            False, "Stromausfall", True)
        assert hub.api("GET", "/api/state", token=hub.display).json()["hours"][
            "waiting_served"] is True
        hub.api("POST", "/api/counters/1/state", {"state": "open"}, token=hub.clerk)
        called = hub.api("POST", "/api/counters/1/next", {}, token=hub.clerk).json()
        assert called["number"] == waiting["number"]
        assert hub.api("GET", "/api/reports", date="0001-01-01").status_code == 422
