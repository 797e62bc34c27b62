"""What the counter app remembers on this PC (QSettings "Wartemarke" / "counter")."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "Wartemarke"
APPLICATION = "counter"


class CounterSettings:
    """This PC's choices: which counter it is, and the last language.

    Uses `QSettings.defaultFormat()`, so tests can point it at a temporary folder with
    `QSettings.setDefaultFormat(IniFormat)` and `QSettings.setPath(...)`.
    """

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(
            QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    @property
    def counter(self) -> str:
        return str(self._settings.value("counter", "") or "")

    @counter.setter
    def counter(self, value: str) -> None:
        self._settings.setValue("counter", value)
        self._settings.sync()

    @property
    def language(self) -> str:
        return str(self._settings.value("language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("language", value)
        self._settings.sync()
