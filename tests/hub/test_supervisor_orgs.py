"""Several organisations on one hub: scoping of the supervisor API and of events."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from shared.domain.model import Organisation
from shared.storage.store import Repos
from tests.helpers.supervisor import Office, office


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Office]:
    with office(tmp_path / "hub") as running:
        running.store.write_sync(
            lambda repos: repos.office.add_org(Organisation("other", "Nachbarstadt")))
        yield running


def _partner(hub: Office) -> str:
    """Create org "partner" with service A, counter 1, open hours; returns a display token."""
    assert hub.api("POST", "/api/orgs", {"id": "partner", "name": "Partnerstadt",
                                         "state": "NW"}).status_code == 201
    assert hub.api("POST", "/api/services", {"letter": "A", "name_de": "Pass",
                                             "name_en": "Passport"}, org="partner"
                   ).status_code == 201
    assert hub.api("POST", "/api/counters", {"id": "1", "name": "P1", "services": ["A"]},
                   org="partner").status_code == 201
    device = hub.api("POST", "/api/devices", {"role": "display", "name": "P-Anzeige"},
                     org="partner").json()
    return str(device["token"])


def test_supervisor_steers_only_responsible_orgs(hub: Office) -> None:
    assert [o["id"] for o in hub.api("GET", "/api/orgs").json()] == ["main"]
    for org in ("other", "nowhere"):
        for method, path, body in (("GET", "/api/clerks", None),
                                   ("PUT", "/api/counters/1", {"name": "x"}),
                                   ("POST", "/api/devices", {"role": "kiosk", "name": "k"}),
                                   ("GET", "/api/reports?date=2026-11-25", None)):
            answer = hub.api(method, path, body, org=org)
            assert (answer.status_code, answer.json()["code"]) == (403, "forbidden")
    _partner(hub)
    assert [o["id"] for o in hub.api("GET", "/api/orgs").json()] == ["main", "partner"]
    assert hub.api("GET", "/api/counters", org="partner").status_code in (404, 405)
    assert [c["name"] for c in hub.api("GET", "/api/clerks", org="partner").json()] == [
        "leitung"]
    assert hub.api("POST", "/api/orgs", {"id": "partner", "name": "x"}).status_code == 409
    # a supervisor cannot hand out an organisation they do not steer
    answer = hub.api("POST", "/api/clerks", {"name": "x", "pin": "1234", "orgs": ["other"]})
    assert answer.status_code == 403


def test_partner_org_has_its_own_everything(hub: Office) -> None:
    partner_display = _partner(hub)
    state = hub.api("GET", "/api/state", token=partner_display).json()
    assert state["org"]["id"] == "partner"
    assert [s["letter"] for s in state["services"]] == ["A"]
    assert [c["name"] for c in state["counters"]] == ["P1"]
    main = hub.api("GET", "/api/state", token=hub.display).json()
    assert [c["id"] for c in main["counters"]] == ["1", "2", "3", "4", "5", "6"]
    assert [d["name"] for d in hub.api("GET", "/api/devices", org="partner").json()] == [
        "P-Anzeige"]
    assert [r["action"] for r in hub.audit("partner")][-1] == "org_created"


def test_events_of_one_org_never_reach_another(hub: Office) -> None:
    partner_display = _partner(hub)
    with hub.client.websocket_connect(f"/api/events?token={partner_display}&since=0") as ws:
        hub.api("PUT", "/api/counters/1", {"name": "Haupt 1"})  # main
        hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk)  # main
        hub.api("PUT", "/api/counters/1", {"name": "Partner 1"}, org="partner")
        seen = []
        while not seen or seen[-1]["type"] != "counter_changed":
            event = ws.receive_json()
            if event["type"] != "ping":
                seen.append(event)
    assert {e["org"] for e in seen} == {"partner"}
    assert seen[-1]["counter"]["name"] == "Partner 1"


def test_clerk_responsible_for_two_orgs(hub: Office) -> None:
    _partner(hub)
    made = hub.api("POST", "/api/clerks", {"name": "vertretung", "pin": "5555",
                                           "role": "supervisor", "orgs": ["partner"]})
    assert made.json()["orgs"] == ["main", "partner"]

    def session(repos: Repos) -> None:
        repos.auth.add_session("vertretung-token", "vertretung", "supervisor", "main", "5",
                               hub.clock.now())

    hub.store.write_sync(session)
    answer = hub.api("GET", "/api/clerks", token="vertretung-token", org="partner")
    assert answer.status_code == 200
    assert hub.api("GET", "/api/clerks", token="vertretung-token", org="other"
                   ).status_code == 403
