"""A cut line between an app and the hub (tests/helpers/flaky_proxy.py): the display and
the counter show the outage, keep their data, and come back without doubled events."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from counter.settings import CounterSettings
from counter.view_model import CounterViewModel
from display.app import assemble
from display.config import DisplayConfig
from shared.client.hub_client import HubClient
from tests.helpers.flaky_proxy import FlakyProxy
from tests.helpers.hub import RunningHub

#: The client's HTTP timeout (10 s) bounds how long a blackholed reconnect may hang.
RECOVERY_MS = 20_000


@pytest.fixture
def proxy(hub: RunningHub) -> Iterator[FlakyProxy]:
    with FlakyProxy(hub.url) as running:
        yield running


def _seqs(client: HubClient) -> list[int]:
    seen: list[int] = []
    client.event_received.connect(lambda e: seen.append(int(e["seq"])))
    return seen


def test_display_shows_outage_and_recovers(hub: RunningHub, proxy: FlakyProxy,
                                           qtbot: Any) -> None:
    display = assemble(DisplayConfig(), proxy.url, hub.display_token, sound=False)
    seqs = _seqs(display.client)
    try:
        display.start()
        vm = display.view_model
        qtbot.waitUntil(lambda: not vm.stale, timeout=10_000)
        clerk = hub.login("1")
        hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk_token)
        first = hub.api("POST", "/api/counters/1/next", {}, token=clerk).json()
        qtbot.waitUntil(lambda: any(c.ticket_id == first["id"] for c in vm.active_calls))

        proxy.set_mode("drop")
        qtbot.waitUntil(lambda: vm.stale, timeout=5_000)
        # Meanwhile the office goes on; the display keeps its last good data.
        hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk_token)
        second = hub.api("POST", "/api/counters/1/next", {}, token=clerk).json()
        assert [c.ticket_id for c in vm.active_calls] == [first["id"]]
        proxy.set_mode("blackhole")  # reconnects now hang instead of failing fast
        assert vm.stale

        proxy.set_mode("pass")
        qtbot.waitUntil(lambda: not vm.stale, timeout=RECOVERY_MS)
        qtbot.waitUntil(lambda: [c.ticket_id for c in vm.active_calls] == [second["id"]],
                        timeout=5_000)
        last = hub.api("GET", "/api/health").json()["seq"]
        qtbot.waitUntil(lambda: display.client.last_seq >= last, timeout=5_000)
        assert seqs == sorted(set(seqs)), "an event was handed on twice or out of order"
    finally:
        display.stop()


def test_counter_shows_outage_and_recovers_with_slow_line(hub: RunningHub, proxy: FlakyProxy,
                                                          qtbot: Any, tmp_path: Path) -> None:
    qsettings = QSettings(str(tmp_path / "counter.ini"), QSettings.Format.IniFormat)
    client = HubClient(proxy.url)
    vm = CounterViewModel(client, CounterSettings(qsettings))
    seqs = _seqs(client)
    try:
        vm.session.login(hub.clerk["name"], hub.clerk["pin"], "1")
        qtbot.waitUntil(lambda: vm.session.active and vm.connected, timeout=10_000)
        for _ in range(2):
            hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk_token)
        qtbot.waitUntil(lambda: len(vm.state.in_queue("waiting")) == 2, timeout=5_000)

        proxy.set_mode("drop")
        qtbot.waitUntil(lambda: not vm.connected, timeout=5_000)
        assert not vm.can("next")
        assert len(vm.state.in_queue("waiting")) == 2  # last good data kept
        hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk_token)

        proxy.set_mode("pass", delay_s=0.05)  # back, over a slow line
        qtbot.waitUntil(lambda: vm.connected, timeout=RECOVERY_MS)
        qtbot.waitUntil(lambda: len(vm.state.in_queue("waiting")) == 3, timeout=5_000)
        assert vm.call_next()
        qtbot.waitUntil(lambda: vm.current is not None, timeout=10_000)
        assert vm.current["number"] == "A001"
        qtbot.waitUntil(lambda: len(vm.state.in_queue("waiting")) == 2, timeout=5_000)
        state = hub.api("GET", "/api/state", token=hub.login("2")).json()
        waiting = sorted(t["number"] for t in state["tickets"] if t["state"] == "waiting")
        assert sorted(t["number"] for t in vm.state.in_queue("waiting")) == waiting
        assert seqs == sorted(set(seqs)), "an event was handed on twice or out of order"
    finally:
        vm.shutdown()
