"""How long is too long: the traffic-light colours of waiting times, in one place."""

from __future__ import annotations

from enum import StrEnum

#: A wait shorter than this is green.
GREEN_BELOW_S = 15 * 60
#: A wait shorter than this (and not green) is amber; from here on it is red.
AMBER_BELOW_S = 30 * 60


class Light(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


#: Screen colours of the lights (background, text), readable on a light theme.
COLOURS: dict[Light, tuple[str, str]] = {
    Light.GREEN: ("#d7f0d9", "#1b5e20"),
    Light.AMBER: ("#ffe9b3", "#7a4b00"),
    Light.RED: ("#f8d0cd", "#8e1b12"),
}


def light_for(wait_s: float) -> Light:
    """The light of a wait of `wait_s` seconds."""
    if wait_s < GREEN_BELOW_S:
        return Light.GREEN
    if wait_s < AMBER_BELOW_S:
        return Light.AMBER
    return Light.RED
