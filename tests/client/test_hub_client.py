"""HubClient against a real hub on loopback: snapshot, live events, replay, outage, commands."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from shared.client.hub_client import HubClient
from tests.helpers.hub import RunningHub


@pytest.fixture
def events() -> list[dict]:
    return []


@pytest.fixture
def client(qtbot: QtBot, hub: RunningHub, events: list[dict]) -> Iterator[HubClient]:
    hub_client = HubClient(hub.url, hub.display_token)
    hub_client.event_received.connect(events.append)
    with qtbot.waitSignal(hub_client.connection_changed, timeout=10_000) as connected:
        hub_client.start()
    assert connected.args == [True]
    yield hub_client
    hub_client.stop()


def _issue(hub: RunningHub, service: str = "A") -> dict:
    answer = hub.api("POST", "/api/tickets", {"service": service}, token=hub.kiosk_token)
    assert answer.status_code == 201, answer.text
    return answer.json()


def test_snapshot_comes_before_events(qtbot: QtBot, hub: RunningHub) -> None:
    hub_client = HubClient(hub.url, hub.display_token)
    with qtbot.waitSignal(hub_client.state_received, timeout=10_000) as snapshot:
        hub_client.start()
    state = snapshot.args[0]
    assert {s["letter"] for s in state["services"]} >= {"A", "M", "O"}
    assert hub_client.last_seq == state["seq"]
    hub_client.stop()
    assert not hub_client.connected


def test_live_event_arrives_once(qtbot: QtBot, hub: RunningHub, client: HubClient,
                                 events: list[dict]) -> None:
    ticket = _issue(hub)
    qtbot.waitUntil(lambda: any(e["type"] == "ticket_issued" for e in events), timeout=5000)
    issued = [e for e in events if e["type"] == "ticket_issued"]
    assert [e["ticket"]["number"] for e in issued] == [ticket["number"]]
    assert "replayed" not in issued[0]
    assert client.last_seq == issued[0]["seq"]


def test_missed_events_are_replayed_once_in_order(qtbot: QtBot, hub: RunningHub,
                                                  client: HubClient,
                                                  events: list[dict]) -> None:
    client.stop()
    numbers = [_issue(hub)["number"] for _ in range(3)]
    with qtbot.waitSignal(client.connection_changed, timeout=10_000):
        client.start()
    qtbot.waitUntil(lambda: len(events) >= 3, timeout=5000)
    assert [e["ticket"]["number"] for e in events] == numbers
    seqs = [e["seq"] for e in events]
    assert seqs == sorted(set(seqs))
    # The fresh snapshot already holds them: the app may skip re-applying.
    assert all(e.get("replayed") for e in events)


def test_outage_is_reported_and_recovered(qtbot: QtBot, hub: RunningHub, client: HubClient,
                                          events: list[dict]) -> None:
    with qtbot.waitSignal(client.connection_changed, timeout=10_000) as lost:
        hub.stop()
    assert lost.args == [False]
    with qtbot.waitSignal(client.connection_changed, timeout=15_000) as back:
        hub.start()
    assert back.args == [True]
    ticket = _issue(hub)
    qtbot.waitUntil(lambda: any(e["ticket"]["id"] == ticket["id"] for e in events
                                if "ticket" in e), timeout=5000)
    seqs = [e["seq"] for e in events]
    assert len(seqs) == len(set(seqs))


def test_command_reply_and_retry_with_same_request_id(qtbot: QtBot, hub: RunningHub) -> None:
    kiosk = HubClient(hub.url, hub.kiosk_token)
    first = kiosk.request("POST", "/api/tickets", {"service": "M"}, request_id="touch-1")
    with qtbot.waitSignal(first.succeeded, timeout=5000) as one:
        pass
    again = kiosk.request("POST", "/api/tickets", {"service": "M"}, request_id="touch-1")
    with qtbot.waitSignal(again.succeeded, timeout=5000) as two:
        pass
    assert one.args[0]["id"] == two.args[0]["id"]
    assert first.status == 201


def test_refusal_carries_the_hubs_code(qtbot: QtBot, hub: RunningHub) -> None:
    kiosk = HubClient(hub.url, hub.kiosk_token)
    failures: list[tuple[str, str, str]] = []
    kiosk.request_failed.connect(lambda *args: failures.append(args))
    reply = kiosk.request("POST", "/api/tickets", {"service": "Z"}, tag="issue")
    with qtbot.waitSignal(reply.failed, timeout=5000) as failed:
        pass
    code, message, body = failed.args
    assert code == body["code"] and code.startswith(("unknown", "not_found"))
    assert message
    assert failures and failures[0][:2] == ("issue", code)


def test_unreachable_hub_is_a_code_not_an_exception(qtbot: QtBot) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    nowhere = HubClient(f"http://127.0.0.1:{free_port}")
    reply = nowhere.request("GET", "/api/health")
    with qtbot.waitSignal(reply.failed, timeout=5000) as failed:
        pass
    assert failed.args[0] == "unreachable"


def test_login_through_the_client(qtbot: QtBot, hub: RunningHub) -> None:
    clerk = HubClient(hub.url)
    reply = clerk.request("POST", "/api/login", {"name": hub.clerk["name"],
                                                 "pin": hub.clerk["pin"], "counter": "2"})
    with qtbot.waitSignal(reply.succeeded, timeout=5000) as answer:
        pass
    clerk.set_token(answer.args[0]["token"])
    called = clerk.request("POST", "/api/counters/2/next")
    with qtbot.waitSignal(called.failed, timeout=5000) as refused:
        pass
    assert refused.args[0] == "queue_empty"
