"""Printer faults while visitors touch the kiosk: no phantom ticket, a clear out-of-order
screen with its reason, and issuing resumes once the printer is back."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kiosk.assembly import Kiosk, build_kiosk
from kiosk.config import KioskConfig
from kiosk.view_model import Screen
from tests.helpers.hub import RunningHub
from tests.helpers.printer_double import PrinterDouble

#: mode of the printer double -> the kiosk's trouble code (its out-of-order reason).
FAULTS = {"offline": "offline", "paper_out": "paper_out", "reset_mid_ticket": None}


@pytest.fixture
def printer() -> Iterator[PrinterDouble]:
    with PrinterDouble("online") as double:
        yield double


@pytest.fixture
def kiosk(hub: RunningHub, printer: PrinterDouble, qtbot: Any) -> Iterator[Kiosk]:
    config = KioskConfig(hub=hub.url, token=hub.kiosk_token, printer=printer.url,
                         windowed=True, printer_recheck_seconds=0.2).validated()
    made = build_kiosk(config)
    made.start()
    qtbot.waitUntil(lambda: made.vm.screen == Screen.START, timeout=10_000)
    yield made
    made.stop()
    made.window.deleteLater()


def _open_tickets(hub: RunningHub, clerk: str) -> list[dict[str, Any]]:
    state = hub.api("GET", "/api/state", token=clerk).json()
    return [t for t in state["tickets"] if t["state"] in ("waiting", "parked")]


@pytest.mark.parametrize("mode", list(FAULTS))
def test_printer_fault_leaves_no_phantom_ticket(hub: RunningHub, kiosk: Kiosk,
                                                printer: PrinterDouble, qtbot: Any,
                                                mode: str) -> None:
    clerk = hub.login("2")
    kiosk.vm.touch_service("A")  # one good ticket first
    qtbot.waitUntil(lambda: kiosk.vm.screen == Screen.ISSUED, timeout=10_000)
    good = kiosk.vm.issued
    assert good is not None and good.print_state == "printed"
    kiosk.vm.back_to_start()

    printer.mode = mode
    kiosk.vm.touch_service("A")
    qtbot.waitUntil(lambda: kiosk.vm.screen == Screen.OUT_OF_ORDER, timeout=20_000)
    code, _detail = kiosk.vm.trouble
    assert code, "the kiosk must say why it is out of order"
    if FAULTS[mode] is not None:
        assert code == FAULTS[mode]
    qtbot.waitUntil(lambda: [t["id"] for t in _open_tickets(hub, clerk)] == [good.id],
                    timeout=10_000)
    issued = hub.api("GET", "/api/state", token=clerk).json()
    assert issued["queues"][0]["waiting"] == 1, "the hub counts a ticket nobody holds"

    printer.mode = "online"
    qtbot.waitUntil(lambda: kiosk.vm.screen == Screen.START, timeout=10_000)
    kiosk.vm.touch_service("A")
    qtbot.waitUntil(lambda: kiosk.vm.screen == Screen.ISSUED, timeout=10_000)
    assert kiosk.vm.issued is not None and kiosk.vm.issued.print_state == "printed"
    waiting = [t["number"] for t in _open_tickets(hub, clerk)]
    assert waiting == [good.number, kiosk.vm.issued.number]
