"""The ticker line: supervisor messages, scrolling when they do not fit."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

SEPARATOR = "   +++   "
FRAME_MS = 33


class TickerWidget(QWidget):
    """Draws the messages in one line; scrolls right-to-left if the line is too long."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._offset = 0.0
        self._speed = 2.0  # pixels per frame, set from the type size
        self._fg = QColor("#FFFFFF")
        self._bg = QColor("#000000")
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def text(self) -> str:
        return self._text

    @property
    def scrolling(self) -> bool:
        return self._timer.isActive()

    def set_colours(self, foreground: str, background: str) -> None:
        self._fg, self._bg = QColor(foreground), QColor(background)
        self.update()

    def set_messages(self, messages: list[str]) -> None:
        text = SEPARATOR.join(m.replace("\n", " ") for m in messages)
        if text != self._text:
            self._text = text
            self._offset = 0.0
        self._update_timer()
        self.update()

    def stop(self) -> None:
        self._timer.stop()

    def _text_width(self) -> int:
        return QFontMetrics(self.font()).horizontalAdvance(self._text + SEPARATOR)

    def _update_timer(self) -> None:
        fm = QFontMetrics(self.font())
        self._speed = max(1.0, fm.height() / 25)
        fits = fm.horizontalAdvance(self._text) <= self.width()
        if self._text and not fits and self.isVisible():
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
            self._offset = 0.0

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_timer()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._update_timer()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def _on_timer_timeout(self) -> None:
        self._offset = (self._offset + self._speed) % max(1, self._text_width())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._bg)
        if not self._text:
            return
        painter.setPen(self._fg)
        painter.setFont(self.font())
        fm = QFontMetrics(self.font())
        baseline = (self.height() + fm.ascent() - fm.descent()) // 2
        margin = fm.horizontalAdvance("  ")
        if not self._timer.isActive():
            painter.drawText(margin, baseline, self._text)
            return
        width = self._text_width()
        x = margin - self._offset
        while x < self.width():
            painter.drawText(round(x), baseline, self._text + SEPARATOR)
            x += width
