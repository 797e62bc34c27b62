"""One print job or status check, start to end, blocking: used by the worker thread and by
``--test-print``. Nothing here touches Qt.
"""

from __future__ import annotations

import contextlib
import logging
import socket
from dataclasses import dataclass
from typing import Any

from escpos.exceptions import DeviceNotFoundError
from escpos.exceptions import Error as EscposError

from kiosk.printing.config import PrinterConfig
from kiosk.printing.layout import render
from kiosk.printing.status import UNKNOWN, PrinterStatus, query_status
from kiosk.printing.ticket import TicketPrint

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class JobResult:
    """How a print job ended.

    Attributes:
        code: None when printed, else a ``TicketPrinter.failed`` code.
        message: English, for logs.
        status: the last status read (UNKNOWN if none).
        sent: whether any ticket bytes went to the printer (a partial ticket may exist).
    """

    code: str | None
    message: str
    status: PrinterStatus = UNKNOWN
    sent: bool = False

    @property
    def ok(self) -> bool:
        return self.code is None


def _open(config: PrinterConfig) -> Any:
    printer = config.create_printer()
    if config.kind == "tcp":
        # python-escpos 3.1's Network.open() leaks its socket when the connection is
        # refused (a ResourceWarning); connect here instead and hand it the socket.
        printer.device = socket.create_connection(
            (config.target, config.port), timeout=config.timeout_s
        )
        # python-escpos sends each line as its own small write; with Nagle's algorithm
        # every write after the first waited for the printer's delayed ACK (40 ms on
        # Linux): touch -> ticket bytes took 52 ms instead of 10.
        printer.device.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    else:
        printer.open()
    return printer


def _close(printer: Any) -> None:
    if printer is None:
        return
    flush = getattr(printer, "flush", None)
    with contextlib.suppress(Exception):
        if flush is not None:
            flush()
    with contextlib.suppress(Exception):
        printer.close()


def _connect_error(config: PrinterConfig, exc: BaseException) -> str:
    return f"cannot reach printer {config.url}: {exc}".replace("\n", " ")


def check_status(config: PrinterConfig) -> PrinterStatus:
    """Connects, reads the status and disconnects; UNKNOWN when printing is off."""
    if not config.enabled:
        return UNKNOWN
    printer = None
    try:
        printer = _open(config)
        if not config.status_queries:
            return UNKNOWN
        return query_status(printer, config.timeout_s)
    except (DeviceNotFoundError, OSError, RuntimeError) as exc:
        message = _connect_error(config, exc)
        logger.warning(message)
        return PrinterStatus(error=message, error_code="connection_lost")
    finally:
        _close(printer)


def print_ticket(config: PrinterConfig, ticket: TicketPrint) -> JobResult:
    """Prints one ticket: connect, check status, render, close, check status again.

    Never raises for printer trouble; the result says what went wrong.
    """
    if not config.enabled:
        return JobResult(None, "printing is switched off")
    printer = None
    sent = False
    status = UNKNOWN
    try:
        printer = _open(config)
        if config.status_queries:
            status = query_status(printer, config.timeout_s)
            failure = status.failure()
            if failure:
                return JobResult(failure[0], failure[1], status)
        sent = True
        render(printer, ticket, config.width_mm)
        flush = getattr(printer, "flush", None)
        if flush is not None:
            flush()
        if config.status_queries and config.kind == "tcp":
            # The printer answers DLE EOT in real time, so this sees a roll that ran out
            # or a cover opened while the ticket was being sent.
            status = query_status(printer, config.timeout_s)
            failure = status.failure()
            if failure:
                code, message = failure
                return JobResult(code, f"{message} (after sending ticket)", status, sent)
        return JobResult(None, "printed", status, sent)
    except (DeviceNotFoundError, OSError) as exc:
        message = _connect_error(config, exc)
        logger.warning(message)
        return JobResult("unreachable", message, status, sent)
    except (EscposError, RuntimeError, ValueError) as exc:
        logger.exception("printing ticket %s failed", ticket.number)
        return JobResult("error", f"printing failed: {exc}", status, sent)
    finally:
        _close(printer)
