"""Settings of the hub: defaults, overridden by `wartemarke.toml` in the data folder."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

CONFIG_FILE = "wartemarke.toml"


class ConfigError(ValueError):
    """A settings file or value is wrong; the message says which and why."""


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("wartemarke", appauthor=False))


@dataclass(frozen=True)
class HubSettings:
    """What an office can tune without code.

    Attributes:
        data_dir: folder of the database (and demo credentials).
        host: address to listen on; "0.0.0.0" to serve the LAN.
        port: TCP port.
        office_name: name of the office seeded on first start.
        max_recalls: recalls allowed before a recall turns the ticket into a no-show.
        capacity_margin_min: stop issuing when the last waiting person would finish later than
            closing time minus this margin.
        default_service_min: service time assumed while nothing has been measured.
        retention_days: days ticket-level history is kept (DSGVO), then purged.
        max_body_bytes: larger request bodies are refused with 413.
        reports_per_clerk: reports show figures per clerk (staff monitoring: only with the
            works council's agreement, hence off by default).
    """

    data_dir: Path = field(default_factory=default_data_dir)
    host: str = "127.0.0.1"
    port: int = 8765
    office_name: str = "Bürgerbüro Castrop-Rauxel"
    max_recalls: int = 2
    capacity_margin_min: int = 0
    default_service_min: float = 8.0
    retention_days: int = 90
    max_body_bytes: int = 64 * 1024
    reports_per_clerk: bool = False

    def __post_init__(self) -> None:
        checks = {
            "port": 0 <= self.port <= 65535,
            "max_recalls": self.max_recalls >= 0,
            "capacity_margin_min": self.capacity_margin_min >= 0,
            "default_service_min": self.default_service_min > 0,
            "retention_days": self.retention_days >= 1,
            "max_body_bytes": self.max_body_bytes >= 1024,
            "office_name": bool(self.office_name.strip()),
            "host": bool(self.host.strip()),
        }
        for name, ok in checks.items():
            if not ok:
                raise ConfigError(f"setting '{name}' has an invalid value: {getattr(self, name)!r}")


_TYPES: dict[str, type | tuple[type, ...]] = {
    "host": str, "port": int, "office_name": str, "max_recalls": int,
    "capacity_margin_min": int, "default_service_min": (int, float), "retention_days": int,
    "max_body_bytes": int, "reports_per_clerk": bool,
}


def load_settings(data_dir: Path | None = None, **overrides: Any) -> HubSettings:
    """Defaults, then `<data_dir>/wartemarke.toml` (if present), then `overrides` (CLI flags).

    Raises:
        ConfigError: unreadable TOML, unknown key or a value of the wrong type or range.
    """
    base = Path(data_dir) if data_dir is not None else default_data_dir()
    values: dict[str, Any] = {}
    path = base / CONFIG_FILE
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
        hub = raw.get("hub", raw)
        for key, value in hub.items():
            if key not in _TYPES:
                known = ", ".join(sorted(_TYPES))
                raise ConfigError(f"{path}: unknown setting '{key}' (known: {known})")
            expected = _TYPES[key]
            if isinstance(value, bool) != (expected is bool) or not isinstance(value, expected):
                raise ConfigError(f"{path}: setting '{key}' must be {_type_name(expected)}, "
                                  f"not {value!r}")
            values[key] = value
    values.update({k: v for k, v in overrides.items() if v is not None})
    known_fields = {f.name for f in fields(HubSettings)}
    values = {k: v for k, v in values.items() if k in known_fields}
    try:
        return replace(HubSettings(data_dir=base), **values)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from exc


def _type_name(expected: type | tuple[type, ...]) -> str:
    if isinstance(expected, tuple):
        return "a number"
    return {int: "a whole number", str: "text", bool: "true or false"}.get(
        expected, expected.__name__)
