"""The counter's translations: German by default, English (the source language) on request.

`Translations` owns its QTranslators (no module globals) and swaps them at runtime; Qt then
sends every widget a LanguageChange event, on which each one re-reads its texts.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTranslator, Signal

log = logging.getLogger(__name__)

FOLDER = Path(__file__).resolve().parent
#: Languages the counter speaks; English is the source language of the code.
LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"


class Translations(QObject):
    """Installs the counter's (and Qt's own) translations for one language.

    Signals:
        language_changed(str): the new language code, after the switch.
    """

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def switch(self, language: str) -> bool:
        """Use `language` from now on; False if it is not one the counter speaks."""
        if language not in LANGUAGES:
            log.warning("no translation for language %r", language)
            return False
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        if language != "en":
            self._install(f"counter_{language}", str(FOLDER))
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._install(f"qtbase_{language}", qt_folder)
        self.language = language
        self.language_changed.emit(language)
        return True

    def _install(self, name: str, folder: str) -> None:
        translator = QTranslator(self)
        if translator.load(name, folder):
            self._app.installTranslator(translator)
            self._installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
