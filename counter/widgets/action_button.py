"""A button that shows its keyboard shortcut under its label."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget


def key_names(keys: list[str]) -> str:
    """Shortcuts as this platform and language write them, e.g. "F12 · Eingabe"."""
    return " · ".join(
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys
    )


class ActionButton(QPushButton):
    """A push button labelled "Text" over its shortcut keys (the window owns the keys)."""

    def __init__(self, keys: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys = keys
        self.label = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(52)

    def set_label(self, label: str) -> None:
        self.label = label
        self.setText(f"{label}\n{key_names(self.keys)}" if self.keys else label)
