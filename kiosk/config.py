"""The kiosk's settings: command line first, then an optional TOML file, then defaults.

A config file lets an office keep the admin PIN and timings out of the shortcut that
starts the kiosk::

    hub = "http://10.0.0.5:8765"
    token = "…"
    printer = "tcp://10.0.0.9:9100?width=80"
    admin_pin = "4711"
    issued_seconds = 8
    idle_reset_seconds = 60
"""

from __future__ import annotations

import argparse
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

#: Languages a visitor can pick, in the order of the switch. German first.
LANGUAGES: tuple[str, ...] = ("de", "en", "tr", "ar", "ru", "uk")
DEFAULT_LANGUAGE = "de"


class KioskConfigError(ValueError):
    """The configuration cannot be used; the message says why, for the person setting it up."""


@dataclass(frozen=True, slots=True)
class KioskConfig:
    """Everything the kiosk needs to run.

    Attributes:
        hub: base URL of the hub, e.g. ``http://127.0.0.1:8765``.
        token: the kiosk's device token.
        printer: printer URL for ``PrinterConfig.from_url`` ("none" = show tickets on screen).
        windowed: run in a normal window instead of full screen (demo, development).
        language: language the kiosk starts in and returns to when idle.
        admin_pin: PIN that lets an admin leave the kiosk after the corner gesture.
        issued_seconds: how long the issued-ticket screen stays before returning to start.
        idle_reset_seconds: idle time after which the kiosk returns to the German start screen.
        printer_recheck_seconds: how often a printer that reported trouble is asked again.
        print_timeout_seconds: a print job that neither succeeds nor fails by then has failed.
        status_base_url: address of the hub as visitors' phones reach it, for the QR code on
            the ticket (default: ``hub``).
    """

    hub: str = ""
    token: str = ""
    printer: str = "none"
    windowed: bool = False
    language: str = DEFAULT_LANGUAGE
    admin_pin: str = "0000"
    issued_seconds: float = 8.0
    idle_reset_seconds: float = 60.0
    printer_recheck_seconds: float = 15.0
    print_timeout_seconds: float = 30.0
    status_base_url: str = ""

    def validated(self) -> KioskConfig:
        if not self.hub.startswith(("http://", "https://")):
            raise KioskConfigError(f"hub must be an http(s) URL, got {self.hub!r}")
        if not self.token:
            raise KioskConfigError("a kiosk token is needed (wartemarke token create --role kiosk)")
        if self.language not in LANGUAGES:
            raise KioskConfigError(f"language must be one of {', '.join(LANGUAGES)}")
        if not self.admin_pin.isdigit():
            raise KioskConfigError("admin_pin must be digits")
        if self.issued_seconds <= 0 or self.idle_reset_seconds <= 0:
            raise KioskConfigError("timings must be positive")
        return replace(self, hub=self.hub.rstrip("/"))


def load_file(path: Path) -> dict[str, object]:
    """Read a TOML config file; unknown keys are an error so typos do not go unnoticed."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise KioskConfigError(f"cannot read config file {path}: {exc}") from exc
    known = {f.name for f in fields(KioskConfig)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise KioskConfigError(f"unknown keys in {path}: {', '.join(unknown)}")
    return data


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wartemarke kiosk", description="The ticket kiosk.")
    parser.add_argument("--hub", help="hub URL, e.g. http://127.0.0.1:8765")
    parser.add_argument("--token", help="kiosk device token (--token=VALUE if it begins with -)")
    parser.add_argument("--printer",
                        help='printer URL (tcp://, usb://, serial://, file://, or "none")')
    parser.add_argument("--windowed", action="store_true", help="normal window, not full screen")
    parser.add_argument("--lang", choices=LANGUAGES, help="start language (default de)")
    parser.add_argument("--config", type=Path, help="TOML file with further settings")
    parser.add_argument("--screenshot", type=Path, metavar="FILE",
                        help="connect, render the start screen to FILE (PNG) and exit")
    parser.add_argument("--test-print", action="store_true",
                        help="print a test ticket on --printer and exit")
    return parser


def config_from_args(args: argparse.Namespace) -> KioskConfig:
    """Merge file and command line (the command line wins) into a checked config."""
    values: dict[str, object] = load_file(args.config) if args.config else {}
    cli = {"hub": args.hub, "token": args.token, "printer": args.printer, "language": args.lang}
    values.update({key: value for key, value in cli.items() if value is not None})
    if args.windowed:
        values["windowed"] = True
    try:
        config = KioskConfig(**values)  # type: ignore[arg-type]
    except TypeError as exc:
        raise KioskConfigError(str(exc)) from exc
    return config.validated()
