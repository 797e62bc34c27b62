"""Issuing with a printer: the printer double on loopback, the real hub, decoded bytes.

No phantom tickets: a ticket that is not printed is voided (or shown on screen, marked),
and a printer that cannot print stops the kiosk before the hub makes a ticket.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk.view_model import Screen
from tests.helpers.escpos_decode import decode
from tests.helpers.printer_double import CUT, PrinterDouble


def _tickets(hub) -> list[dict]:
    clerk = hub.login(counter="1")
    return hub.api("GET", "/api/state", token=clerk).json()["tickets"]


def _ticket_jobs(printer: PrinterDouble) -> list[bytes]:
    return [job for job in list(printer.jobs) if CUT in job]


def _text(kiosk) -> str:
    page = kiosk.window.current_page()
    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


def _button(kiosk, letter: str):
    return next(b for b in kiosk.window.pages[Screen.START].buttons if b.letter == letter)


def test_touch_prints_the_ticket_the_hub_issued(hub, make_kiosk, qtbot) -> None:
    with PrinterDouble("online") as printer:
        kiosk = make_kiosk(hub, printer=printer.url)
        qtbot.mouseClick(_button(kiosk, "A"), Qt.LeftButton)
        qtbot.waitUntil(lambda: kiosk.vm.screen == Screen.ISSUED, timeout=15_000)
        assert kiosk.vm.issued.print_state == "printed"
        jobs = _ticket_jobs(printer)
        assert len(jobs) == 1
        paper = decode(jobs[0])
        assert "A001" in paper.text
        assert "Ausweis & Pass" in paper.text
        assert paper.qr_codes and paper.qr_codes[0].payload == kiosk.vm.issued.status_url
        assert "/s/" in kiosk.vm.issued.status_url
        assert [t["number"] for t in _tickets(hub)] == ["A001"]


def test_paper_out_at_start_means_out_of_order_and_no_ticket(hub, make_kiosk, qtbot) -> None:
    with PrinterDouble("paper_out") as printer:
        kiosk = make_kiosk(hub, printer=printer.url, wait_for=None)
        qtbot.waitUntil(lambda: "Drucker: kein Papier." in _text(kiosk), timeout=10_000)
        assert "Dieses Gerät ist gerade außer Betrieb." in _text(kiosk)
        kiosk.vm.touch_service("A")
        assert kiosk.vm.screen == Screen.OUT_OF_ORDER
        assert _tickets(hub) == []


def test_paper_runs_out_before_a_touch(hub, make_kiosk, qtbot) -> None:
    with PrinterDouble("online") as printer:
        kiosk = make_kiosk(hub, printer=printer.url)
        printer.mode = "paper_out"
        qtbot.mouseClick(_button(kiosk, "M"), Qt.LeftButton)
        qtbot.waitUntil(lambda: kiosk.vm.screen == Screen.OUT_OF_ORDER, timeout=15_000)
        assert "Drucker: kein Papier." in _text(kiosk)
        assert _tickets(hub) == []
        assert _ticket_jobs(printer) == []


def test_printer_back_means_kiosk_back(hub, make_kiosk, qtbot) -> None:
    with PrinterDouble("cover_open") as printer:
        kiosk = make_kiosk(hub, printer=printer.url, wait_for=None, printer_recheck_seconds=0.2)
        qtbot.waitUntil(lambda: "Drucker: Deckel offen." in _text(kiosk), timeout=10_000)
        printer.mode = "online"
        qtbot.waitUntil(lambda: kiosk.vm.screen == Screen.START, timeout=10_000)


def test_failed_print_voids_the_ticket(hub, make_kiosk, qtbot) -> None:
    with PrinterDouble("online") as printer:
        kiosk = make_kiosk(hub, printer=printer.url)
        printer.mode = "reset_mid_ticket"
        qtbot.mouseClick(_button(kiosk, "A"), Qt.LeftButton)
        qtbot.waitUntil(lambda: kiosk.vm.screen == Screen.OUT_OF_ORDER, timeout=15_000)
        qtbot.waitUntil(lambda: [t["state"] for t in _tickets(hub)] == [], timeout=10_000)
        clerk = hub.login(counter="1")
        assert hub.api("GET", "/api/tickets/1", token=clerk).json()["state"] == "voided"


def test_failed_print_unprinted_shows_number_marked(hub, make_kiosk, qtbot) -> None:
    with PrinterDouble("online") as printer:
        kiosk = make_kiosk(hub, printer=printer.url + "?on_failure=unprinted")
        printer.mode = "reset_mid_ticket"
        qtbot.mouseClick(_button(kiosk, "A"), Qt.LeftButton)
        qtbot.waitUntil(lambda: kiosk.vm.screen == Screen.ISSUED, timeout=15_000)
        assert kiosk.vm.issued.print_state == "not_printed"
        text = _text(kiosk)
        assert "A001" in text and "NICHT GEDRUCKT" in text
        assert [t["number"] for t in _tickets(hub)] == ["A001"]
        kiosk.vm.back_to_start()
        assert kiosk.vm.screen == Screen.OUT_OF_ORDER
