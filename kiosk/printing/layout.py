"""The ticket's layout: writes a TicketPrint to any python-escpos printer object.

Layout, centred: office name (bold) · "Ihre Wartenummer / Your number" · the number, very
large and bold · the service (bold, double height) · date and time · people ahead · wait
estimate · QR code to the visitor status page · hint · footer · cut.

All text goes out in code page CP858 (fixed, see :mod:`kiosk.printing.sanitize`).
"""

from __future__ import annotations

import logging
import textwrap
from typing import Any

from escpos.constants import QR_ECLEVEL_M

from kiosk.printing.sanitize import is_printable, sanitize
from kiosk.printing.texts import build_ticket_print, load_german_translator
from kiosk.printing.ticket import Text, TicketPrint

__all__ = [
    "TicketPrint",
    "build_ticket_print",
    "columns_for",
    "is_printable",
    "load_german_translator",
    "render",
    "sanitize",
]

logger = logging.getLogger(__name__)

CODE_PAGE = "CP858"
# Characters per line in font A (12 dots wide): 384 dots on 58 mm paper, 512 on 80 mm.
_COLUMNS = {58: 32, 80: 42}
_MAX_NUMBER_SIZE = {58: 4, 80: 5}
_QR_MODULE = {58: 5, 80: 6}


def columns_for(width_mm: int) -> int:
    """Characters per line of normal-size text for a paper width (58 or 80 mm)."""
    try:
        return _COLUMNS[width_mm]
    except KeyError:
        raise ValueError(f"paper width {width_mm} mm is not supported (58 or 80)") from None


def _lines(text: Text, language: str, width: int) -> list[str]:
    """The printed lines of one (multilingual) text: "de / en" if it fits, else stacked."""
    parts = [text] if isinstance(text, str) else list(text)
    parts = [sanitize(part, language).strip() for part in parts]
    parts = [part for part in parts if part]
    joined = " / ".join(parts)
    if len(joined) <= width:
        return [joined] if joined else []
    lines: list[str] = []
    for part in parts:
        lines.extend(textwrap.wrap(part, width, break_long_words=True) or [""])
    return lines


def render(printer: Any, ticket: TicketPrint, width_mm: int = 80) -> None:
    """Writes one ticket, ending with a cut, to a python-escpos printer object.

    The caller opens and closes the printer; this only sends bytes.
    """
    cols = columns_for(width_mm)
    lang = ticket.language

    def say(text: Text, width_mul: int = 1) -> None:
        for line in _lines(text, lang, cols // width_mul):
            printer.textln(line)

    printer.hw("INIT")
    # ESC @ put the printer back on its default code page; make python-escpos send ESC t
    # again instead of trusting what it remembers from before.
    printer.magic.encoding = None
    printer.charcode(CODE_PAGE)
    printer.set(align="center", normal_textsize=True, bold=True)
    say(ticket.office)
    printer.set(bold=False)
    printer.ln()
    say(ticket.number_label)

    number = sanitize(ticket.number, lang).strip()
    size = max(2, min(_MAX_NUMBER_SIZE[width_mm], cols // max(len(number), 1)))
    printer.set(custom_size=True, width=size, height=size, bold=True)
    say(number, width_mul=size)
    printer.set(custom_size=True, width=1, height=2, bold=True)
    say(ticket.service_name)
    printer.set(normal_textsize=True, bold=False)
    printer.ln()

    say(ticket.date_time)
    say(ticket.people_ahead)
    say(ticket.estimate)
    if ticket.status_url:
        printer.ln()
        # Centred native QR: python-escpos refuses qr(native=True, center=True), so the
        # alignment comes from ESC a, which the printer applies to the symbol too.
        printer.set(align="center")
        printer.qr(ticket.status_url, native=True, size=_QR_MODULE[width_mm], ec=QR_ECLEVEL_M)
        printer.ln()
        say(ticket.qr_hint)
    if ticket.footer:
        printer.ln()
        for line in ticket.footer:
            say(line)
    printer.cut()
    logger.debug("rendered ticket %s for %d mm paper", ticket.number, width_mm)
