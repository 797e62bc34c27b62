"""Exactly once: two clerks at the same moment, and a clerk who clicks twice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.counter.helpers import WAIT_MS, hub_state, issue


def test_two_counters_pressing_next_together_get_different_tickets(
    hub: Any, make_vm: Any, qtbot: Any
):
    tickets = [issue(hub, "A") for _ in range(3)]
    # Two people: one clerk works one counter (a second login would close the first).
    vm1, vm3 = make_vm("1"), make_vm("3", who="supervisor")
    with qtbot.waitSignals([vm1.message, vm3.message], timeout=WAIT_MS):
        assert vm1.call_next()
        assert vm3.call_next()  # both requests are in flight at once
    assert vm1.current is not None and vm3.current is not None
    assert vm1.current["id"] != vm3.current["id"]
    assert {vm1.current["id"], vm3.current["id"]} == {tickets[0]["id"], tickets[1]["id"]}
    calls = {c["number"]: c["counter"] for c in hub_state(hub)["calls"]}
    assert calls == {vm1.current["number"]: "1", vm3.current["number"]: "3"}


def test_a_double_click_calls_one_ticket(hub: Any, make_vm: Any, make_window: Any, qtbot: Any):
    for _ in range(3):
        issue(hub, "A")
    vm = make_vm("3")
    window = make_window(vm)
    button = window.page.buttons["next"]
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
    with qtbot.waitSignal(vm.message, timeout=WAIT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not button.isEnabled()  # in flight: the second click does nothing
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    state = hub_state(hub)
    assert [c["number"] for c in state["calls"]] == ["A001"]
    assert {q["service"]: q["waiting"] for q in state["queues"]}["A"] == 2
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)


def test_a_second_command_while_one_is_in_flight_is_ignored(hub: Any, make_vm: Any, qtbot: Any):
    issue(hub, "A")
    issue(hub, "A")
    vm = make_vm("3")
    with qtbot.waitSignal(vm.message, timeout=WAIT_MS):
        assert vm.call_next()
        assert vm.busy and not vm.can("next")
        assert not vm.call_next()
    assert [c["number"] for c in hub_state(hub)["calls"]] == ["A001"]
