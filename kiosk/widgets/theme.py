"""Colours, sizes and the style sheet of the kiosk: large type, high contrast, big targets.

Every text colour is paired with the background it sits on in `TEXT_PAIRS`; a test checks
each pair against WCAG AA (contrast ratio at least 4.5:1).
"""

from __future__ import annotations

#: Dark blue background, white text: the kiosk's base.
BACKGROUND = "#0b1f3a"
TEXT = "#ffffff"
MUTED_TEXT = "#c9d6e8"
ACCENT = "#ffd54f"
BUTTON = "#ffffff"
BUTTON_TEXT = "#0b1f3a"
BUTTON_PRESSED = "#dbe7f5"
BUTTON_SUBTEXT = "#34495e"
FULL_BUTTON = "#cfd6de"
FULL_BUTTON_TEXT = "#3a2300"
ALARM = "#8b1010"
ALARM_TEXT = "#ffffff"
WARNING = "#ffd54f"
WARNING_TEXT = "#1a1200"
LANGUAGE_BUTTON = "#16355f"
LANGUAGE_SELECTED = "#ffd54f"
LANGUAGE_SELECTED_TEXT = "#0b1f3a"

#: (text, background, where) — every combination of colours the kiosk shows.
TEXT_PAIRS: tuple[tuple[str, str, str], ...] = (
    (TEXT, BACKGROUND, "screen text"),
    (MUTED_TEXT, BACKGROUND, "secondary text"),
    (ACCENT, BACKGROUND, "ticket number"),
    (BUTTON_TEXT, BUTTON, "service button"),
    (BUTTON_SUBTEXT, BUTTON, "service button details"),
    (BUTTON_TEXT, BUTTON_PRESSED, "pressed service button"),
    (FULL_BUTTON_TEXT, FULL_BUTTON, "full service button"),
    (ALARM_TEXT, ALARM, "out of order"),
    (WARNING_TEXT, WARNING, "not printed banner"),
    (TEXT, LANGUAGE_BUTTON, "language button"),
    (LANGUAGE_SELECTED_TEXT, LANGUAGE_SELECTED, "chosen language"),
)

#: Smallest side of anything a visitor touches: more than 2 cm at 96 dpi (76 px).
MIN_TOUCH_PX = 84
BASE_FONT_PX = 30


def _luminance(hex_colour: str) -> float:
    value = hex_colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two "#rrggbb" colours (1 … 21)."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


STYLE_SHEET = f"""
QWidget#KioskWindow, QStackedWidget, QWidget[screen="true"] {{
    background: {BACKGROUND}; color: {TEXT}; font-size: {BASE_FONT_PX}px;
}}
QWidget#KioskWindow[alarm="true"] {{ background: {ALARM}; }}
QLabel {{ color: {TEXT}; background: transparent; font-size: {BASE_FONT_PX + 4}px; }}
QLabel[role="title"] {{ font-size: 52px; font-weight: bold; }}
QLabel[role="office"] {{ font-size: 30px; color: {MUTED_TEXT}; }}
QLabel[role="muted"] {{ color: {MUTED_TEXT}; font-size: 28px; }}
QLabel[role="big"] {{ font-size: 44px; font-weight: bold; }}
QLabel[role="number"] {{ font-size: 200px; font-weight: bold; color: {ACCENT}; }}
QLabel[role="hint"] {{ color: {MUTED_TEXT}; font-size: 28px; }}
QLabel[role="banner"] {{
    background: {WARNING}; color: {WARNING_TEXT}; font-size: 36px; font-weight: bold;
    padding: 16px; border-radius: 12px;
}}
QWidget[screen="true"][alarm="true"] {{ background: {ALARM}; }}
QWidget[screen="true"][alarm="true"] QLabel {{ color: {ALARM_TEXT}; }}
QPushButton#ServiceButton {{
    background: {BUTTON}; border: none; border-radius: 18px; min-height: 150px;
}}
QPushButton#ServiceButton:pressed {{ background: {BUTTON_PRESSED}; }}
QPushButton#ServiceButton QLabel {{ color: {BUTTON_TEXT}; }}
QPushButton#ServiceButton QLabel[role="name"] {{ font-size: 44px; font-weight: bold; }}
QPushButton#ServiceButton QLabel[role="detail"] {{ font-size: 30px; color: {BUTTON_SUBTEXT}; }}
QPushButton#ServiceButton[full="true"] {{ background: {FULL_BUTTON}; }}
QPushButton#ServiceButton[full="true"] QLabel {{ color: {FULL_BUTTON_TEXT}; }}
QPushButton#LanguageButton {{
    background: {LANGUAGE_BUTTON}; color: {TEXT}; border: 2px solid {MUTED_TEXT};
    border-radius: 12px; font-size: 30px; min-height: {MIN_TOUCH_PX}px;
    min-width: {MIN_TOUCH_PX}px; padding: 0 12px;
}}
QPushButton#LanguageButton:checked {{
    background: {LANGUAGE_SELECTED}; color: {LANGUAGE_SELECTED_TEXT}; font-weight: bold;
}}
QPushButton#KeypadButton {{
    background: {BUTTON}; color: {BUTTON_TEXT}; font-size: 40px; border-radius: 12px;
    min-height: {MIN_TOUCH_PX}px; min-width: {MIN_TOUCH_PX}px;
}}
"""
