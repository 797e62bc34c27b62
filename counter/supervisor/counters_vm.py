"""Schalter: open, pause or close any counter, and move counters between services."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from counter import texts as counter_texts
from counter.hub_state import HubState, Json
from counter.supervisor import endpoints
from counter.supervisor.dashboard_models import CounterOverviewModel
from counter.supervisor.requests import Requests


class CountersViewModel(QObject):
    """The counters and the commands on them; one counter is selected at a time.

    Attributes:
        model: every counter (the same columns as on the dashboard).
        selected: id of the selected counter ("" when none).

    Signals:
        selection_changed(): another counter was selected, or the selected one changed.
    """

    selection_changed = Signal()

    def __init__(self, state: HubState, requests: Requests, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._requests = requests
        self.model = CounterOverviewModel(state, self)
        self.selected = ""
        requests.busy_changed.connect(self._on_requests_busy_changed)

    def item_models(self) -> list[Any]:
        return [self.model]

    def update(self) -> None:
        self.model.update()
        if self.selected and self.selected not in self._state.counters:
            self.selected = ""
        self.selection_changed.emit()

    def select(self, counter_id: str) -> None:
        self.selected = counter_id
        self.selection_changed.emit()

    @property
    def counter(self) -> Json:
        return self._state.counters.get(self.selected) or {}

    def services(self) -> list[tuple[str, str, bool]]:
        """(letter, name, served by the selected counter) for every active service."""
        serves = set(self.counter.get("services") or [])
        return [
            (letter, self._state.service_name(letter, "de"), letter in serves)
            for letter, service in self._state.services.items()
            if service.get("active", True) or letter in serves
        ]

    def busy(self) -> bool:
        return self._requests.any_busy(f"counter.{self.selected}.")

    def can_set_state(self, state: str) -> bool:
        return bool(self.selected) and not self.busy() and self.counter.get("state") != state

    def set_state(self, state: str) -> bool:
        """Open, pause or close the selected counter, at once."""
        counter_id = self.selected
        if not counter_id:
            return False
        return self._requests.send(
            f"counter.{counter_id}.state",
            "POST",
            endpoints.counter_state(counter_id),
            {"state": state},
            on_done=self._on_counter_answer,
            done_text=QCoreApplication.translate(
                "CountersViewModel", "{counter}: {state}"
            ).format(counter=self._name(counter_id), state=counter_texts.counter_state(state)),
        )

    def set_services(self, letters: list[str]) -> bool:
        """Let the selected counter serve exactly `letters` from now on."""
        counter_id = self.selected
        if not counter_id:
            return False
        if not letters:
            self._requests.message.emit(
                "error",
                QCoreApplication.translate(
                    "CountersViewModel", "A counter must serve at least one service."
                ),
            )
            return False
        return self._requests.send(
            f"counter.{counter_id}.services",
            "PUT",
            endpoints.counter(counter_id),
            {"services": letters},
            on_done=self._on_counter_answer,
            done_text=QCoreApplication.translate(
                "CountersViewModel", "{counter} now serves {services}"
            ).format(counter=self._name(counter_id), services=", ".join(letters)),
        )

    def _name(self, counter_id: str) -> str:
        counter = self._state.counters.get(counter_id) or {}
        return str(counter.get("name") or counter_id)

    def _on_counter_answer(self, answer: Json) -> None:
        if answer.get("id") is not None:
            self._state.apply_counter(answer)
            self.update()

    def _on_requests_busy_changed(self, key: str, _busy: bool) -> None:
        if key.startswith("counter."):
            self.selection_changed.emit()
