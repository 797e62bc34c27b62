"""One touch, one ticket: asks the printer, asks the hub, prints, and reports the outcome.

The rule (DESIGN: no phantom tickets): a ticket counts as issued only when it is printed, or
when printing is switched off. A ticket the hub made but the printer did not print is voided
(``on_failure = "void"``) or shown on screen marked "not printed" (``"unprinted"``).
If the hub's answer to an issue request is lost, the same request is sent again once the hub
is back — the hub applies a request id once and answers with the same ticket — and that ticket
is voided, because its visitor never got it.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.office_state import Estimate

log = logging.getLogger(__name__)

#: Hub error codes after which the hub surely did not create a ticket.
_REFUSALS = {"closed", "capacity"}


@dataclass(frozen=True, slots=True)
class IssuedTicket:
    """What the issued-ticket screen shows.

    Attributes:
        print_state: "printed", "screen_only" (printing switched off) or "not_printed".
    """

    id: int
    number: str
    service: str
    position: int
    estimate: Estimate | None
    status_url: str
    print_state: str


def printer_problem(status: Any) -> str | None:
    """The printer's trouble as a short code, or None when it can print."""
    if status is None:
        return "no_status"
    if getattr(status, "ok", True):
        return None
    for name in ("code", "problem", "reason"):
        value = getattr(status, name, None)
        if value:
            return str(getattr(value, "value", value))
    return "printer_error"


class TicketIssuer(QObject):
    """Runs the issue flow for one touch at a time.

    Signals:
        busy_changed(bool): a touch is being worked on; further touches are ignored.
        issued(object): an IssuedTicket the visitor holds (or sees on screen).
        refused(str, dict): "closed" or "capacity" with the hub's error body.
        trouble(str, str): the kiosk cannot issue: code ("hub_unreachable", a printer code,
            "hub_error") and a technical detail for staff.
        printer_recovered(): a status check found the printer ready again.
    """

    busy_changed = Signal(bool)
    printer_recovered = Signal()
    issued = Signal(object)
    refused = Signal(str, dict)
    trouble = Signal(str, str)

    def __init__(self, hub: Any, printer: Any | None, *, build_print: Any = None,
                 on_failure: str = "void", print_timeout_s: float = 30.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._printer = printer if printer is not None and getattr(printer, "enabled", True) \
            else None
        self._build_print = build_print
        self._on_failure = on_failure
        self._busy = False
        self._awaiting_status = False
        self._service = ""
        self._request_id = ""
        self._ticket: dict[str, Any] | None = None
        self._context: dict[str, Any] = {}
        self._replies: set[QObject] = set()
        #: Issue requests whose answer was lost: (service, request_id), to void once reachable.
        self._unconfirmed: list[tuple[str, str]] = []
        self._print_timer = QTimer(self, singleShot=True, interval=int(print_timeout_s * 1000))
        self._print_timer.timeout.connect(self._on_print_timer_timeout)
        if self._printer is not None:
            self._printer.status_checked.connect(self._on_printer_status_checked)
            self._printer.printed.connect(self._on_printer_printed)
            self._printer.failed.connect(self._on_printer_failed)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def last_service(self) -> str:
        """The service of the latest touch."""
        return self._service

    @property
    def printing_enabled(self) -> bool:
        return self._printer is not None

    def issue(self, service: str, context: dict[str, Any]) -> bool:
        """Start issuing a ticket for `service`; False (and nothing happens) while busy.

        `context` carries what the printout needs besides the ticket (keyword arguments of
        ``build_ticket_print``: office, service_name, service_name_en, now_local, language)
        and ``status_base``, the address the status page link starts with.
        """
        if self._busy:
            log.info("touch ignored: a ticket is already being issued")
            return False
        self._set_busy(True)
        self._service, self._context = service, context
        self._request_id = uuid.uuid4().hex
        self._ticket = None
        if self._printer is not None:
            self._awaiting_status = True
            self._printer.check_status()
        else:
            self._post_ticket()
        return True

    def check_printer(self) -> None:
        """Ask the printer how it is (the answer arrives as trouble / recovered)."""
        if self._printer is not None and not self._busy:
            self._awaiting_status = False
            self._printer.check_status()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _request(self, method: str, path: str, body: dict[str, Any] | None,
                 on_ok: Any, on_fail: Any, request_id: str | None = None) -> None:
        reply = self._hub.request(method, path, body, tag="kiosk", request_id=request_id)
        self._replies.add(reply)
        reply.succeeded.connect(on_ok)
        reply.failed.connect(on_fail)
        reply.succeeded.connect(lambda *_: self._replies.discard(reply))
        reply.failed.connect(lambda *_: self._replies.discard(reply))

    # -- printer status -------------------------------------------------------------------

    def _on_printer_status_checked(self, status: Any) -> None:
        problem = printer_problem(status)
        if not (self._busy and self._awaiting_status):
            if problem is None:
                self.printer_recovered.emit()
            else:
                self.trouble.emit(problem, str(getattr(status, "message", "") or ""))
            return
        self._awaiting_status = False
        if problem is not None:
            log.warning("printer not ready (%s): no ticket issued", problem)
            self._set_busy(False)
            self.trouble.emit(problem, str(getattr(status, "message", "") or ""))
            return
        self._post_ticket()

    # -- hub ------------------------------------------------------------------------------

    def _post_ticket(self) -> None:
        body = {"service": self._service, "request_id": self._request_id,
                "printed": self._printer is not None}
        self._request("POST", "/api/tickets", body, self._on_ticket_created,
                      self._on_ticket_failed, request_id=self._request_id)

    def _on_ticket_created(self, ticket: dict[str, Any]) -> None:
        self._ticket = ticket
        log.info("hub issued %s (id %s)", ticket.get("number"), ticket.get("id"))
        if self._printer is None:
            self._finish("screen_only")
            return
        extra = {k: v for k, v in self._context.items() if k != "status_base"}
        job = self._build_print(ticket, position=int(ticket.get("position") or 0),
                                estimate=ticket.get("estimate"),
                                status_url=self._status_url(ticket), **extra)
        self._print_timer.start()
        self._printer.print_ticket(str(ticket["id"]), job)

    def _on_ticket_failed(self, code: str, message: str, body: dict[str, Any]) -> None:
        self._set_busy(False)
        if code in _REFUSALS:
            self.refused.emit(code, dict(body or {}))
            return
        log.warning("issue request failed: %s %s", code, message)
        if code == "unreachable":
            # The hub may have made the ticket before the line broke: settle it later.
            self._unconfirmed.append((self._service, self._request_id))
            self.trouble.emit("hub_unreachable", message)
        else:
            self.trouble.emit("hub_error", f"{code}: {message}")

    def settle_unconfirmed(self) -> None:
        """Re-send lost issue requests (same request id) and void what the hub had made."""
        pending, self._unconfirmed = self._unconfirmed, []
        for service, request_id in pending:
            def voided_later(ticket: dict[str, Any]) -> None:
                self._void(ticket, "not_delivered")

            def still_lost(code: str, _message: str, _body: dict[str, Any],
                           item: tuple[str, str] = (service, request_id)) -> None:
                if code == "unreachable":
                    self._unconfirmed.append(item)

            self._request("POST", "/api/tickets", {"service": service, "request_id": request_id},
                          voided_later, still_lost, request_id=request_id)

    def _void(self, ticket: dict[str, Any], reason: str) -> None:
        log.warning("voiding %s: %s", ticket.get("number"), reason)

        def void_failed(code: str, message: str, _body: dict[str, Any]) -> None:
            log.error("could not void %s: %s %s", ticket.get("number"), code, message)

        self._request("POST", f"/api/tickets/{ticket['id']}/void",
                      {"reason": reason, "request_id": uuid.uuid4().hex},
                      lambda _t: log.info("voided %s", ticket.get("number")), void_failed)

    # -- printing -------------------------------------------------------------------------

    def _on_printer_printed(self, job_id: str) -> None:
        if self._ticket is not None and job_id == str(self._ticket["id"]):
            self._print_timer.stop()
            self._finish("printed")

    def _on_printer_failed(self, job_id: str, code: str, message: str) -> None:
        if self._ticket is None or job_id != str(self._ticket["id"]):
            return
        self._print_timer.stop()
        self._print_failed(code or "print_failed", message)

    def _on_print_timer_timeout(self) -> None:
        if self._ticket is not None:
            self._print_failed("print_timeout", "the printer did not answer")

    def _print_failed(self, code: str, message: str) -> None:
        ticket = self._ticket
        assert ticket is not None
        log.warning("printing %s failed: %s %s", ticket.get("number"), code, message)
        if self._on_failure == "unprinted":
            self._finish("not_printed")
        else:
            self._void(ticket, "print_failed")
            self._ticket = None
            self._set_busy(False)
        self.trouble.emit(code, message)

    def _finish(self, print_state: str) -> None:
        ticket = self._ticket
        assert ticket is not None
        self._ticket = None
        self._set_busy(False)
        self.issued.emit(IssuedTicket(
            id=int(ticket["id"]), number=str(ticket["number"]), service=str(ticket["service"]),
            position=int(ticket.get("position") or 0),
            estimate=Estimate.from_api(ticket.get("estimate")),
            status_url=self._status_url(ticket), print_state=print_state))

    def _status_url(self, ticket: dict[str, Any]) -> str:
        key = ticket.get("status_key")
        base = str(self._context.get("status_base", "")).rstrip("/")
        return f"{base}/s/{key}" if key else ""

    def shutdown(self) -> None:
        self._print_timer.stop()
