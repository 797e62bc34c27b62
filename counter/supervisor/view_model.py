"""The supervisor's state and commands; `SupervisorWindow` only shows it and binds it."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from counter.hub_state import HubState, Json
from counter.supervisor import endpoints
from counter.supervisor.admin_vm import AdminViewModel
from counter.supervisor.counters_vm import CountersViewModel
from counter.supervisor.dashboard_vm import DashboardViewModel
from counter.supervisor.hours_vm import HoursViewModel
from counter.supervisor.orgs_vm import OrgsViewModel
from counter.supervisor.reports_vm import ReportsViewModel
from counter.supervisor.requests import Requests
from counter.supervisor.ticker_vm import TickerViewModel
from shared.client.hub_client import HubClient

log = logging.getLogger(__name__)

#: How often running waits on the dashboard are redrawn.
TICK_MS = 5_000


class SupervisorViewModel(QObject):
    """Everything the department lead sees and steers, one child view model per tab.

    Attributes:
        state: what the hub last told us (snapshot and events).
        requests: the hub requests in flight.
        dashboard, counters, hours, ticker, admin, reports: the tabs' view models.
        orgs: the organisations to choose from and the one every tab talks to.

    The app's client follows the session's organisation (the counter window lives on it);
    while another organisation is shown, a second client with the same token follows that
    organisation's snapshot and events (`GET /api/state?org=ID`, `WS /api/events?org=ID`),
    and today's figures come from `GET /api/dashboard?org=ID`.

    Signals:
        connection_changed(bool): the hub link came up / went down.
        state_changed(): services, counters or queues changed.
        message(str, str): (level "info" or "error", text) for the status line.
        busy_changed(str, bool): a request key went out / came back.
        tick(): time passed; running waits should be redrawn.
    """

    connection_changed = Signal(bool)
    state_changed = Signal()
    message = Signal(str, str)
    busy_changed = Signal(str, bool)
    tick = Signal()

    def __init__(self, client: HubClient, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self.lang = "de"
        self.state = HubState()
        self.requests = Requests(client, self)
        self.dashboard = DashboardViewModel(self.state, self.requests, self)
        self.counters = CountersViewModel(self.state, self.requests, self)
        self.hours = HoursViewModel(self.state, self.requests, self)
        self.ticker = TickerViewModel(self.state, self.requests, self)
        self.admin = AdminViewModel(self.state, self.requests, self)
        self.reports = ReportsViewModel(self.state, self.requests, self)
        self.orgs = OrgsViewModel(self.requests, self)
        self.orgs.switched.connect(self._on_orgs_switched)
        #: Follows the events of a foreign organisation (None until one is shown).
        self._foreign: HubClient | None = None
        self._shut_down = False
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self.requests.message.connect(self.message)
        self.requests.busy_changed.connect(self.busy_changed)
        client.connection_changed.connect(self._on_client_connection_changed)
        client.state_received.connect(self._on_client_state_received)
        client.event_received.connect(self._on_client_event_received)
        if client.connected:
            # The client was started before us: its first snapshot has gone by.
            self.refresh()

    @property
    def connected(self) -> bool:
        return self._link().connected

    def refresh(self) -> None:
        """Fetch the whole picture again (snapshot, plan, lists) of the organisation shown."""
        if self.orgs.foreign:
            self.requests.get("org.state", endpoints.STATE, self._on_foreign_state)
            self._load_foreign_extras()
        else:
            self.requests.get("state", endpoints.STATE, self._on_home_state)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        for model in self.item_models():
            model.lang = lang
            model.retranslate()

    def item_models(self) -> list[Any]:
        return [
            *self.dashboard.item_models(),
            *self.counters.item_models(),
            *self.hours.item_models(),
            *self.ticker.item_models(),
            *self.admin.item_models(),
            *self.reports.item_models(),
        ]

    def shutdown(self) -> None:
        """Stop timers and stop listening (the client belongs to the caller); idempotent."""
        if self._shut_down:
            return
        self._shut_down = True
        self._timer.stop()
        self.requests.close()
        self.dashboard.shutdown()
        self._stop_foreign()
        for signal, slot in (
            (self._client.connection_changed, self._on_client_connection_changed),
            (self._client.state_received, self._on_client_state_received),
            (self._client.event_received, self._on_client_event_received),
        ):
            signal.disconnect(slot)

    # -- slots ------------------------------------------------------------------------

    def _on_client_connection_changed(self, connected: bool) -> None:
        if self.sender() is self._link():
            self.connection_changed.emit(connected)

    def _on_client_state_received(self, snapshot: Json) -> None:
        if not self.orgs.foreign:  # else the app's reconnect: not the organisation shown
            self._on_home_state(snapshot)

    def _on_home_state(self, snapshot: Json) -> None:
        self.orgs.set_home(str((snapshot.get("org") or {}).get("id") or ""))
        if self.orgs.foreign:
            return  # an answer from before another organisation was picked
        self._take(snapshot)
        self.ticker.set_messages(snapshot.get("ticker") or [])
        self.dashboard.load()
        self.orgs.load()

    def _on_foreign_state(self, snapshot: Json) -> None:
        if self.orgs.foreign:
            self._take(snapshot)

    def _load_foreign_extras(self) -> None:
        """What the snapshot of another organisation does not hold: today's figures and
        the ticker's messages with their ids and end times."""
        self.requests.get("org.dashboard", endpoints.DASHBOARD, self.dashboard.show_today)
        self.requests.get("ticker.load", endpoints.TICKER, self._on_ticker_list)

    def _on_ticker_list(self, answer: Json) -> None:
        self.ticker.set_messages([m for m in answer.get("items") or [] if isinstance(m, dict)])

    def _take(self, snapshot: Json) -> None:
        self.state.apply_snapshot(snapshot)
        self.hours.set_status(snapshot.get("hours") or {})
        self._state_changed()
        self.hours.load()
        self.admin.load()

    def _on_client_event_received(self, event: Json) -> None:
        if not self.orgs.foreign:
            self._on_event(event)
        elif event.get("type") == "config_changed" and event.get("what") == "orgs":
            self.orgs.load()

    def _on_foreign_event(self, event: Json) -> None:
        if self.orgs.foreign and event.get("org") in (None, self.orgs.current):
            self._on_event(event)

    def _on_orgs_switched(self, org_id: str) -> None:
        """Every tab shows `org_id` now: forget the other's picture, load this one's."""
        log.info("supervisor view switched to organisation %s", org_id)
        self.state.clear()
        self.ticker.set_messages([])
        self.hours.set_status({})
        self._state_changed()
        if self.reports.report:
            self.reports.load()
        if not self.orgs.foreign:
            self._stop_foreign()
            self.connection_changed.emit(self._client.connected)
            self.refresh()
            return
        if self._foreign is None:
            self._foreign = HubClient(self._client.base_url, self._client.token, self)
            self._foreign.connection_changed.connect(self._on_client_connection_changed)
            self._foreign.state_received.connect(self._on_foreign_state_received)
            self._foreign.event_received.connect(self._on_foreign_event)
        # Its snapshot (state_received) comes before its events: then the picture is loaded.
        self._foreign.set_stream_params({"org": org_id})
        self._foreign.start()

    def _on_foreign_state_received(self, snapshot: Json) -> None:
        # The shown organisation's snapshot: its stream starts now.
        if self.orgs.foreign:
            self._take(snapshot)
            self._load_foreign_extras()

    def _stop_foreign(self) -> None:
        if self._foreign is not None:
            self._foreign.stop()
            self._foreign.set_stream_params(None)

    def _link(self) -> HubClient:
        return self._foreign if self.orgs.foreign and self._foreign is not None else self._client

    def _on_event(self, event: Json) -> None:
        kind = self.state.apply_event(event)
        if kind == "config_changed":
            self.refresh()
        elif kind == "hours_changed":
            self.hours.set_status(event.get("hours") or {})
            self.hours.load()
        elif kind == "ticker_changed":
            self.ticker.set_messages(event.get("ticker") or [])
        elif kind:
            self._state_changed()
            self.dashboard.on_event(kind)

    def _on_timer_timeout(self) -> None:
        self.dashboard.queue_model.refresh(self.dashboard.queue_model.WAIT_COLUMN)
        self.tick.emit()

    def _state_changed(self) -> None:
        self.dashboard.update()
        self.counters.update()
        self.state_changed.emit()
