"""The public office overview `GET /api/overview` against a real hub (Wed 09:00, open hours)."""

from __future__ import annotations

import json

from tests.helpers.hub import RunningHub

PRIVATE_KEYS = {"id", "clerk", "note", "status_key", "state", "priority", "tickets"}


def _issue(hub: RunningHub, service: str = "A") -> dict:
    answer = hub.api("POST", "/api/tickets", {"service": service}, token=hub.kiosk_token)
    assert answer.status_code == 201, answer.text
    return answer.json()


def _keys(value: object) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def _overview(hub: RunningHub, query: str = "") -> dict:
    answer = hub.api("GET", "/api/overview" + query)  # no token: it is public
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_fields_waiting_counts_and_current_calls(hub: RunningHub) -> None:
    for service in ("A", "A", "A", "M"):
        _issue(hub, service)
    clerk = hub.login(counter="3")
    called = hub.api("POST", "/api/counters/3/next", {}, token=clerk).json()

    data = _overview(hub)
    assert set(data) == {"org", "now", "services", "calls", "hours", "ticker"}
    assert data["org"] == {"id": "main", "name": data["org"]["name"]} and data["org"]["name"]
    assert data["now"].startswith("2026-11-25T08:") and data["now"].endswith("Z")
    services = {s["letter"]: s for s in data["services"]}
    assert services["A"]["waiting"] == 2 and services["M"]["waiting"] == 1
    assert services["A"]["name_de"] == "Ausweis & Pass"
    assert all(s["open"] and s["reason"] is None for s in services.values())
    estimate = services["A"]["estimate"]
    assert estimate is None or set(estimate) == {"low_min", "high_min"}
    assert data["calls"] == [{"number": called["number"], "counter": "3",
                              "counter_name": "Schalter 3", "called_at": called["called_at"]}]
    assert data["hours"]["open"] is True and data["hours"]["until"] == "2026-11-25T11:00:00Z"
    assert data["hours"]["reason"] is None and data["hours"]["waiting_served"] is True
    assert data["ticker"] == []
    assert _overview(hub, "?org=main") == {**data, "now": _overview(hub, "?org=main")["now"]}


def test_newest_call_first(hub: RunningHub) -> None:
    first, second = _issue(hub), _issue(hub)
    hub.api("POST", "/api/counters/3/next", {}, token=hub.login(counter="3"))
    hub.api("POST", "/api/counters/4/next", {}, token=hub.login(counter="4", who="supervisor"))
    numbers = [c["number"] for c in _overview(hub)["calls"]]
    assert numbers == [second["number"], first["number"]]


def test_no_private_data_even_after_a_transfer_with_a_note(hub: RunningHub) -> None:
    ticket = _issue(hub)
    clerk = hub.login(counter="3")
    assert hub.api("POST", "/api/counters/3/next", {}, token=clerk).status_code == 200
    note = "Frau Beispiel, Akte 4711"
    moved = hub.api("POST", f"/api/tickets/{ticket['id']}/transfer",
                    {"service": "M", "note": note}, token=clerk)
    assert moved.status_code == 200, moved.text
    supervisor = hub.login(counter="5", who="supervisor")
    called = hub.api("POST", f"/api/tickets/{ticket['id']}/call", {}, token=supervisor)
    assert called.status_code == 200, called.text

    data = _overview(hub)
    text = json.dumps(data, ensure_ascii=False)
    assert [c["number"] for c in data["calls"]] == [ticket["number"]]
    assert not _keys({k: v for k, v in data.items() if k != "org"}) & PRIVATE_KEYS
    for secret in (note, "Akte", ticket["status_key"], hub.clerk["name"], hub.supervisor["name"]):
        assert secret not in text


def test_closure_reason_and_ticker(hub: RunningHub) -> None:
    _issue(hub)
    supervisor = hub.login(counter="6", who="supervisor")
    reason = "Personalversammlung"
    made = hub.api("POST", "/api/closures", {"day": "2026-11-25", "reason": reason},
                   token=supervisor)
    assert made.status_code == 201, made.text
    told = hub.api("POST", "/api/ticker", {"text": "Bitte Unterlagen bereithalten."},
                   token=supervisor)
    assert told.status_code == 201, told.text

    data = _overview(hub)
    assert data["hours"]["open"] is False and data["hours"]["reason"] == reason
    assert data["hours"]["waiting_served"] is True
    assert data["hours"]["next_opening"] == "2026-11-27T07:00:00Z"  # Friday 08:00
    services = {s["letter"]: s for s in data["services"]}
    assert services["A"]["waiting"] == 1  # tickets drawn before the closure are still served
    assert not services["A"]["open"] and services["A"]["reason"] == reason
    assert data["ticker"] == ["Bitte Unterlagen bereithalten."]


def test_unknown_or_bad_org(hub: RunningHub) -> None:
    answer = hub.api("GET", "/api/overview?org=nirgendwo")
    assert answer.status_code == 404
    assert answer.json()["code"] == "not_found" and "message" in answer.json()
    for bad in ("", "x" * 65):
        answer = hub.api("GET", f"/api/overview?org={bad}")
        assert answer.status_code == 422 and answer.json()["code"] == "bad_request"


def test_page_headers_and_schema(hub: RunningHub) -> None:
    page = hub.api("GET", "/?org=main")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy
    assert page.headers["cache-control"] == "no-store"
    assert "http://" not in page.text and "https://" not in page.text  # nothing from outside
    spec = hub.api("GET", "/openapi.json").json()
    schema = spec["paths"]["/api/overview"]["get"]["responses"]["200"]["content"]
    assert schema["application/json"]["schema"]["$ref"].endswith("/OverviewOut")
    assert "/" in spec["paths"]
