"""Logging in at a counter: the login screen, refusals, takeover, logout, remembered counter."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from counter import texts
from counter.login_dialog import LoginDialog
from counter.settings import CounterSettings
from counter.view_model import CounterViewModel
from counter.widgets.confirm import Confirm
from shared.client.hub_client import HubClient
from tests.counter.helpers import WAIT_MS, hub_state


@pytest.fixture
def login_vm(hub: Any, qtbot: Any) -> Any:
    vm = CounterViewModel(HubClient(hub.url), CounterSettings())
    dialog = LoginDialog(vm.session)
    qtbot.addWidget(dialog)
    dialog.show()
    yield vm, dialog
    vm.shutdown()


def _fill(qtbot: Any, dialog: LoginDialog, name: str, pin: str, counter: str) -> None:
    for field, text in ((dialog.name, name), (dialog.pin, pin), (dialog.counter, counter)):
        field.clear()
        qtbot.keyClicks(field, text)


def _counter(hub: Any, counter_id: str, token: str | None = None) -> dict[str, Any]:
    """A counter as the hub shows it (clerk names only to clerks: pass a clerk's token)."""
    return next(c for c in hub_state(hub, token)["counters"] if c["id"] == counter_id)


def test_login_through_the_screen_opens_the_counter(hub: Any, login_vm: Any, qtbot: Any):
    vm, dialog = login_vm
    _fill(qtbot, dialog, hub.clerk["name"], hub.clerk["pin"], "2")
    with qtbot.waitSignal(vm.connection_changed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert vm.session.active and vm.session.clerk == hub.clerk["name"]
    assert not dialog.isVisible()
    assert _counter(hub, "2", vm.session.token)["clerk"] == hub.clerk["name"]
    assert _counter(hub, "2")["state"] == "open"
    # The counter is remembered on this PC.
    assert CounterSettings().counter == "2"
    assert LoginDialog(vm.session).counter.text() == "2"
    vm.session.logout()
    assert not vm.session.active
    qtbot.waitUntil(lambda: _counter(hub, "2")["state"] == "closed", timeout=WAIT_MS)


def test_wrong_pin_is_said_clearly(hub: Any, login_vm: Any, qtbot: Any):
    vm, dialog = login_vm
    _fill(qtbot, dialog, hub.clerk["name"], "0000", "2")
    with qtbot.waitSignal(vm.session.login_failed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == texts.error("login_failed")
    assert dialog.pin.text() == "" and not vm.session.active
    assert dialog.login_button.isEnabled()


def test_too_many_attempts_shows_the_wait(hub: Any, login_vm: Any, qtbot: Any):
    vm, dialog = login_vm
    codes: list[str] = []
    vm.session.login_failed.connect(lambda code, _body: codes.append(code))
    for _ in range(20):
        with qtbot.waitSignal(vm.session.login_failed, timeout=WAIT_MS) as blocker:
            vm.session.login(hub.clerk["name"], "0000", "2")
        if blocker.args[0] == "too_many_attempts":
            break
    assert codes[-1] == "too_many_attempts", codes
    retry = int(blocker.args[1]["retry_after_s"])
    assert dialog.error.text() == texts.error("too_many_attempts", {"retry_after_s": retry})
    assert str(retry) in dialog.error.text()


def test_a_taken_counter_asks_before_taking_over(
    hub: Any, login_vm: Any, qtbot: Any, monkeypatch: Any
):
    vm, dialog = login_vm
    supervisor = hub.login(counter="2", who="supervisor")
    questions: list[str] = []

    def ask(_cls: Any, _parent: Any, _title: str, text: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    _fill(qtbot, dialog, hub.clerk["name"], hub.clerk["pin"], "2")
    with qtbot.waitSignal(vm.session.logged_in, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert questions == [
        dialog.tr("Counter {c} is logged in as {clerk}. Take over?").format(
            c="2", clerk=hub.supervisor["name"]
        )
    ]
    assert _counter(hub, "2", vm.session.token)["clerk"] == hub.clerk["name"]
    assert hub.api("GET", "/api/state", token=supervisor).status_code == 401


def test_declining_the_takeover_leaves_the_counter_alone(
    hub: Any, login_vm: Any, qtbot: Any, monkeypatch: Any
):
    vm, dialog = login_vm
    supervisor = hub.login(counter="2", who="supervisor")
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *_args: False))
    with qtbot.waitSignal(vm.session.takeover_needed, timeout=WAIT_MS):
        vm.session.login(hub.clerk["name"], hub.clerk["pin"], "2")
    assert not vm.session.active
    assert hub.supervisor["name"] in dialog.error.text()
    assert _counter(hub, "2", supervisor)["clerk"] == hub.supervisor["name"]


def test_taken_over_elsewhere_logs_this_app_out(hub: Any, make_vm: Any, qtbot: Any):
    vm = make_vm("3")
    with qtbot.waitSignal(vm.session.logged_out, timeout=WAIT_MS) as blocker:
        hub.login(counter="3", who="supervisor")
    assert blocker.args == ["taken_over"]
    assert vm.current is None and not vm.can("next")
