"""The ticket on paper: decoded from the real ESC/POS bytes the layout sends."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from escpos.printer import Dummy
from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.printing.layout import (
    TicketPrint,
    build_ticket_print,
    columns_for,
    is_printable,
    render,
    sanitize,
)
from tests.helpers.escpos_decode import Decoded, decode
from tests.helpers.ticket_preview import render_preview

STATUS_URL = "http://192.168.1.10:8000/s/kq3Zx9a0b1c2d3e4f5g6h7"
NOW = datetime(2026, 11, 25, 8, 1)


def make_ticket(**changes: object) -> TicketPrint:
    ticket = build_ticket_print(
        {"id": 17, "number": "A017", "service": "A"},
        office="Bürgerbüro Castrop-Rauxel",
        service_name="Ausweis & Pass",
        service_name_en="ID card & passport",
        now_local=NOW,
        position=3,
        estimate={"low_min": 10, "high_min": 20},
        status_url=STATUS_URL,
    )
    return dataclasses.replace(ticket, **changes)  # type: ignore[arg-type]


def printed(ticket: TicketPrint, width_mm: int = 80) -> Decoded:
    printer = Dummy(profile="TM-T88V")
    render(printer, ticket, width_mm)
    return decode(printer.output)


def test_ticket_shows_number_large_service_qr_and_cut() -> None:
    paper = printed(make_ticket(footer=("Gebühr: 37,00 € – Grüße „Ihr Bürgerbüro“",)))
    number = paper.find("A017")
    assert number.text == "A017" and number.bold and number.align == "center"
    assert number.width_mul >= 4 and number.height_mul >= 4
    assert paper.find("Ausweis & Pass").height_mul == 2
    assert paper.find("Ihre Wartenummer / Your number")
    assert paper.find("Bürgerbüro Castrop-Rauxel").bold
    assert paper.find('Gebühr: 37,00 € - Grüße "Ihr Bürgerbüro"')
    assert paper.find("25.11.2026 08:01")
    assert paper.find("Vor Ihnen: 3 Personen / 3 people ahead")
    assert paper.find("Wartezeit ca. 10-20 Min.")
    assert [(qr.payload, qr.align) for qr in paper.qr_codes] == [(STATUS_URL, "center")]
    assert len(paper.cuts) == 1 and paper.items[-1] == paper.cuts[0]
    assert paper.code_pages == [19]  # CP858, once, never switched
    assert "?" not in paper.text and paper.unknown == []


@pytest.mark.parametrize("width_mm", [58, 80])
def test_lines_fit_the_paper(width_mm: int) -> None:
    paper = printed(
        make_ticket(office="Bürgerbüro der Stadt Castrop-Rauxel, Europaplatz"), width_mm
    )
    cols = columns_for(width_mm)
    for line in paper.lines:
        assert len(line.text) * line.width_mul <= cols, line
    number = paper.find("A017")
    assert number.width_mul == (4 if width_mm == 58 else 5)
    assert paper.qr_codes[0].module_size == (5 if width_mm == 58 else 6)


def test_bilingual_line_stacks_when_too_wide_for_58_mm() -> None:
    assert printed(make_ticket(), 80).find("Ausweis & Pass / ID card & passport")
    narrow = printed(make_ticket(), 58)
    assert narrow.find("Ausweis & Pass").text == "Ausweis & Pass"
    assert narrow.find("ID card & passport").text == "ID card & passport"


def test_estimate_unknown_and_next_in_line() -> None:
    ticket = build_ticket_print(
        {"number": "M003"},
        office="Bürgerbüro",
        service_name="Meldewesen",
        now_local=NOW,
        position=0,
        estimate=None,
        status_url=STATUS_URL,
    )
    paper = printed(ticket)
    assert paper.find("Wartezeit unbekannt / unknown")
    assert paper.find("Sie sind als Nächstes dran / You are next")
    single = build_ticket_print(
        {"number": "M004"},
        office="B",
        service_name="M",
        now_local=NOW,
        position=1,
        estimate={"low_min": 5, "high_min": 5},
        status_url=STATUS_URL,
    )
    assert single.estimate == ("Wartezeit ca. 5 Min.", "approx. 5 min")
    assert single.people_ahead == ("Vor Ihnen: 1 Person", "1 person ahead")


SAMPLES = [
    "ca. 10–20 Min. — „Grüße“ ‚x‘ “y” … \u00a0\u202f",
    "Sıra numaranız: Işık, Şule, Ğ, İstanbul",
    "Ваш номер: Щука, ёж; Ваш номер — гриб",
    "رقمك ٣ في الطابور",
    "中文 😀 Łódź naïve œ ™ №",
    "\x1b@\x1dV\x00 control bytes",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_sanitize_never_yields_question_marks_and_fits_cp858(text: str) -> None:
    for language in (None, "tr", "ru", "uk", "ar"):
        clean = sanitize(text, language)
        assert "?" not in clean
        clean.encode("cp858")  # strict: raises if anything unprintable is left
        assert "\x1b" not in clean and "\x1d" not in clean


def test_sanitize_replacements() -> None:
    assert sanitize("ca. 10–20 Min. „Grüße“ … ß €") == 'ca. 10-20 Min. "Grüße" ... ß €'
    assert sanitize("Işık Şeker ğ İ") == "Isik Seker g I"
    assert sanitize("Ваш номер", "ru") == "Vash nomer"
    assert sanitize("гривня", "uk") == "hryvnya"
    assert is_printable("Ваш номер", "ru") and is_printable("Sıranız", "tr")
    assert not is_printable("رقمك")


@pytest.fixture
def translations(tmp_path: Path) -> Path:
    """German and Turkish .qm files with the ticket's strings, compiled with lrelease."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease not installed")
    entries = {
        "de": {"Your number": "Deine Nummer (Test)"},
        "tr": {"Your number": "Sıra numaranız", "Scan for your live status": "رمز"},
    }
    for lang, texts in entries.items():
        messages = "".join(
            f"<message><source>{src}</source><translation>{dst}</translation></message>"
            for src, dst in texts.items()
        )
        ts = tmp_path / f"kiosk_{lang}.ts"
        ts.write_text(
            f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
            f'language="{lang}"><context><name>TicketLayout</name>{messages}</context></TS>',
            encoding="utf-8",
        )
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / f"kiosk_{lang}.qm")],
            check=True,
        )
    return tmp_path


@pytest.fixture
def turkish(qapp: QCoreApplication, translations: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load("kiosk_tr", str(translations))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_german_comes_from_the_kiosk_translation_file(translations: Path) -> None:
    from kiosk.printing.layout import load_german_translator

    german = load_german_translator(translations)
    assert german is not None
    ticket = build_ticket_print(
        {"number": "A1"},
        office="B",
        service_name="S",
        now_local=NOW,
        position=2,
        estimate=None,
        status_url="",
        german=german,
    )
    assert ticket.number_label == ("Deine Nummer (Test)", "Your number")
    # Strings the file lacks fall back to the built-in German wording.
    assert ticket.people_ahead[0] == "Vor Ihnen: 2 Personen"


@pytest.mark.usefixtures("turkish")
def test_visitor_language_adds_a_printable_third_line_only() -> None:
    ticket = build_ticket_print(
        {"number": "A1"},
        office="B",
        service_name="S",
        now_local=NOW,
        position=2,
        estimate=None,
        status_url=STATUS_URL,
        language="tr",
    )
    assert ticket.number_label == ("Ihre Wartenummer", "Your number", "Sıra numaranız")
    assert ticket.qr_hint == ("Aktueller Stand: Code scannen", "Scan for your live status")
    paper = printed(ticket)
    assert paper.find("Sira numaraniz")  # ı is not in CP858: printed as i


def test_preview_png(tmp_path: Path) -> None:
    printer = Dummy(profile="TM-T88V")
    render(printer, make_ticket(), 80)
    path = render_preview(printer.output, tmp_path / "ticket.png")
    from PIL import Image

    with Image.open(path) as image:
        assert image.width == 512 + 48 and image.height > 600
