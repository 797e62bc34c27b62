"""The issued-ticket screen: the number big, in case the paper is missed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from kiosk import texts
from kiosk.screens.base import ScreenPage, make_label
from kiosk.view_model import KioskViewModel
from kiosk.widgets.qr import QrWidget


class IssuedScreen(ScreenPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Shown without the language bar, so it may use the bar's room too: its height
        # must not count when the window's minimum size is worked out.
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Ignored)
        self.layout_.setSpacing(12)
        self._heading = make_label(self, "big")
        self.number = make_label(self, "number", wrap=False)
        self._service = make_label(self, "big")
        self._ahead = make_label(self, "big")
        self._estimate = make_label(self, "big")
        self.banner = make_label(self, "banner")
        self._take = make_label(self)
        self.qr = QrWidget(self, side=200)
        self._qr_hint = make_label(self, "muted", align=Qt.AlignLeading)
        qr_row = QHBoxLayout()
        qr_row.addStretch(1)
        qr_row.addWidget(self.qr)
        qr_row.addSpacing(24)
        qr_row.addWidget(self._qr_hint, 2)
        qr_row.addStretch(1)
        self._back = make_label(self, "hint")
        self.layout_.addStretch(1)
        for widget in (self._heading, self.number, self._service, self._ahead, self._estimate,
                       self.banner, self._take):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(qr_row)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self._back)

    def refresh(self, vm: KioskViewModel) -> None:
        ticket = vm.issued
        if ticket is None:
            return
        self._heading.setText(self.tr("Your number"))
        self.number.setText(ticket.number)
        self.number.setAccessibleName(ticket.number)
        self._service.setText(vm.service_name(ticket.service))
        self._ahead.setText(texts.ahead_text(ticket.position))
        self._estimate.setText(texts.estimate_text(ticket.estimate))
        not_printed = ticket.print_state == "not_printed"
        self.banner.setVisible(not_printed)
        self.banner.setText(self.tr("NOT PRINTED – please remember your number."))
        if ticket.print_state == "printed":
            take = self.tr("Please take your ticket below.")
        else:
            take = self.tr("Please remember your number. It will be shown when it is your turn.")
        self._take.setText(take)
        self.qr.set_data(ticket.status_url if ticket.print_state != "printed" else "")
        self._qr_hint.setText(self.tr("Scan to follow your place in the queue on your phone."))
        self._qr_hint.setVisible(self.qr.isVisibleTo(self))
        self._back.setText(self.tr("Touch the screen to go back."))
