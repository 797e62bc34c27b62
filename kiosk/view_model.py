"""The kiosk's state and commands: which screen shows what, and what a touch does.

No widgets here: the window reads the properties and listens to the signals.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from kiosk.config import KioskConfig
from kiosk.issuing import IssuedTicket, TicketIssuer
from kiosk.language import LanguageSwitcher
from kiosk.office_state import BERLIN, Closed, OfficeState, ServiceEntry, parse_time

log = logging.getLogger(__name__)


class Screen(StrEnum):
    START = "start"
    ISSUING = "issuing"
    ISSUED = "issued"
    CLOSED = "closed"
    CAPACITY = "capacity"
    OUT_OF_ORDER = "out_of_order"


@dataclass(frozen=True, slots=True)
class Capacity:
    """A service that takes no more tickets today, and when it opens again."""

    service: ServiceEntry | None
    next_opening: datetime | None


class KioskViewModel(QObject):
    """Holds what the kiosk shows and runs the visitor's commands.

    Attributes:
        state: the kiosk's copy of the hub's public state.
        issuer: the one-touch-one-ticket flow.

    Signals:
        screen_changed(str): the Screen to show now.
        content_changed(): services, queues, hours or language changed: redraw.
    """

    screen_changed = Signal(str)
    content_changed = Signal()

    def __init__(self, hub: Any, issuer: TicketIssuer, languages: LanguageSwitcher,
                 config: KioskConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = OfficeState()
        self.issuer = issuer
        self._hub = hub
        self._languages = languages
        self._config = config
        self._connected = False
        self._hub_trouble: str | None = None
        self._printer_trouble: str | None = None
        self._trouble_detail = ""
        self._error_code: str | None = None
        self._transient: Screen | None = None
        self._issued: IssuedTicket | None = None
        self._refused_closed: Closed | None = None
        self._capacity: Capacity | None = None
        self._screen = Screen.OUT_OF_ORDER
        self._replies: set[QObject] = set()

        self._back_timer = QTimer(self, singleShot=True,
                                  interval=int(config.issued_seconds * 1000))
        self._back_timer.timeout.connect(self.back_to_start)
        self._idle_timer = QTimer(self, singleShot=True,
                                  interval=int(config.idle_reset_seconds * 1000))
        self._idle_timer.timeout.connect(self._on_idle_timer_timeout)
        self._recheck_timer = QTimer(self, interval=int(config.printer_recheck_seconds * 1000))
        self._recheck_timer.timeout.connect(issuer.check_printer)

        hub.connection_changed.connect(self._on_hub_connection_changed)
        hub.state_received.connect(self._on_hub_state_received)
        hub.event_received.connect(self._on_hub_event_received)
        issuer.busy_changed.connect(lambda _busy: self._update_screen())
        issuer.issued.connect(self._on_issuer_issued)
        issuer.refused.connect(self._on_issuer_refused)
        issuer.trouble.connect(self._on_issuer_trouble)
        issuer.printer_recovered.connect(self._on_issuer_printer_recovered)
        languages.language_changed.connect(lambda _lang: self.content_changed.emit())

    # -- what to show ---------------------------------------------------------------------

    @property
    def screen(self) -> Screen:
        return self._screen

    @property
    def language(self) -> str:
        return self._languages.language

    def locale(self) -> QLocale:
        return self._languages.locale()

    def services(self) -> list[ServiceEntry]:
        """The services open now: one button each."""
        return self.state.open_services()

    def closed_services(self) -> list[ServiceEntry]:
        """Services closed now for a stated reason (a closure), shown as a note."""
        return [s for s in self.state.services() if not s.open_now and s.reason]

    @property
    def issued(self) -> IssuedTicket | None:
        return self._issued

    @property
    def closed(self) -> Closed | None:
        return self._refused_closed or self.state.closed()

    @property
    def capacity(self) -> Capacity | None:
        return self._capacity

    @property
    def trouble(self) -> tuple[str, str]:
        """(code, detail) of what keeps the kiosk out of order, for the staff line."""
        code = self._hub_trouble or self._printer_trouble or self._error_code
        if code is None and not (self._connected and self.state.loaded):
            code = "hub_unreachable"
        return code or "", self._trouble_detail

    def service_name(self, letter: str) -> str:
        entry = self.state.service(letter)
        return entry.name(self.language) if entry else letter

    def _base_screen(self) -> Screen:
        if self._hub_trouble or self._printer_trouble:
            return Screen.OUT_OF_ORDER
        if not (self._connected and self.state.loaded):
            return Screen.OUT_OF_ORDER
        return Screen.CLOSED if self.state.closed() else Screen.START

    def _update_screen(self) -> None:
        screen = Screen.ISSUING if self.issuer.busy else (self._transient or self._base_screen())
        if screen != self._screen:
            log.info("screen %s -> %s", self._screen, screen)
            self._screen = screen
            self.screen_changed.emit(screen.value)

    # -- commands -------------------------------------------------------------------------

    def start(self) -> None:
        self._languages.set_language(self._config.language)
        self._hub.start()
        self.issuer.check_printer()
        self._idle_timer.start()
        self._update_screen()

    def stop(self) -> None:
        for timer in (self._back_timer, self._idle_timer, self._recheck_timer):
            timer.stop()
        self.issuer.shutdown()
        self._hub.stop()

    def set_language(self, language: str) -> None:
        self._languages.set_language(language)

    def touch_service(self, letter: str) -> None:
        """A visitor touched a service button: one touch, exactly one ticket."""
        if self._screen != Screen.START or self.issuer.busy:
            log.info("touch on %s ignored on screen %s", letter, self._screen)
            return
        entry = self.state.service(letter)
        if entry is None or not entry.open_now:
            return
        if entry.full:
            self._show_transient(Screen.CAPACITY, capacity=Capacity(entry, entry.next_opening))
            return
        now_local = self.state.hub_now().astimezone(BERLIN)
        self.issuer.issue(letter, {
            "office": self.state.org_name, "service_name": entry.name_de,
            "service_name_en": entry.name_en, "language": self.language, "now_local": now_local,
            "status_base": self._config.status_base_url or self._config.hub,
        })

    def back_to_start(self) -> None:
        """Leave the issued / refusal screen (timer or a touch)."""
        self._back_timer.stop()
        self._transient = None
        self._refused_closed = None
        self._error_code = None
        self._update_screen()

    def user_activity(self) -> None:
        """Any touch: keeps the idle reset away."""
        self._idle_timer.start()

    def _show_transient(self, screen: Screen, *, capacity: Capacity | None = None,
                        closed: Closed | None = None) -> None:
        self._capacity = capacity or self._capacity
        self._refused_closed = closed
        self._transient = screen
        self._back_timer.start()
        self.content_changed.emit()
        self._update_screen()

    def _on_idle_timer_timeout(self) -> None:
        log.info("idle: back to the start screen in %s", self._config.language)
        self.set_language(self._config.language)
        self.back_to_start()

    # -- hub ------------------------------------------------------------------------------

    def _on_hub_connection_changed(self, connected: bool) -> None:
        self._connected = connected
        if connected:
            self._hub_trouble = None
            self.issuer.settle_unconfirmed()
        self.content_changed.emit()
        self._update_screen()

    def _on_hub_state_received(self, snapshot: dict[str, Any]) -> None:
        # Not yet "connected": that is the client's word once events flow too, so a hub that
        # dies between snapshot and event stream never leaves a live-looking start screen.
        self.state.apply_snapshot(snapshot)
        self.content_changed.emit()
        self._update_screen()

    def _on_hub_event_received(self, event: dict[str, Any]) -> None:
        if event.get("type") in {"config_changed", "resync"}:
            self._fetch_state()
            return
        if self.state.apply_event(event):
            self.content_changed.emit()
            self._update_screen()

    def _fetch_state(self) -> None:
        reply = self._hub.request("GET", "/api/state", tag="kiosk-state")
        self._replies.add(reply)
        reply.succeeded.connect(self._on_hub_state_received)
        reply.succeeded.connect(lambda *_: self._replies.discard(reply))
        reply.failed.connect(lambda *_: self._replies.discard(reply))

    # -- issuing --------------------------------------------------------------------------

    def _on_issuer_issued(self, ticket: IssuedTicket) -> None:
        self._issued = ticket
        self._show_transient(Screen.ISSUED)

    def _on_issuer_refused(self, code: str, body: dict[str, Any]) -> None:
        next_opening = parse_time(body.get("next_opening"))
        if code == "capacity":
            entry = self.state.service(str(body.get("service", ""))) or self._last_touched()
            self._show_transient(Screen.CAPACITY, capacity=Capacity(entry, next_opening))
        else:
            holiday = body.get("holiday")
            self._show_transient(Screen.CLOSED, closed=Closed(
                next_opening, body.get("reason"), str(holiday) if holiday else None))

    def _last_touched(self) -> ServiceEntry | None:
        return self.state.service(self.issuer.last_service)

    def _on_issuer_trouble(self, code: str, detail: str) -> None:
        self._trouble_detail = detail
        if code == "hub_unreachable":
            self._hub_trouble = code
        elif code == "hub_error":
            self._error_code = code
            self._show_transient(Screen.OUT_OF_ORDER)
        else:
            self._printer_trouble = code
            if not self._recheck_timer.isActive():
                self._recheck_timer.start()
        self.content_changed.emit()
        self._update_screen()

    def _on_issuer_printer_recovered(self) -> None:
        if self._printer_trouble is not None:
            log.info("printer ready again")
            self._printer_trouble = None
            self._recheck_timer.stop()
            self.content_changed.emit()
            self._update_screen()
