"""Display tests: displays wired to a real hub (fixture `hub`), torn down cleanly.

Qt warnings fail display tests, except a few that the offscreen platform and the
multimedia backend print on any machine without screen or sound card.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from display.app import Display, assemble
from display.config import DisplayConfig, SoundConfig
from display.translations import LanguageSwitch


@pytest.fixture
def german(qapp: Any) -> Iterator[LanguageSwitch]:
    """The screen language German (the default of a display), English again afterwards."""
    switch = LanguageSwitch(qapp)
    switch.set_language("de")
    yield switch
    switch.set_language("en")


def quiet_config(**display: Any) -> DisplayConfig:
    """A config for tests: short blink, speech on (the tests have no sound card)."""
    defaults: dict[str, Any] = {"blink_seconds": 1.0, "sound": SoundConfig()}
    defaults.update(display)
    return DisplayConfig(**defaults)


DisplayFactory = Callable[..., Display]


@pytest.fixture
def make_display(qtbot: Any, german: LanguageSwitch) -> Iterator[DisplayFactory]:
    """Builds and starts displays against a hub; stops them (timers, links, worker) after."""
    made: list[Display] = []

    def make(hub: Any, config: DisplayConfig | None = None, *, portrait: bool = False,
             sound: bool = True, size: tuple[int, int] = (1920, 1080)) -> Display:
        display = assemble(config or quiet_config(), hub.url, hub.display_token,
                           portrait=portrait, sound=sound)
        made.append(display)
        qtbot.addWidget(display.window)
        display.window.resize(*size)
        display.window.show()
        display.start()
        return display

    yield make
    for display in made:
        display.stop()
