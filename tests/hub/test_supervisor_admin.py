"""Supervisor steering through the API: roles, events to other clients, audit rows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import WebSocketTestSession

from tests.helpers.supervisor import Office, office


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Office]:
    with office(tmp_path / "hub") as running:
        yield running


def _next(ws: WebSocketTestSession, type_: str) -> dict[str, Any]:
    while True:
        event = ws.receive_json()
        if event["type"] == type_:
            return event  # type: ignore[no-any-return]


SUPERVISOR_ROUTES = [
    ("GET", "/api/orgs", None), ("POST", "/api/orgs", {"id": "p", "name": "P"}),
    ("POST", "/api/counters", {"id": "9", "name": "S9", "services": ["A"]}),
    ("PUT", "/api/counters/1", {"name": "x"}), ("DELETE", "/api/counters/1", None),
    ("POST", "/api/services", {"letter": "B", "name_de": "B", "name_en": "B"}),
    ("PUT", "/api/services/A", {"active": False}), ("GET", "/api/clerks", None),
    ("POST", "/api/clerks", {"name": "n", "pin": "1234"}),
    ("PUT", "/api/clerks/meyer", {"active": False}), ("GET", "/api/devices", None),
    ("POST", "/api/devices", {"role": "kiosk", "name": "k"}),
    ("DELETE", "/api/devices/1", None), ("DELETE", "/api/sessions/1", None),
    ("GET", "/api/ticker", None), ("GET", "/api/audit", None), ("GET", "/api/dashboard", None),
    ("GET", "/api/reports?date=2026-11-25", None),
    ("GET", "/api/reports/staffing?date=2026-11-25", None),
    ("GET", "/api/reports/export?date=2026-11-25&format=csv", None),
]


def test_only_supervisors_steer(hub: Office) -> None:
    for token in (hub.clerk, hub.kiosk, hub.display):
        for method, path, body in SUPERVISOR_ROUTES:
            answer = hub.api(method, path, body, token=token)
            assert (answer.status_code, answer.json()["code"]) == (403, "forbidden"), path
    assert hub.api("GET", "/api/clerks", token="nope").status_code == 401
    assert hub.audit() == []  # nothing happened


def test_moving_a_counter_is_seen_at_once_and_audited(hub: Office) -> None:
    with hub.client.websocket_connect(f"/api/events?token={hub.display}") as ws:
        answer = hub.api("PUT", "/api/counters/1", {"services": ["M", "A"]})
        assert answer.status_code == 200, answer.text
        assert answer.json()["services"] == ["M", "A"]
        event = _next(ws, "counter_changed")
    assert event["counter"]["id"] == "1" and event["counter"]["services"] == ["M", "A"]
    assert event["counter"]["clerk"] is None  # public role
    (row,) = hub.audit()
    assert (row["who"], row["action"]) == ("clerk:leitung", "counter_changed")
    assert row["details"]["before"]["services"] == ["A"]
    # effective at once: the clerk at counter 1 now gets an M ticket
    issued = hub.api("POST", "/api/tickets", {"service": "M"}, token=hub.kiosk).json()
    hub.api("POST", "/api/counters/1/state", {"state": "open"}, token=hub.clerk)
    called = hub.api("POST", "/api/counters/1/next", {}, token=hub.clerk).json()
    assert called["number"] == issued["number"]


def test_counter_create_and_remove(hub: Office) -> None:
    with hub.client.websocket_connect(f"/api/events?token={hub.display}") as ws:
        made = hub.api("POST", "/api/counters", {"id": "7", "name": "Schalter 7",
                                                 "services": ["O"]})
        assert made.status_code == 201, made.text
        assert _next(ws, "config_changed")["what"] == "counters"
    assert hub.api("POST", "/api/counters", {"id": "7", "name": "x", "services": []}
                   ).json()["code"] == "conflict"
    assert hub.api("POST", "/api/counters", {"id": "8", "name": "x", "services": ["Z"]}
                   ).json()["code"] == "unknown_service"
    # a ticket at the counter blocks removal
    hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk)
    hub.api("POST", "/api/counters/1/state", {"state": "open"}, token=hub.clerk)
    hub.api("POST", "/api/counters/1/next", {}, token=hub.clerk)
    refused = hub.api("DELETE", "/api/counters/1")
    assert (refused.status_code, refused.json()["reason"]) == (409, "ticket_at_counter")
    assert hub.api("DELETE", "/api/counters/7").status_code == 204
    state = hub.api("GET", "/api/state").json()
    assert [c["id"] for c in state["counters"]] == ["1", "2", "3", "4", "5", "6"]
    assert [r["action"] for r in hub.audit()] == ["counter_removed", "counter_created"]


def test_services_added_and_deactivated(hub: Office) -> None:
    with hub.client.websocket_connect(f"/api/events?token={hub.kiosk}") as ws:
        made = hub.api("POST", "/api/services", {"letter": "B", "name_de": "Bauamt",
                                                 "name_en": "Building"})
        assert made.json() == {"letter": "B", "name_de": "Bauamt", "name_en": "Building",
                               "active": True}
        assert _next(ws, "config_changed")["what"] == "services"
        off = hub.api("PUT", "/api/services/B", {"active": False})
        assert off.json()["active"] is False
        assert _next(ws, "config_changed")["what"] == "services"
    refused = hub.api("POST", "/api/tickets", {"service": "B"}, token=hub.kiosk)
    assert refused.json()["code"] == "unknown_service"
    assert hub.api("PUT", "/api/services/Q", {"active": False}).status_code == 404
    assert hub.api("PUT", "/api/services/A", {"active": "no"}).status_code == 422


def test_clerks_managed_without_pin_hashes(hub: Office) -> None:
    made = hub.api("POST", "/api/clerks", {"name": "schulz", "pin": "4321"})
    assert made.status_code == 201, made.text
    assert made.json() == {"name": "schulz", "role": "clerk", "org": "main", "orgs": ["main"],
                           "active": True}
    listed = hub.api("GET", "/api/clerks").json()
    assert [c["name"] for c in listed] == ["leitung", "meyer", "schulz"]
    assert "pin" not in str(listed) and "hash" not in str(listed)
    assert hub.api("POST", "/api/clerks", {"name": "x", "pin": "12"}).status_code == 422
    login = hub.client.post("/api/login", json={"name": "schulz", "pin": "4321",
                                                "counter": "2"})
    assert login.status_code == 200
    token = login.json()["token"]
    with hub.client.websocket_connect(f"/api/events?token={hub.display}") as ws:
        off = hub.api("PUT", "/api/clerks/schulz", {"active": False})
        assert off.json()["active"] is False
        closed = _next(ws, "counter_changed")
    assert (closed["counter"]["id"], closed["counter"]["state"]) == ("2", "closed")
    assert hub.api("GET", "/api/state", token=token).status_code == 401
    again = hub.client.post("/api/login", json={"name": "schulz", "pin": "4321",
                                                "counter": "2"})
    assert again.status_code == 401
    assert hub.api("PUT", "/api/clerks/leitung", {"active": False}).status_code == 409
    actions = [r["action"] for r in hub.audit()]
    assert actions == ["clerk_changed", "clerk_created"]


def test_devices_created_and_revoked(hub: Office) -> None:
    made = hub.api("POST", "/api/devices", {"role": "display", "name": "Wartezone 2"})
    assert made.status_code == 201, made.text
    device = made.json()
    assert hub.api("GET", "/api/state", token=device["token"]).status_code == 200
    listed = hub.api("GET", "/api/devices").json()
    assert [d["name"] for d in listed] == ["kiosk", "display", "Wartezone 2"]
    assert all("token" not in d and "hash" not in d for d in listed)
    with hub.client.websocket_connect(f"/api/events?token={device['token']}") as ws:
        assert hub.api("DELETE", f"/api/devices/{device['id']}").status_code == 204
        while (message := ws.receive())["type"] != "websocket.close":
            pass
        assert message["code"] == 4401
    assert hub.api("GET", "/api/state", token=device["token"]).status_code == 401
    assert hub.api("DELETE", "/api/devices/999").status_code == 404
    revoked = hub.api("GET", "/api/devices").json()[-1]
    assert revoked["revoked_at"] is not None
    assert [r["action"] for r in hub.audit()] == ["device_revoked", "device_created"]


def test_extra_session_removed_and_ticker_listed(hub: Office) -> None:
    made = hub.api("POST", "/api/sessions", {"day": "2026-11-26", "start": "13:00",
                                             "end": "15:00"}).json()
    with hub.client.websocket_connect(f"/api/events?token={hub.display}") as ws:
        assert hub.api("DELETE", f"/api/sessions/{made['id']}").status_code == 204
        assert _next(ws, "hours_changed")["hours"]["open"] is True
    assert hub.api("DELETE", f"/api/sessions/{made['id']}").status_code == 404
    hub.api("POST", "/api/ticker", {"text": "Heute bis 11 Uhr"})
    assert [t["text"] for t in hub.api("GET", "/api/ticker").json()] == ["Heute bis 11 Uhr"]


def test_audit_pages_back(hub: Office) -> None:
    for n in range(5):
        hub.api("PUT", "/api/counters/2", {"name": f"S{n}"})
    first = hub.api("GET", "/api/audit", limit=2).json()
    assert [r["details"]["after"]["name"] for r in first] == ["S4", "S3"]
    older = hub.api("GET", "/api/audit", limit=2, before=first[-1]["id"]).json()
    assert [r["details"]["after"]["name"] for r in older] == ["S2", "S1"]
    assert hub.api("GET", "/api/audit", limit=0).status_code == 422
