"""The screen without a hub: blinking, language switch, text that fits, stale marker."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel

from display.config import DisplayConfig
from display.run import settle
from display.translations import LanguageSwitch
from display.view_model import DisplayViewModel
from display.window import DisplayWindow
from tests.display.test_view_model import event, snapshot, ticket


@pytest.fixture
def screen(qtbot: Any, german: LanguageSwitch) -> Iterator[Any]:
    made: list[DisplayWindow] = []

    def make(portrait: bool = False, **config: Any) -> DisplayWindow:
        vm = DisplayViewModel(DisplayConfig(**config))
        window = DisplayWindow(vm, vm.config, "http://hub.example:8765/", portrait=portrait)
        qtbot.addWidget(window)
        window.resize(*((1080, 1920) if portrait else (1920, 1080)))
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.stop()


def fill(window: DisplayWindow) -> None:
    vm = window.view_model
    vm.set_connected(True)
    vm.apply_snapshot(snapshot(
        calls=[ticket(2, "A012", "12"), ticket(1, "M104", "4", service="M")],
        recent_calls=[ticket(i, f"A{i:03d}", str(i % 5 + 1), state="done") for i in range(3, 9)],
        ticker=[{"id": 1, "text": "Bitte halten Sie Ihre Unterlagen bereit.", "until": None}],
        queues=[{"service": "A", "waiting": 14, "estimate": {"low_min": 10, "high_min": 125}},
                {"service": "M", "waiting": 2, "estimate": None},
                {"service": "O", "waiting": 0, "estimate": None}],
        services=[{"letter": "A", "name_de": "Ausweis & Pass", "name_en": "ID card & passport"},
                  {"letter": "M", "name_de": "Meldewesen", "name_en": "Registration"},
                  {"letter": "O", "name_de": "Ordnungswesen", "name_en": "Public order"}],
    ))
    settle(window)


def test_newest_call_blinks_for_the_configured_time(qtbot: Any, screen: Any) -> None:
    window = screen(blink_seconds=1.0)
    fill(window)
    window.view_model.apply_event(event("ticket_called", ticket(20, "A020", "3")))
    assert window.calls.blinking and window.calls.inverted
    qtbot.waitUntil(lambda: not window.calls.inverted, timeout=2_000)
    qtbot.waitUntil(lambda: not window.calls.blinking, timeout=3_000)
    assert not window.calls.inverted  # ends highlighted, not inverted
    assert window.calls.number.text() == "A020"


@pytest.mark.parametrize("portrait", [False, True])
def test_every_text_fits_in_german(qtbot: Any, screen: Any, portrait: bool) -> None:
    window = screen(portrait=portrait)
    fill(window)
    clipped = []
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text() and not label.wordWrap():
            needed = QFontMetrics(label.font()).horizontalAdvance(label.text())
            if needed > label.contentsRect().width():
                clipped.append((label.text(), needed, label.contentsRect().width()))
    assert clipped == []
    assert window.calls.others[0].text() == "M104 → Schalter 4"
    assert window.recent.shown_texts()[0] == "A003 Schalter 4"
    assert window.queues.rows()[0] == ("Ausweis & Pass", "14", "ca. 10–125 Min.")
    assert window.queues.rows()[1][2] == "unbekannt"


def test_language_can_be_switched_to_english(qtbot: Any, screen: Any,
                                             german: LanguageSwitch) -> None:
    window = screen()
    fill(window)
    assert window.recent.heading.text() == "Letzte Aufrufe"
    german.set_language("en")
    qtbot.waitUntil(lambda: window.recent.heading.text() == "Recent calls")
    assert window.calls.counter.text() == "→ Counter 12"
    assert window.queues.rows()[0][0] == "ID card & passport"
    assert window.queues.rows()[1][2] == "unknown"


def test_stale_marker_before_data_and_after_loss(qtbot: Any, screen: Any) -> None:
    window = screen()
    assert window.stale_marker.isVisible()
    assert window.stale_marker.text() == "Verbindung wird aufgebaut …"
    assert window.queues.rows() == []  # nothing invented before the first data
    fill(window)
    assert not window.stale_marker.isVisible()
    window.view_model.set_connected(False)
    assert window.stale_marker.isVisible()
    assert window.stale_marker.text().startswith("Nicht aktuell – Stand ")


def test_ticker_scrolls_long_messages_only(qtbot: Any, screen: Any) -> None:
    window = screen()
    fill(window)
    assert not window.ticker.scrolling
    window.view_model.apply_event({"seq": 9, "type": "ticker_changed", "ticker": [
        {"id": i, "text": "Heute ist das Standesamt nur bis 11 Uhr geöffnet.", "until": None}
        for i in range(4)]})
    assert window.ticker.scrolling


def test_qr_code_leads_to_the_office_overview(screen: Any) -> None:
    window = screen()
    assert window.qr.url == "http://hub.example:8765/"  # before the hub said which office
    fill(window)
    assert window.qr.url == "http://hub.example:8765/?org=main"
    window.view_model.apply_snapshot(snapshot(org={"id": "partner town", "name": "Partner"}))
    assert window.qr.url == "http://hub.example:8765/?org=partner%20town"
    assert window.qr.code.pixmap().width() > 0
