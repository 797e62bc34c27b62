"""State of the waiting-room display, fed by the hub's snapshot and events."""

from __future__ import annotations

import logging
from collections import deque
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from display.calls import AnnouncementLedger, Call, parse_time
from display.config import DisplayConfig

log = logging.getLogger(__name__)

#: Ticket events after which the ticket no longer stands at a counter.
_LEAVES_COUNTER = frozenset({
    "ticket_done", "ticket_no_show", "ticket_parked", "ticket_transferred",
    "ticket_voided", "ticket_expired",
})
_AT_COUNTER = frozenset({"called", "serving"})
#: Upper bound of calls shown at once; a counter holds at most one call anyway.
MAX_ACTIVE_CALLS = 12
#: The hub keeps the last 20 calls of the day; the display never holds more.
HISTORY_SIZE = 20


class DisplayViewModel(QObject):
    """What the waiting room sees: calls, queues, hours, ticker, and whether it is current.

    The view model keeps its last good data when the hub goes away and says so through
    `stale_changed`; it never replaces data by zeros.

    Attributes:
        config: the display's settings (filter, recent-call count, ...).
        connected: True while the hub connection is up.
        has_data: True once a snapshot arrived.

    Signals:
        calls_changed: active or recent calls changed.
        call_arrived(key, number, counter): a new call or recall to announce and highlight.
        queues_changed, hours_changed, ticker_changed, office_changed: data changed.
        stale_changed(bool): True while the data may be out of date.
        resync_requested: the hub says services/counters changed; fetch the snapshot again.
    """

    calls_changed = Signal()
    call_arrived = Signal(str, str, str)
    queues_changed = Signal()
    hours_changed = Signal()
    ticker_changed = Signal()
    office_changed = Signal()
    stale_changed = Signal(bool)
    resync_requested = Signal()

    def __init__(self, config: DisplayConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.connected = False
        self.has_data = False
        self.office_name = config.office_name
        self.org_id = ""  # from the snapshot; the QR code leads to this office's overview
        self.services: dict[str, dict[str, Any]] = {}
        self.counters: dict[str, dict[str, Any]] = {}
        self.hours: dict[str, Any] | None = None
        self.last_update: datetime | None = None
        self._queues: list[dict[str, Any]] = []
        self._ticker: list[dict[str, Any]] = []
        self._active: list[Call] = []
        self._history: deque[Call] = deque(maxlen=HISTORY_SIZE)
        self._hub_offset = timedelta(0)
        self.ledger = AnnouncementLedger(max_age_s=config.sound.max_age_s)

    # -- read side -----------------------------------------------------------------------

    @property
    def stale(self) -> bool:
        return not (self.connected and self.has_data)

    @property
    def active_calls(self) -> list[Call]:
        """Tickets now at a counter, newest call first."""
        return list(self._active)

    def recent_calls(self, shown: int = MAX_ACTIVE_CALLS) -> list[Call]:
        """Earlier calls, newest first, at most `recent_count`.

        The first `shown` active calls are on the call panel and left out here; active
        calls that do not fit on the panel are listed here, so no call is hidden.
        """
        on_panel = {c.ticket_id for c in self._active[:shown]}
        recent = [c for c in self._history if c.ticket_id not in on_panel]
        return recent[: self.config.recent_count]

    @property
    def history_size(self) -> int:
        return len(self._history)

    @property
    def queues(self) -> list[dict[str, Any]]:
        return [q for q in self._queues if self.config.shows(q.get("service"), None)]

    def ticker_texts(self) -> list[str]:
        now = self.hub_now()
        texts = []
        for item in self._ticker:
            until = parse_time(item.get("until"))
            if until is None or until > now:
                texts.append(str(item.get("text", "")))
        return [t for t in texts if t]

    def hub_now(self) -> datetime:
        """The hub's clock, estimated from the last snapshot (the hub is the clock)."""
        return datetime.now(UTC) + self._hub_offset

    def service_name(self, letter: str, language: str) -> str:
        service = self.services.get(letter, {})
        return str(service.get(f"name_{language}") or service.get("name_de") or letter)

    # -- write side ----------------------------------------------------------------------

    @Slot(bool)
    def set_connected(self, connected: bool) -> None:
        was_stale = self.stale
        self.connected = connected
        if not connected:
            log.warning("hub connection lost; keeping the last data, marked as not current")
        if self.stale != was_stale:
            self.stale_changed.emit(self.stale)

    @Slot(dict)
    def apply_snapshot(self, state: dict[str, Any]) -> None:
        was_stale = self.stale
        now = parse_time(state.get("now"))
        if now is not None:
            self._hub_offset = now - datetime.now(UTC)
        org = state.get("org") or {}
        self.office_name = self.config.office_name or str(org.get("name", ""))
        self.org_id = str(org.get("id") or "")
        self.services = {s["letter"]: s for s in state.get("services", []) if "letter" in s}
        self.counters = {str(c["id"]): c for c in state.get("counters", []) if "id" in c}
        self._queues = list(state.get("queues", []))
        self.hours = state.get("hours")
        self._ticker = list(state.get("ticker", []))
        calls = [Call.from_ticket(t) for t in state.get("calls", [])]
        self._active = [c for c in calls if self._shows(c)][:MAX_ACTIVE_CALLS]
        recent = [Call.from_ticket(t) for t in state.get("recent_calls", [])]
        self._history = deque((c for c in recent if self._shows(c)), maxlen=HISTORY_SIZE)
        self.has_data = True
        self.last_update = self.hub_now()
        for signal in (self.office_changed, self.queues_changed, self.hours_changed,
                       self.ticker_changed, self.calls_changed):
            signal.emit()
        for call in reversed(self._active):  # oldest first, as they were called
            self._consider_announcing(call, call.called_at)
        if self.stale != was_stale:
            self.stale_changed.emit(self.stale)

    @Slot(dict)
    def apply_event(self, event: dict[str, Any]) -> None:
        kind = str(event.get("type", ""))
        if "queues" in event:
            self._queues = list(event["queues"])
            self.queues_changed.emit()
        if "ticket" in event and kind.startswith("ticket_"):
            self._apply_ticket(kind, event["ticket"], parse_time(event.get("at")))
        elif kind == "counter_changed" and isinstance(event.get("counter"), dict):
            counter = event["counter"]
            self.counters[str(counter.get("id"))] = counter
        elif kind == "hours_changed":
            self.hours = event.get("hours")
            self.hours_changed.emit()
        elif kind == "ticker_changed":
            self._ticker = list(event.get("ticker", []))
            self.ticker_changed.emit()
        elif kind == "config_changed":
            self.resync_requested.emit()
        if self.has_data:
            self.last_update = self.hub_now()

    def _apply_ticket(self, kind: str, ticket: dict[str, Any], at: datetime | None) -> None:
        call = Call.from_ticket(ticket)
        if kind in ("ticket_called", "ticket_recalled"):
            if not call.counter or not self._shows(call):
                self._drop(call.ticket_id)
                return
            # One call per counter: the counter's previous ticket is finished by now.
            self._active = [
                c for c in self._active
                if c.ticket_id != call.ticket_id and c.counter != call.counter
            ]
            self._active.insert(0, call)
            del self._active[MAX_ACTIVE_CALLS:]
            self._remember(call)
            self.calls_changed.emit()
            self._consider_announcing(call, at or call.called_at)
        elif kind in _LEAVES_COUNTER or call.state not in _AT_COUNTER:
            self._drop(call.ticket_id)
        else:  # e.g. ticket_started: still at the counter, state changes
            self._active = [call if c.ticket_id == call.ticket_id else c for c in self._active]
            self.calls_changed.emit()

    def _drop(self, ticket_id: int) -> None:
        before = len(self._active)
        self._active = [c for c in self._active if c.ticket_id != ticket_id]
        if len(self._active) != before:
            self.calls_changed.emit()

    def _remember(self, call: Call) -> None:
        for old in [c for c in self._history if c.ticket_id == call.ticket_id]:
            self._history.remove(old)
        self._history.appendleft(call)

    def _shows(self, call: Call) -> bool:
        return self.config.shows(call.service, call.counter or None)

    def _consider_announcing(self, call: Call, happened_at: datetime | None) -> None:
        if self.ledger.admit(call.key, happened_at, self.hub_now()):
            self.call_arrived.emit(call.key, call.number, call.counter)
        else:
            log.debug("not announcing %s (already announced or too old)", call.key)
