"""Übersicht: who waits for what and how long, which counters work, what was served today."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from counter.hub_state import HubState, Json
from counter.supervisor import endpoints
from counter.supervisor.dashboard_models import CounterOverviewModel, QueueOverviewModel
from counter.supervisor.requests import Requests

#: Ticket events after which today's served count is fetched again (bundled).
COUNT_EVENTS = frozenset({"ticket_done", "ticket_no_show", "ticket_issued"})
RELOAD_DELAY_MS = 300


class DashboardViewModel(QObject):
    """The live overview.

    Attributes:
        queue_model: waiting per service with the longest wait as a traffic light.
        counter_model: every counter with state, clerk, services and current ticket.
        served_today: tickets served so far today (None until the hub said).
        issued_today: tickets issued so far today (None until the hub said).
        turned_away_today: visitors the kiosk turned away today (closed or full).
        wait_median_min: today's median wait in minutes (None when nothing measured).

    Signals:
        changed(): figures above the tables changed.
    """

    changed = Signal()

    def __init__(self, state: HubState, requests: Requests, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._requests = requests
        self.queue_model = QueueOverviewModel(state, self)
        self.counter_model = CounterOverviewModel(state, self)
        self.served_today: int | None = None
        self.issued_today: int | None = None
        self.turned_away_today: int | None = None
        self.wait_median_min: float | None = None
        self._reload = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload.timeout.connect(self.load)

    def item_models(self) -> list[Any]:
        return [self.queue_model, self.counter_model]

    def update(self) -> None:
        self.queue_model.update()
        self.counter_model.update()
        self.changed.emit()

    def counts(self) -> dict[str, int]:
        """Counters per state ("open", "paused", "closed")."""
        result = {"open": 0, "paused": 0, "closed": 0}
        for counter in self._state.counters.values():
            state = str(counter.get("state") or "closed")
            result[state] = result.get(state, 0) + 1
        return result

    def waiting_total(self) -> int:
        return sum(int(q.get("waiting") or 0) for q in self._state.queues.values())

    def longest_wait_s(self) -> float:
        return max((self._state.queue_wait_s(s) for s in self._state.queues), default=0.0)

    def load(self) -> None:
        """Fetch today's counts from the hub's dashboard."""
        self._requests.get("dashboard.today", endpoints.DASHBOARD, self.show_today)

    def on_event(self, kind: str) -> None:
        if kind in COUNT_EVENTS:
            self._reload.start()

    def shutdown(self) -> None:
        self._reload.stop()

    def show_today(self, dashboard: Json) -> None:
        """Take today's figures from a `GET /api/dashboard` answer."""
        today = dashboard.get("today") or {}
        self.served_today = int(today.get("served") or 0)
        self.issued_today = int(today.get("issued") or 0)
        self.turned_away_today = int(today.get("turned_away") or 0)
        self.wait_median_min = today.get("wait_median_min")
        self.changed.emit()
