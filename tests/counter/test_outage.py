"""The hub goes away and comes back: the app says so, keeps the ticket, recovers by itself."""

from __future__ import annotations

from typing import Any

from counter.commands import CommandRunner
from tests.counter.helpers import WAIT_MS, hub_state, issue


def test_outage_keeps_the_ticket_and_recovers(hub: Any, make_vm: Any, make_window: Any, qtbot: Any):
    ticket = issue(hub, "A")
    issue(hub, "A")
    vm = make_vm("3")
    window = make_window(vm)
    with qtbot.waitSignal(vm.message, timeout=WAIT_MS):
        vm.call_next()
    assert window.page.current.number.text() == ticket["number"]

    with qtbot.waitSignal(vm.connection_changed, timeout=WAIT_MS) as lost:
        hub.stop()
    assert lost.args == [False]
    assert window.offline_banner.isVisible()
    assert "Keine Verbindung" in window.offline_banner.text() or "No connection" in (
        window.offline_banner.text()
    )
    assert window.page.current.number.text() == ticket["number"]
    assert vm.current is not None and vm.current["id"] == ticket["id"]
    assert not window.page.buttons["next"].isEnabled()
    assert not window.page.buttons["done"].isEnabled()

    with qtbot.waitSignal(vm.connection_changed, timeout=WAIT_MS) as back:
        hub.start()
    assert back.args == [True]
    assert not window.offline_banner.isVisible()
    assert window.page.current.number.text() == ticket["number"]
    assert window.page.buttons["done"].isEnabled()
    with qtbot.waitSignal(vm.message, timeout=WAIT_MS) as blocker:
        vm.done()
    assert blocker.args[0] == "info"
    assert hub_state(hub)["calls"] == []


def test_a_retry_after_no_answer_reuses_the_request_id(
    hub: Any, make_vm: Any, qtbot: Any, monkeypatch: Any
):
    issue(hub, "A")
    issue(hub, "A")
    vm = make_vm("3")
    sent: list[str] = []
    client = vm._client
    original = client.request

    def spy(method: str, path: str, body: Any = None, **kwargs: Any) -> Any:
        sent.append(str(kwargs.get("request_id")))
        return original(method, path, body, **kwargs)

    monkeypatch.setattr(client, "request", spy)
    hub.stop()
    qtbot.waitUntil(lambda: not vm.connected, timeout=WAIT_MS)
    # The button is disabled while offline; the runner below it is what a click would use.
    runner: CommandRunner = vm._runner
    with qtbot.waitSignal(runner.failed, timeout=WAIT_MS) as failed:
        assert runner.run("next", "/api/counters/3/next", key=None)
    assert failed.args[1] in {"unreachable", "timeout"}
    hub.start()
    qtbot.waitUntil(lambda: vm.can("next"), timeout=WAIT_MS)
    with qtbot.waitSignal(vm.message, timeout=WAIT_MS) as blocker:
        assert vm.call_next()
    assert blocker.args[0] == "info"
    assert len(sent) == 2 and sent[0] == sent[1]
    assert [c["number"] for c in hub_state(hub)["calls"]] == ["A001"]
    # After success a new action gets a new id.
    with qtbot.waitSignal(vm.message, timeout=WAIT_MS):
        assert vm.call_next()
    assert sent[2] != sent[0]


def test_a_refused_command_gets_a_fresh_id_next_time(
    hub: Any, make_vm: Any, qtbot: Any, monkeypatch: Any
):
    vm = make_vm("3")
    sent: list[str] = []
    original = vm._client.request

    def spy(method: str, path: str, body: Any = None, **kwargs: Any) -> Any:
        sent.append(str(kwargs.get("request_id")))
        return original(method, path, body, **kwargs)

    monkeypatch.setattr(vm._client, "request", spy)
    with qtbot.waitSignal(vm.message, timeout=WAIT_MS) as refused:
        vm.call_next()  # nobody waits: a clear refusal, nothing applied
    assert refused.args[0] == "error"
    issue(hub, "A")
    with qtbot.waitSignal(vm.message, timeout=WAIT_MS) as called:
        vm.call_next()
    assert called.args[0] == "info" and sent[0] != sent[1]


def test_an_answer_after_the_window_closed_is_dropped_quietly(hub: Any, make_vm: Any,
                                                              qtbot: Any, monkeypatch: Any):
    """A command still in flight when the counter closes: its late answer finds the runner
    deleted and must not raise inside Qt's event loop."""
    import shiboken6

    issue(hub, "A")
    vm = make_vm("3")
    client = vm._client
    original = client.request
    replies: list[Any] = []

    def keep(*args: Any, **kwargs: Any) -> Any:
        reply = original(*args, **kwargs)
        replies.append(reply)
        return reply

    monkeypatch.setattr(client, "request", keep)
    runner = CommandRunner(client)
    assert runner.run("next", "/api/counters/3/next", key=None)
    answered: list[bool] = []
    replies[0].succeeded.connect(lambda _answer: answered.append(True))  # after the runner's
    replies[0].failed.connect(lambda *_args: answered.append(False))
    shiboken6.delete(runner)
    qtbot.waitUntil(lambda: bool(answered), timeout=WAIT_MS)
    assert answered == [True]
