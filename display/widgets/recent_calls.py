"""The list of earlier calls with their counters."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from display.calls import Call
from display.format import counter_label, tr
from display.widgets.theme import Theme


class RecentCallsWidget(QWidget):
    """Heading and up to `rows` earlier calls ("A016   Schalter 2")."""

    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.numbers = [QLabel(self) for _ in range(rows)]
        self.counters = [QLabel(self) for _ in range(rows)]
        grid = QGridLayout()
        for row, (number, counter) in enumerate(zip(self.numbers, self.counters, strict=True)):
            grid.addWidget(number, row, 0)
            grid.addWidget(counter, row, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._calls: list[Call] = []
        self.refresh()

    def set_theme(self, theme: Theme) -> None:
        c = theme.colours
        self.heading.setFont(theme.font(Theme.HEADING, bold=True))
        self.heading.setStyleSheet(f"color: {c.muted_text};")
        for label in self.numbers:
            label.setFont(theme.font(Theme.LIST, bold=True))
            label.setStyleSheet(f"color: {c.text}; padding-right: {theme.px(0.03)}px;")
        for label in self.counters:
            label.setFont(theme.font(Theme.LIST))
            label.setStyleSheet(f"color: {c.text};")

    def set_calls(self, calls: list[Call]) -> None:
        self._calls = calls
        self.refresh()

    def shown_texts(self) -> list[str]:
        return [f"{n.text()} {c.text()}" for n, c in zip(self.numbers, self.counters, strict=True)
                if n.isVisibleTo(self)]

    def refresh(self) -> None:
        self.heading.setText(tr("Recent calls"))
        self.heading.setVisible(bool(self.numbers))
        for index, (number, counter) in enumerate(zip(self.numbers, self.counters, strict=True)):
            call = self._calls[index] if index < len(self._calls) else None
            number.setVisible(call is not None)
            counter.setVisible(call is not None)
            if call is not None:
                number.setText(call.number)
                counter.setText(counter_label(call.counter))
