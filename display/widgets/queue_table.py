"""Per service: how many are waiting and the estimated wait, as a range."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from display.format import estimate_text, tr
from display.widgets.theme import Theme

MAX_SERVICES = 6


class QueueTableWidget(QWidget):
    """One block per service: name, people waiting, estimated wait.

    Blocks stand side by side (`horizontal`, landscape) or one under the other (portrait).
    Before the first data it shows nothing at all — never invented zeros.
    """

    def __init__(self, horizontal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.heading = QLabel(self)
        self.names = [QLabel(self) for _ in range(MAX_SERVICES)]
        self.counts = [QLabel(self) for _ in range(MAX_SERVICES)]
        self.estimates = [QLabel(self) for _ in range(MAX_SERVICES)]
        grid = self._grid = QGridLayout()
        for index in range(MAX_SERVICES):
            if horizontal:
                grid.addWidget(self.names[index], 0, index)
                grid.addWidget(self.counts[index], 1, index)
                grid.addWidget(self.estimates[index], 2, index)
            else:
                grid.addWidget(self.names[index], index, 0)
                grid.addWidget(self.counts[index], index, 1, Qt.AlignmentFlag.AlignRight)
                grid.addWidget(self.estimates[index], index, 2, Qt.AlignmentFlag.AlignRight)
        if not horizontal:
            grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        self._rows: list[tuple[str, str, str]] = []
        self.refresh()

    def set_theme(self, theme: Theme) -> None:
        c = theme.colours
        gap = theme.px(0.03)
        self.heading.setFont(theme.font(Theme.HEADING, bold=True))
        self.heading.setStyleSheet(f"color: {c.muted_text};")
        self._grid.setHorizontalSpacing(gap)
        name_size = Theme.SMALL * 1.15 if self.horizontal else Theme.TABLE
        for label in self.names:
            label.setFont(theme.font(name_size, bold=True))
            label.setStyleSheet(f"color: {c.text};")
        for label in (*self.counts, *self.estimates):
            label.setFont(theme.font(Theme.SMALL))
            label.setStyleSheet(f"color: {c.text};")

    def set_queues(self, queues: list[dict[str, Any]], name_of: Callable[[str], str]) -> None:
        self._rows = [
            (name_of(str(q.get("service", ""))), str(q.get("waiting", "")),
             estimate_text(q.get("estimate")))
            for q in queues[:MAX_SERVICES]
        ]
        self.refresh()

    def rows(self) -> list[tuple[str, str, str]]:
        return list(self._rows)

    def refresh(self) -> None:
        self.heading.setText(tr("Waiting times"))
        self.heading.setVisible(bool(self._rows))
        for index in range(MAX_SERVICES):
            row = self._rows[index] if index < len(self._rows) else None
            labels = (self.names[index], self.counts[index], self.estimates[index])
            for label in labels:
                label.setVisible(row is not None)
            if row is not None:
                name, waiting, estimate = row
                labels[0].setText(name)
                labels[1].setText(tr("%1 waiting").replace("%1", waiting))
                labels[2].setText(estimate)
