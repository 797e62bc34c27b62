"""QR code that leads visitors' phones to the hub's status overview."""

from __future__ import annotations

from urllib.parse import quote

import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from display.format import tr
from display.widgets.theme import Theme


def overview_url(hub_url: str, org_id: str) -> str:
    """The hub's visitor overview (``/``), for one organisation when it is known."""
    base = hub_url.rstrip("/") + "/"
    return f"{base}?org={quote(org_id, safe='')}" if org_id else base


def qr_image(url: str) -> QImage:
    """One pixel per module, dark on white, with the standard quiet zone of 4 modules."""
    code = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(url)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix)
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    black = QColor("#000000").rgb()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x, y, black)
    return image


class QrWidget(QWidget):
    """A line saying what the code is for, and the code on its right."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self._image = qr_image(url)
        self._theme: Theme | None = None
        self.code = QLabel(self)
        self.caption = QLabel(self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.caption.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption, 1)
        layout.addWidget(self.code)
        self.refresh()

    def set_url(self, url: str) -> None:
        """Point the code somewhere else (e.g. once the hub said which office this is)."""
        if url == self.url:
            return
        self.url = url
        self._image = qr_image(url)
        if self._theme is not None:
            self.set_theme(self._theme)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        side = theme.px(0.2)
        modules = self._image.width()
        scale = max(1, side // modules)  # whole pixels per module keep the code sharp
        self.code.setPixmap(QPixmap.fromImage(self._image.scaled(
            modules * scale, modules * scale, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation)))
        self.caption.setFont(theme.font(Theme.SMALL))
        self.caption.setStyleSheet(f"color: {theme.colours.muted_text};")

    def refresh(self) -> None:
        self.caption.setText(tr("Scan for your place in the queue on your phone"))
