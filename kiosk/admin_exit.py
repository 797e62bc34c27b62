"""Leaving the kiosk: 5 taps in the top right corner within 3 s, then the admin PIN.

Visitors cannot close the kiosk; the window ignores close requests until this unlocks it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

TAPS = 5
WINDOW_S = 3.0
CORNER_PX = 110


class CornerTaps(QObject):
    """Counts taps in the window's top right corner (event filter on the application).

    Signals:
        gesture_done(): TAPS taps within WINDOW_S seconds.
        tapped(): any press anywhere in the window (for the idle reset).
    """

    gesture_done = Signal()
    tapped = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._taps: list[float] = []
        self._last_press: tuple[int, tuple[int, int]] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.MouseButtonPress and isinstance(event, QMouseEvent):
            mine = watched is self._window.windowHandle() or (
                isinstance(watched, QWidget) and watched.window() is self._window)
            # One press reaches the QWindow, then a widget, then maybe its parents: count once.
            key = (event.timestamp(), event.globalPosition().toPoint().toTuple())
            if mine and key != self._last_press:
                self._last_press = key
                self.tapped.emit()
                self._on_press(self._window.mapFromGlobal(event.globalPosition().toPoint()))
        return False

    def _on_press(self, pos: QPoint) -> None:
        if pos.x() < self._window.width() - CORNER_PX or pos.y() > CORNER_PX:
            self._taps.clear()
            return
        now = time.monotonic()
        self._taps = [t for t in self._taps if now - t <= WINDOW_S] + [now]
        if len(self._taps) >= TAPS:
            self._taps.clear()
            self.gesture_done.emit()


class PinDialog(QDialog):
    """A touch keypad asking for the admin PIN."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Admin"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Admin PIN:"), self))
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.Password)
        self.field.setAlignment(Qt.AlignCenter)
        layout.addWidget(self.field)
        grid = QGridLayout()
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for index, key in enumerate(keys):
            button = QPushButton(key, self)
            button.setObjectName("KeypadButton")
            button.clicked.connect(lambda _c=False, k=key: self._on_key(k))
            grid.addWidget(button, index // 3, index % 3)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("KeypadButton")
        cancel.clicked.connect(self.reject)
        grid.addWidget(cancel, 4, 0, 1, 3)
        layout.addLayout(grid)

    def _on_key(self, key: str) -> None:
        if key == "OK":
            self.accept()
        elif key == "⌫":
            self.field.backspace()
        else:
            self.field.insert(key)

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        """The entered PIN, or None if cancelled. Tests replace this method."""
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.Accepted
        pin = dialog.field.text()
        dialog.deleteLater()
        return pin if accepted else None
