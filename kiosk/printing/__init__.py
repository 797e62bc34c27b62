"""Ticket printing for the kiosk: configuration, layout, status and the print worker.

Public API (see docs in each module):

* :class:`PrinterConfig`, :class:`PrinterConfigError`, :func:`parse_printer_url`
* :class:`TicketPrint`, :func:`build_ticket_print`, :func:`render`, :func:`sanitize`
* :class:`PrinterStatus`, :func:`query_status`
* :class:`TicketPrinter` (QObject; all printer I/O on its own thread)
"""

from kiosk.printing.config import PrinterConfig, PrinterConfigError, parse_printer_url
from kiosk.printing.layout import build_ticket_print, render, sanitize
from kiosk.printing.status import PrinterStatus, query_status
from kiosk.printing.ticket import TicketPrint
from kiosk.printing.worker import TicketPrinter

__all__ = [
    "PrinterConfig",
    "PrinterConfigError",
    "PrinterStatus",
    "TicketPrint",
    "TicketPrinter",
    "build_ticket_print",
    "parse_printer_url",
    "query_status",
    "render",
    "sanitize",
]
