"""Item model of the office's counters: state, clerk and the ticket now at each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from counter import texts
from counter.hub_state import HubState
from counter.keyed_table_model import KeyedTableModel


class CounterTableModel(KeyedTableModel):
    """One row per counter; the clerk's own counter is bold."""

    def __init__(self, state: HubState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.my_counter = ""

    def update(self) -> None:
        rows = []
        for counter_id, counter in self._state.counters.items():
            ticket = self._state.at_counter(counter_id)
            rows.append(dict(counter, id=counter_id, ticket=(ticket or {}).get("number") or ""))
        self.set_rows(rows)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CounterTableModel", "Counter"),
            QCoreApplication.translate("CounterTableModel", "State"),
            QCoreApplication.translate("CounterTableModel", "Clerk"),
            QCoreApplication.translate("CounterTableModel", "Ticket"),
        ]

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row["id"] == self.my_counter:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return str(row.get("name") or row["id"])
        if column == 1:
            return texts.counter_state(str(row.get("state") or ""))
        if column == 2:
            return str(row.get("clerk") or "–")
        return row["ticket"] or "–"
