"""The screens a visitor meets besides the start screen, each reached through a real hub.

Every test renders its screen to PNG (into `tmp_path`, or into the folder named by
WARTEMARKE_SCREENSHOT_DIR, which is how docs/img/kiosk-*.png are made).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.view_model import Screen
from tests.helpers.hub import start_hub

THURSDAY_1000 = "2026-11-26T10:00:00+01:00"


@pytest.fixture
def shot(tmp_path: Path):
    folder = Path(os.environ.get("WARTEMARKE_SCREENSHOT_DIR") or tmp_path)

    def save(kiosk, name: str) -> Path:
        path = folder / f"kiosk-{name}.png"
        assert kiosk.window.grab().save(str(path))
        assert path.stat().st_size > 10_000
        return path

    return save


def _text(kiosk) -> str:
    from PySide6.QtWidgets import QLabel

    page = kiosk.window.current_page()
    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


def _button(kiosk, letter: str):
    return next(b for b in kiosk.window.pages[Screen.START].buttons if b.letter == letter)


def test_start_screen(hub, make_kiosk, shot) -> None:
    hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk_token)
    kiosk = make_kiosk(hub)
    assert "Bitte wählen Sie Ihr Anliegen:" in _text(kiosk)
    shot(kiosk, "start")


def test_issued_screen(hub, make_kiosk, qtbot, shot) -> None:
    kiosk = make_kiosk(hub)
    qtbot.mouseClick(_button(kiosk, "A"), Qt.LeftButton)
    qtbot.waitUntil(lambda: kiosk.vm.screen == Screen.ISSUED, timeout=10_000)
    text = _text(kiosk)
    assert "A001" in text and "Ausweis & Pass" in text and "Sie sind als Nächstes dran." in text
    shot(kiosk, "issued")


def test_closed_on_thursday_shows_next_opening(tmp_path, make_kiosk, shot) -> None:
    hub = start_hub(tmp_path / "hub", clock_start=THURSDAY_1000)
    try:
        kiosk = make_kiosk(hub, wait_for=Screen.CLOSED)
        assert "Nächste offene Sprechstunde: Freitag, 08:00 Uhr" in _text(kiosk)
        shot(kiosk, "closed")
    finally:
        hub.stop()


def test_closure_appears_within_a_second(hub, make_kiosk, qtbot, shot) -> None:
    kiosk = make_kiosk(hub)
    supervisor = hub.login(counter="1", who="supervisor")
    answer = hub.api("POST", "/api/closures",
                     {"day": "2026-11-25", "reason": "Stromausfall im Rathaus"}, token=supervisor)
    assert answer.status_code == 201, answer.text
    posted = time.monotonic()
    qtbot.waitUntil(lambda: kiosk.vm.screen == Screen.CLOSED, timeout=1_000)
    assert time.monotonic() - posted < 1.0
    assert "Die offene Sprechstunde entfällt heute: Stromausfall im Rathaus" in _text(kiosk)
    shot(kiosk, "closure")


def test_capacity_reached(hub, make_kiosk, qtbot, shot) -> None:
    kiosk = make_kiosk(hub)
    # 22 waiting at 8 min each fill the three hours left on one counter.
    for _ in range(22):
        hub.api("POST", "/api/tickets", {"service": "O"}, token=hub.kiosk_token)
    qtbot.waitUntil(lambda: "22" in _button(kiosk, "O").accessibleName(), timeout=5_000)
    qtbot.mouseClick(_button(kiosk, "O"), Qt.LeftButton)
    qtbot.waitUntil(lambda: kiosk.vm.screen == Screen.CAPACITY, timeout=10_000)
    text = _text(kiosk)
    assert "Für „Ordnungswesen“ gibt es heute keine Wartemarken mehr" in text
    assert "Nächste offene Sprechstunde: Freitag, 08:00 Uhr" in text
    shot(kiosk, "capacity")
    state = hub.api("GET", "/api/state", token=hub.kiosk_token).json()
    assert next(q for q in state["queues"] if q["service"] == "O")["waiting"] == 22


def test_full_service_button_says_so(hub, make_kiosk) -> None:
    for _ in range(22):
        hub.api("POST", "/api/tickets", {"service": "O"}, token=hub.kiosk_token)
    kiosk = make_kiosk(hub)
    assert "Für heute ausgebucht" in _button(kiosk, "O").accessibleName()


def test_hub_down_means_out_of_order_and_back(hub, make_kiosk, qtbot, shot, stop_hub) -> None:
    kiosk = make_kiosk(hub)
    stop_hub(hub)
    qtbot.waitUntil(lambda: kiosk.vm.screen == Screen.OUT_OF_ORDER, timeout=10_000)
    text = _text(kiosk)
    assert "Dieses Gerät ist gerade außer Betrieb. Bitte wenden Sie sich an den Empfang." in text
    assert "Keine Verbindung zum Server." in text
    shot(kiosk, "out-of-order")
    kiosk.vm.touch_service("A")  # nothing happens: no screen to touch, no ticket
    hub.start()
    qtbot.waitUntil(lambda: kiosk.vm.screen == Screen.START, timeout=10_000)
    state = hub.api("GET", "/api/state", token=hub.kiosk_token).json()
    assert all(q["waiting"] == 0 for q in state["queues"])


def test_arabic_start_screen_is_right_to_left(hub, make_kiosk, qtbot, shot) -> None:
    from PySide6.QtGui import QGuiApplication

    kiosk = make_kiosk(hub)
    qtbot.mouseClick(kiosk.window.language_bar.buttons["ar"], Qt.LeftButton)
    assert QGuiApplication.layoutDirection() == Qt.RightToLeft
    assert "يرجى اختيار الخدمة المطلوبة:" in _text(kiosk)
    shot(kiosk, "start-ar")
    kiosk.vm.set_language("de")
    assert QGuiApplication.layoutDirection() == Qt.LeftToRight
