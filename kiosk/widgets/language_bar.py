"""The visitor's language switch: one button per language, each in its own name."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QSizePolicy, QWidget

from kiosk.config import LANGUAGES
from kiosk.language import NATIVE_NAMES


class LanguageBar(QWidget):
    """Signals:
        language_chosen(str): a visitor touched a language.
    """

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        columns = (len(LANGUAGES) + 1) // 2
        for index, language in enumerate(LANGUAGES):
            button = QPushButton(NATIVE_NAMES[language], self)
            button.setObjectName("LanguageButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.NoFocus)
            button.setAccessibleName(NATIVE_NAMES[language])
            button.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
            button.clicked.connect(lambda _checked=False, lang=language:
                                   self.language_chosen.emit(lang))
            self._group.addButton(button)
            self.buttons[language] = button
            layout.addWidget(button, index // columns, index % columns)

    def set_current(self, language: str) -> None:
        if language in self.buttons:
            self.buttons[language].setChecked(True)
