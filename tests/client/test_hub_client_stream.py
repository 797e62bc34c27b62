"""HubClient.set_stream_params: a supervisor's client follows another organisation's events."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from shared.client.hub_client import HubClient
from tests.helpers.hub import RunningHub


def _ok(hub: RunningHub, method: str, path: str, token: str, body: dict) -> dict:
    answer = hub.api(method, path, body, token=token)
    assert answer.status_code < 300, answer.text
    return answer.json()


def test_stream_params_switch_the_followed_organisation(qtbot: QtBot, hub: RunningHub) -> None:
    token = hub.login(counter="6", who="supervisor")
    _ok(hub, "POST", "/api/orgs", token, {"id": "partner", "name": "Partner", "state": "NW"})
    client = HubClient(hub.url, token)
    events: list[dict] = []
    client.event_received.connect(events.append)
    with qtbot.waitSignal(client.connection_changed, timeout=10_000):
        client.start()
    assert client.stream_params == {}
    with qtbot.waitSignal(client.state_received, timeout=10_000):
        client.set_stream_params({"org": "partner"})  # a running client starts over
    assert client.stream_params == {"org": "partner"}
    qtbot.waitUntil(lambda: client.connected, timeout=10_000)
    # The stream is open once connected: a main ticket stays away, partner's change comes.
    hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk_token)
    _ok(hub, "POST", "/api/services?org=partner", token,
        {"letter": "B", "name_de": "Bauamt", "name_en": "Building"})
    qtbot.waitUntil(lambda: any(e["type"] == "config_changed" for e in events), timeout=10_000)
    assert {e["org"] for e in events} == {"partner"}
    events.clear()
    with qtbot.waitSignal(client.state_received, timeout=10_000):
        client.set_stream_params(None)  # back to the session's organisation
    qtbot.waitUntil(lambda: client.connected, timeout=10_000)
    hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk_token)
    qtbot.waitUntil(lambda: any(e["type"] == "ticket_issued" for e in events), timeout=10_000)
    assert {e["org"] for e in events} == {"main"}
    client.stop()
