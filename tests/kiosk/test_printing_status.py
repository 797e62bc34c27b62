"""DLE EOT status against a printer double over real loopback TCP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from escpos.printer import File, Network

from kiosk.printing.status import (
    UNKNOWN,
    PrinterStatus,
    StatusAnswerError,
    check_reply,
    query_status,
)
from tests.helpers.printer_double import PrinterDouble


@pytest.fixture
def connect() -> Iterator[object]:
    opened: list[Network] = []

    def open_printer(double: PrinterDouble) -> Network:
        printer = Network("127.0.0.1", port=double.port, timeout=5, profile="TM-T88V")
        printer.open()
        opened.append(printer)
        return printer

    yield open_printer
    for printer in opened:
        printer.close()


@pytest.mark.parametrize(
    ("mode", "expected", "failure"),
    [
        ("online", PrinterStatus(True, "ok", False), None),
        ("near_end", PrinterStatus(True, "near_end", False), None),
        ("paper_out", PrinterStatus(False, "out", False), "paper_out"),
        ("offline", PrinterStatus(False, "ok", False), "offline"),
        ("cover_open", PrinterStatus(False, "ok", True), "cover_open"),
    ],
)
def test_modes(connect, mode: str, expected: PrinterStatus, failure: str | None) -> None:
    with PrinterDouble(mode) as double:
        status = query_status(connect(double), timeout_s=5)
    assert status == expected
    assert status.code == failure and status.ok is (failure is None)
    assert double.queries == [1, 2, 4]


def test_printer_error_bit(connect) -> None:
    with PrinterDouble("error") as double:
        status = query_status(connect(double))
    assert status.code == "error" and "reports an error" in status.message


def test_garbage_answer_is_a_clear_error(connect) -> None:
    with PrinterDouble("garbage") as double:
        status = query_status(connect(double))
    assert status.error_code == "bad_answer" and status.code == "error"
    assert "unexpected printer answer ff" in (status.error or "")


def test_silent_network_printer_times_out_as_unreachable(connect) -> None:
    with PrinterDouble("silent") as double:
        status = query_status(connect(double), timeout_s=0.2)
    assert status.error_code == "no_answer" and status.code == "unreachable"
    assert "0.2 s" in status.message


def test_closed_connection(connect) -> None:
    with PrinterDouble("reset_mid_ticket", reset_after=1) as double:
        status = query_status(connect(double))
    assert status.code == "unreachable"


def test_file_printer_cannot_answer_so_status_is_unknown(tmp_path: Path) -> None:
    printer = File(str(tmp_path / "lp0"), profile="TM-T88V")
    printer.open()
    try:
        status = query_status(printer, timeout_s=0.1)
    finally:
        printer.close()
    assert status == UNKNOWN and status.ok and not status.known


@pytest.mark.parametrize("reply", [b"\x12", b"\x16", b"\x72", b"junk\x1e"])
def test_reply_bit_pattern_accepts(reply: bytes) -> None:
    assert check_reply(1, reply) == reply[-1]


@pytest.mark.parametrize("reply", [b"", b"\x00", b"\xff", b"\x13", b"\x92", b"OK\r\n"])
def test_reply_bit_pattern_rejects(reply: bytes) -> None:
    with pytest.raises(StatusAnswerError):
        check_reply(2, reply)
