"""The older steering routes (closures, extra sessions, weekly plan, ticker, counter state):
audited in the command's transaction and scoped with `?org=` like the supervisor API."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from shared.domain.model import Organisation
from tests.helpers.supervisor import Office, office

CLOSURE = {"day": "2026-11-27", "reason": "x"}
PLAN = {"weekly": [{"service": "A", "weekday": 0, "start": "08:00", "end": "12:00"}]}


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Office]:
    with office(tmp_path / "hub") as running:
        # "other" exists, but the supervisor is not responsible for it.
        running.store.write_sync(
            lambda repos: repos.office.add_org(Organisation("other", "Nachbarstadt")))
        yield running


def _partner(hub: Office) -> None:
    assert hub.api("POST", "/api/orgs", {"id": "partner", "name": "Partnerstadt",
                                         "state": "NW"}).status_code == 201
    assert hub.api("POST", "/api/services", {"letter": "A", "name_de": "Pass",
                                             "name_en": "Passport"}, org="partner"
                   ).status_code == 201
    assert hub.api("POST", "/api/counters", {"id": "1", "name": "P1", "services": ["A"]},
                   org="partner").status_code == 201


def _call(hub: Office, method: str, path: str, body: Any, org: str | None,
          token: str | None = None) -> Any:
    """`hub.api` with `?org=` only when given."""
    return hub.api(method, path, body, token=token, **({"org": org} if org else {}))


def _made(hub: Office, path: str, body: dict[str, Any], org: str) -> int:
    answer = hub.api("POST", path, body, org=org)
    assert answer.status_code == 201, answer.text
    return int(answer.json()["id"])


#: (name, audit action, request builder: hub, org -> (method, path, body)).
Route = tuple[str, str, Callable[[Office, str], tuple[str, str, Any]]]
ROUTES: list[Route] = [
    ("add closure", "closure_created", lambda h, o: (
        "POST", "/api/closures", {"day": "2026-11-27", "reason": "Betriebsausflug"})),
    ("remove closure", "closure_removed", lambda h, o: (
        "DELETE", f"/api/closures/{_made(h, '/api/closures', CLOSURE, o)}", None)),
    ("add session", "session_created", lambda h, o: (
        "POST", "/api/sessions", {"day": "2026-11-26", "start": "13:00", "end": "15:00"})),
    ("weekly plan", "plan_changed", lambda h, o: ("PUT", "/api/hours/plan", PLAN)),
    ("add ticker", "ticker_created", lambda h, o: ("POST", "/api/ticker", {"text": "Hallo"})),
    ("remove ticker", "ticker_removed", lambda h, o: (
        "DELETE", f"/api/ticker/{_made(h, '/api/ticker', {'text': 'x'}, o)}", None)),
    ("counter state", "counter_state_changed", lambda h, o: (
        "POST", "/api/counters/1/state", {"state": "paused"})),
]
IDS = [r[0] for r in ROUTES]


@pytest.mark.parametrize("org", ["main", "partner"])
@pytest.mark.parametrize(("name", "action", "build"), ROUTES, ids=IDS)
def test_each_change_writes_one_audit_row(hub: Office, org: str, name: str, action: str,
                                          build: Callable[[Office, str], Any]) -> None:
    if org == "partner":
        _partner(hub)
    method, path, body = build(hub, org)
    before = [r["id"] for r in hub.audit(org)]
    with hub.client.websocket_connect(f"/api/events?token={hub.display}") as ws:
        answer = _call(hub, method, path, body, org if org != "main" else None)
        assert answer.status_code in (200, 201, 204), answer.text
        if org == "main":  # the event goes to the target organisation's clients
            event = ws.receive_json()
            assert event["type"] in ("hours_changed", "ticker_changed", "counter_changed")
    rows = [r for r in hub.audit(org) if r["id"] not in before]
    assert [(r["who"], r["action"], r["org"]) for r in rows] == [
        ("clerk:leitung", action, org)], name


def test_audit_rows_carry_what_changed(hub: Office) -> None:
    closure = hub.api("POST", "/api/closures", {"day": "2026-11-27", "reason": "Umzug",
                                                "start": "09:00", "end": "10:00"}).json()
    hub.api("PUT", "/api/hours/plan", PLAN)
    hub.api("POST", "/api/counters/2/state", {"state": "open"})
    plan, created = hub.audit()[1], hub.audit()[2]
    assert created["details"]["closure"] == closure
    assert plan["details"]["after"] == [{**PLAN["weekly"][0]}]
    assert len(plan["details"]["before"]) > 1  # the seeded plan
    counter = hub.audit()[0]["details"]
    assert counter == {"counter": "2", "before": "closed", "after": "open"}


def test_retried_command_is_audited_once(hub: Office) -> None:
    body = {"text": "Heute kürzer", "request_id": "r-1"}
    first = hub.api("POST", "/api/ticker", body)
    again = hub.api("POST", "/api/ticker", body)
    assert first.json() == again.json()
    assert [r["action"] for r in hub.audit()] == ["ticker_created"]


def test_refused_change_writes_no_audit_row(hub: Office) -> None:
    assert hub.api("DELETE", "/api/closures/999").status_code == 404
    bad = hub.api("POST", "/api/closures", {"day": "2026-11-27", "reason": "x",
                                            "service": "Z"})
    assert bad.status_code == 404
    assert hub.audit() == []


def test_supervisor_own_counter_is_not_audited(hub: Office) -> None:
    # The supervisor's session is at counter 6: working it is not steering someone else.
    assert hub.api("POST", "/api/counters/6/state", {"state": "open"}).status_code == 200
    assert hub.audit() == []


@pytest.mark.parametrize("org", ["other", "nowhere"])
@pytest.mark.parametrize(("name", "action", "build"), ROUTES, ids=IDS)
def test_org_not_steered_is_forbidden(hub: Office, org: str, name: str, action: str,
                                      build: Callable[[Office, str], Any]) -> None:
    if "remove" in name:  # something to remove in main; the id is then asked in `org`
        method, path, body = build(hub, "main")
    else:
        method, path, body = build(hub, org)
    before = hub.audit()
    answer = hub.api(method, path, body, org=org)
    assert (answer.status_code, answer.json()["code"]) == (403, "forbidden"), name
    assert hub.audit() == before
    assert hub.api("GET", "/api/hours/plan", org=org).status_code == 403


@pytest.mark.parametrize(("name", "action", "build"), ROUTES, ids=IDS)
def test_clerk_is_forbidden(hub: Office, name: str, action: str,
                            build: Callable[[Office, str], Any]) -> None:
    method, path, body = build(hub, "main")
    if name == "counter state":
        path = "/api/counters/2/state"  # the clerk works counter 1
    for org in (None, "main"):
        answer = _call(hub, method, path, body, org, token=hub.clerk)
        assert (answer.status_code, answer.json()["code"]) == (403, "forbidden"), (name, org)
    assert all(r["action"] != action or "remove" in name for r in hub.audit())


def test_clerk_keeps_its_own_counter_and_plan(hub: Office) -> None:
    answer = hub.api("POST", "/api/counters/1/state", {"state": "open"}, token=hub.clerk)
    assert answer.status_code == 200
    assert hub.api("GET", "/api/hours/plan", token=hub.clerk).status_code == 200
    assert hub.api("GET", "/api/hours/plan", token=hub.clerk, org="main").status_code == 403
    assert hub.audit() == []


def test_partner_org_steered_without_touching_main(hub: Office) -> None:
    _partner(hub)
    hub.api("POST", "/api/closures", {"day": "2026-11-25", "reason": "Streik"}, org="partner")
    partner = hub.api("GET", "/api/hours/plan", org="partner").json()
    assert [c["reason"] for c in partner["closures"]] == ["Streik"]
    assert hub.api("GET", "/api/hours/plan").json()["closures"] == []
    state = hub.api("POST", "/api/counters/1/state", {"state": "open"}, org="partner").json()
    assert state["name"] == "P1"
    main = hub.api("GET", "/api/state").json()
    assert next(c for c in main["counters"] if c["id"] == "1")["state"] == "closed"
