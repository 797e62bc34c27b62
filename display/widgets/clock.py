"""Date and time in Europe/Berlin, by the hub's clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from display.format import date_text, time_text
from display.widgets.theme import Theme


class ClockWidget(QWidget):
    """Time (large) over the date; updated every second from `now()`."""

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self.time = QLabel(self)
        self.date = QLabel(self)
        for label in (self.time, self.date):
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.time)
        layout.addWidget(self.date)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def set_theme(self, theme: Theme) -> None:
        self.time.setFont(theme.font(Theme.CLOCK, bold=True))
        self.date.setFont(theme.font(Theme.SMALL))
        self.time.setStyleSheet(f"color: {theme.colours.text};")
        self.date.setStyleSheet(f"color: {theme.colours.muted_text};")

    def stop(self) -> None:
        self._timer.stop()

    def refresh(self) -> None:
        now = self._now()
        self.time.setText(time_text(now))
        self.date.setText(date_text(now))
