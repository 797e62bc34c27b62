"""WCAG 2.x contrast ratio of two colours, so that the display's colours can be checked."""

from __future__ import annotations

import re

_HEX = re.compile(r"^#([0-9a-fA-F]{6})$")


def parse_colour(value: str) -> tuple[int, int, int]:
    """'#RRGGBB' -> (r, g, b); raises ValueError for anything else."""
    match = _HEX.match(value)
    if not match:
        raise ValueError(f"not a #RRGGBB colour: {value!r}")
    digits = match.group(1)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def relative_luminance(value: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in parse_colour(value))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """From 1.0 (same colour) to 21.0 (black on white)."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)
