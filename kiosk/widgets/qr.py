"""A QR code drawn as a widget, for the status page link on the issued-ticket screen."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


class QrWidget(QWidget):
    """Black modules on white with a quiet zone; empty (and hidden) without data."""

    def __init__(self, parent: QWidget | None = None, side: int = 240) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self.setFixedSize(QSize(side, side))

    def set_data(self, data: str) -> None:
        if data:
            code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
            code.add_data(data)
            code.make(fit=True)
            self._matrix = code.get_matrix()
        else:
            self._matrix = []
        self.setVisible(bool(self._matrix))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        cell = min(self.width(), self.height()) / len(self._matrix)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor("black"))
        for row, values in enumerate(self._matrix):
            for col, dark in enumerate(values):
                if dark:
                    painter.drawRect(QRectF(col * cell, row * cell, cell + 0.5, cell + 0.5))
        painter.end()
