"""Loading the display's Qt translations (English source strings, German by default)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).parent / "i18n"


def load_translator(language: str, parent: QCoreApplication | None = None) -> QTranslator | None:
    """The translator for `language`, or None for English (the source language)."""
    if language == "en":
        return None
    translator = QTranslator(parent)
    if not translator.load(f"display_{language}", str(I18N_DIR)):
        log.warning("no display translation for %r in %s; showing English", language, I18N_DIR)
        return None
    return translator


class LanguageSwitch:
    """Owns the installed screen translator; switching sends Qt's LanguageChange event."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._current: QTranslator | None = None
        self.language = "en"

    def set_language(self, language: str) -> None:
        if self._current is not None:
            self._app.removeTranslator(self._current)
        self._current = load_translator(language, self._app)
        if self._current is not None:
            self._app.installTranslator(self._current)
        self.language = language
        if language == "de":
            QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
