"""Builds a running kiosk from its config: hub client, printer, view model and window."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from kiosk.config import KioskConfig
from kiosk.issuing import TicketIssuer
from kiosk.language import LanguageSwitcher
from kiosk.view_model import KioskViewModel
from kiosk.window import KioskWindow
from shared.client.hub_client import HubClient

log = logging.getLogger(__name__)


@dataclass
class Kiosk:
    """The kiosk's objects, for `__main__`, tests and the benchmark."""

    hub: HubClient
    printer: Any | None
    languages: LanguageSwitcher
    issuer: TicketIssuer
    vm: KioskViewModel
    window: KioskWindow

    def start(self) -> None:
        self.vm.start()

    def stop(self) -> None:
        """Stop timers, the hub link and the printer thread (also in tests' teardown)."""
        self.vm.stop()
        if self.printer is not None:
            self.printer.shutdown()
        self.window.shutdown()


def make_printer(url: str) -> tuple[Any | None, str]:
    """The printer worker for a printer URL (None for "none") and its on_failure rule."""
    from kiosk.printing.config import PrinterConfig

    config = PrinterConfig.from_url(url)
    if config.kind == "none":
        return None, config.on_failure
    from kiosk.printing.worker import TicketPrinter

    return TicketPrinter(config), config.on_failure


def build_kiosk(config: KioskConfig) -> Kiosk:
    """Everything wired, nothing started (call `Kiosk.start()`)."""
    printer, on_failure = make_printer(config.printer)
    hub = HubClient(config.hub, config.token)
    languages = LanguageSwitcher()
    from kiosk.printing.layout import build_ticket_print

    issuer = TicketIssuer(hub, printer, build_print=build_ticket_print, on_failure=on_failure,
                          print_timeout_s=config.print_timeout_seconds)
    vm = KioskViewModel(hub, issuer, languages, config)
    window = KioskWindow(vm, config.admin_pin)
    return Kiosk(hub=hub, printer=printer, languages=languages, issuer=issuer, vm=vm,
                 window=window)
