"""The dashboard's tables: waiting per service, and every counter with clerk and services."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from counter import texts
from counter.hub_state import HubState
from counter.keyed_table_model import KeyedTableModel
from counter.traffic_light import COLOURS, light_for

#: Role giving the traffic light ("green", "amber", "red") of a row's longest wait.
LIGHT_ROLE = Qt.ItemDataRole.UserRole + 2


class QueueOverviewModel(KeyedTableModel):
    """One row per active service: waiting, longest wait (traffic light), estimate."""

    WAIT_COLUMN = 3

    def __init__(self, state: HubState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state

    def key(self, row: dict[str, Any]) -> Any:
        return row["letter"]

    def update(self) -> None:
        rows = []
        for letter, service in self._state.services.items():
            if not service.get("active", True):
                continue
            queue = self._state.queues.get(letter) or {}
            counters = [
                c for c in self._state.counters.values()
                if letter in (c.get("services") or []) and c.get("state") == "open"
            ]
            rows.append({"letter": letter, "queue": queue, "open_counters": len(counters)})
        self.set_rows(rows)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("QueueOverviewModel", "Service"),
            QCoreApplication.translate("QueueOverviewModel", "Waiting"),
            QCoreApplication.translate("QueueOverviewModel", "Open counters"),
            QCoreApplication.translate("QueueOverviewModel", "Longest wait"),
            QCoreApplication.translate("QueueOverviewModel", "Estimate"),
        ]

    def wait_s(self, row: dict[str, Any]) -> float:
        return self._state.queue_wait_s(row["letter"])

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        wait = self.wait_s(row)
        if role == LIGHT_ROLE:
            return str(light_for(wait))
        if column == self.WAIT_COLUMN and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            if not row["queue"].get("waiting"):
                return None
            background, foreground = COLOURS[light_for(wait)]
            colour = background if role == Qt.ItemDataRole.BackgroundRole else foreground
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        queue = row["queue"]
        if column == 0:
            name = self._state.service_name(row["letter"], self.lang)
            return f"{row['letter']} – {name}"
        if column == 1:
            return int(queue.get("waiting") or 0)
        if column == 2:
            return row["open_counters"]
        if column == 3:
            return texts.minutes(wait) if queue.get("waiting") else "–"
        estimate = queue.get("estimate")
        if not estimate:
            return QCoreApplication.translate("QueueOverviewModel", "unknown")
        return QCoreApplication.translate("QueueOverviewModel", "{low}–{high} min").format(
            low=estimate.get("low_min"), high=estimate.get("high_min")
        )


class CounterOverviewModel(KeyedTableModel):
    """One row per counter: state, clerk, services and the ticket now at it."""

    STATE_COLOURS: ClassVar[dict[str, str]] = {
        "open": "#1b5e20", "paused": "#7a4b00", "closed": "#5f6368",
    }

    def __init__(self, state: HubState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state

    def update(self) -> None:
        rows = []
        for counter_id, counter in self._state.counters.items():
            ticket = self._state.at_counter(counter_id)
            rows.append(dict(counter, id=counter_id, ticket=(ticket or {}).get("number") or ""))
        self.set_rows(rows)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CounterOverviewModel", "Counter"),
            QCoreApplication.translate("CounterOverviewModel", "State"),
            QCoreApplication.translate("CounterOverviewModel", "Clerk"),
            QCoreApplication.translate("CounterOverviewModel", "Services"),
            QCoreApplication.translate("CounterOverviewModel", "Ticket"),
        ]

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QBrush(QColor(self.STATE_COLOURS.get(str(row.get("state")), "#000000")))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return str(row.get("name") or row["id"])
        if column == 1:
            return texts.counter_state(str(row.get("state") or ""))
        if column == 2:
            return str(row.get("clerk") or "–")
        if column == 3:
            letters = row.get("services") or []
            return " · ".join(
                f"{letter} {self._state.service_name(letter, self.lang)}" for letter in letters
            ) or "–"
        return row["ticket"] or "–"
