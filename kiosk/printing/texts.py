"""The words on a ticket, through Qt's translation system.

Every ticket reads German first with English beside it ("Ihre Wartenummer / Your number"),
whatever language the visitor chose on screen; a third line in the visitor's language is
added when it is neither German nor English and CP858 can print it (Turkish and, as a
transliteration, Russian/Ukrainian; Arabic is left out).

The English source strings live in one function, :func:`_texts`, called with three
translate functions: ``QCoreApplication.translate`` (the visitor's language, i.e. whatever
translator the kiosk has installed), a German one reading the kiosk's German ``.qm``
directly (so German does not depend on the visitor's choice), and a fixed English one.
``pyside6-lupdate`` extracts the literal ``translate("TicketLayout", …)`` calls, so
``scripts/i18n.sh kiosk de …`` puts them into ``kiosk/i18n/kiosk_de.ts``. Until the German
``.qm`` carries them, the German wording below (``_GERMAN``) is used.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.printing.sanitize import is_printable
from kiosk.printing.ticket import TicketPrint

logger = logging.getLogger(__name__)

CONTEXT = "TicketLayout"
Translate = Callable[..., str]

_GERMAN: dict[str, str | tuple[str, str]] = {
    "Your number": "Ihre Wartenummer",
    "You are next": "Sie sind als Nächstes dran",
    "%n person(s) ahead": ("Vor Ihnen: %n Person", "Vor Ihnen: %n Personen"),
    "Waiting time": "Wartezeit",
    "approx. %1–%2 min": "ca. %1–%2 Min.",
    "approx. %1 min": "ca. %1 Min.",
    "unknown": "unbekannt",
    "Scan for your live status": "Aktueller Stand: Code scannen",
    "Please keep this ticket.": "Bitte Wartemarke aufbewahren.",
    "Please watch the screen.": "Achten Sie auf die Anzeige.",
}
_ENGLISH_PLURAL = {"%n person(s) ahead": ("%n person ahead", "%n people ahead")}


def _texts(translate: Translate, *, ahead: int) -> dict[str, str]:
    return {
        "number": translate("TicketLayout", "Your number"),
        "next": translate("TicketLayout", "You are next"),
        "ahead": translate("TicketLayout", "%n person(s) ahead", None, ahead),
        "waiting": translate("TicketLayout", "Waiting time"),
        "range": translate("TicketLayout", "approx. %1–%2 min"),
        "single": translate("TicketLayout", "approx. %1 min"),
        "unknown": translate("TicketLayout", "unknown"),
        "qr": translate("TicketLayout", "Scan for your live status"),
        "keep": translate("TicketLayout", "Please keep this ticket."),
        "screen": translate("TicketLayout", "Please watch the screen."),
    }


def _source(_context: str, source: str, _disambiguation: Any = None, n: int = -1) -> str:
    return source.replace("%n", str(n))


def _english(_context: str, source: str, _disambiguation: Any = None, n: int = -1) -> str:
    if source in _ENGLISH_PLURAL:
        singular, plural = _ENGLISH_PLURAL[source]
        return (singular if n == 1 else plural).replace("%n", str(n))
    return source


def _german(translator: QTranslator | None) -> Translate:
    def translate(context: str, source: str, disambiguation: Any = None, n: int = -1) -> str:
        text = translator.translate(context, source, disambiguation, n) if translator else ""
        if not text:
            fallback = _GERMAN.get(source, source)
            if isinstance(fallback, tuple):
                fallback = fallback[0] if n == 1 else fallback[1]
            text = fallback
        return text.replace("%n", str(n))

    return translate


def load_german_translator(directory: Path | None = None) -> QTranslator | None:
    """The kiosk's German translations (``kiosk/i18n/kiosk_de.qm``), None if missing.

    Not installed on the application: it is only read to print German lines, so the
    screens keep the visitor's language.
    """
    folder = directory or Path(__file__).resolve().parents[1] / "i18n"
    translator = QTranslator()
    if translator.load("kiosk_de", str(folder)):
        return translator
    logger.info("no German translation file in %s; using built-in ticket wording", folder)
    return None


def _parts(de: str, en: str, visitor: str | None, language: str) -> tuple[str, ...]:
    parts = [de]
    if en != de:
        parts.append(en)
    if (
        visitor
        and language not in ("de", "en")
        and visitor not in parts
        and is_printable(visitor, language)
    ):
        parts.append(visitor)
    return tuple(parts)


def _estimate_key(estimate: Mapping[str, Any] | None) -> str:
    if not estimate:
        return "unknown"
    return "single" if int(estimate["low_min"]) == int(estimate["high_min"]) else "range"


def _estimate(texts: Mapping[str, str | None], estimate: Mapping[str, Any] | None) -> str:
    text = texts[_estimate_key(estimate)] or ""
    if estimate:
        text = text.replace("%1", str(int(estimate["low_min"])))
        text = text.replace("%2", str(int(estimate["high_min"])))
    return text


def build_ticket_print(
    ticket: Mapping[str, Any],
    *,
    office: str,
    service_name: str,
    now_local: datetime,
    position: int,
    estimate: Mapping[str, Any] | None,
    status_url: str,
    service_name_en: str | None = None,
    language: str = "de",
    german: QTranslator | None = None,
) -> TicketPrint:
    """Turns the hub's answer to ``POST /api/tickets`` into the texts of one ticket.

    Args:
        ticket: the hub's Ticket object (only ``number`` is used).
        office: the office's name.
        service_name: the German service name (``name_de``).
        now_local: issue time in Europe/Berlin.
        position: people ahead (0 = next).
        estimate: ``{"low_min", "high_min"}`` or None (unknown).
        status_url: full URL of the visitor status page.
        service_name_en: the English service name, printed beside the German one.
        language: the visitor's language code; adds a third line for tr/ru/uk.
        german: German translator; loaded from the kiosk's i18n folder when None.
    """
    de = _texts(_german(german or load_german_translator()), ahead=position)
    en = _texts(_english, ahead=position)
    visitor: dict[str, str | None] | None = None
    if language not in ("de", "en"):
        raw = _texts(QCoreApplication.translate, ahead=position)
        source = _texts(_source, ahead=position)
        # An untranslated text comes back as the English source: not worth a line.
        visitor = {key: (None if text == source[key] else text) for key, text in raw.items()}

    def line(key: str) -> tuple[str, ...]:
        return _parts(de[key], en[key], visitor[key] if visitor else None, language)

    ahead_key = "next" if position <= 0 else "ahead"
    estimate_de = f"{de['waiting']} {_estimate(de, estimate)}"
    estimate_visitor = None
    if visitor and visitor["waiting"] and visitor[_estimate_key(estimate)]:
        estimate_visitor = f"{visitor['waiting']} {_estimate(visitor, estimate)}"
    return TicketPrint(
        office=office,
        number=str(ticket["number"]),
        service_name=_parts(service_name, service_name_en or service_name, None, language),
        date_time=now_local.strftime("%d.%m.%Y %H:%M"),
        people_ahead=line(ahead_key),
        estimate=_parts(estimate_de, _estimate(en, estimate), estimate_visitor, language),
        status_url=status_url,
        number_label=line("number"),
        qr_hint=line("qr"),
        footer=(line("keep"), line("screen")),
        language=language,
    )
