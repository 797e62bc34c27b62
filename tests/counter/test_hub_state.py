"""The counter's picture of the hub, and the traffic light: plain Python, no hub needed."""

from __future__ import annotations

from typing import Any

import pytest

from counter.actions import allowed
from counter.hub_clock import HubClock
from counter.hub_state import HubState
from counter.traffic_light import AMBER_BELOW_S, GREEN_BELOW_S, Light, light_for


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _ticket(tid: int, state: str, **extra: Any) -> dict[str, Any]:
    base = {
        "id": tid,
        "number": f"A{tid:03d}",
        "service": "A",
        "state": state,
        "priority": 0,
        "queued_at": f"2026-11-25T08:0{tid}:00Z",
        "counter": None,
        "called_at": None,
        "clerk": None,
    }
    return base | extra


def _snapshot() -> dict[str, Any]:
    return {
        "seq": 5,
        "now": "2026-11-25T08:10:00Z",
        "org": {"name": "Bürgerbüro"},
        "services": [{"letter": "A", "name_de": "Ausweis", "name_en": "ID card"}],
        "counters": [
            {"id": "3", "name": "Schalter 3", "services": ["A"], "state": "open", "clerk": "demo"}
        ],
        "queues": [{"service": "A", "waiting": 2, "longest_wait_s": 600}],
        "tickets": [_ticket(1, "waiting"), _ticket(2, "parked")],
        "calls": [_ticket(3, "called", counter="3", called_at="2026-11-25T08:09:00Z")],
        "recent_calls": [
            _ticket(4, "done", counter="3", clerk="demo", finished_at="2026-11-25T08:08:00Z")
        ],
    }


@pytest.mark.parametrize(
    ("wait_s", "light"),
    [
        (0, Light.GREEN),
        (GREEN_BELOW_S - 1, Light.GREEN),
        (GREEN_BELOW_S, Light.AMBER),
        (AMBER_BELOW_S - 1, Light.AMBER),
        (AMBER_BELOW_S, Light.RED),
        (3 * 3600, Light.RED),
    ],
)
def test_traffic_light(wait_s: float, light: Light):
    assert GREEN_BELOW_S == 15 * 60 and AMBER_BELOW_S == 30 * 60
    assert light_for(wait_s) is light


def test_snapshot_then_events():
    mono = FakeMonotonic()
    state = HubState(HubClock(mono))
    state.apply_snapshot(_snapshot())
    assert [t["id"] for t in state.in_queue("waiting")] == [1]
    assert [t["id"] for t in state.in_queue("parked")] == [2]
    assert state.at_counter("3")["id"] == 3  # type: ignore[index]
    assert [t["id"] for t in state.served_by("demo")] == [4]
    assert state.service_name("A", "en") == "ID card"
    # The queue's longest wait runs on with the hub's clock.
    mono.now += 120
    assert state.queue_wait_s("A") == pytest.approx(720)
    done = _ticket(3, "done", counter="3", clerk="demo", finished_at="2026-11-25T08:12:00Z")
    assert state.apply_event(
        {
            "type": "ticket_done",
            "seq": 6,
            "ticket": done,
            "at": "2026-11-25T08:12:00Z",
            "queues": [{"service": "A", "waiting": 1, "longest_wait_s": 0}],
        }
    )
    assert state.at_counter("3") is None
    assert [t["id"] for t in state.served_by("demo")] == [3, 4]
    voided = _ticket(1, "voided")
    state.apply_event({"type": "ticket_voided", "seq": 7, "ticket": voided})
    assert state.in_queue("waiting") == []
    changed = {"id": "3", "state": "paused", "clerk": "demo", "services": ["A"]}
    assert state.apply_event({"type": "counter_changed", "seq": 8, "counter": changed})
    assert state.counters["3"]["state"] == "paused"
    assert state.apply_event({"type": "ping"}) == ""


def test_hub_clock_never_runs_backwards_on_events():
    mono = FakeMonotonic()
    clock = HubClock(mono)
    clock.sync("2026-11-25T08:00:00Z", force=True)
    mono.now += 60
    clock.sync("2026-11-25T08:00:30Z")  # an event stamped before our estimate
    assert clock.now().isoformat() == "2026-11-25T08:01:00+00:00"
    assert clock.seconds_since("2026-11-25T07:50:00Z") == 660


@pytest.mark.parametrize(
    ("action", "ticket", "counter", "ok"),
    [
        ("next", None, "open", True),
        ("next", None, "paused", False),
        ("recall", "called", "open", True),
        ("recall", "serving", "open", False),
        ("done", "serving", "open", True),
        ("park", None, "open", False),
        ("paused", None, "open", True),
        ("open", None, "paused", True),
        ("closed", None, "closed", False),
        ("call", None, "open", True),
    ],
)
def test_allowed(action: str, ticket: str | None, counter: str, ok: bool):
    assert allowed(action, ticket, counter) is ok
