"""``--test-print``: exit codes and messages for IT staff, no Qt event loop needed."""

from __future__ import annotations

import io
import socket

from kiosk.test_print import run_test_print
from tests.helpers.escpos_decode import decode
from tests.helpers.printer_double import PrinterDouble


def run(url: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_test_print(url, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_prints_the_sample_ticket() -> None:
    with PrinterDouble() as double:
        code, out, err = run(double.url)
        paper = decode(double.wait_for_job())
    assert (code, err) == (0, "")
    assert "Testdruck gesendet" in out and "Test print sent" in out
    assert paper.find("A017").width_mul > 1
    assert paper.find("Ausweis & Pass") and paper.find("Bürgerbüro Grüße")
    assert paper.find("ä ö ü Ä Ö Ü ß €")
    assert paper.qr_codes and paper.cuts


def test_paper_out_fails_with_a_german_and_english_message() -> None:
    with PrinterDouble("paper_out") as double:
        code, out, err = run(double.url)
    assert code == 1 and out == ""
    assert "Kein Papier im Drucker" in err and "printer is out of paper" in err


def test_cover_open_and_offline() -> None:
    for mode, german in (("cover_open", "Druckerdeckel ist offen"), ("offline", "offline")):
        with PrinterDouble(mode) as double:
            code, _out, err = run(double.url)
        assert code == 1 and german in err


def test_unreachable_printer() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, _out, err = run(f"tcp://127.0.0.1:{port}?timeout=2")
    assert code == 1
    assert "Drucker nicht erreichbar" in err and "printer unreachable" in err


def test_near_end_prints_with_a_note() -> None:
    with PrinterDouble("near_end") as double:
        code, _out, err = run(double.url)
    assert code == 0 and "Papierrolle fast leer" in err


def test_bad_url_and_printing_off() -> None:
    code, _out, err = run("lpt://1")
    assert code == 2 and "Druckereinstellung ungültig" in err
    code, _out, err = run("none")
    assert code == 2 and "Printing is switched off" in err
