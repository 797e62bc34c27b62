"""Switches the kiosk's language at run time through Qt's translation system.

English is the source language of every string; the other languages come from the compiled
``kiosk/i18n/kiosk_<lang>.qm`` files. Arabic turns the whole layout right-to-left.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtGui import QGuiApplication

from kiosk.config import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent / "i18n"
RTL_LANGUAGES = frozenset({"ar"})

#: Each language's own name, as shown on the language switch (never translated).
NATIVE_NAMES: dict[str, str] = {
    "de": "Deutsch",
    "en": "English",
    "tr": "Türkçe",
    "ar": "العربية",
    "ru": "Русский",
    "uk": "Українська",
}


class LanguageSwitcher(QObject):
    """Owns the installed translator; one per application.

    Signals:
        language_changed(str): a new language is active (after the translator is installed).
    """

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translator: QTranslator | None = None
        self._language = ""

    @property
    def language(self) -> str:
        return self._language

    def locale(self) -> QLocale:
        return QLocale(self._language or DEFAULT_LANGUAGE)

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        if language == self._language:
            return
        app = QCoreApplication.instance()
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if language != "en":
            translator = QTranslator(self)
            if translator.load(str(I18N_DIR / f"kiosk_{language}.qm")):
                app.installTranslator(translator)
                self._translator = translator
            else:
                log.warning("no translation file for %s, showing English", language)
        self._language = language
        direction = Qt.RightToLeft if language in RTL_LANGUAGES else Qt.LeftToRight
        if isinstance(app, QGuiApplication):
            QGuiApplication.setLayoutDirection(direction)
        log.info("language now %s", language)
        self.language_changed.emit(language)
