"""Printer URLs: every form, options, and clear German + English errors."""

from __future__ import annotations

import pytest
from escpos.printer import File, Network

from kiosk.printing.config import PrinterConfig, PrinterConfigError, parse_printer_url


def test_tcp_with_default_port_and_options() -> None:
    config = parse_printer_url("tcp://192.168.1.50?width=58&on_failure=unprinted&timeout=2")
    assert (config.kind, config.target, config.port) == ("tcp", "192.168.1.50", 9100)
    assert (config.width_mm, config.on_failure, config.timeout_s) == (58, "unprinted", 2.0)
    assert config.profile == "TM-T88V" and config.enabled
    printer = config.create_printer()
    assert isinstance(printer, Network) and printer.port == 9100


def test_usb_serial_file_and_none() -> None:
    usb = parse_printer_url("usb://04b8:0202?in_ep=0x81&out_ep=0x02")
    assert (usb.vendor_id, usb.product_id, usb.usb_endpoints) == (0x04B8, 0x0202, (0x81, 0x02))
    serial = parse_printer_url("serial:///dev/ttyUSB0?baudrate=19200")
    assert (serial.kind, serial.target, serial.baudrate) == ("serial", "/dev/ttyUSB0", 19200)
    assert parse_printer_url("serial://COM3").target == "COM3"
    assert parse_printer_url("file:///C:/spool/ticket.bin").target == "C:/spool/ticket.bin"
    file = parse_printer_url("file:///dev/usb/lp0")
    assert (file.kind, file.target, file.on_failure) == ("file", "/dev/usb/lp0", "void")
    assert isinstance(file.create_printer(), File)
    off = PrinterConfig.from_url("none")
    assert off.kind == "none" and not off.enabled and off.create_printer() is None


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("lpt://printer", "unknown printer address"),
        ("tcp://", "host name missing"),
        ("tcp://host:99999", "invalid port"),
        ("usb://04b8", "USB ids missing"),
        ("usb://zz:0202", "must be a number"),
        ("tcp://host?width=72", "72 mm"),
        ("tcp://host?profile=NoSuchPrinter", "unknown printer profile"),
        ("tcp://host?on_failure=retry", "on_failure"),
        ("tcp://host?colour=red", "unknown option colour"),
        ("file:///dev/lp0?baudrate=9600", "does not apply"),
        ("tcp://host?timeout=0", "timeout"),
    ],
)
def test_bad_urls_explain_in_german_and_english(url: str, fragment: str) -> None:
    with pytest.raises(PrinterConfigError) as info:
        parse_printer_url(url)
    message = str(info.value)
    assert message.startswith("Druckereinstellung ungültig: ")
    assert "Invalid printer setting: " in message and fragment in message
    assert isinstance(info.value, ValueError) and info.value.german
