"""A retried command (same request id, same caller) is applied once."""

from __future__ import annotations

from tests.helpers.hub import RunningHub


def test_retried_issue_returns_the_first_ticket(hub: RunningHub) -> None:
    body = {"service": "A", "request_id": "kiosk-1-0001"}
    first = hub.api("POST", "/api/tickets", body, token=hub.kiosk_token)
    again = hub.api("POST", "/api/tickets", body, token=hub.kiosk_token)
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    state = hub.api("GET", "/api/state", token=hub.login("1")).json()
    assert [q["waiting"] for q in state["queues"] if q["service"] == "A"] == [1]


def test_retried_next_does_not_skip_a_ticket(hub: RunningHub) -> None:
    for _ in range(2):
        hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk_token)
    clerk = hub.login("1")
    first = hub.api("POST", "/api/counters/1/next", {"request_id": "n1"}, token=clerk).json()
    again = hub.api("POST", "/api/counters/1/next", {"request_id": "n1"}, token=clerk).json()
    assert first == again
    second = hub.api("POST", "/api/counters/1/next", {"request_id": "n2"}, token=clerk).json()
    assert (first["number"], second["number"]) == ("A001", "A002")


def test_same_request_id_of_another_caller_is_another_command(hub: RunningHub) -> None:
    clerk = hub.login("1")
    one = hub.api("POST", "/api/tickets", {"service": "A", "request_id": "x"},
                  token=hub.kiosk_token)
    two = hub.api("POST", "/api/tickets", {"service": "A", "request_id": "x"}, token=clerk)
    assert one.json()["id"] != two.json()["id"]
