"""A large service button: the service's name, people waiting and the wait estimate."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk import texts
from kiosk.office_state import ServiceEntry


class ServiceButton(QPushButton):
    """One touch target per open service; grey and marked when its capacity is reached."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ServiceButton")
        self.setCursor(Qt.PointingHandCursor)
        self.setFocusPolicy(Qt.NoFocus)
        self.letter = ""
        self._name = QLabel(self)
        self._name.setProperty("role", "name")
        self._name.setWordWrap(True)
        self._second = QLabel(self)
        self._second.setProperty("role", "detail")
        self._detail = QLabel(self)
        self._detail.setProperty("role", "detail")
        self._detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 18, 32, 18)
        layout.setSpacing(4)
        for label in (self._name, self._second, self._detail):
            label.setAttribute(Qt.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def sizeHint(self) -> QSize:
        # A QPushButton sizes itself by its own text; this one is sized by its labels.
        return self.layout().sizeHint().expandedTo(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize().expandedTo(super().minimumSizeHint())

    def show_service(self, entry: ServiceEntry, language: str) -> None:
        # Names stay English in an Arabic screen: align by the screen's direction, not the text's.
        rtl = QGuiApplication.layoutDirection() == Qt.RightToLeft
        side = Qt.AlignRight if rtl else Qt.AlignLeft
        for label in (self._name, self._second, self._detail):
            label.setAlignment(side | Qt.AlignAbsolute | Qt.AlignVCenter)
        self.letter = entry.letter
        self._name.setText(entry.name(language))
        # Visitors who switched language still see the German name the signs use.
        self._second.setText(entry.name_de if language != "de" else "")
        self._second.setVisible(language != "de")
        if entry.full:
            detail = self.tr("Fully booked for today")
        else:
            waiting = texts.waiting_text(entry.waiting)
            detail = f"{waiting}   ·   {texts.estimate_text(entry.estimate)}"
        self._detail.setText(detail)
        self.setProperty("full", entry.full)
        self.setAccessibleName(f"{entry.name(language)}. {detail}")
        self.style().unpolish(self)
        self.style().polish(self)
        self.updateGeometry()
        for label in (self._name, self._second, self._detail):
            label.style().unpolish(label)
            label.style().polish(label)
