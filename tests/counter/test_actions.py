"""Each clerk action goes to the hub, shows in its state, and reaches other clients as events."""

from __future__ import annotations

from typing import Any

from counter import texts
from counter.view_model import CounterViewModel
from tests.counter.helpers import WAIT_MS, hub_state, hub_ticket, issue


def _act(qtbot: Any, vm: CounterViewModel, command: Any, *args: Any) -> None:
    """Run a command and wait until its answer is in."""
    with qtbot.waitSignal(vm.message, timeout=WAIT_MS) as blocker:
        assert command(*args)
    assert blocker.args[0] == "info", blocker.args


def test_next_calls_the_longest_waiting_ticket(hub: Any, make_vm: Any, events: Any, qtbot: Any):
    first, _second = issue(hub, "A"), issue(hub, "A")
    vm = make_vm("3")
    _act(qtbot, vm, vm.call_next)
    assert vm.current is not None and vm.current["number"] == first["number"]
    assert vm.current["state"] == "called"
    calls = hub_state(hub)["calls"]
    assert [(c["number"], c["counter"]) for c in calls] == [(first["number"], "3")]
    event = events.wait_for(qtbot, "ticket_called", first["number"])
    assert event["ticket"]["counter"] == "3"


def test_recall_start_done(hub: Any, make_vm: Any, events: Any, qtbot: Any):
    ticket = issue(hub, "A")
    vm = make_vm("3")
    _act(qtbot, vm, vm.call_next)
    _act(qtbot, vm, vm.recall)
    assert hub_ticket(hub, ticket["id"])["recalls"] == 1
    events.wait_for(qtbot, "ticket_recalled", ticket["number"])
    _act(qtbot, vm, vm.start)
    assert vm.current is not None and vm.current["state"] == "serving"
    assert hub_ticket(hub, ticket["id"])["state"] == "serving"
    events.wait_for(qtbot, "ticket_started", ticket["number"])
    _act(qtbot, vm, vm.done)
    assert vm.current is None
    assert hub_ticket(hub, ticket["id"])["state"] == "done"
    events.wait_for(qtbot, "ticket_done", ticket["number"])
    assert [row["number"] for row in vm.served_model.rows()] == [ticket["number"]]


def test_no_show(hub: Any, make_vm: Any, events: Any, qtbot: Any):
    ticket = issue(hub, "A")
    vm = make_vm("3")
    _act(qtbot, vm, vm.call_next)
    _act(qtbot, vm, vm.no_show)
    assert vm.current is None
    assert hub_ticket(hub, ticket["id"])["state"] == "no_show"
    events.wait_for(qtbot, "ticket_no_show", ticket["number"])


def test_park_and_call_back(hub: Any, make_vm: Any, events: Any, qtbot: Any):
    ticket, other = issue(hub, "A"), issue(hub, "A")
    vm = make_vm("3")
    _act(qtbot, vm, vm.call_next)
    _act(qtbot, vm, vm.park)
    assert vm.current is None
    assert hub_ticket(hub, ticket["id"])["state"] == "parked"
    events.wait_for(qtbot, "ticket_parked", ticket["number"])
    qtbot.waitUntil(lambda: [r["id"] for r in vm.parked_model.rows()] == [ticket["id"]])
    _act(qtbot, vm, vm.call_ticket, ticket["id"])
    assert vm.current is not None and vm.current["id"] == ticket["id"]
    assert hub_ticket(hub, ticket["id"])["state"] == "called"
    assert hub_ticket(hub, other["id"])["state"] == "waiting"
    assert len(events.seen_of("ticket_called", ticket["number"])) == 2
    assert vm.parked_model.rowCount() == 0


def test_call_a_specific_waiting_ticket(hub: Any, make_vm: Any, events: Any, qtbot: Any):
    _first, second = issue(hub, "A"), issue(hub, "M")
    vm = make_vm("3")
    qtbot.waitUntil(lambda: vm.waiting_model.rowCount() == 2, timeout=WAIT_MS)
    _act(qtbot, vm, vm.call_ticket, second["id"])
    assert vm.current is not None and vm.current["number"] == second["number"]
    assert hub_ticket(hub, second["id"])["counter"] == "3"
    events.wait_for(qtbot, "ticket_called", second["number"])
    qtbot.waitUntil(lambda: vm.waiting_model.rowCount() == 1, timeout=WAIT_MS)


def test_transfer_to_another_service(hub: Any, make_vm: Any, events: Any, qtbot: Any):
    ticket = issue(hub, "A")
    vm = make_vm("3")
    _act(qtbot, vm, vm.call_next)
    _act(qtbot, vm, vm.transfer, "M", None, "Ummeldung nötig")
    after = hub_ticket(hub, ticket["id"])
    assert (after["state"], after["service"], after["number"]) == ("waiting", "M", ticket["number"])
    event = events.wait_for(qtbot, "ticket_transferred", ticket["number"])
    assert event["ticket"]["service"] == "M"
    assert vm.current is None
    queues = {q["service"]: q["waiting"] for q in hub_state(hub)["queues"]}
    assert queues["M"] == 1 and queues["A"] == 0


def test_transfer_to_a_counter(hub: Any, make_vm: Any, events: Any, qtbot: Any):
    ticket = issue(hub, "A")
    vm3 = make_vm("3")
    _act(qtbot, vm3, vm3.call_next)
    _act(qtbot, vm3, vm3.transfer, None, "4", "")
    after = hub_ticket(hub, ticket["id"])
    assert (after["state"], after["counter"]) == ("waiting", "4")
    events.wait_for(qtbot, "ticket_transferred", ticket["number"])
    # The clerk at counter 4 gets it with "next", ahead of anyone else.
    issue(hub, "A")
    vm4 = make_vm("4")
    _act(qtbot, vm4, vm4.call_next)
    assert vm4.current is not None and vm4.current["id"] == ticket["id"]


def test_pause_resume_close(hub: Any, make_vm: Any, events: Any, qtbot: Any):
    vm = make_vm("3")

    def counter_3() -> dict[str, Any]:
        return next(c for c in hub_state(hub)["counters"] if c["id"] == "3")

    _act(qtbot, vm, vm.set_counter_state, "paused")
    assert vm.counter_state == "paused" and counter_3()["state"] == "paused"
    assert not vm.can("next")
    qtbot.waitUntil(lambda: events.counter_state("3") == "paused", timeout=WAIT_MS)
    _act(qtbot, vm, vm.set_counter_state, "open")
    assert counter_3()["state"] == "open" and vm.can("next")
    qtbot.waitUntil(lambda: events.counter_state("3") == "open", timeout=WAIT_MS)
    _act(qtbot, vm, vm.set_counter_state, "closed")
    assert counter_3()["state"] == "closed"
    qtbot.waitUntil(lambda: events.counter_state("3") == "closed", timeout=WAIT_MS)


def test_a_refused_command_says_so_and_changes_nothing(hub: Any, make_vm: Any, qtbot: Any):
    vm = make_vm("3")
    with qtbot.waitSignal(vm.message, timeout=WAIT_MS) as blocker:
        assert vm.call_next()
    level, text = blocker.args
    assert (level, text) == ("error", texts.failed("next", "queue_empty"))
    assert vm.current is None and not vm.busy and vm.can("next")
