"""Fixtures of the supervisor tests: the supervisor view on a real hub, and a display's events.

Imported by the `test_supervisor_*` modules (the folder's conftest belongs to the counter
tests); this module itself holds no tests.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from counter.i18n import Translations
from counter.supervisor import create_supervisor_view
from counter.supervisor.view_model import SupervisorViewModel
from counter.supervisor.window import SupervisorWindow
from shared.client.hub_client import HubClient
from tests.counter.helpers import WAIT_MS


class Supervisor:
    """The view as the lead wires it, plus shortcuts for tests."""

    def __init__(self, window: SupervisorWindow, client: HubClient, token: str) -> None:
        self.window = window
        self.client = client
        self.token = token
        self.vm: SupervisorViewModel = window.vm

    def wait_idle(self, qtbot: Any, prefix: str = "") -> None:
        qtbot.waitUntil(lambda: not self.vm.requests.any_busy(prefix), timeout=WAIT_MS)

    def run(self, qtbot: Any, command: Any, *args: Any, **kwargs: Any) -> tuple[str, str]:
        """Run a command, wait until nothing is in flight; returns the last (level, text)."""
        said: list[tuple[str, str]] = []

        def note(level: str, text: str) -> None:
            said.append((level, text))

        self.vm.message.connect(note)
        try:
            assert command(*args, **kwargs) is not False
            qtbot.waitUntil(lambda: bool(said) and not self.vm.requests.any_busy(""),
                            timeout=WAIT_MS)
        finally:
            self.vm.message.disconnect(note)
        return said[-1]


@pytest.fixture
def supervisor(hub: Any, qtbot: Any) -> Iterator[Supervisor]:
    """A started client logged in as the demo supervisor (counter 6) and its view, loaded."""
    token = hub.login(counter="6", who="supervisor")
    client = HubClient(hub.url, token)
    with qtbot.waitSignal(client.connection_changed, timeout=WAIT_MS):
        client.start()
    window = create_supervisor_view(client)
    assert isinstance(window, SupervisorWindow)
    qtbot.addWidget(window)
    window.resize(1180, 760)
    window.show()
    qtbot.waitExposed(window)
    sup = Supervisor(window, client, token)
    qtbot.waitUntil(lambda: len(sup.vm.state.counters) == 6, timeout=WAIT_MS)
    sup.wait_idle(qtbot)
    yield sup
    window.shutdown()
    client.stop()
    client.deleteLater()


def screenshot(widget: Any, name: str) -> None:
    """Render `widget` in German once pending layout work (legends) is done.

    The picture goes to WARTEMARKE_SCREENSHOT_DIR when set (how docs/img gets it), else to
    the temporary folder: a test run never changes the repository.
    """
    app = QCoreApplication.instance()
    assert app is not None
    translations = Translations(app)
    assert translations.switch("de")
    try:
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
        folder = Path(os.environ.get("WARTEMARKE_SCREENSHOT_DIR") or tempfile.gettempdir())
        assert widget.grab().save(str(folder / name))
    finally:
        translations.switch("en")
        QCoreApplication.sendPostedEvents()
        translations.deleteLater()


def api_ok(hub: Any, method: str, path: str, token: str, body: Any = None) -> Any:
    answer = hub.api(method, path, body, token=token)
    assert answer.status_code < 300, answer.text
    return answer.json() if answer.content else None
