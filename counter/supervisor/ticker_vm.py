"""Laufschrift: messages the displays run, each with an optional end time."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from counter.hub_clock import parse_time
from counter.hub_state import HubState, Json
from counter.keyed_table_model import KeyedTableModel
from counter.supervisor import endpoints
from counter.supervisor.requests import Requests

#: The hub's limit for one message.
MAX_TEXT = 280


def local_time(value: str | None) -> str:
    """A hub time as "25.11.2026 12:00" in Berlin time, "" for none."""
    moment = parse_time(value)
    if moment is None:
        return ""
    return moment.astimezone(endpoints.OFFICE_TZ).strftime("%d.%m.%Y %H:%M")


class TickerModel(KeyedTableModel):
    """The current ticker messages."""

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("TickerModel", "Message"),
            QCoreApplication.translate("TickerModel", "Shown until"),
        ]

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return str(row.get("text") or "")
        return local_time(row.get("until")) or QCoreApplication.translate(
            "TickerModel", "until deleted"
        )


class TickerViewModel(QObject):
    """The ticker list and its commands.

    Signals:
        added(): a message was added (clear the form).
    """

    added = Signal()

    def __init__(self, state: HubState, requests: Requests, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._requests = requests
        self.model = TickerModel(self)

    def item_models(self) -> list[Any]:
        return [self.model]

    def set_messages(self, messages: list[Json]) -> None:
        self.model.set_rows([m for m in messages if isinstance(m, dict) and "id" in m])

    def add(self, text: str, until: datetime | None = None) -> bool:
        """Show `text` on the displays, until `until` (aware) or until deleted."""
        text = " ".join(text.split())
        if not text:
            self._requests.message.emit(
                "error", QCoreApplication.translate("TickerViewModel", "Please enter a message.")
            )
            return False
        if len(text) > MAX_TEXT:
            self._requests.message.emit(
                "error",
                QCoreApplication.translate(
                    "TickerViewModel", "The message is too long (at most {n} characters)."
                ).format(n=MAX_TEXT),
            )
            return False
        body: Json = {"text": text}
        if until is not None:
            if until <= self._state.clock.now():
                self._requests.message.emit(
                    "error",
                    QCoreApplication.translate(
                        "TickerViewModel", "The end time has already passed."
                    ),
                )
                return False
            body["until"] = until.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return self._requests.send(
            "ticker.add", "POST", endpoints.TICKER, body,
            on_done=lambda _a: self.added.emit(),
            done_text=QCoreApplication.translate("TickerViewModel", "Message added."),
        )

    def delete(self, row: int) -> bool:
        rows = self.model.rows()
        if not 0 <= row < len(rows):
            return False
        ticker_id = int(rows[row]["id"])
        return self._requests.send(
            f"ticker.delete.{ticker_id}", "DELETE", endpoints.ticker(ticker_id),
            done_text=QCoreApplication.translate("TickerViewModel", "Message deleted."),
        )
