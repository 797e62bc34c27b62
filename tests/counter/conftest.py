"""Counter tests: view models and windows wired to a real hub (fixture `hub`), torn down cleanly.

Qt warnings fail counter tests, except a few that the offscreen platform prints for any
window and that say nothing about our code. QSettings point at a temporary folder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from counter.settings import CounterSettings
from counter.view_model import CounterViewModel
from counter.window import CounterWindow
from shared.client.hub_client import HubClient
from tests.counter.helpers import WAIT_MS


@pytest.fixture(autouse=True)
def settings_path(tmp_path: Path) -> Iterator[Path]:
    """Every QSettings of a counter test lives in a temporary folder."""
    folder = tmp_path / "settings"
    old_format = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setDefaultFormat(old_format)


class Events:
    """Events seen by a second client (a display), as another app would see them."""

    def __init__(self, client: HubClient) -> None:
        self.client = client
        self.seen: list[dict[str, Any]] = []
        client.event_received.connect(self.seen.append)

    def find(self, kind: str, number: str | None = None) -> dict[str, Any] | None:
        for event in self.seen:
            ticket = event.get("ticket") or {}
            if event.get("type") == kind and (number is None or ticket.get("number") == number):
                return event
        return None

    def seen_of(self, kind: str, number: str) -> list[dict[str, Any]]:
        return [
            e
            for e in self.seen
            if e.get("type") == kind and (e.get("ticket") or {}).get("number") == number
        ]

    def counter_state(self, counter_id: str) -> str | None:
        """The state of a counter in the last counter_changed event about it."""
        for event in reversed(self.seen):
            counter = event.get("counter") or {}
            if event.get("type") == "counter_changed" and counter.get("id") == counter_id:
                return str(counter.get("state"))
        return None

    def wait_for(self, qtbot: Any, kind: str, number: str | None = None) -> dict[str, Any]:
        qtbot.waitUntil(lambda: self.find(kind, number) is not None, timeout=WAIT_MS)
        event = self.find(kind, number)
        assert event is not None
        return event


@pytest.fixture
def events(hub: Any, qtbot: Any) -> Iterator[Events]:
    """A display's connection to the hub, collecting every event."""
    client = HubClient(hub.url, hub.display_token)
    watcher = Events(client)
    with qtbot.waitSignal(client.connection_changed, timeout=WAIT_MS):
        client.start()
    yield watcher
    client.stop()
    client.deleteLater()


VmFactory = Callable[..., CounterViewModel]


@pytest.fixture
def make_vm(hub: Any, qtbot: Any) -> Iterator[VmFactory]:
    """Builds view models logged in (as the demo clerk) at a counter and connected."""
    made: list[CounterViewModel] = []

    def make(counter: str = "3", *, login: bool = True, who: str = "clerk") -> CounterViewModel:
        client = HubClient(hub.url)
        vm = CounterViewModel(client, CounterSettings())
        made.append(vm)
        if login:
            person = hub.clerk if who == "clerk" else hub.supervisor
            with qtbot.waitSignal(vm.connection_changed, timeout=WAIT_MS):
                assert vm.session.login(person["name"], person["pin"], counter, takeover=True)
            qtbot.waitUntil(lambda: vm.counter_state == "open", timeout=WAIT_MS)
        return vm

    yield make
    for vm in made:
        vm.shutdown()
        vm.deleteLater()


@pytest.fixture
def make_window(qtbot: Any) -> Callable[[CounterViewModel], CounterWindow]:
    def make(vm: CounterViewModel) -> CounterWindow:
        window = CounterWindow(vm)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make
