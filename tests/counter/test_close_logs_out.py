"""Closing the counter app frees the counter at the hub before the app ends."""

from __future__ import annotations

from typing import Any

from counter.__main__ import _log_out_and_quit


class FakeApp:
    def __init__(self) -> None:
        self.quits = 0

    def quit(self) -> None:
        self.quits += 1


def test_closing_logs_out_then_quits(hub: Any, make_vm: Any, qtbot: Any) -> None:
    vm = make_vm("3")
    app = FakeApp()
    _log_out_and_quit(app, vm)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: app.quits >= 1, timeout=10_000)
    assert not vm.session.active
    state = hub.api("GET", "/api/state", token=hub.display_token).json()
    counter = next(c for c in state["counters"] if c["id"] == "3")
    assert counter["state"] == "closed"
