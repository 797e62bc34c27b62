"""The counter's state and commands; the window only shows it and binds its keys."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from counter import texts
from counter.actions import allowed
from counter.commands import CommandRunner
from counter.counters_model import CounterTableModel
from counter.hub_state import HubState, Json
from counter.queue_model import ServiceQueueModel, TicketTableModel
from counter.session import Session
from counter.settings import CounterSettings
from shared.client.hub_client import HubClient

log = logging.getLogger(__name__)

#: How often running times ("waiting for 12 min") are redrawn.
TICK_MS = 5_000


class CounterViewModel(QObject):
    """State and commands of one counter app.

    Attributes:
        session: the clerk's login.
        state: what the hub last told us.
        queue_model, waiting_model, parked_model, served_model, counters_model: the lists.

    Signals:
        connection_changed(bool): the hub link came up / went down.
        current_changed(): the ticket at this counter (or its state) changed.
        counter_changed(): this counter's state changed (open, paused, closed).
        actions_changed(): what can be done now changed (connection, busy, ticket, counter).
        message(str, str): (level "info" or "error", text) for the status line.
        tick(): time passed; running times should be redrawn.
    """

    connection_changed = Signal(bool)
    current_changed = Signal()
    counter_changed = Signal()
    actions_changed = Signal()
    message = Signal(str, str)
    tick = Signal()

    def __init__(
        self,
        client: HubClient,
        settings: CounterSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self.lang = "de"
        self.state = HubState()
        self.session = Session(client, settings or CounterSettings(), self)
        self._runner = CommandRunner(client, self)
        self.queue_model = ServiceQueueModel(self.state, self)
        self.waiting_model = TicketTableModel(self.state, "waiting", self)
        self.parked_model = TicketTableModel(self.state, "parked", self)
        self.served_model = TicketTableModel(self.state, "served", self)
        self.counters_model = CounterTableModel(self.state, self)
        self._current: Json | None = None
        self._counter_state = ""
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        client.connection_changed.connect(self._on_client_connection_changed)
        client.state_received.connect(self._on_client_state_received)
        client.event_received.connect(self._on_client_event_received)
        client.request_failed.connect(self._on_client_request_failed)
        self.session.logged_in.connect(self._on_session_logged_in)
        self.session.logged_out.connect(self._on_session_logged_out)
        self._runner.busy_changed.connect(self._on_runner_busy_changed)
        self._runner.succeeded.connect(self._on_runner_succeeded)
        self._runner.failed.connect(self._on_runner_failed)

    # -- what the window reads --------------------------------------------------------

    @property
    def connected(self) -> bool:
        return self._client.connected

    @property
    def busy(self) -> bool:
        return self._runner.busy

    @property
    def current(self) -> Json | None:
        """The ticket now called to or served at this counter."""
        return self._current

    @property
    def counter_id(self) -> str:
        return self.session.counter_id

    @property
    def counter(self) -> Json:
        return self.state.counters.get(self.counter_id) or self.session.counter

    @property
    def counter_state(self) -> str:
        return str(self.counter.get("state") or "")

    def can(self, action: str) -> bool:
        """Whether an action makes sense now (the hub has the last word)."""
        if not (self.session.at_counter and self.connected) or self.busy:
            return False
        ticket_state = (self._current or {}).get("state")
        return allowed(action, ticket_state, self.counter_state)

    def seconds_since(self, hub_time: str | None) -> float | None:
        return self.state.clock.seconds_since(hub_time)

    def service_name(self, letter: str) -> str:
        return self.state.service_name(letter, self.lang)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        for model in self._models():
            model.lang = lang
            model.retranslate()
        self.current_changed.emit()

    # -- commands ---------------------------------------------------------------------

    def call_next(self) -> bool:
        current_id = (self._current or {}).get("id")
        return self._run("next", f"/api/counters/{self.counter_id}/next", key=current_id)

    def recall(self) -> bool:
        return self._ticket_action("recall")

    def start(self) -> bool:
        return self._ticket_action("start")

    def done(self) -> bool:
        return self._ticket_action("done")

    def no_show(self) -> bool:
        return self._ticket_action("no-show")

    def park(self) -> bool:
        return self._ticket_action("park")

    def transfer(
        self, service: str | None = None, counter: str | None = None, note: str = ""
    ) -> bool:
        body: dict[str, Any] = {}
        if service:
            body["service"] = service
        if counter:
            body["counter"] = counter
        if note.strip():
            body["note"] = note.strip()[:200]
        if not (service or counter):
            return False
        return self._ticket_action("transfer", body)

    def call_ticket(self, ticket_id: int) -> bool:
        """Call a chosen waiting or parked ticket to this counter."""
        if not self.can("call"):
            return False
        return self._run("call", f"/api/tickets/{ticket_id}/call", key=ticket_id)

    def set_counter_state(self, state: str) -> bool:
        """Open, pause or close this counter ("open", "paused", "closed")."""
        if not self.can(state):
            return False
        path = f"/api/counters/{self.counter_id}/state"
        return self._run(state, path, {"state": state}, key=self.counter_id)

    def shutdown(self) -> None:
        """Stop timers and the hub link (app exit, test teardown)."""
        self._timer.stop()
        self._client.stop()

    def _ticket_action(self, action: str, body: dict[str, Any] | None = None) -> bool:
        if not self.can(action) or self._current is None:
            return False
        ticket_id = self._current["id"]
        key = (ticket_id, tuple(sorted((body or {}).items())))
        return self._run(action, f"/api/tickets/{ticket_id}/{action}", body, key=key)

    def _run(self, action: str, path: str, body: dict[str, Any] | None = None, *, key: Any) -> bool:
        if action == "next" and not self.can("next"):
            return False
        return self._runner.run(action, path, body, key=key)

    # -- slots ------------------------------------------------------------------------

    def _on_runner_busy_changed(self, _busy: bool) -> None:
        self.actions_changed.emit()

    def _on_runner_succeeded(self, action: str, answer: dict) -> None:
        if action in {"open", "paused", "closed"}:
            self.state.apply_counter(answer)
        else:
            self.state.apply_ticket(answer)
        self._refresh()
        self.message.emit("info", texts.action_succeeded(action, str(answer.get("number") or "")))

    def _on_runner_failed(self, action: str, code: str, _message: str, body: dict) -> None:
        self.message.emit("error", texts.failed(action, code, body))
        self.actions_changed.emit()

    def _on_client_request_failed(self, tag: str, code: str, _message: str) -> None:
        if code == "unauthorized" and self.session.active and tag != "logout":
            self.session.end("expired")

    def _on_client_connection_changed(self, connected: bool) -> None:
        self.connection_changed.emit(connected)
        self.actions_changed.emit()

    def _on_client_state_received(self, snapshot: dict) -> None:
        self.state.apply_snapshot(snapshot)
        self._refresh()

    def _on_client_event_received(self, event: dict) -> None:
        if event.get("replayed"):
            return  # the snapshot we hold already contains it
        kind = self.state.apply_event(event)
        if kind == "config_changed":
            reply = self._client.request("GET", "/api/state", tag="state")
            reply.succeeded.connect(self._on_client_state_received)
        if kind:
            self._refresh()

    def _on_session_logged_in(self) -> None:
        self.state.clear()
        self.counters_model.my_counter = self.counter_id
        self._client.start()
        self._timer.start()
        self._refresh()

    def _on_session_logged_out(self, reason: str) -> None:
        self._client.stop()
        self._timer.stop()
        self._runner.forget()
        self.state.clear()
        self._refresh()
        if reason:
            self.message.emit("error", texts.session_ended(reason))

    def _on_timer_timeout(self) -> None:
        self.queue_model.refresh(ServiceQueueModel.WAIT_COLUMN)
        self.waiting_model.refresh(TicketTableModel.TIME_COLUMN)
        self.parked_model.refresh(TicketTableModel.TIME_COLUMN)
        self.tick.emit()

    # -- keeping the derived state -----------------------------------------------------

    def _models(self) -> list[Any]:
        return [
            self.queue_model,
            self.waiting_model,
            self.parked_model,
            self.served_model,
            self.counters_model,
        ]

    def _refresh(self) -> None:
        holder = self.counter.get("clerk")
        if self.session.at_counter and holder != self.session.clerk:
            # Someone took the counter over, or the hub ended this session (the clerk
            # logged in elsewhere, or a supervisor logged them out).
            self.session.end("taken_over" if holder else "ended")
            return
        services = list(self.counter.get("services") or [])
        self.queue_model.update(services)
        self.waiting_model.set_rows(self.state.in_queue("waiting"))
        self.parked_model.set_rows(self.state.in_queue("parked"))
        self.served_model.set_rows(self.state.served_by(self.session.clerk))
        self.counters_model.update()
        current = self.state.at_counter(self.counter_id) if self.session.active else None
        if current != self._current:
            self._current = current
            self.current_changed.emit()
        if self.counter_state != self._counter_state:
            self._counter_state = self.counter_state
            self.counter_changed.emit()
        self.actions_changed.emit()
