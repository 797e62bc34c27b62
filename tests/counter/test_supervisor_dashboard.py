"""The dashboard follows the hub live; its item models are sound."""

from __future__ import annotations

from typing import Any

from counter.supervisor.dashboard_models import LIGHT_ROLE
from tests.counter.helpers import WAIT_MS, issue
from tests.counter.test_supervisor_support import Supervisor, screenshot, supervisor

__all__ = ["supervisor"]


def test_item_models_pass_the_model_tester(supervisor: Supervisor, qtmodeltester: Any) -> None:
    for model in supervisor.vm.item_models():
        qtmodeltester.check(model)


def test_dashboard_updates_live_when_a_ticket_is_issued(
    hub: Any, supervisor: Supervisor, qtbot: Any
) -> None:
    vm = supervisor.vm
    model = vm.dashboard.queue_model
    assert model.index(model.row_of("A"), 1).data() == 0
    issue(hub, "A")
    issue(hub, "A")
    issue(hub, "M")
    qtbot.waitUntil(lambda: model.index(model.row_of("A"), 1).data() == 2, timeout=WAIT_MS)
    assert model.index(model.row_of("M"), 1).data() == 1
    assert model.index(model.row_of("A"), 0).data() == "A – Ausweis & Pass"
    assert model.index(model.row_of("A"), 0).data(LIGHT_ROLE) == "green"
    tiles = supervisor.window.dashboard
    qtbot.waitUntil(lambda: tiles.waiting.value.text() == "3", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: vm.dashboard.issued_today == 3, timeout=WAIT_MS)
    assert tiles.issued.value.text() == "3"


def test_dashboard_counts_served_and_counters(hub: Any, supervisor: Supervisor, qtbot: Any) -> None:
    vm = supervisor.vm
    first = issue(hub, "A")
    for service in ("A", "O", "M", "M", "A"):
        issue(hub, service)
    clerk = hub.login(counter="3", who="clerk")
    for _ in range(2):
        answer = hub.api("POST", "/api/counters/3/next", {}, token=clerk)
        assert answer.status_code == 200, answer.text
    answer = hub.api("POST", "/api/counters/3/state", {"state": "paused"}, token=clerk)
    assert answer.status_code == 200, answer.text
    # The first is done (next finishes it), the second is called to counter 3.
    qtbot.waitUntil(lambda: vm.dashboard.served_today == 1, timeout=WAIT_MS)
    counters = vm.dashboard.counter_model
    row = counters.row_of("3")
    qtbot.waitUntil(lambda: counters.index(row, 1).data() == "paused", timeout=WAIT_MS)
    assert counters.index(row, 2).data() == hub.clerk["name"]
    assert counters.index(row, 3).data() == "A Ausweis & Pass · M Meldewesen"
    assert counters.index(row, 4).data() != first["number"]
    assert vm.dashboard.counts() == {"open": 1, "paused": 1, "closed": 4}
    qtbot.waitUntil(lambda: vm.dashboard.waiting_total() == 4, timeout=WAIT_MS)
    supervisor.window.tabs.setCurrentWidget(supervisor.window.dashboard)
    supervisor.window.dashboard.update_figures()
    qtbot.waitUntil(lambda: supervisor.window.dashboard.served.value.text() == "1")
    screenshot(supervisor.window, "supervisor-dashboard.png")
