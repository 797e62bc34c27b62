"""TicketPrinter: real bytes over loopback TCP to a printer double, off the GUI thread."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThread, QTimer

from kiosk.printing import job
from kiosk.printing.config import parse_printer_url
from kiosk.printing.status import UNKNOWN
from kiosk.printing.worker import TicketPrinter
from tests.helpers.escpos_decode import decode
from tests.helpers.printer_double import PrinterDouble
from tests.kiosk.test_printing_layout import STATUS_URL, make_ticket

STATUS_ONLY = b"\x10\x04\x01\x10\x04\x02\x10\x04\x04"
Make = Callable[[str], TicketPrinter]


@pytest.fixture
def make_printer() -> Iterator[Make]:
    """TicketPrinters that are shut down after the test, their threads checked stopped."""
    made: list[TicketPrinter] = []

    def make(url: str) -> TicketPrinter:
        printer = TicketPrinter(parse_printer_url(url))
        made.append(printer)
        return printer

    yield make
    for printer in made:
        thread = printer.io_thread
        printer.shutdown()
        assert printer.io_thread is None
        assert thread is None or thread.isFinished()


@pytest.fixture
def double() -> Iterator[PrinterDouble]:
    with PrinterDouble() as printer_double:
        yield printer_double


def test_prints_ticket_and_the_paper_reads_right(qtbot, make_printer: Make, double) -> None:
    printer = make_printer(double.url)
    assert printer.enabled
    with qtbot.waitSignal(printer.printed, timeout=10_000) as blocker:
        printer.print_ticket("17", make_ticket())
    assert blocker.args == ["17"]
    paper = decode(double.wait_for_job())
    assert paper.status_queries == [1, 2, 4, 1, 2, 4]  # before and after the ticket
    number = paper.find("A017")
    assert number.width_mul > 1 and number.height_mul > 1 and number.bold
    assert paper.find("Ausweis & Pass") and paper.find("Bürgerbüro Castrop-Rauxel")
    assert paper.qr_codes[0].payload == STATUS_URL
    assert len(paper.cuts) == 1


@pytest.mark.parametrize("mode", ["paper_out", "offline", "cover_open"])
def test_fault_fails_without_printing_anything(qtbot, make_printer: Make, mode: str) -> None:
    with PrinterDouble(mode) as faulty:
        printer = make_printer(faulty.url)
        with qtbot.waitSignal(printer.failed, timeout=10_000) as blocker:
            printer.print_ticket("17", make_ticket())
        assert blocker.args[:2] == ["17", mode]
        data = faulty.wait_for_job()
    assert data == STATUS_ONLY  # only the status queries, not one byte of ticket
    assert decode(data).items == []


def test_garbage_status_answer_is_a_clear_error(qtbot, make_printer: Make) -> None:
    with PrinterDouble("garbage") as garbage:
        printer = make_printer(garbage.url)
        with qtbot.waitSignal(printer.failed, timeout=10_000) as blocker:
            printer.print_ticket("17", make_ticket())
        assert decode(garbage.wait_for_job()).items == []
    assert blocker.args[1] == "error"
    assert "unexpected printer answer" in blocker.args[2]


def test_connection_reset_mid_ticket(qtbot, make_printer: Make) -> None:
    with PrinterDouble("reset_mid_ticket", reset_after=120) as resetting:
        printer = make_printer(resetting.url)
        with qtbot.waitSignal(printer.failed, timeout=10_000) as blocker:
            printer.print_ticket("17", make_ticket())
        assert len(resetting.wait_for_job()) == 120
    assert blocker.args[1] == "unreachable"


def test_paper_running_out_while_printing(qtbot, make_printer: Make) -> None:
    with PrinterDouble("runs_out") as running_out:
        printer = make_printer(running_out.url)
        with qtbot.waitSignal(printer.failed, timeout=10_000) as blocker:
            printer.print_ticket("17", make_ticket())
    assert blocker.args[1:] == ["paper_out", "printer is out of paper (after sending ticket)"]


def test_unreachable_printer(qtbot, make_printer: Make) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    printer = make_printer(f"tcp://127.0.0.1:{port}?timeout=2")
    with qtbot.waitSignal(printer.failed, timeout=10_000) as blocker:
        printer.print_ticket("17", make_ticket())
    assert blocker.args[1] == "unreachable" and f"127.0.0.1:{port}" in blocker.args[2]


def test_same_job_id_prints_once(qtbot, make_printer: Make, double) -> None:
    printer = make_printer(double.url)
    failed: list[list[str]] = []
    printer.failed.connect(lambda *args: failed.append(list(args)))
    with qtbot.waitSignals([printer.printed, printer.failed], timeout=10_000, order="none"):
        printer.print_ticket("17", make_ticket())
        printer.print_ticket("17", make_ticket())
    assert failed == [["17", "duplicate", "job 17 was already submitted"]]
    double.wait_for_job()
    with qtbot.waitSignal(printer.printed, timeout=10_000):  # a new id prints again
        printer.print_ticket("18", make_ticket())
    double.wait_for_job(index=1)
    assert len(double.jobs) == 2


def test_printer_io_runs_off_the_gui_thread(qtbot, make_printer: Make, double, monkeypatch):
    threads: list[int] = []
    real = job.print_ticket

    def recording(config, ticket):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return real(config, ticket)

    monkeypatch.setattr(job, "print_ticket", recording)
    printer = make_printer(double.url)
    assert printer.io_thread is not None and printer.io_thread is not QThread.currentThread()
    with qtbot.waitSignal(printer.printed, timeout=10_000):
        printer.print_ticket("17", make_ticket())
    assert threads and threads[0] != threading.get_ident()


def test_gui_stays_responsive_while_a_silent_printer_times_out(qtbot, make_printer: Make):
    with PrinterDouble("silent") as silent:
        printer = make_printer(f"{silent.url}?timeout=0.5")
        ticks: list[int] = []
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start()
        try:
            with qtbot.waitSignal(printer.failed, timeout=10_000) as blocker:
                printer.print_ticket("17", make_ticket())
        finally:
            timer.stop()
        assert silent.wait_for_job() == b"\x10\x04\x01"  # asked once, then gave up
    assert blocker.args[1] == "unreachable" and "did not answer" in blocker.args[2]
    assert len(ticks) >= 10  # the event loop kept running during the 0.5 s wait


def test_check_status_reports_in_the_background(qtbot, make_printer: Make) -> None:
    with PrinterDouble("near_end") as near_end:
        printer = make_printer(near_end.url)
        with qtbot.waitSignal(printer.status_checked, timeout=10_000) as blocker:
            printer.check_status()
    status = blocker.args[0]
    assert (status.online, status.paper, status.ok) == (True, "near_end", True)


def test_printing_switched_off(qtbot, make_printer: Make) -> None:
    printer = make_printer("none")
    assert not printer.enabled and printer.io_thread is None
    with qtbot.waitSignal(printer.printed, timeout=1000) as blocker:
        printer.print_ticket("17", make_ticket())
    assert blocker.args == ["17"]
    with qtbot.waitSignal(printer.status_checked, timeout=1000) as status:
        printer.check_status()
    assert status.args == [UNKNOWN]


def test_file_printer_prints_without_status(qtbot, make_printer: Make, tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    printer = make_printer(f"file://{device.as_posix()}?width=58")
    with qtbot.waitSignal(printer.printed, timeout=10_000):
        printer.print_ticket("17", make_ticket())
    paper = decode(device.read_bytes())
    assert paper.find("A017").width_mul == 4 and paper.status_queries == []


def test_shutdown_reports_queued_jobs(qtbot, make_printer: Make) -> None:
    with PrinterDouble("silent") as silent:
        printer = make_printer(f"{silent.url}?timeout=0.3")
        failed: list[tuple[str, str]] = []
        printer.failed.connect(lambda job_id, code, _msg: failed.append((job_id, code)))
        printer.print_ticket("1", make_ticket())
        printer.print_ticket("2", make_ticket())
        printer.shutdown()
        printer.shutdown()
    assert sorted(failed)[1] == ("2", "disabled")
    assert sorted(failed)[0][0] == "1"
    with qtbot.waitSignal(printer.failed, timeout=1000) as blocker:
        printer.print_ticket("3", make_ticket())
    assert blocker.args[1] == "disabled"


def test_the_driver_is_prepared_in_the_printer_thread_without_connecting(
        qtbot, make_printer: Make, double, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first ticket must not wait for python-escpos to parse its capability database."""
    from kiosk.printing.config import PrinterConfig

    prepared_in: list[int] = []
    original = PrinterConfig.create_printer

    def spy(self: PrinterConfig) -> object:
        prepared_in.append(threading.get_ident())
        return original(self)

    monkeypatch.setattr(PrinterConfig, "create_printer", spy)
    printer = make_printer(double.url)
    qtbot.waitUntil(lambda: bool(prepared_in), timeout=10_000)
    assert printer.io_thread is not None
    assert prepared_in != [threading.get_ident()]  # in the printer thread, not the GUI's
    assert double.jobs == []  # preparing opened no connection to the printer


def test_network_printer_socket_sends_each_write_at_once(double: PrinterDouble) -> None:
    """python-escpos writes a ticket line by line; with Nagle's algorithm each write after
    the first waited for the printer's delayed ACK (40 ms per ticket on Linux)."""
    printer = job._open(parse_printer_url(double.url))
    try:
        assert printer.device.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    finally:
        job._close(printer)
