"""The kiosk window: readable, reachable, and not to be closed by visitors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from kiosk.admin_exit import CORNER_PX, TAPS, PinDialog
from kiosk.view_model import Screen
from kiosk.widgets import theme

#: About 2 cm at 96 dpi (2 / 2.54 * 96 = 75.6 px).
TWO_CM_PX = 76


@pytest.mark.parametrize(("foreground", "background", "where"), theme.TEXT_PAIRS)
def test_every_text_colour_meets_wcag_aa(foreground: str, background: str, where: str) -> None:
    assert theme.contrast_ratio(foreground, background) >= 4.5, where


def test_contrast_ratio_matches_known_values() -> None:
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_touch_targets_are_large_and_low(hub, make_kiosk) -> None:
    kiosk = make_kiosk(hub)
    window = kiosk.window
    buttons = [b for b in window.findChildren(QPushButton) if b.isVisible()]
    assert len(buttons) == 3 + 6  # three services, six languages
    for button in buttons:
        assert min(button.width(), button.height()) >= TWO_CM_PX, button.text()
        top = button.mapTo(window, QPoint(0, 0)).y()
        # Reachable from a wheelchair: everything to touch is in the lower half.
        assert top >= window.height() / 2, (button.text(), top)


def test_window_fits_a_portrait_and_a_landscape_screen(hub, make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(hub)
    for size in ((1080, 1920), (1920, 1080)):
        kiosk.window.resize(*size)
        qtbot.waitUntil(lambda s=size: (kiosk.window.width(), kiosk.window.height()) == s)


def _tap_corner(qtbot, window, times: int) -> None:
    pos = QPoint(window.width() - CORNER_PX // 2, CORNER_PX // 2)
    target = window.childAt(pos) or window
    for _ in range(times):
        qtbot.mouseClick(target, Qt.LeftButton, pos=target.mapFrom(window, pos))


def test_close_is_refused_without_admin(hub, make_kiosk, monkeypatch, qtbot) -> None:
    kiosk = make_kiosk(hub, admin_pin="4711")
    asked: list[bool] = []
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, parent=None:
                                                      asked.append(True) or "0000"))
    assert not kiosk.window.close()
    assert kiosk.window.isVisible()
    _tap_corner(qtbot, kiosk.window, TAPS - 1)
    assert asked == []
    _tap_corner(qtbot, kiosk.window, 1)  # the fifth tap, but with a wrong PIN
    assert asked == [True]
    assert kiosk.window.isVisible()


def test_admin_gesture_and_pin_close_the_kiosk(hub, make_kiosk, monkeypatch, qtbot) -> None:
    kiosk = make_kiosk(hub, admin_pin="4711")
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, parent=None: "4711"))
    with qtbot.waitSignal(kiosk.window.admin_exit, timeout=2_000):
        _tap_corner(qtbot, kiosk.window, TAPS)
    assert not kiosk.window.isVisible()


def test_idle_reset_returns_to_german_start(hub, make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(hub, idle_reset_seconds=0.3)
    qtbot.mouseClick(kiosk.window.language_bar.buttons["tr"], Qt.LeftButton)
    assert kiosk.vm.language == "tr"
    assert kiosk.window.pages[Screen.START]._prompt.text() == "Lütfen işleminizi seçin:"
    qtbot.waitUntil(lambda: kiosk.vm.language == "de", timeout=5_000)
    assert kiosk.vm.screen == Screen.START
    assert kiosk.window.language_bar.buttons["de"].isChecked()
