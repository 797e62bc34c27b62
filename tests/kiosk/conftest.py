"""Kiosk tests: a kiosk wired to a real hub (fixture `hub`), torn down cleanly.

Qt warnings fail kiosk tests, except a few that the offscreen platform prints for any
window and that say nothing about our code.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from kiosk.assembly import Kiosk, build_kiosk
from kiosk.config import KioskConfig
from kiosk.view_model import Screen

KioskFactory = Callable[..., Kiosk]


@pytest.fixture
def make_kiosk(qtbot: Any) -> Iterator[KioskFactory]:
    """Builds, shows and starts kiosks against a hub; stops them (timers, links) afterwards."""
    made: list[Kiosk] = []

    def make(hub: Any, *, printer: str = "none", wait_for: Screen | None = Screen.START,
             **overrides: Any) -> Kiosk:
        config = KioskConfig(hub=hub.url, token=hub.kiosk_token, printer=printer,
                             windowed=True, **overrides).validated()
        kiosk = build_kiosk(config)
        made.append(kiosk)
        kiosk.window.resize(1080, 1920)
        kiosk.window.show()
        kiosk.start()
        if wait_for is not None:
            qtbot.waitUntil(lambda: kiosk.vm.screen == wait_for, timeout=10_000)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.stop()
        for obj in (kiosk.window, kiosk.vm, kiosk.issuer, kiosk.languages, kiosk.hub,
                    kiosk.printer):
            if obj is not None:
                obj.deleteLater()
    # Delete them now, while the application lives, not in some later garbage collection.
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    made.clear()
    gc.collect()


@pytest.fixture
def stop_hub(qtbot: Any) -> Callable[[Any], None]:
    """Stops a hub while the Qt event loop keeps running.

    A blocking stop would hold the kiosk's WebSocket half-closed (its close handshake needs
    the event loop) and make the hub wait for it.
    """

    def stop(hub: Any) -> None:
        stopper = threading.Thread(target=hub.stop)
        stopper.start()
        qtbot.waitUntil(lambda: not stopper.is_alive(), timeout=30_000)

    return stop
