"""The display's three ways to run: on a screen, as a screenshot, as a test announcement."""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from display.announce.announcer import Announcer
from display.app import Display, assemble
from display.config import DisplayConfig
from display.format import tr

log = logging.getLogger(__name__)

LANDSCAPE = (1920, 1080)


def show(config: DisplayConfig, hub_url: str, token: str | None, *, windowed: bool,
         screen: int, portrait: bool) -> int:
    display = assemble(config, hub_url, token, portrait=portrait)
    window = display.window
    screens = QGuiApplication.screens()
    if windowed:
        window.resize(720, 1280) if portrait else window.resize(1280, 720)
        window.setWindowTitle(tr("Waiting-room display"))
        window.unsetCursor()
        window.show()
    else:
        if not 0 <= screen < len(screens):
            log.warning("there is no screen %d (found %d); using the first", screen, len(screens))
            screen = 0
        if screens:
            window.setScreen(screens[screen])
            window.move(screens[screen].geometry().topLeft())
        window.showFullScreen()
    display.start()
    try:
        return QCoreApplication.exec()
    finally:
        display.stop()


def render_png(display: Display, target: Path, portrait: bool) -> bool:
    """Renders the window at 1920×1080 (or 1080×1920) to `target` without showing it."""
    window = display.window
    width, height = LANDSCAPE[::-1] if portrait else LANDSCAPE
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(width, height)
    window.show()
    window.refresh()
    settle(window)
    return window.grab().save(str(target))


def settle(window: QWidget) -> None:
    """Applies pending font, style and layout changes now, so that a grab shows them."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        if window.layout() is not None:
            window.layout().activate()


def screenshot(config: DisplayConfig, hub_url: str, token: str | None, target: Path, *,
               portrait: bool, timeout_ms: int) -> int:
    display = assemble(config, hub_url, token, portrait=portrait, sound=False)
    result = {"code": 1}

    def on_stale_changed(stale: bool) -> None:
        if not stale:  # first snapshot in and events flowing
            QTimer.singleShot(0, finish)  # one turn of the event loop to settle the layout

    def finish() -> None:
        if render_png(display, target, portrait):
            log.info("screen saved to %s", target)
            result["code"] = 0
        else:
            sys.stderr.write(f"wartemarke display: could not write {target}\n")
        QCoreApplication.exit(0)

    def give_up() -> None:
        sys.stderr.write(
            f"wartemarke display: no data from the hub at {hub_url} within "
            f"{timeout_ms / 1000:g} s (is it running, is the token right?)\n"
        )
        QCoreApplication.exit(0)

    display.view_model.stale_changed.connect(on_stale_changed)
    QTimer.singleShot(timeout_ms, give_up)
    display.start()
    QCoreApplication.exec()
    display.stop()
    return result["code"]


def test_announce(config: DisplayConfig, wav: Path | None) -> int:
    """Announces A017 at counter 3: plays it, or with `wav` writes it there."""
    announcer = Announcer(config.sound)
    result: dict[str, int] = {"code": 1}

    def done(_key: str, path: str = "") -> None:
        if wav is not None and path:
            shutil.copyfile(path, wav)
            log.info("announcement written to %s", wav)
        if result.get("failed") is None:
            result["code"] = 0
        QCoreApplication.exit(0)

    def failed(_key: str, reason: str) -> None:
        sys.stderr.write(f"wartemarke display: speech failed: {reason}\n")
        result["failed"] = 1
        if wav is not None:
            QCoreApplication.exit(0)

    announcer.announcement_failed.connect(failed)
    announcer.start()
    with tempfile.TemporaryDirectory(prefix="wartemarke-test-announce-") as tmp:
        if wav is not None:
            announcer.rendered.connect(done)
            announcer.render("test", "A017", "3", Path(tmp) / "announcement.wav")
        else:
            announcer.announcement_finished.connect(done)
            announcer.announce("test", "A017", "3")
        QCoreApplication.exec()
        announcer.stop()
    return result["code"]
