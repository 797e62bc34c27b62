"""Counters through the supervisor view: pause/open/close any counter, move its services."""

from __future__ import annotations

from typing import Any

from tests.counter.helpers import WAIT_MS, hub_state, issue
from tests.counter.test_supervisor_support import Supervisor, supervisor

__all__ = ["supervisor"]


def _counter(hub: Any, counter_id: str) -> dict[str, Any]:
    return next(c for c in hub_state(hub)["counters"] if c["id"] == counter_id)


def test_pause_and_open_another_counter(
    hub: Any, supervisor: Supervisor, events: Any, qtbot: Any
) -> None:
    hub.login(counter="3", who="clerk")
    tab = supervisor.window.counters
    qtbot.waitUntil(lambda: supervisor.vm.state.counters["3"]["state"] == "open", timeout=WAIT_MS)
    tab.select("3")
    assert supervisor.vm.counters.selected == "3"
    pause = tab.state_buttons["paused"]
    assert pause.isEnabled() and not tab.state_buttons["open"].isEnabled()
    level, text = supervisor.run(qtbot, pause.click)
    assert level == "info", text
    assert _counter(hub, "3")["state"] == "paused"
    qtbot.waitUntil(lambda: events.counter_state("3") == "paused", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.state_buttons["open"].isEnabled(), timeout=WAIT_MS)
    assert not pause.isEnabled()
    supervisor.run(qtbot, tab.state_buttons["open"].click)
    assert _counter(hub, "3")["state"] == "open"
    qtbot.waitUntil(lambda: events.counter_state("3") == "open", timeout=WAIT_MS)


def test_buttons_are_disabled_while_the_command_is_in_flight(
    hub: Any, supervisor: Supervisor, qtbot: Any
) -> None:
    tab = supervisor.window.counters
    tab.select("2")
    close, open_ = tab.state_buttons["closed"], tab.state_buttons["open"]
    assert open_.isEnabled()
    with qtbot.waitSignal(supervisor.vm.message, timeout=WAIT_MS):
        open_.click()
        assert not open_.isEnabled() and not close.isEnabled()
        assert not tab.state_buttons["paused"].isEnabled()
    assert _counter(hub, "2")["state"] == "open"


def test_move_a_counter_to_other_services(
    hub: Any, supervisor: Supervisor, events: Any, qtbot: Any
) -> None:
    clerk = hub.login(counter="5", who="clerk")
    issue(hub, "O")
    tab = supervisor.window.counters
    tab.select("5")
    assert tab.checked_services() == ["M"]
    assert not tab.apply_button.isEnabled()
    tab.set_checked(["M", "O"])
    assert tab.apply_button.isEnabled()
    level, text = supervisor.run(qtbot, tab.apply_button.click)
    assert level == "info", text
    assert _counter(hub, "5")["services"] == ["M", "O"]
    qtbot.waitUntil(
        lambda: any(
            e.get("type") == "counter_changed"
            and e["counter"]["id"] == "5"
            and e["counter"]["services"] == ["M", "O"]
            for e in events.seen
        ),
        timeout=WAIT_MS,
    )
    # Effective at once: the clerk's next call takes the O ticket.
    answer = hub.api("POST", "/api/counters/5/next", {}, token=clerk)
    assert answer.status_code == 200, answer.text
    assert answer.json()["service"] == "O"


def test_a_counter_needs_a_service(hub: Any, supervisor: Supervisor, qtbot: Any) -> None:
    tab = supervisor.window.counters
    tab.select("6")
    tab.set_checked([])
    level, _text = supervisor.run(qtbot, tab.apply_button.click)
    assert level == "error"
    assert _counter(hub, "6")["services"] == ["O"]
