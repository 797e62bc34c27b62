"""Settings of one waiting-room display, read from a TOML file.

Every setting has a default, so a display runs with no file at all. A bad value stops the
start with a `ConfigError` that names the file, the key and what is expected.

Example (all keys optional)::

    [display]
    office_name = "Bürgerbüro Castrop-Rauxel"   # default: the organisation name from the hub
    language = "de"                              # screen language: "de" or "en"
    recent_count = 6                             # how many earlier calls are listed
    services = ["A", "M"]                        # show only these services (empty = all)
    counters = ["1", "3"]                        # show only these counters (empty = all)
    blink_seconds = 6                            # how long the newest call blinks

    [colours]
    background = "#0B1F3A"
    text = "#FFFFFF"
    muted_text = "#C9D6E8"
    highlight_background = "#FFD400"
    highlight_text = "#0B1F3A"

    [sound]
    gong = true
    speech = true
    voice = "gmw/de"            # pyttsx3 voice id (espeak-ng: "gmw/de"; SAPI5: a voice name)
    language = "de"             # language of the spoken sentence
    rate = 150                  # words per minute
    volume = 1.0                # 0.0 to 1.0
    second_language = "en"      # spoken after the first sentence; "" = none
    second_voice = "gmw/en"
    max_age_s = 60              # older calls (e.g. replayed after an outage) are not spoken
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from display.contrast import contrast_ratio, parse_colour

#: WCAG 2.x level AA for normal text.
MIN_CONTRAST = 4.5
LANGUAGES = ("de", "en")


class ConfigError(ValueError):
    """A setting in the display's TOML file is missing its mark; the message says which."""


@dataclass(frozen=True, slots=True)
class Colours:
    background: str = "#0B1F3A"
    text: str = "#FFFFFF"
    muted_text: str = "#C9D6E8"
    highlight_background: str = "#FFD400"
    highlight_text: str = "#0B1F3A"
    stale_background: str = "#FF9E1B"
    stale_text: str = "#000000"

    def pairs(self) -> dict[str, tuple[str, str]]:
        """Foreground/background pairs that appear on screen, by name."""
        return {
            "text": (self.text, self.background),
            "muted_text": (self.muted_text, self.background),
            "highlight": (self.highlight_text, self.highlight_background),
            # While blinking, the newest call swaps to highlight colour on the background.
            "highlight_inverted": (self.highlight_background, self.background),
            "stale": (self.stale_text, self.stale_background),
        }


@dataclass(frozen=True, slots=True)
class SoundConfig:
    gong: bool = True
    speech: bool = True
    voice: str = "gmw/de"
    language: str = "de"
    rate: int = 150
    volume: float = 1.0
    second_language: str = ""
    second_voice: str = "gmw/en"
    max_age_s: float = 60.0


@dataclass(frozen=True, slots=True)
class DisplayConfig:
    office_name: str = ""
    language: str = "de"
    recent_count: int = 6
    services: tuple[str, ...] = ()
    counters: tuple[str, ...] = ()
    blink_seconds: float = 6.0
    colours: Colours = field(default_factory=Colours)
    sound: SoundConfig = field(default_factory=SoundConfig)

    def shows(self, service: str | None, counter: str | None) -> bool:
        """Whether a call of `service` at `counter` belongs here (`None` = any counter)."""
        if self.services and service not in self.services:
            return False
        return counter is None or not self.counters or counter in self.counters


def load_config(path: Path | None) -> DisplayConfig:
    """Reads `path` (TOML); `None` gives the defaults."""
    if path is None:
        return DisplayConfig()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the file ({exc.strerror})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    return config_from_dict(data, source=str(path))


def config_from_dict(data: dict[str, Any], source: str = "config") -> DisplayConfig:
    _only_keys(data, {"display", "colours", "sound"}, source, "")
    display = _table(data, "display", source)
    colours = _table(data, "colours", source)
    sound = _table(data, "sound", source)
    _only_keys(display, {f.name for f in fields(DisplayConfig)} - {"colours", "sound"},
               source, "display")
    _only_keys(colours, {f.name for f in fields(Colours)}, source, "colours")
    _only_keys(sound, {f.name for f in fields(SoundConfig)}, source, "sound")
    where = _Where(source)
    cfg = DisplayConfig(
        office_name=where.text(display, "display.office_name", ""),
        language=where.choice(display, "display.language", "de", LANGUAGES),
        recent_count=where.integer(display, "display.recent_count", 6, 0, 20),
        services=where.names(display, "display.services"),
        counters=where.names(display, "display.counters"),
        blink_seconds=where.number(display, "display.blink_seconds", 6.0, 0.0, 60.0),
        colours=Colours(**{
            f.name: where.colour(colours, f"colours.{f.name}", f.default) for f in fields(Colours)
        }),
        sound=SoundConfig(
            gong=where.boolean(sound, "sound.gong", True),
            speech=where.boolean(sound, "sound.speech", True),
            voice=where.text(sound, "sound.voice", "gmw/de"),
            language=where.choice(sound, "sound.language", "de", LANGUAGES),
            rate=where.integer(sound, "sound.rate", 150, 60, 400),
            volume=where.number(sound, "sound.volume", 1.0, 0.0, 1.0),
            second_language=where.choice(sound, "sound.second_language", "", ("", *LANGUAGES)),
            second_voice=where.text(sound, "sound.second_voice", "gmw/en"),
            max_age_s=where.number(sound, "sound.max_age_s", 60.0, 0.0, 3600.0),
        ),
    )
    for name, (fg, bg) in cfg.colours.pairs().items():
        ratio = contrast_ratio(fg, bg)
        if ratio < MIN_CONTRAST:
            raise ConfigError(
                f"{source}: [colours] {name}: {fg} on {bg} has a contrast of {ratio:.1f}:1; "
                f"at least {MIN_CONTRAST}:1 is needed to be readable (WCAG AA)"
            )
    return cfg


def _table(data: dict[str, Any], name: str, source: str) -> dict[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{source}: [{name}] must be a table")
    return value


def _only_keys(table: dict[str, Any], allowed: set[str], source: str, section: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        where = f"[{section}]" if section else "top level"
        raise ConfigError(
            f"{source}: unknown key '{unknown[0]}' at {where}; known: {', '.join(sorted(allowed))}"
        )


_NAME = re.compile(r"^[A-Za-z0-9_-]{1,16}$")


class _Where:
    """Typed getters that name the file and key in their error messages."""

    def __init__(self, source: str) -> None:
        self.source = source

    def _fail(self, key: str, expected: str, value: object) -> ConfigError:
        return ConfigError(f"{self.source}: {key} must be {expected}, not {value!r}")

    @staticmethod
    def _get(table: dict[str, Any], key: str, default: object) -> object:
        return table.get(key.rsplit(".", 1)[1], default)

    def text(self, table: dict[str, Any], key: str, default: str) -> str:
        value = self._get(table, key, default)
        if not isinstance(value, str):
            raise self._fail(key, "a text in quotes", value)
        return value

    def choice(
        self, table: dict[str, Any], key: str, default: str, options: tuple[str, ...]
    ) -> str:
        value = self.text(table, key, default)
        if value not in options:
            raise self._fail(key, "one of " + ", ".join(repr(o) for o in options), value)
        return value

    def boolean(self, table: dict[str, Any], key: str, default: bool) -> bool:
        value = self._get(table, key, default)
        if not isinstance(value, bool):
            raise self._fail(key, "true or false", value)
        return value

    def integer(self, table: dict[str, Any], key: str, default: int, low: int, high: int) -> int:
        value = self._get(table, key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self._fail(key, f"a whole number from {low} to {high}", value)
        return value

    def number(
        self, table: dict[str, Any], key: str, default: float, low: float, high: float
    ) -> float:
        value = self._get(table, key, default)
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if not number or not low <= value <= high:  # type: ignore[operator]
            raise self._fail(key, f"a number from {low:g} to {high:g}", value)
        return float(value)

    def names(self, table: dict[str, Any], key: str) -> tuple[str, ...]:
        value = self._get(table, key, [])
        if not isinstance(value, list) or not all(
            isinstance(v, str) and _NAME.match(v) for v in value
        ):
            raise self._fail(key, 'a list of short names such as ["A", "M"]', value)
        return tuple(value)

    def colour(self, table: dict[str, Any], key: str, default: str) -> str:
        value = self.text(table, key, default)
        try:
            parse_colour(value)
        except ValueError:
            raise self._fail(key, 'a colour such as "#0B1F3A"', value) from None
        return value.upper()
