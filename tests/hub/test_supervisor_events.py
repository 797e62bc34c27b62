"""`WS /api/events?org=ID`: a supervisor of several organisations follows one of them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from shared.domain.model import Organisation
from tests.helpers.supervisor import Office, office


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Office]:
    with office(tmp_path / "hub") as running:
        running.store.write_sync(
            lambda repos: repos.office.add_org(Organisation("other", "Nachbarstadt")))
        assert running.api("POST", "/api/orgs", {"id": "partner", "name": "Partnerstadt",
                                                 "state": "NW"}).status_code == 201
        assert running.api("POST", "/api/counters", {"id": "1", "name": "P1", "services": []},
                           org="partner").status_code == 201
        yield running


def _until(ws: Any, type_: str) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []
    while not seen or seen[-1]["type"] != type_:
        event = ws.receive_json()
        if event["type"] != "ping":
            seen.append(event)
    return seen


def test_supervisor_follows_a_partner_org(hub: Office) -> None:
    url = f"/api/events?token={hub.supervisor}&org=partner&since=0"
    with hub.client.websocket_connect(url) as ws:
        # replay: only the partner's events (org created in main, counter in partner)
        replayed = _until(ws, "config_changed")
        assert [(e["org"], e.get("what")) for e in replayed] == [("partner", "counters")]
        hub.api("POST", "/api/ticker", {"text": "Haupthaus"})  # main: not for this socket
        hub.api("POST", "/api/ticker", {"text": "Partner"}, org="partner")
        live = _until(ws, "ticker_changed")
    assert [(e["org"], e["type"]) for e in live] == [("partner", "ticker_changed")]
    assert [t["text"] for t in live[0]["ticker"]] == ["Partner"]
    assert live[0]["seq"] > replayed[-1]["seq"]


def test_default_is_the_session_org(hub: Office) -> None:
    with hub.client.websocket_connect(f"/api/events?token={hub.supervisor}") as ws:
        hub.api("POST", "/api/ticker", {"text": "Partner"}, org="partner")
        hub.api("POST", "/api/ticker", {"text": "Haupthaus"})
        (event,) = _until(ws, "ticker_changed")
    assert event["org"] == "main"


@pytest.mark.parametrize(("who", "org"), [
    ("display", "main"), ("display", "partner"), ("kiosk", "partner"), ("clerk", "main"),
    ("supervisor", "other"), ("supervisor", "nowhere"), ("supervisor", "NO/valid"),
])
def test_org_refused_with_4403(hub: Office, who: str, org: str) -> None:
    token = getattr(hub, who)
    with hub.client.websocket_connect(f"/api/events?token={token}&org={org}") as ws:
        assert ws.receive_json()["code"] == "forbidden"
        message = ws.receive()
    assert (message["type"], message["code"]) == ("websocket.close", 4403)
