"""``wartemarke kiosk --test-print --printer URL``: prints a sample ticket.

For IT staff setting up a kiosk: it checks the printer's status, prints a ticket with
umlauts, € and a QR code, and says in German and English what went wrong if it could not.
Runs without a Qt event loop. Exit codes: 0 printed, 1 printer fault or unreachable,
2 unusable printer setting.
"""

from __future__ import annotations

import dataclasses
import logging
import sys
from datetime import datetime
from typing import TextIO

from kiosk.printing import job
from kiosk.printing.config import PrinterConfigError, parse_printer_url
from kiosk.printing.layout import build_ticket_print
from kiosk.printing.ticket import TicketPrint

logger = logging.getLogger(__name__)

SAMPLE_URL = "https://wartemarke.example/s/testdruck-0000000000"
_MESSAGES = {
    "unreachable": ("Drucker nicht erreichbar", "printer unreachable"),
    "paper_out": ("Kein Papier im Drucker", "printer is out of paper"),
    "cover_open": ("Druckerdeckel ist offen", "printer cover is open"),
    "offline": ("Drucker ist nicht bereit (offline)", "printer is offline"),
    "error": ("Druckerfehler", "printer error"),
}


def sample_ticket(now: datetime | None = None) -> TicketPrint:
    """The sample ticket: A017, "Ausweis & Pass", umlauts, € and a QR code."""
    ticket = build_ticket_print(
        {"number": "A017"},
        office="Bürgerbüro Grüße",
        service_name="Ausweis & Pass",
        service_name_en="ID card & passport",
        now_local=now or datetime.now(),
        position=3,
        estimate={"low_min": 10, "high_min": 20},
        status_url=SAMPLE_URL,
    )
    footer = (("Testdruck", "Test print"), "ä ö ü Ä Ö Ü ß € – „Grüße“", *ticket.footer)
    return dataclasses.replace(ticket, footer=footer)


def run_test_print(
    printer_url: str, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Prints the sample ticket on ``printer_url``; returns the exit code (see module)."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        config = parse_printer_url(printer_url)
    except PrinterConfigError as exc:
        err.write(f"{exc}\n")
        return 2
    if not config.enabled:
        err.write(
            "Drucken ist ausgeschaltet (--printer none), nichts zu testen. / "
            "Printing is switched off (--printer none), nothing to test.\n"
        )
        return 2
    result = job.print_ticket(config, sample_ticket())
    if not result.ok:
        german, english = _MESSAGES.get(result.code or "error", _MESSAGES["error"])
        err.write(
            f"Testdruck fehlgeschlagen: {german} ({config.url}). / "
            f"Test print failed: {english} ({config.url}).\n"
            f"Details: {result.message}\n"
        )
        return 1
    if result.status.paper == "near_end":
        err.write("Hinweis: Papierrolle fast leer. / Note: paper roll nearly empty.\n")
    out.write(f"Testdruck gesendet an {config.url}. / Test print sent to {config.url}.\n")
    logger.info("test print sent to %s", config.url)
    return 0
