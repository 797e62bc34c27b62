"""The start screen: one large button per service open now, in the lower part."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from kiosk import texts
from kiosk.screens.base import ScreenPage, make_label
from kiosk.view_model import KioskViewModel
from kiosk.widgets.service_button import ServiceButton


class StartScreen(ScreenPage):
    """Signals:
        service_touched(str): the letter of the service a visitor touched.
    """

    service_touched = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._office = make_label(self, "office")
        self._welcome = make_label(self, "title")
        self.layout_.addWidget(self._office)
        self.layout_.addWidget(self._welcome)
        # Everything a visitor touches sits in the lower part (reachable from a wheelchair).
        self.layout_.addStretch(1)
        self._how = make_label(self, "muted")
        # A helpful extra, not a reason for a taller window: it may shrink on small screens.
        self._how.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Ignored)
        self.layout_.addWidget(self._how)
        self.layout_.addStretch(1)
        self._prompt = make_label(self, "big")
        self.layout_.addWidget(self._prompt)
        self._buttons_box = QWidget(self)
        self._buttons_layout = QVBoxLayout(self._buttons_box)
        self._buttons_layout.setContentsMargins(0, 0, 0, 0)
        self._buttons_layout.setSpacing(24)
        self.layout_.addWidget(self._buttons_box)
        self._notes = make_label(self, "muted")
        self.layout_.addWidget(self._notes)
        self.buttons: list[ServiceButton] = []

    def refresh(self, vm: KioskViewModel) -> None:
        self._office.setText(vm.state.org_name)
        self._welcome.setText(self.tr("Welcome"))
        self._prompt.setText(self.tr("Please choose what you came for:"))
        self._how.setText(self.tr("Touch a button below. You will get a ticket with your number; "
                                  "the screens in the waiting area show when it is your turn."))
        services = vm.services()
        while len(self.buttons) < len(services):
            button = ServiceButton(self._buttons_box)
            button.clicked.connect(lambda _c=False, b=button: self.service_touched.emit(b.letter))
            self._buttons_layout.addWidget(button)
            self.buttons.append(button)
        for index, button in enumerate(self.buttons):
            if index < len(services):
                button.show_service(services[index], vm.language)
            button.setVisible(index < len(services))
        notes = [f"{s.name(vm.language)}: {texts.closure_text(s.reason or '')}"
                 for s in vm.closed_services()]
        self._notes.setText("\n".join(notes))
        self._notes.setVisible(bool(notes))
