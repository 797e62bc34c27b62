"""The hub's core over real HTTP: issue, next, snapshot, roles."""

from __future__ import annotations

from tests.helpers.hub import RunningHub


def test_health_answers_without_token(hub: RunningHub) -> None:
    answer = hub.api("GET", "/api/health")
    assert answer.status_code == 200
    assert answer.json()["status"] == "ok"


def test_issue_then_next_calls_the_ticket(hub: RunningHub) -> None:
    issued = hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk_token)
    assert issued.status_code == 201, issued.text
    ticket = issued.json()
    assert ticket["number"] == "A001"
    assert ticket["position"] == 0
    assert ticket["status_key"]

    clerk = hub.login("1")
    called = hub.api("POST", "/api/counters/1/next", {}, token=clerk)
    assert called.status_code == 200, called.text
    assert called.json()["id"] == ticket["id"]
    assert called.json()["state"] == "called"
    assert called.json()["counter"] == "1"

    empty = hub.api("POST", "/api/counters/1/next", {}, token=clerk)
    assert empty.status_code == 409
    assert empty.json()["code"] == "queue_empty"
    done = hub.api("GET", f"/api/tickets/{ticket['id']}", token=clerk).json()
    assert done["state"] == "done"


def test_public_snapshot_hides_clerk_data(hub: RunningHub) -> None:
    hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk_token)
    clerk = hub.login("1")
    hub.api("POST", "/api/counters/1/next", {}, token=clerk)
    state = hub.api("GET", "/api/state", token=hub.display_token).json()
    assert state["calls"][0]["clerk"] is None
    assert state["calls"][0]["status_key"] is None
    assert all(c["clerk"] is None for c in state["counters"])
    assert state["tickets"] is None
    staff = hub.api("GET", "/api/state", token=clerk).json()
    assert staff["calls"][0]["clerk"] == hub.clerk["name"]
