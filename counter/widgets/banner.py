"""A coloured strip across the window for things the clerk must not miss."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

STYLES = {
    "offline": "background:#b3261e; color:white; font-weight:bold; padding:8px;",
    "error": "background:#fdecea; color:#8e1b12; border:1px solid #e6a19b; padding:6px;",
    "info": "background:#e8f1fb; color:#0b3d6b; padding:6px;",
}


class Banner(QLabel):
    """Hidden until it has something to say."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(STYLES[kind])
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
