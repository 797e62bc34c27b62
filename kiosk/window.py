"""The kiosk window: lays out the screens and binds them to the view model."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.admin_exit import CornerTaps, PinDialog
from kiosk.screens.issued import IssuedScreen
from kiosk.screens.message import CapacityScreen, ClosedScreen, IssuingScreen, OutOfOrderScreen
from kiosk.screens.start import StartScreen
from kiosk.view_model import KioskViewModel, Screen
from kiosk.widgets.language_bar import LanguageBar
from kiosk.widgets.theme import STYLE_SHEET

log = logging.getLogger(__name__)


class KioskWindow(QWidget):
    """Full-screen touch window that only an admin can close.

    Signals:
        admin_exit(): the admin gesture and PIN were given; the window closes.
    """

    admin_exit = Signal()

    def __init__(self, vm: KioskViewModel, admin_pin: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskWindow")
        self.setWindowTitle("Wartemarke")
        self.setStyleSheet(STYLE_SHEET)
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.vm = vm
        self._admin_pin = admin_pin
        self._may_close = False

        self.stack = QStackedWidget(self)
        self.pages = {
            Screen.START: StartScreen(self.stack),
            Screen.ISSUING: IssuingScreen(self.stack),
            Screen.ISSUED: IssuedScreen(self.stack),
            Screen.CLOSED: ClosedScreen(self.stack),
            Screen.CAPACITY: CapacityScreen(self.stack),
            Screen.OUT_OF_ORDER: OutOfOrderScreen(self.stack),
        }
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.language_bar = LanguageBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 24)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        bar_row = QVBoxLayout()
        bar_row.setContentsMargins(56, 0, 56, 0)
        bar_row.addWidget(self.language_bar)
        layout.addLayout(bar_row)

        self.pages[Screen.START].service_touched.connect(vm.touch_service)
        for screen in (Screen.ISSUED, Screen.CAPACITY, Screen.CLOSED):
            self.pages[screen].touched.connect(vm.back_to_start)
        self.language_bar.language_chosen.connect(vm.set_language)
        vm.screen_changed.connect(self._on_vm_screen_changed)
        vm.content_changed.connect(self._refresh)

        self.corner = CornerTaps(self)
        self.corner.gesture_done.connect(self._on_corner_gesture_done)
        self.corner.tapped.connect(vm.user_activity)
        QCoreApplication.instance().installEventFilter(self.corner)
        self._on_vm_screen_changed(vm.screen.value)

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def _on_vm_screen_changed(self, screen: str) -> None:
        page = self.pages[Screen(screen)]
        self.stack.setCurrentWidget(page)
        self.language_bar.setVisible(Screen(screen) not in {Screen.ISSUING, Screen.ISSUED})
        alarm = Screen(screen) == Screen.OUT_OF_ORDER
        if self.property("alarm") != alarm:
            self.setProperty("alarm", alarm)
            self.style().unpolish(self)
            self.style().polish(self)
        self._refresh()

    def _refresh(self) -> None:
        self.language_bar.set_current(self.vm.language)
        self.pages[self.vm.screen].refresh(self.vm)

    def _on_corner_gesture_done(self) -> None:
        pin = PinDialog.ask(self)
        if pin is not None and pin == self._admin_pin:
            log.info("admin exit")
            self.admin_exit.emit()
            self.shutdown()
        else:
            log.warning("admin exit refused: wrong or no PIN")

    def shutdown(self) -> None:
        """Close for good (admin exit done, or the application ends)."""
        self._may_close = True
        QCoreApplication.instance().removeEventFilter(self.corner)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            log.info("close request ignored (admin gesture needed)")
            event.ignore()
            return
        QCoreApplication.instance().removeEventFilter(self.corner)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keyboards on kiosks are for service staff; nothing here leaves the kiosk.
        event.ignore() if event.key() == Qt.Key_Escape else super().keyPressEvent(event)
