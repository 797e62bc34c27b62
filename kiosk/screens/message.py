"""Screens that only say something: closed, capacity reached, out of order, printing."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk import texts
from kiosk.screens.base import ScreenPage, make_label
from kiosk.view_model import KioskViewModel


class MessageScreen(ScreenPage):
    """A title, a few lines and a hint near the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_.addStretch(1)
        self.title = make_label(self, "title")
        self.body = make_label(self, "big")
        self.detail = make_label(self)
        self.hint = make_label(self, "hint")
        self.layout_.addWidget(self.title)
        self.layout_.addSpacing(24)
        self.layout_.addWidget(self.body)
        self.layout_.addWidget(self.detail)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.hint)

    def show_text(self, title: str, body: str, detail: str = "", hint: str = "") -> None:
        self.title.setText(title)
        self.body.setText(body)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))


class ClosedScreen(MessageScreen):
    def refresh(self, vm: KioskViewModel) -> None:
        closed = vm.closed
        now = vm.state.hub_now()
        if closed is None:
            return
        body = texts.next_opening_text(closed.next_opening, now, vm.locale())
        detail = ""
        if closed.reason:
            detail = texts.closure_text(closed.reason)
        elif closed.holiday:
            detail = texts.holiday_text(closed.holiday)
        self.show_text(self.tr("No tickets at the moment"), body, detail,
                       self.tr("Tickets are issued during open hours only."))


class CapacityScreen(MessageScreen):
    def refresh(self, vm: KioskViewModel) -> None:
        capacity = vm.capacity
        if capacity is None:
            return
        name = capacity.service.name(vm.language) if capacity.service else ""
        title = self.tr("No more tickets today for “{service}”").format(service=name)
        body = self.tr("The people already waiting fill the rest of today's open hours.")
        detail = texts.next_opening_text(capacity.next_opening, vm.state.hub_now(), vm.locale())
        self.show_text(title, body, detail, self.tr("Touch the screen to go back."))


class OutOfOrderScreen(MessageScreen):
    def refresh(self, vm: KioskViewModel) -> None:
        self.set_alarm(True)
        code, _detail = vm.trouble
        self.show_text(self.tr("Out of order"), texts.out_of_order_text(), "",
                       texts.trouble_text(code) if code else "")


class IssuingScreen(MessageScreen):
    def refresh(self, vm: KioskViewModel) -> None:
        if vm.issuer.printing_enabled:
            body = self.tr("Your ticket is being printed …")
        else:
            body = self.tr("Your ticket is being issued …")
        self.show_text(self.tr("One moment, please"), body)
