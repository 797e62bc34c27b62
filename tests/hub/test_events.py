"""The WebSocket: replay after `since`, live events, resync, privacy of public roles."""

from __future__ import annotations

import json
from typing import Any

import websockets.sync.client as ws

from tests.helpers.hub import RunningHub


def _issue(hub: RunningHub, n: int = 1) -> None:
    for _ in range(n):
        assert hub.api("POST", "/api/tickets", {"service": "A"},
                       token=hub.kiosk_token).status_code == 201


def _recv(conn: ws.ClientConnection) -> dict[str, Any]:
    while True:
        message = json.loads(conn.recv(timeout=10))
        if message["type"] != "ping":
            return message  # type: ignore[no-any-return]


def test_reconnect_with_since_gets_exactly_the_missed_events(hub: RunningHub) -> None:
    _issue(hub, 3)
    seq = hub.api("GET", "/api/health").json()["seq"]
    _issue(hub, 4)  # missed while "disconnected"
    with ws.connect(hub.ws_url(hub.display_token, since=seq)) as conn:
        replayed = [_recv(conn) for _ in range(4)]
        assert [e["seq"] for e in replayed] == list(range(seq + 1, seq + 5))
        assert [e["ticket"]["number"] for e in replayed] == ["A004", "A005", "A006", "A007"]
        _issue(hub, 1)
        live = _recv(conn)
        assert live["seq"] == seq + 5
        assert live["type"] == "ticket_issued"
        assert live["queues"][0]["waiting"] == 8


def test_events_arrive_in_order_without_gaps_while_commands_run(hub: RunningHub) -> None:
    _issue(hub, 2)
    with ws.connect(hub.ws_url(hub.display_token, since=1)) as conn:
        _issue(hub, 20)
        seqs = [_recv(conn)["seq"] for _ in range(21)]
    assert seqs == list(range(2, 23))


def test_since_beyond_the_log_asks_for_resync(hub: RunningHub) -> None:
    _issue(hub, 1)
    with ws.connect(hub.ws_url(hub.display_token, since=999)) as conn:
        assert _recv(conn) == {"type": "resync", "seq": 1}


def test_public_events_carry_no_clerk_or_note(hub: RunningHub) -> None:
    _issue(hub, 1)
    clerk = hub.login("1")
    with ws.connect(hub.ws_url(hub.display_token)) as public, \
            ws.connect(hub.ws_url(clerk)) as staff:
        hub.api("POST", "/api/counters/1/next", {}, token=clerk)
        seen = _recv(public)
        assert seen["type"] == "ticket_called"
        assert (seen["ticket"]["clerk"], seen["ticket"]["status_key"]) == (None, None)
        assert _recv(staff)["ticket"]["clerk"] == hub.clerk["name"]


def test_bad_token_is_refused(hub: RunningHub) -> None:
    with ws.connect(hub.ws_url("nope")) as conn:
        assert json.loads(conn.recv(timeout=10))["code"] == "unauthorized"


def test_a_batch_stream_replays_and_streams_arrays_exactly_once(hub: RunningHub) -> None:
    _issue(hub, 3)
    seq = hub.api("GET", "/api/health").json()["seq"]
    _issue(hub, 4)  # missed while "disconnected"
    with ws.connect(hub.ws_url(hub.display_token, since=seq) + "&batch=1") as conn:
        first = json.loads(conn.recv(timeout=10))
        assert isinstance(first, list)  # the replay page as one message
        assert [e["ticket"]["number"] for e in first] == ["A004", "A005", "A006", "A007"]
        _issue(hub, 5)
        live: list[dict[str, Any]] = []
        while len(live) < 5:
            message = json.loads(conn.recv(timeout=10))
            if isinstance(message, list):
                live += message
            else:
                assert message == {"type": "ping"}  # anything else stays a plain object
    assert [e["seq"] for e in live] == list(range(seq + 5, seq + 10))
    assert all(e["ticket"]["status_key"] is None for e in first + live)
