"""Shows the department lead's view as a tab of the counter window while a supervisor works."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from counter import texts
from counter.supervisor import create_supervisor_view

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from counter.i18n import Translations
    from counter.session import Session
    from counter.window import CounterWindow
    from shared.client.hub_client import HubClient

log = logging.getLogger(__name__)


class SupervisorTab(QObject):
    """Adds the supervisor view on a supervisor's login and removes it on logout.

    Attributes:
        view: the supervisor view while it is shown, else None.
    """

    def __init__(self, window: CounterWindow, session: Session, client: HubClient,
                 translations: Translations) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._client = client
        self._translations = translations
        self.view: QWidget | None = None
        session.logged_in.connect(self._on_session_logged_in)
        session.logged_out.connect(self._on_session_logged_out)
        translations.language_changed.connect(self._on_translations_language_changed)

    def _on_session_logged_in(self) -> None:
        if self._session.role != "supervisor" or self.view is not None:
            return
        view = create_supervisor_view(self._client)
        view.vm.set_language(self._translations.language)
        self.view = view
        index = self._window.add_view(view, texts.supervisor_view_title())
        if not self._session.at_counter:  # supervising only: this is the one view
            self._window.views.setCurrentIndex(index)
        log.info("supervisor view opened for %s", self._session.clerk)

    def _on_session_logged_out(self, _reason: str) -> None:
        view, self.view = self.view, None
        if view is None:
            return
        view.shutdown()
        self._window.views.removeTab(self._window.views.indexOf(view))
        view.deleteLater()

    def _on_translations_language_changed(self, language: str) -> None:
        if self.view is None:
            return
        self.view.vm.set_language(language)
        index = self._window.views.indexOf(self.view)
        self._window.views.setTabText(index, texts.supervisor_view_title())
