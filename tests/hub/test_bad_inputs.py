"""Bad input gets a 4xx with a `code`, never a 500."""

from __future__ import annotations

from tests.helpers.hub import RunningHub


def _post(hub: RunningHub, path: str, content: bytes) -> tuple[int, dict]:  # type: ignore[type-arg]
    answer = hub.client.post(path, content=content, headers={
        "Authorization": f"Bearer {hub.kiosk_token}", "Content-Type": "application/json"})
    return answer.status_code, answer.json()


MALFORMED = [
    b"{not json", b"", b"[]", b'"A"', b'{"service": 1}', b'{"service": "A", "priority": false}',
    b'{"service": "A", "priority": "1"}', b'{"service": "A", "priority": 9}',
    b'{"service": "A", "extra": 1}', b'{"service": "AA"}', b'{"service": "A", "request_id": ""}',
]


def test_malformed_issue_bodies(hub: RunningHub) -> None:
    for body in MALFORMED:
        status, answer = _post(hub, "/api/tickets", body)
        assert status in (400, 422), body
        assert answer["code"] == "bad_request", body


def test_unknown_service_ticket_and_path(hub: RunningHub) -> None:
    status, answer = _post(hub, "/api/tickets", b'{"service": "Z"}')
    assert (status, answer["code"]) == (404, "unknown_service")
    clerk = hub.login("1")
    answer = hub.api("GET", "/api/tickets/999", token=clerk)
    assert (answer.status_code, answer.json()["code"]) == (404, "unknown_ticket")
    answer = hub.api("POST", "/api/tickets/999/done", {}, token=clerk)
    assert (answer.status_code, answer.json()["code"]) == (404, "unknown_ticket")
    answer = hub.api("POST", "/api/tickets/1/dance", {}, token=clerk)
    assert answer.status_code == 422
    answer = hub.api("POST", "/api/counters/99/next", {}, token=clerk)
    assert answer.status_code in (403, 404)
    answer = hub.api("GET", "/api/nowhere")
    assert (answer.status_code, answer.json()["code"]) == (404, "not_found")
    answer = hub.api("GET", "/api/status/nope")
    assert (answer.status_code, answer.json()["code"]) == (404, "unknown_ticket")


def test_oversized_body(hub: RunningHub) -> None:
    status, answer = _post(hub, "/api/tickets", b'{"service": "' + b"A" * 100_000 + b'"}')
    assert (status, answer["code"]) == (413, "body_too_large")


def test_illegal_transition_is_409(hub: RunningHub) -> None:
    ticket = hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk_token).json()
    clerk = hub.login("1")
    answer = hub.api("POST", f"/api/tickets/{ticket['id']}/done", {}, token=clerk)
    assert (answer.status_code, answer.json()["code"]) == (409, "illegal_transition")


def test_visitor_status_json(hub: RunningHub) -> None:
    first = hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk_token).json()
    second = hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk_token).json()
    status = hub.api("GET", f"/api/status/{second['status_key']}").json()
    assert status["number"] == "A002"
    assert status["position"] == 1
    assert status["state"] == "waiting"
    clerk = hub.login("1")
    hub.api("POST", "/api/counters/1/next", {}, token=clerk)
    status = hub.api("GET", f"/api/status/{first['status_key']}").json()
    assert (status["state"], status["counter"], status["position"]) == ("called", "1", None)
