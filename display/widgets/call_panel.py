"""The newest call, very large and blinking for a few seconds, and the other current calls."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from display.calls import Call
from display.format import counter_label, tr
from display.widgets.theme import Theme

#: Other current calls shown below the newest one, two per row; more go to the recent list.
MAX_OTHERS = 4
BLINK_INTERVAL_MS = 500


class CallPanelWidget(QWidget):
    """Shows current calls; `start_blink()` makes the newest one blink for `blink_seconds`.

    Attributes:
        blinking: True while the newest call blinks.
    """

    def __init__(
        self, blink_seconds: float, others: int = MAX_OTHERS, columns: int = 2,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._calls: list[Call] = []
        self._theme: Theme | None = None
        self._inverted = False
        self._blink_ticks_left = 0
        self._blink_ticks = max(0, round(blink_seconds * 1000 / BLINK_INTERVAL_MS))
        self._blink = QTimer(self)
        self._blink.setInterval(BLINK_INTERVAL_MS)
        self._blink.timeout.connect(self._on_blink_timeout)

        self.card = QFrame(self)
        self.card.setObjectName("newest")
        self.number = QLabel(self.card)
        self.number.setObjectName("newest_number")
        self.counter = QLabel(self.card)
        self.counter.setObjectName("newest_counter")
        self.placeholder = QLabel(self)
        self.placeholder.setWordWrap(True)
        for label in (self.number, self.counter, self.placeholder):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card_layout = QVBoxLayout(self.card)
        card_layout.addWidget(self.number)
        card_layout.addWidget(self.counter)
        self.others: list[QLabel] = [QLabel(self) for _ in range(others)]
        others = QGridLayout()
        for index, label in enumerate(self.others):
            label.setObjectName("other_call")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            others.addWidget(label, index // columns, index % columns)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card)
        layout.addWidget(self.placeholder, 1)
        layout.addLayout(others)
        layout.addStretch(0)
        self.refresh()

    @property
    def blinking(self) -> bool:
        return self._blink.isActive()

    @property
    def capacity(self) -> int:
        """How many calls fit: the newest and the others."""
        return 1 + len(self.others)

    @property
    def inverted(self) -> bool:
        return self._inverted

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.number.setFont(theme.font(Theme.HUGE, bold=True))
        self.counter.setFont(theme.font(Theme.COUNTER, bold=True))
        self.placeholder.setFont(theme.font(Theme.LIST))
        for label in self.others:
            label.setFont(theme.font(Theme.ACTIVE, bold=True))
        self._restyle()

    def set_calls(self, calls: list[Call]) -> None:
        self._calls = calls
        self.refresh()

    def start_blink(self) -> None:
        if not self._blink_ticks:
            return
        self._blink_ticks_left = self._blink_ticks
        self._inverted = True
        self._blink.start()
        self._restyle()

    def stop(self) -> None:
        self._blink.stop()
        self._inverted = False
        self._restyle()

    def refresh(self) -> None:
        newest = self._calls[0] if self._calls else None
        self.card.setVisible(newest is not None)
        self.placeholder.setVisible(newest is None)
        self.placeholder.setText(tr("Please wait until your number is called."))
        if newest is not None:
            self.number.setText(newest.number)
            self.counter.setText("→ " + counter_label(newest.counter))
        for index, label in enumerate(self.others):
            call = self._calls[index + 1] if index + 1 < len(self._calls) else None
            label.setVisible(call is not None)
            if call is not None:
                label.setText(f"{call.number} → {counter_label(call.counter)}")

    def _on_blink_timeout(self) -> None:
        self._blink_ticks_left -= 1
        self._inverted = not self._inverted and self._blink_ticks_left > 0
        if self._blink_ticks_left <= 0:
            self._blink.stop()
        self._restyle()

    def _restyle(self) -> None:
        if self._theme is None:
            return
        c = self._theme.colours
        fg, bg = (c.highlight_background, c.background) if self._inverted else (
            c.highlight_text, c.highlight_background)
        radius, border = self._theme.px(0.02), self._theme.px(0.006)
        self.card.setStyleSheet(
            f"QFrame#newest {{ background: {bg}; border: {border}px solid "
            f"{c.highlight_background}; border-radius: {radius}px; }}"
            f"QLabel {{ color: {fg}; background: transparent; }}"
        )
        pad = self._theme.px(0.008)
        for label in self.others:
            label.setStyleSheet(
                f"color: {c.text}; border: {border}px solid {c.muted_text}; "
                f"border-radius: {radius}px; padding: {pad}px;"
            )
        self.placeholder.setStyleSheet(f"color: {c.muted_text};")
