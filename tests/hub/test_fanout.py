"""The cheap event fan-out: one encoding per audience, a deque inbox drained in one go, and
the sender's closing rules (overflow 4408, revoked 4401, ping after silence, disconnect)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from shared.hub import broadcaster as broadcaster_module
from shared.hub import events as events_module
from shared.hub.auth import STAFF
from shared.hub.broadcaster import Broadcaster, Outgoing, Subscription, batch_text
from shared.hub.views import PUBLIC_ROLES, event_for_role
from tests.helpers.supervisor import Office, office

WAIT_S = 10.0  # an upper bound for a signal that should come at once, not a pause


def _event(seq: int, org: str = "main") -> dict[str, Any]:
    """A ticket event with everything the public must not see, and some non-ASCII."""
    return {
        "seq": seq, "type": "ticket_called", "org": org, "at": "2026-11-25T08:00:00Z",
        "ticket": {"id": seq, "number": f"A{seq:03d}", "state": "called", "counter": "1",
                   "clerk": "Müller", "note": "Ausweis fehlt – bitte nachreichen",
                   "status_key": "geheim", "printed": True, "recalls": 0},
        "counter": {"id": "1", "name": "Schalter 1", "clerk": "Müller", "services": ["A"]},
        "queues": [{"service": "A", "waiting": 3, "estimate": None}],
    }


def _starlette_text(message: dict[str, Any]) -> str:
    """What `WebSocket.send_json` sent before: compact, non-ASCII kept."""
    return json.dumps(message, separators=(",", ":"), ensure_ascii=False)


def _seqs(sub: Subscription) -> list[int]:
    return [outgoing.seq for outgoing in sub.inbox]


# --- encoding --------------------------------------------------------------------------------
def test_event_for_role_only_tells_public_from_staff() -> None:
    """The per-audience cache is right only while this holds (views.event_for_role)."""
    event = _event(1)
    public = {json.dumps(event_for_role(event, role)) for role in PUBLIC_ROLES}
    staff = {json.dumps(event_for_role(event, role)) for role in STAFF}
    assert len(public) == 1 and len(staff) == 1 and public != staff


def test_wire_text_is_what_send_json_sent() -> None:
    event = _event(7)
    for role in ("display", "kiosk", "clerk", "supervisor"):
        text = Outgoing(event).text(role)
        assert text == _starlette_text(event_for_role(event, role))
        assert ("Müller" in text) is (role not in PUBLIC_ROLES)


def test_each_event_is_encoded_once_per_audience(monkeypatch: pytest.MonkeyPatch) -> None:
    encoded: list[dict[str, Any]] = []
    real = broadcaster_module.encode

    def counting(message: dict[str, Any]) -> str:
        encoded.append(message)
        return real(message)

    monkeypatch.setattr(broadcaster_module, "encode", counting)
    hub = Broadcaster()
    subs = ([hub.subscribe("main") for _ in range(20)], [hub.subscribe("main") for _ in range(3)])
    hub.publish([_event(1), _event(2)])
    public_texts = {sub.inbox[0].text("display") for sub in subs[0]}
    staff_texts = {sub.inbox[0].text("clerk") for sub in subs[1]}
    assert len(public_texts) == 1 and len(staff_texts) == 1
    assert len(encoded) == 2  # event 1: public and staff; event 2 not sent yet: not encoded
    assert all(sub.inbox[0] is subs[0][0].inbox[0] for sub in subs[0] + subs[1])


def test_a_run_of_events_is_one_array_made_once_for_its_audience() -> None:
    hub = Broadcaster()
    displays = [hub.subscribe("main") for _ in range(20)]
    clerk = hub.subscribe("main")
    hub.publish([_event(1), _event(2), _event(3)])
    runs = [list(sub.inbox) for sub in displays]
    texts = [batch_text(run, "display") for run in runs]
    assert all(text is texts[0] for text in texts)  # made once, shared by all 20
    assert json.loads(texts[0]) == [event_for_role(_event(n), "display") for n in (1, 2, 3)]
    staff = batch_text(list(clerk.inbox), "clerk")
    assert json.loads(staff) == [event_for_role(_event(n), "clerk") for n in (1, 2, 3)]
    # a subscriber whose replay already sent event 1, or that sends in smaller parts
    tail = batch_text(runs[0][1:], "display")
    assert json.loads(tail) == [event_for_role(_event(n), "display") for n in (2, 3)]
    assert json.loads(batch_text(runs[0][2:], "kiosk")) == [event_for_role(_event(3), "kiosk")]
    assert json.loads(batch_text(runs[0][:2], "display")) == json.loads(texts[0])[:2]
    assert batch_text(runs[5], "kiosk") is texts[0]  # kiosk and display: one audience


# --- the broadcaster -------------------------------------------------------------------------
def test_publish_keeps_order_and_filters_by_org() -> None:
    hub = Broadcaster()
    main, other = hub.subscribe("main"), hub.subscribe("other")
    hub.publish([_event(1), _event(2, "other"), _event(3)])
    hub.publish([_event(4)])
    assert (_seqs(main), _seqs(other)) == ([1, 3, 4], [2])
    assert main.wakeup.is_set() and other.wakeup.is_set()
    hub.publish([_event(5, "other")])
    assert _seqs(main) == [1, 3, 4]


def test_publish_wakes_only_subscribers_with_something_new() -> None:
    hub = Broadcaster()
    main = hub.subscribe("main")
    hub.publish([_event(1, "other")])
    assert not main.wakeup.is_set() and not main.inbox


def test_a_subscriber_too_far_behind_overflows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(broadcaster_module, "QUEUE_LIMIT", 3)
    hub = Broadcaster()
    slow, other = hub.subscribe("main"), hub.subscribe("other")
    hub.publish([_event(1), _event(2), _event(3)])  # exactly the limit: still fine
    assert not slow.overflowed and _seqs(slow) == [1, 2, 3]
    slow.wakeup.clear()
    hub.publish([_event(4)])
    assert slow.overflowed and slow.wakeup.is_set() and not slow.inbox
    assert hub.count == 1 and not other.overflowed
    hub.publish([_event(5)])  # no longer fed
    assert not slow.inbox


def test_drop_ends_only_the_principals_subscriptions() -> None:
    hub = Broadcaster()
    doomed = hub.subscribe("main", "device:3")
    kept = hub.subscribe("main", "device:4")
    hub.publish([_event(1)])
    assert hub.drop("device:3") == 1
    assert doomed.revoked and doomed.wakeup.is_set() and not doomed.inbox
    assert not kept.revoked and _seqs(kept) == [1] and hub.count == 1
    hub.publish([_event(2)])
    assert not doomed.inbox and _seqs(kept) == [1, 2]


# --- the sender ------------------------------------------------------------------------------
class FakeSocket:
    """Records what `_send_live` sends; `until` waits for a condition on it."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []
        self.messages = 0
        self.closed: int | None = None
        self._changed = asyncio.Event()

    async def send_text(self, text: str) -> None:
        message = json.loads(text)
        self.messages += 1
        self.sent.extend(message if isinstance(message, list) else [message])
        self._changed.set()

    async def close(self, code: int = 1000) -> None:
        self.closed = code
        self._changed.set()

    async def until(self, condition: Callable[[], bool]) -> None:
        async def wait() -> None:
            while not condition():
                self._changed.clear()
                await self._changed.wait()

        await asyncio.wait_for(wait(), WAIT_S)


class CountingEvent(asyncio.Event):
    """An `asyncio.Event` that counts the waits that really had to block (the sender idle)."""

    def __init__(self) -> None:
        super().__init__()
        self.blocked = 0
        self._blocking = asyncio.Event()

    async def wait(self) -> bool:
        if not self.is_set():
            self.blocked += 1
            self._blocking.set()
        return await super().wait()

    async def until_blocked(self, times: int) -> None:
        """Until the sender has gone idle `times` times in all."""
        async def wait() -> None:
            while self.blocked < times:
                self._blocking.clear()
                await self._blocking.wait()

        await asyncio.wait_for(wait(), WAIT_S)


class Sender:
    """`_send_live` running for one subscription, with a client that can go away."""

    def __init__(self, hub: Broadcaster, role: str = "display", last_sent: int = -1,
                 batch: bool = False) -> None:
        self.hub, self.socket, self.gone = hub, FakeSocket(), asyncio.Event()
        self.sub = hub.subscribe("main", "device:1")
        self.sub.wakeup = self.wakeup = CountingEvent()
        self.reader = asyncio.create_task(self.gone.wait())
        out = events_module._Sender(self.socket, role, batch)  # type: ignore[arg-type]
        self.task = asyncio.create_task(events_module._send_live(
            out, self.sub, last_sent, self.reader))

    def seqs(self) -> list[int]:
        return [m["seq"] for m in self.socket.sent if "seq" in m and m["type"] != "resync"]

    async def finish(self) -> None:
        self.gone.set()
        await asyncio.wait_for(self.task, WAIT_S)


async def test_sender_drains_the_inbox_in_order_skipping_what_was_replayed() -> None:
    hub = Broadcaster()
    sender = Sender(hub, last_sent=2)
    hub.publish([_event(1), _event(2), _event(3)])
    hub.publish([_event(4), _event(5, "other"), _event(6)])
    await sender.socket.until(lambda: len(sender.socket.sent) >= 3)
    assert sender.seqs() == [3, 4, 6]
    assert all(m["ticket"]["clerk"] is None and m["ticket"]["status_key"] is None
               for m in sender.socket.sent)
    hub.publish([_event(6), _event(7)])  # 6 again: never doubled
    await sender.socket.until(lambda: sender.seqs()[-1] == 7)
    assert sender.seqs() == [3, 4, 6, 7]
    await sender.finish()
    assert sender.socket.closed is None


async def test_a_batch_stream_sends_what_is_ready_as_one_array() -> None:
    hub = Broadcaster()
    sender = Sender(hub, last_sent=2, batch=True)
    await sender.wakeup.until_blocked(1)
    hub.publish([_event(1), _event(2), _event(3)])
    hub.publish([_event(4), _event(5, "other"), _event(6)])
    await sender.socket.until(lambda: len(sender.socket.sent) >= 3)
    assert sender.seqs() == [3, 4, 6]
    assert sender.socket.messages == 1  # both publishes were ready at once: one message
    hub.publish([_event(seq) for seq in range(7, 7 + events_module.BATCH_LIMIT + 1)])
    await sender.socket.until(lambda: sender.seqs()[-1] == 7 + events_module.BATCH_LIMIT)
    assert sender.socket.messages == 3  # a long backlog goes in messages of BATCH_LIMIT
    assert sender.seqs() == [3, 4, 6, *range(7, 8 + events_module.BATCH_LIMIT)]
    await sender.finish()


async def test_sender_waits_once_for_a_burst() -> None:
    hub = Broadcaster()
    sender = Sender(hub, role="clerk")
    await sender.wakeup.until_blocked(1)
    hub.publish([_event(seq) for seq in range(1, 51)])
    for seq in range(51, 101):
        hub.publish([_event(seq)])
    await sender.socket.until(lambda: len(sender.socket.sent) == 100)
    assert sender.seqs() == list(range(1, 101))
    assert sender.socket.sent[0]["ticket"]["clerk"] == "Müller"
    await sender.wakeup.until_blocked(2)
    assert sender.wakeup.blocked == 2  # before the burst and after it: not once per event
    await sender.finish()


async def test_overflow_closes_with_4408(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(broadcaster_module, "QUEUE_LIMIT", 2)
    hub = Broadcaster()
    sender = Sender(hub)
    hub.publish([_event(1), _event(2), _event(3)])
    await sender.socket.until(lambda: sender.socket.closed is not None)
    assert sender.socket.closed == events_module.CLOSE_TOO_SLOW and sender.socket.sent == []
    await asyncio.wait_for(sender.task, WAIT_S)


async def test_revoked_principal_is_closed_with_4401() -> None:
    hub = Broadcaster()
    sender = Sender(hub)
    hub.publish([_event(1)])
    await sender.socket.until(lambda: sender.seqs() == [1])
    hub.drop("device:1")
    hub.publish([_event(2)])
    await sender.socket.until(lambda: sender.socket.closed is not None)
    assert sender.socket.closed == events_module.CLOSE_UNAUTHORIZED and sender.seqs() == [1]
    await asyncio.wait_for(sender.task, WAIT_S)


async def test_a_ping_after_silence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(events_module, "PING_INTERVAL_S", 0.02)
    hub = Broadcaster()
    sender = Sender(hub)
    await sender.socket.until(lambda: {"type": "ping"} in sender.socket.sent)
    hub.publish([_event(1)])
    await sender.socket.until(lambda: sender.seqs() == [1])
    await sender.finish()


async def test_a_disconnect_ends_the_sender_without_waiting_for_events() -> None:
    hub = Broadcaster()
    sender = Sender(hub)
    await sender.wakeup.until_blocked(1)
    await sender.finish()
    assert sender.task.done() and sender.socket.closed is None and sender.socket.sent == []


# --- over the WebSocket ----------------------------------------------------------------------
@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Office]:
    with office(tmp_path / "hub") as running:
        yield running


def _messages(ws: Any, type_: str) -> list[dict[str, Any]]:
    """Messages up to and including the first of `type_` (pings left out)."""
    seen: list[dict[str, Any]] = []
    while not seen or seen[-1]["type"] != type_:
        message = json.loads(ws.receive_text())
        assert isinstance(message, dict)
        if message["type"] != "ping":
            seen.append(message)
    return seen


def _secrets(message: Any) -> list[Any]:
    """Every clerk, note and status_key value anywhere in a message."""
    if isinstance(message, list):
        return [value for item in message for value in _secrets(item)]
    if not isinstance(message, dict):
        return []
    found = [message[key] for key in ("clerk", "note", "status_key") if key in message]
    return found + [value for item in message.values() for value in _secrets(item)]


def _work(hub: Office) -> None:
    """Commands whose events carry a clerk, a status key and a note."""
    assert hub.api("POST", "/api/counters/1/state", {"state": "open"},
                   token=hub.clerk).status_code == 200
    issued = hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk)
    assert issued.status_code == 201, issued.text
    called = hub.api("POST", "/api/counters/1/next", {}, token=hub.clerk)
    assert called.status_code == 200, called.text
    moved = hub.api("POST", f"/api/tickets/{called.json()['id']}/transfer",
                    {"service": "A", "note": "Ausweis fehlt – Müller"}, token=hub.clerk)
    assert moved.status_code == 200, moved.text


def test_public_subscribers_never_see_clerk_note_or_status_key(hub: Office) -> None:
    url = "/api/events?token={}&since=0"
    with hub.client.websocket_connect(url.format(hub.display)) as display, \
            hub.client.websocket_connect(url.format(hub.kiosk)) as kiosk, \
            hub.client.websocket_connect(url.format(hub.clerk)) as clerk:
        _work(hub)
        public = [_messages(ws, "ticket_transferred") for ws in (display, kiosk)]
        staff = _messages(clerk, "ticket_transferred")
    with hub.client.websocket_connect(url.format(hub.display)) as late:  # all replayed
        replayed = _messages(late, "ticket_transferred")
    assert public[0] == public[1] == replayed
    assert [m["seq"] for m in staff] == [m["seq"] for m in replayed]
    assert {value for m in public[0] for value in _secrets(m)} == {None}
    assert {"meyer", "Ausweis fehlt – Müller"} <= {v for m in staff for v in _secrets(m)}
    assert any(m["ticket"]["status_key"] for m in staff if "ticket" in m)
