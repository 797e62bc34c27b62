"""The supervisor API on a real hub over loopback: steering seen by other clients at once,
a revoked device's WebSocket closed."""

from __future__ import annotations

import json
from typing import Any

import pytest
import websockets.sync.client as ws
from websockets.exceptions import ConnectionClosed

from tests.helpers.hub import RunningHub


def _recv(conn: ws.ClientConnection, type_: str) -> dict[str, Any]:
    while True:
        message = json.loads(conn.recv(timeout=10))
        if message["type"] == type_:
            return message  # type: ignore[no-any-return]


def test_steering_over_the_network(hub: RunningHub) -> None:
    boss = hub.login("6", who="supervisor")
    clerk = hub.login("1")
    assert hub.api("PUT", "/api/counters/2", {"services": ["M"]}, token=clerk).status_code == 403
    made = hub.api("POST", "/api/devices", {"role": "display", "name": "Flur"}, token=boss)
    assert made.status_code == 201, made.text
    device = made.json()
    with ws.connect(hub.ws_url(hub.display_token)) as display, \
            ws.connect(hub.ws_url(device["token"])) as doomed:
        answer = hub.api("PUT", "/api/counters/2", {"services": ["M", "A"]}, token=boss)
        assert answer.status_code == 200, answer.text
        assert _recv(display, "counter_changed")["counter"]["services"] == ["M", "A"]
        assert _recv(doomed, "counter_changed")["counter"]["id"] == "2"
        assert hub.api("DELETE", f"/api/devices/{device['id']}", token=boss).status_code == 204
        with pytest.raises(ConnectionClosed) as closed:
            while True:
                doomed.recv(timeout=10)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 4401
    assert hub.api("GET", "/api/state", token=device["token"]).status_code == 401
    actions = [r["action"] for r in hub.api("GET", "/api/audit", token=boss).json()]
    assert actions == ["device_revoked", "counter_changed", "device_created"]
