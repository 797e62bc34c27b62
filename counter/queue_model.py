"""Item models of the queues: waiting per service, and lists of tickets."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from counter import texts
from counter.hub_clock import parse_time
from counter.hub_state import HubState, Json
from counter.keyed_table_model import KeyedTableModel
from counter.traffic_light import COLOURS, light_for

#: Role giving a row's traffic light ("green", "amber", "red") in ServiceQueueModel.
LIGHT_ROLE = Qt.ItemDataRole.UserRole + 2
LOCAL_ZONE = ZoneInfo("Europe/Berlin")

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ServiceQueueModel(KeyedTableModel):
    """One row per service: how many wait and the longest wait, with its traffic light.

    Rows are `{"id": letter, "waiting": n, "mine": bool}`; the wait runs on with the hub's
    clock, so call `refresh(WAIT_COLUMN)` now and then.
    """

    WAIT_COLUMN = 2

    def __init__(self, state: HubState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state

    def update(self, my_services: list[str]) -> None:
        rows = [
            {
                "id": letter,
                "waiting": int((self._state.queues.get(letter) or {}).get("waiting") or 0),
                "mine": letter in my_services,
            }
            for letter, service in self._state.services.items()
            if service.get("active", True)
        ]
        rows.sort(key=lambda r: not r["mine"])  # the counter's own services on top
        self.set_rows(rows)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ServiceQueueModel", "Service"),
            QCoreApplication.translate("ServiceQueueModel", "Waiting"),
            QCoreApplication.translate("ServiceQueueModel", "Longest wait"),
        ]

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        wait_s = self._state.queue_wait_s(row["id"]) if row["waiting"] else 0.0
        light = light_for(wait_s)
        if role == LIGHT_ROLE:
            return str(light)
        if role == _DISPLAY:
            if column == 0:
                return f"{row['id']}  {self._state.service_name(row['id'], self.lang)}"
            if column == 1:
                return str(row["waiting"])
            return texts.minutes(wait_s) if row["waiting"] else "–"
        if role == Qt.ItemDataRole.FontRole and row["mine"]:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(_ALIGN_RIGHT)
        if column == self.WAIT_COLUMN and row["waiting"]:
            background, foreground = COLOURS[light]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(background)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(foreground)
        return None


class TicketTableModel(KeyedTableModel):
    """Tickets in a list: waiting, parked, or served today (`kind`).

    For waiting and parked tickets the third column is how long they have waited (runs
    on: call `refresh(TIME_COLUMN)` now and then); for served ones, when they were done.
    """

    TIME_COLUMN = 2

    def __init__(self, state: HubState, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.kind = kind

    def headers(self) -> list[str]:
        time_header = (
            QCoreApplication.translate("TicketTableModel", "Done at")
            if self.kind == "served"
            else QCoreApplication.translate("TicketTableModel", "Waiting for")
        )
        return [
            QCoreApplication.translate("TicketTableModel", "Number"),
            QCoreApplication.translate("TicketTableModel", "Service"),
            time_header,
            QCoreApplication.translate("TicketTableModel", "Note"),
        ]

    def cell(self, row: Json, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return row.get("note") or None
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role != _DISPLAY:
            return None
        if column == 0:
            return str(row.get("number") or "")
        if column == 1:
            return self._state.service_name(str(row.get("service") or ""), self.lang)
        if column == 2:
            return self._time_text(row)
        return self._note_text(row)

    def _time_text(self, row: Json) -> str:
        if self.kind == "served":
            finished = parse_time(row.get("finished_at"))
            return finished.astimezone(LOCAL_ZONE).strftime("%H:%M") if finished else ""
        waited = self._state.clock.seconds_since(row.get("queued_at") or row.get("issued_at"))
        return texts.minutes(waited) if waited is not None else ""

    def _note_text(self, row: Json) -> str:
        parts = []
        if row.get("counter") and self.kind != "served":
            parts.append(
                QCoreApplication.translate("TicketTableModel", "for counter {c}").format(
                    c=row["counter"]
                )
            )
        if row.get("note"):
            parts.append(str(row["note"]))
        return " · ".join(parts)
