"""Sizes and colours of the display, derived from the screen size and the config."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont

from display.config import Colours

FONT_FAMILY = "DejaVu Sans"


@dataclass(frozen=True, slots=True)
class Theme:
    """`unit` is the shorter side of the window in pixels; type sizes are fractions of it.

    The newest call's digits are at least a sixth of the shorter side high (on a 55" screen
    in landscape about 11 cm — readable from 8 m).
    """

    colours: Colours
    unit: int

    def font(self, fraction: float, bold: bool = False) -> QFont:
        font = QFont(FONT_FAMILY)
        font.setPixelSize(max(8, round(self.unit * fraction)))
        font.setBold(bold)
        return font

    def px(self, fraction: float) -> int:
        return max(1, round(self.unit * fraction))

    # Type sizes, as fractions of `unit`.
    HUGE = 0.24  # DejaVu Sans Bold digits are 0.73 em high: 0.175 of `unit`
    COUNTER = 0.1
    ACTIVE = 0.048
    CLOCK = 0.05
    LIST = 0.045
    TABLE = 0.04
    HEADING = 0.034
    SMALL = 0.03
