"""Printer settings, parsed from one URL that IT staff put into the kiosk's configuration.

Supported forms (options after ``?`` work with every form)::

    tcp://192.168.1.50:9100          network printer, raw TCP (port 9100 if left out)
    usb://04b8:0202?in_ep=0x82&out_ep=0x01
    serial:///dev/ttyUSB0?baudrate=9600   (serial://COM3 on Windows)
    file:///dev/usb/lp0              a device file written to, never read
    none                             printing switched off

Options: ``width=58|80`` (paper width in mm, default 80), ``profile=TM-T88V`` (a
python-escpos printer profile), ``on_failure=void|unprinted`` (what the kiosk does with the
hub ticket when printing fails), ``timeout=5`` (seconds for connect, send and status
answers), ``status=on|off`` (ask the printer for its real-time status; turn off for
print servers that never answer).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

logger = logging.getLogger(__name__)

Kind = Literal["tcp", "usb", "serial", "file", "none"]
_OPTIONS = {"width", "profile", "on_failure", "timeout", "status", "in_ep", "out_ep", "baudrate"}


class PrinterConfigError(ValueError):
    """A printer URL that cannot be used; the message is German first, then English."""

    def __init__(self, german: str, english: str) -> None:
        super().__init__(
            f"Druckereinstellung ungültig: {german} / Invalid printer setting: {english}"
        )
        self.german = german
        self.english = english


@dataclass(frozen=True)
class PrinterConfig:
    """How to reach the ticket printer.

    Attributes:
        kind: ``tcp``, ``usb``, ``serial``, ``file`` or ``none`` (printing off).
        target: host (tcp), device path (serial, file); empty for usb and none.
        port: TCP port (tcp only).
        vendor_id, product_id: USB ids (usb only).
        usb_endpoints: optional ``(in_ep, out_ep)`` for usb.
        baudrate: serial speed.
        width_mm: paper width, 58 or 80.
        profile: python-escpos profile name.
        on_failure: ``void`` (void the hub ticket) or ``unprinted`` (keep it, show it on screen).
        timeout_s: limit for connecting, sending and waiting for status answers.
        status_queries: whether to ask the printer for its status (DLE EOT).
    """

    kind: Kind
    target: str = ""
    port: int = 9100
    vendor_id: int = 0
    product_id: int = 0
    usb_endpoints: tuple[int, int] | None = None
    baudrate: int = 9600
    width_mm: int = 80
    profile: str = "TM-T88V"
    on_failure: Literal["void", "unprinted"] = "void"
    timeout_s: float = 5.0
    status_queries: bool = True
    url: str = field(default="none", compare=False)

    @property
    def enabled(self) -> bool:
        return self.kind != "none"

    @classmethod
    def from_url(cls, url: str) -> PrinterConfig:
        return parse_printer_url(url)

    def create_printer(self) -> Any:
        """A new, unopened python-escpos printer object for this setting (None for ``none``)."""
        common: dict[str, Any] = {"profile": self.profile}
        if self.kind == "tcp":
            from escpos.printer import Network

            return Network(self.target, port=self.port, timeout=self.timeout_s, **common)
        if self.kind == "usb":
            from escpos.printer import Usb

            extra: dict[str, Any] = {}
            if self.usb_endpoints:
                extra = {"in_ep": self.usb_endpoints[0], "out_ep": self.usb_endpoints[1]}
            timeout_ms = int(self.timeout_s * 1000)
            return Usb(self.vendor_id, self.product_id, timeout=timeout_ms, **extra, **common)
        if self.kind == "serial":
            from escpos.printer import Serial

            return Serial(self.target, baudrate=self.baudrate, timeout=self.timeout_s, **common)
        if self.kind == "file":
            from escpos.printer import File

            return File(self.target, **common)
        return None


def _int(value: str, name: str, base: int = 10) -> int:
    try:
        return int(value, base)
    except ValueError:
        raise PrinterConfigError(
            f"„{name}“ muss eine Zahl sein, nicht „{value}“",
            f"'{name}' must be a number, not '{value}'",
        ) from None


def _options(query: str) -> dict[str, str]:
    options = dict(parse_qsl(query, keep_blank_values=True))
    unknown = sorted(set(options) - _OPTIONS)
    if unknown:
        names = ", ".join(unknown)
        raise PrinterConfigError(
            f"unbekannte Option {names} (erlaubt: {', '.join(sorted(_OPTIONS))})",
            f"unknown option {names} (allowed: {', '.join(sorted(_OPTIONS))})",
        )
    return options


def _common(options: dict[str, str]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    if "width" in options:
        width = _int(options["width"], "width")
        if width not in (58, 80):
            raise PrinterConfigError(
                f"Papierbreite {width} mm wird nicht unterstützt (58 oder 80)",
                f"paper width {width} mm is not supported (58 or 80)",
            )
        result["width_mm"] = width
    if "profile" in options:
        from escpos.capabilities import CAPABILITIES

        if options["profile"] not in CAPABILITIES["profiles"]:
            raise PrinterConfigError(
                f"unbekanntes Druckerprofil „{options['profile']}“ (z. B. TM-T88V)",
                f"unknown printer profile '{options['profile']}' (e.g. TM-T88V)",
            )
        result["profile"] = options["profile"]
    if "on_failure" in options:
        if options["on_failure"] not in ("void", "unprinted"):
            raise PrinterConfigError(
                "on_failure muss „void“ oder „unprinted“ sein",
                "on_failure must be 'void' or 'unprinted'",
            )
        result["on_failure"] = options["on_failure"]
    if "timeout" in options:
        try:
            timeout = float(options["timeout"])
        except ValueError:
            timeout = -1.0
        if not 0 < timeout <= 120:
            raise PrinterConfigError(
                "timeout muss zwischen 0 und 120 Sekunden liegen",
                "timeout must be between 0 and 120 seconds",
            )
        result["timeout_s"] = timeout
    if "status" in options:
        if options["status"] not in ("on", "off"):
            raise PrinterConfigError(
                "status muss „on“ oder „off“ sein", "status must be 'on' or 'off'"
            )
        result["status_queries"] = options["status"] == "on"
    return result


def _reject(options: dict[str, str], kind: str, *names: str) -> None:
    for name in names:
        if name in options:
            raise PrinterConfigError(
                f"Option „{name}“ passt nicht zu {kind}://",
                f"option '{name}' does not apply to {kind}://",
            )


def parse_printer_url(url: str) -> PrinterConfig:
    """Parses a printer URL (see the module docstring); raises PrinterConfigError."""
    text = (url or "").strip()
    if text.lower() in ("none", "off", ""):
        return PrinterConfig(kind="none", url="none")
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    options = _options(parts.query)
    common = _common(options)
    if scheme == "tcp":
        _reject(options, scheme, "in_ep", "out_ep", "baudrate")
        if not parts.hostname:
            raise PrinterConfigError(
                "Rechnername fehlt, z. B. tcp://192.168.1.50:9100",
                "host name missing, e.g. tcp://192.168.1.50:9100",
            )
        try:
            port = parts.port or 9100
        except ValueError:
            raise PrinterConfigError(
                f"ungültiger Port in „{text}“", f"invalid port in '{text}'"
            ) from None
        return PrinterConfig(kind="tcp", target=parts.hostname, port=port, url=text, **common)
    if scheme == "usb":
        _reject(options, scheme, "baudrate")
        ids = parts.netloc.split(":")
        if len(ids) != 2 or not all(ids):
            raise PrinterConfigError(
                "USB-Kennung fehlt, z. B. usb://04b8:0202 (Hersteller:Produkt, hex)",
                "USB ids missing, e.g. usb://04b8:0202 (vendor:product, hex)",
            )
        endpoints = None
        if "in_ep" in options or "out_ep" in options:
            endpoints = (
                _int(options.get("in_ep", "0x82"), "in_ep", 0),
                _int(options.get("out_ep", "0x01"), "out_ep", 0),
            )
        return PrinterConfig(
            kind="usb",
            vendor_id=_int(ids[0], "vendor id", 16),
            product_id=_int(ids[1], "product id", 16),
            usb_endpoints=endpoints,
            url=text,
            **common,
        )
    if scheme in ("serial", "file"):
        _reject(options, scheme, "in_ep", "out_ep", *(["baudrate"] if scheme == "file" else []))
        path = parts.netloc + parts.path
        if len(path) > 2 and path[0] == "/" and path[2] == ":":
            path = path[1:]  # file:///C:/... on Windows
        if not path:
            raise PrinterConfigError(
                f"Gerätepfad fehlt, z. B. {scheme}:///dev/ttyUSB0",
                f"device path missing, e.g. {scheme}:///dev/ttyUSB0",
            )
        extra: dict[str, Any] = {}
        if "baudrate" in options:
            extra["baudrate"] = _int(options["baudrate"], "baudrate")
        return PrinterConfig(kind=scheme, target=path, url=text, **extra, **common)  # type: ignore[arg-type]
    raise PrinterConfigError(
        f"unbekannte Druckeradresse „{text}“ (tcp://, usb://, serial://, file:// oder none)",
        f"unknown printer address '{text}' (tcp://, usb://, serial://, file:// or none)",
    )
