"""Builds one display: hub client, view model, window and announcer, wired together."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject

from display.announce.announcer import Announcer
from display.config import DisplayConfig
from display.view_model import DisplayViewModel
from display.window import DisplayWindow
from shared.client.hub_client import HubClient

log = logging.getLogger(__name__)


@dataclass
class Display:
    """The parts of one running display; `stop()` ends every timer and process."""

    client: HubClient
    view_model: DisplayViewModel
    window: DisplayWindow
    announcer: Announcer | None

    def start(self) -> None:
        if self.announcer is not None:
            self.announcer.start()
        self.client.start()

    def stop(self) -> None:
        self.client.stop()
        self.window.stop()
        if self.announcer is not None:
            self.announcer.stop()


def assemble(
    config: DisplayConfig,
    hub_url: str,
    token: str | None,
    *,
    portrait: bool = False,
    sound: bool = True,
    parent: QObject | None = None,
) -> Display:
    client = HubClient(hub_url, token, parent)
    view_model = DisplayViewModel(config, parent)
    window = DisplayWindow(view_model, config, client.base_url + "/", portrait=portrait)
    announcer = None
    if sound and (config.sound.speech or config.sound.gong):
        announcer = Announcer(config.sound, parent=parent)
        view_model.call_arrived.connect(
            lambda key, number, counter: announcer.announce(key, number, counter)
        )
    client.connection_changed.connect(view_model.set_connected)
    client.state_received.connect(view_model.apply_snapshot)
    client.event_received.connect(view_model.apply_event)
    client.request_failed.connect(
        lambda tag, code, message: log.warning("hub request %s failed: %s %s", tag, code, message)
    )

    def resync() -> None:
        client.request("GET", "/api/state", tag="state").succeeded.connect(
            view_model.apply_snapshot
        )

    view_model.resync_requested.connect(resync)
    return Display(client, view_model, window, announcer)
