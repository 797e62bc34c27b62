"""Item models of Berichte: figures per service/hour/counter, and staffing per hour."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from counter.hub_state import HubState
from counter.keyed_table_model import KeyedTableModel
from counter.supervisor import texts


class ReportRowsModel(KeyedTableModel):
    """One report dimension: a row per key with counts and waiting/service times."""

    def __init__(self, dimension: str, state: HubState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dimension = dimension
        self._state = state

    def key(self, row: dict[str, Any]) -> Any:
        return row["key"]

    def headers(self) -> list[str]:
        first = {
            "service": self.tr("Service"),
            "hour": self.tr("Hour"),
            "counter": self.tr("Counter"),
        }[self.dimension]
        return [
            first,
            self.tr("Issued"),
            self.tr("Served"),
            self.tr("No-show"),
            self.tr("Turned away\n(capacity)"),
            self.tr("Wait median\n(min)"),
            self.tr("Wait 90 %\n(min)"),
            self.tr("Service time\nmedian (min)"),
            self.tr("Service time\nmean (min)"),
        ]

    def label(self, row: dict[str, Any]) -> str:
        key = str(row["key"])
        if self.dimension == "service":
            return f"{key} – {self._state.service_name(key, self.lang)}"
        if self.dimension == "counter":
            counter = self._state.counters.get(key) or {}
            return str(counter.get("name") or self.tr("Counter {id}").format(id=key))
        return key

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        counts = row.get("counts") or {}
        wait = row.get("wait") or {}
        service = row.get("service_time") or {}
        values: list[Any] = [
            self.label(row),
            int(counts.get("issued") or 0),
            int(counts.get("served") or 0),
            int(counts.get("no_show") or 0),
            int(counts.get("turned_away_capacity") or 0),
            texts.number(wait.get("median_min"), self.lang),
            texts.number(wait.get("p90_min"), self.lang),
            texts.number(service.get("median_min"), self.lang),
            texts.number(service.get("mean_min"), self.lang),
        ]
        return values[column]


class StaffingModel(KeyedTableModel):
    """Per local hour: arrivals, counters needed for the target, counters actually open."""

    SHORT_COLOUR = "#f8d0cd"

    def key(self, row: dict[str, Any]) -> Any:
        return row["hour"]

    def headers(self) -> list[str]:
        return [
            self.tr("Hour"),
            self.tr("Arrivals"),
            self.tr("Service time\n(min)"),
            self.tr("Counters needed"),
            self.tr("Counters open"),
            self.tr("Target reached\nwith open counters"),
        ]

    def short(self, row: dict[str, Any]) -> bool:
        return float(row.get("actually_open") or 0) < int(row.get("needed") or 0)

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column in (3, 4) and self.short(row):
            return QBrush(QColor(self.SHORT_COLOUR))
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return str(row["hour"])
        if column == 1:
            return int(row.get("arrivals") or 0)
        if column == 2:
            value = texts.number(row.get("mean_service_min"), self.lang)
            if not row.get("service_time_measured", True):
                value += " " + self.tr("(assumed)")
            return value
        if column == 3:
            return int(row.get("needed") or 0)
        if column == 4:
            return texts.number(row.get("actually_open"), self.lang)
        level = row.get("service_level_at_open")
        if level is None:
            return "–"
        return f"{texts.number(float(level) * 100, self.lang, 0)} %"
