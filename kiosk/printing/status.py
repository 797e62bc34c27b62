"""Real-time printer status through ESC/POS ``DLE EOT n``.

The printer answers each query with one byte whose fixed bits read ``0xx1xx10``:

* n=1 (printer status): bit 3 set = offline.
* n=2 (offline cause): bit 2 = cover open, bit 5 = stopped because the paper ran out,
  bit 6 = an error occurred.
* n=4 (paper roll sensor): bits 2/3 = paper near its end, bits 5/6 = paper out.

python-escpos's ``query_status(mode)`` sends the query and reads the answer (on Network,
Usb and Serial printers); its ``is_online()``/``paper_status()`` are not used because they
read an empty or malformed answer as "fine". Printers that cannot answer (``File``, or
Serial/USB without a read line) give an unknown status (None fields), not an error; a
network printer that stays silent or answers nonsense gives an error.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from escpos.constants import RT_STATUS

logger = logging.getLogger(__name__)

REPLY_MASK = 0x93  # bits 7, 4, 1, 0 are fixed ...
REPLY_FIXED = 0x12  # ... to 0, 1, 1, 0
Paper = Literal["ok", "near_end", "out"]
ErrorCode = Literal["no_answer", "bad_answer", "connection_lost", "printer_error"]


class StatusAnswerError(Exception):
    """The printer answered a status query with bytes that are no status."""


@dataclass(frozen=True)
class PrinterStatus:
    """What the printer said about itself; None where it could not tell.

    Attributes:
        online: False when the printer is offline (cover open, paper out, error).
        paper: "ok", "near_end" (replace the roll soon) or "out".
        cover_open: True when the cover is open.
        error: English text for logs when the status could not be read or the printer
            reports an error; None otherwise.
        error_code: "no_answer", "bad_answer", "connection_lost" or "printer_error".
    """

    online: bool | None = None
    paper: Paper | None = None
    cover_open: bool | None = None
    error: str | None = None
    error_code: ErrorCode | None = None

    @property
    def known(self) -> bool:
        """Whether the printer said anything (False for File printers and printing off)."""
        return self.online is not None or self.error is not None

    @property
    def ok(self) -> bool:
        """True unless the status shows the printer cannot print (unknown counts as ok)."""
        return self.failure() is None

    @property
    def code(self) -> str | None:
        """The failure code (as in ``TicketPrinter.failed``), None when ok."""
        failure = self.failure()
        return failure[0] if failure else None

    @property
    def message(self) -> str:
        """English text for logs, "" when ok."""
        failure = self.failure()
        return failure[1] if failure else ""

    def failure(self) -> tuple[str, str] | None:
        """``(code, message)`` when the printer cannot print now, else None.

        Codes are those of ``TicketPrinter.failed``: unreachable, error, cover_open,
        paper_out, offline.
        """
        if self.error_code in ("no_answer", "connection_lost"):
            return "unreachable", self.error or "printer unreachable"
        if self.error_code == "bad_answer":
            return "error", self.error or "unexpected printer answer"
        if self.cover_open:
            return "cover_open", "printer cover is open"
        if self.paper == "out":
            return "paper_out", "printer is out of paper"
        if self.error_code == "printer_error":
            return "error", self.error or "printer reports an error"
        if self.online is False:
            return "offline", "printer is offline"
        return None


UNKNOWN = PrinterStatus()


def check_reply(n: int, reply: bytes) -> int:
    """The status byte of an answer to ``DLE EOT n``; StatusAnswerError if it is none."""
    if not reply:
        raise StatusAnswerError(f"empty answer to status query {n}")
    value = reply[-1]  # a printer may have sent something before; the answer comes last
    if value & REPLY_MASK != REPLY_FIXED:
        raise StatusAnswerError(
            f"unexpected printer answer {reply[-8:].hex(' ')} to status query DLE EOT {n} "
            "(expected one byte 0xx1xx10); is this an ESC/POS printer?"
        )
    return value


def status_from_replies(printer: int, cause: int, paper: int) -> PrinterStatus:
    """A PrinterStatus from the (checked) answers to DLE EOT 1, 2 and 4."""
    paper_out = bool(paper & 0x60) or bool(cause & 0x20)
    state: Paper = "out" if paper_out else ("near_end" if paper & 0x0C else "ok")
    failed = bool(cause & 0x40)
    return PrinterStatus(
        online=not (printer & 0x08),
        paper=state,
        cover_open=bool(cause & 0x04),
        error="printer reports an error (cutter jam or hardware fault)" if failed else None,
        error_code="printer_error" if failed else None,
    )


@contextlib.contextmanager
def _socket_timeout(printer: Any, timeout_s: float) -> Iterator[None]:
    device = getattr(printer, "_device", None)
    settimeout = getattr(device, "settimeout", None)
    if settimeout is None:
        yield
        return
    previous = device.gettimeout()
    settimeout(timeout_s)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            settimeout(previous)


def _can_read(printer: Any) -> bool:
    from escpos.escpos import Escpos

    return type(printer)._read is not Escpos._read


def _is_network(printer: Any) -> bool:
    from escpos.printer import Network

    return isinstance(printer, Network)


def query_status(
    printer: Any, timeout_s: float = 5.0, *, silence_is_error: bool | None = None
) -> PrinterStatus:
    """Asks an open printer for its real-time status (never raises for I/O problems).

    Args:
        printer: a python-escpos printer object, opened.
        timeout_s: how long to wait for each answer (network printers).
        silence_is_error: whether no answer is an error; by default only for network
            printers, which always can answer.
    """
    if not _can_read(printer):
        return UNKNOWN  # e.g. File: the query would only put junk into the device
    network = _is_network(printer)
    if silence_is_error is None:
        silence_is_error = network
    replies: dict[int, int] = {}
    try:
        with _socket_timeout(printer, timeout_s):
            for n in (1, 2, 4):
                reply = printer.query_status(RT_STATUS + bytes([n]))
                if not reply and network:
                    raise ConnectionError("printer closed the connection")
                if not reply:
                    return _silent(silence_is_error, timeout_s)
                replies[n] = check_reply(n, reply)
    except NotImplementedError:
        return UNKNOWN  # the connection cannot read after all
    except StatusAnswerError as exc:
        logger.warning("printer status: %s", exc)
        return PrinterStatus(error=str(exc), error_code="bad_answer")
    except TimeoutError:
        return _silent(silence_is_error, timeout_s)
    except OSError as exc:
        if type(exc).__name__ == "USBTimeoutError":
            return _silent(silence_is_error, timeout_s)
        logger.warning("printer status: connection lost: %s", exc)
        return PrinterStatus(error=f"connection lost: {exc}", error_code="connection_lost")
    status = status_from_replies(replies[1], replies[2], replies[4])
    logger.debug("printer status %s", status)
    return status


def _silent(silence_is_error: bool, timeout_s: float) -> PrinterStatus:
    if not silence_is_error:
        return UNKNOWN
    message = f"printer did not answer the status query within {timeout_s:g} s"
    logger.warning(message)
    return PrinterStatus(error=message, error_code="no_answer")
