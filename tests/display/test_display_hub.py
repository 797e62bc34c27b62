"""The display against a real hub: calls, recalls, ticker, closures, outages, screenshots."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtGui import QFontMetrics, QImage

from display.app import Display
from tests.display.conftest import DisplayFactory

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2026-11-25"  # the hub's clock starts on Wednesday 2026-11-25 09:00 Berlin


def issue(hub: Any, service: str = "A") -> dict[str, Any]:
    answer = hub.api("POST", "/api/tickets", {"service": service}, token=hub.kiosk_token)
    assert answer.status_code == 201, answer.text
    return answer.json()


def call_next(hub: Any, token: str, counter: str) -> dict[str, Any]:
    answer = hub.api("POST", f"/api/counters/{counter}/next", {}, token=token)
    assert answer.status_code == 200, answer.text
    return answer.json()


def connected(qtbot: Any, display: Display) -> None:
    qtbot.waitUntil(lambda: not display.view_model.stale, timeout=10_000)


def test_a_call_appears_and_is_announced(qtbot: Any, hub: Any,
                                         make_display: DisplayFactory) -> None:
    display = make_display(hub)
    connected(qtbot, display)
    issue(hub)
    clerk = hub.login(counter="3")
    with qtbot.waitSignal(display.announcer.speech_started, timeout=20_000):
        ticket = call_next(hub, clerk, "3")
    window = display.window
    assert window.calls.number.text() == ticket["number"] == "A001"
    assert window.calls.counter.text() == "→ Schalter 3"
    assert window.calls.blinking
    assert display.view_model.queues[0]["waiting"] == 0
    assert window.queues.rows()[0][:2] == ("Ausweis & Pass", "0")


def test_a_recall_is_announced_again(qtbot: Any, hub: Any,
                                     make_display: DisplayFactory) -> None:
    display = make_display(hub)
    connected(qtbot, display)
    started: list[str] = []
    display.announcer.speech_started.connect(started.append)
    issue(hub)
    clerk = hub.login(counter="1")
    ticket = call_next(hub, clerk, "1")
    qtbot.waitUntil(lambda: len(started) == 1, timeout=20_000)
    answer = hub.api("POST", f"/api/tickets/{ticket['id']}/recall", {}, token=clerk)
    assert answer.status_code == 200, answer.text
    qtbot.waitUntil(lambda: len(started) == 2, timeout=20_000)
    assert started[0] != started[1]
    assert display.window.calls.number.text() == "A001"


def test_ticker_and_closure_appear(qtbot: Any, hub: Any, make_display: DisplayFactory) -> None:
    display = make_display(hub)
    connected(qtbot, display)
    boss = hub.login(counter="2", who="supervisor")
    text = "Bitte halten Sie Ihren Ausweis bereit."
    assert hub.api("POST", "/api/ticker", {"text": text}, token=boss).status_code == 201
    qtbot.waitUntil(lambda: display.window.ticker.text == text, timeout=10_000)
    assert display.window.ticker.isVisible()
    answer = hub.api("POST", "/api/closures", {"day": TODAY, "reason": "Personalversammlung"},
                     token=boss)
    assert answer.status_code == 201, answer.text
    qtbot.waitUntil(lambda: "Personalversammlung" in display.window.hours.text(), timeout=10_000)
    assert display.window.hours.text().startswith(
        "Die offene Sprechstunde entfällt heute: Personalversammlung")


def test_hub_restart_keeps_data_shows_marker_and_repeats_nothing(
        qtbot: Any, hub: Any, make_display: DisplayFactory) -> None:
    display = make_display(hub)
    connected(qtbot, display)
    for _ in range(3):
        issue(hub)
    clerk = hub.login(counter="1")
    started: list[str] = []
    display.announcer.speech_started.connect(started.append)
    call_next(hub, clerk, "1")
    qtbot.waitUntil(lambda: len(started) == 1, timeout=20_000)
    window = display.window
    rows_before = window.queues.rows()

    hub.stop()
    qtbot.waitUntil(lambda: window.stale_marker.isVisible(), timeout=10_000)
    assert window.stale_marker.text().startswith("Nicht aktuell")
    assert window.calls.number.text() == "A001"
    assert window.queues.rows() == rows_before  # the last good numbers, never zeros

    hub.start()
    qtbot.waitUntil(lambda: not window.stale_marker.isVisible(), timeout=20_000)
    with qtbot.assertNotEmitted(display.announcer.speech_started, wait=500):
        pass
    assert len(started) == 1
    clerk = hub.login(counter="1")
    call_next(hub, clerk, "1")
    qtbot.waitUntil(lambda: len(started) == 2, timeout=20_000)
    assert window.calls.number.text() == "A002"


def test_screen_renders_in_landscape_and_portrait(qtbot: Any, hub: Any, tmp_path: Path,
                                                  make_display: DisplayFactory) -> None:
    for _ in range(4):
        issue(hub)
    call_next(hub, hub.login(counter="1"), "1")
    for size, portrait in (((1920, 1080), False), ((1080, 1920), True)):
        display = make_display(hub, portrait=portrait, sound=False, size=size)
        connected(qtbot, display)
        target = tmp_path / f"display-{'portrait' if portrait else 'landscape'}.png"
        assert display.window.grab().save(str(target))
        image = QImage(str(target))
        assert (image.width(), image.height()) == size
        number = display.window.calls.number
        digits = QFontMetrics(number.font()).tightBoundingRect("0123456789").height()
        assert digits >= min(size) / 6, f"digits {digits}px on a {size} screen"
        assert number.text() == "A001"


def test_command_line_screenshot(hub: Any, tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "display", "--hub", hub.url, f"--token={hub.display_token}",
         "--screenshot", str(target)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1920, 1080)


def test_command_line_screenshot_without_hub_fails_clearly(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "display", "--hub", "http://127.0.0.1:9", "--token", "x",
         "--screenshot", str(tmp_path / "shot.png"), "--timeout", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert "no data from the hub at http://127.0.0.1:9 within 1 s" in result.stderr
    assert not (tmp_path / "shot.png").exists()
