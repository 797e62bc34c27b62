"""What every kiosk screen shares: a dark page with a vertical layout."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def make_label(parent: QWidget, role: str = "", *, wrap: bool = True,
               align: Qt.AlignmentFlag = Qt.AlignHCenter) -> QLabel:
    label = QLabel(parent)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    label.setAlignment(align | Qt.AlignVCenter)
    label.setTextFormat(Qt.PlainText)
    return label


class ScreenPage(QWidget):
    """A page of the kiosk's stack.

    Signals:
        touched(): the visitor touched the page outside any button.
    """

    touched = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("screen", True)
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(56, 32, 56, 16)
        self.layout_.setSpacing(20)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.touched.emit()
        super().mousePressEvent(event)

    def set_alarm(self, alarm: bool) -> None:
        if self.property("alarm") != alarm:
            self.setProperty("alarm", alarm)
            for widget in [self, *self.findChildren(QWidget)]:
                widget.style().unpolish(widget)
                widget.style().polish(widget)
