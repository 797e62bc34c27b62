"""One touch, exactly one ticket: the kiosk against a real hub, printing switched off."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.view_model import Screen


def _waiting_tickets(hub) -> list[dict]:
    clerk = hub.login(counter="1")
    state = hub.api("GET", "/api/state", token=clerk).json()
    return [t for t in state["tickets"] if t["state"] == "waiting"]


def _button(kiosk, letter: str):
    return next(b for b in kiosk.window.pages[Screen.START].buttons if b.letter == letter)


def test_start_screen_shows_open_services_with_wait(hub, make_kiosk) -> None:
    kiosk = make_kiosk(hub)
    buttons = [b for b in kiosk.window.pages[Screen.START].buttons if b.isVisible()]
    assert [b.letter for b in buttons] == ["A", "M", "O"]
    assert "Ausweis & Pass" in buttons[0].accessibleName()
    assert "Wartezeit unbekannt" in buttons[0].accessibleName()


def test_touch_issues_exactly_one_ticket(hub, make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(hub)
    button = _button(kiosk, "A")
    qtbot.mouseClick(button, Qt.LeftButton)
    # Impatient visitors touch again while the first touch is on its way.
    qtbot.mouseClick(button, Qt.LeftButton)
    kiosk.vm.touch_service("A")
    qtbot.waitUntil(lambda: kiosk.vm.screen == Screen.ISSUED, timeout=10_000)
    issued = kiosk.vm.issued
    assert issued is not None and issued.number == "A001"
    assert issued.print_state == "screen_only"
    assert kiosk.window.pages[Screen.ISSUED].number.text() == "A001"
    tickets = _waiting_tickets(hub)
    assert [t["number"] for t in tickets] == ["A001"]


def test_issued_screen_returns_to_start_after_timeout(hub, make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(hub, issued_seconds=0.3)
    qtbot.mouseClick(_button(kiosk, "M"), Qt.LeftButton)
    qtbot.waitUntil(lambda: kiosk.vm.screen == Screen.ISSUED, timeout=10_000)
    qtbot.waitUntil(lambda: kiosk.vm.screen == Screen.START, timeout=5_000)


def test_touch_on_issued_screen_returns_to_start(hub, make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(hub)
    qtbot.mouseClick(_button(kiosk, "O"), Qt.LeftButton)
    qtbot.waitUntil(lambda: kiosk.vm.screen == Screen.ISSUED, timeout=10_000)
    qtbot.mouseClick(kiosk.window.pages[Screen.ISSUED], Qt.LeftButton)
    assert kiosk.vm.screen == Screen.START


def test_waiting_count_updates_live_from_events(hub, make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(hub)
    answer = hub.api("POST", "/api/tickets", {"service": "M"}, token=hub.kiosk_token)
    assert answer.status_code == 201
    qtbot.waitUntil(lambda: "1" in _button(kiosk, "M").accessibleName(), timeout=5_000)
