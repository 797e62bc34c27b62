"""The spoken sentence of a call, in any language the display has a translation for."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from display.calls import spoken_number

CONTEXT = "Announcement"
#: %1 = ticket number as spoken ("A 17"), %2 = counter ("3").
SENTENCE = QT_TRANSLATE_NOOP("Announcement", "Ticket number %1, please go to counter %2")


def announcement_text(number: str, counter: str, translator: QTranslator | None) -> str:
    """'A017', '3' -> 'Wartenummer A 17, bitte zu Schalter 3' with the German translator.

    The translator is passed in rather than taken from the application, so that a second
    language can be spoken without changing the screen's language.
    """
    pattern = translator.translate(CONTEXT, SENTENCE) if translator is not None else ""
    pattern = pattern or SENTENCE
    return pattern.replace("%1", spoken_number(number)).replace("%2", counter)
