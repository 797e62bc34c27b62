"""Item models of the open hours: the weekly plan (editable) and the day exceptions."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from counter.keyed_table_model import KeyedTableModel
from counter.supervisor import texts

Index = QModelIndex | QPersistentModelIndex
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def plain_time(value: str) -> str:
    """ "8:00" -> "08:00"; "" when it is not a time of day."""
    value = value.strip()
    if re.match(r"^\d:[0-5]\d$", value):
        value = "0" + value
    return value if TIME.match(value) else ""


class PlanTableModel(KeyedTableModel):
    """The weekly plan: one row per (service, weekday, start, end); times editable.

    Rows are kept sorted by service, weekday and start. Edits stay local until saved.
    """

    EDITABLE = (2, 3)

    def key(self, row: dict[str, Any]) -> Any:
        return (row["service"], row["weekday"], row["start"], row["end"])

    def set_slots(self, slots: list[dict[str, Any]]) -> None:
        rows = [
            {"service": str(s.get("service") or ""), "weekday": int(s["weekday"]),
             "start": str(s["start"])[:5], "end": str(s["end"])[:5]}
            for s in slots
        ]
        rows.sort(key=lambda r: (r["service"], r["weekday"], r["start"]))
        # Keys may repeat while editing; a reset is fine for this rarely changing list.
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def slots(self) -> list[dict[str, Any]]:
        """The plan as the hub takes it (`service` None = every service)."""
        return [dict(r, service=r["service"] or None) for r in self._rows]

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("PlanTableModel", "Service"),
            QCoreApplication.translate("PlanTableModel", "Weekday"),
            QCoreApplication.translate("PlanTableModel", "From"),
            QCoreApplication.translate("PlanTableModel", "Until"),
        ]

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == 0:
            return row["service"] or QCoreApplication.translate("PlanTableModel", "all")
        if column == 1:
            return texts.weekday(row["weekday"])
        return row["start"] if column == 2 else row["end"]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() not in self.EDITABLE:
            return False
        text = plain_time(str(value))
        if not text:
            return False
        field = "start" if index.column() == 2 else "end"
        self._rows[index.row()][field] = text
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True


class ExceptionsModel(KeyedTableModel):
    """Closures (Ausfall) and extra sessions (Zusatztermin), by date."""

    def key(self, row: dict[str, Any]) -> Any:
        return (row["kind"], row["id"])

    def set_items(self, closures: list[dict[str, Any]], sessions: list[dict[str, Any]]) -> None:
        rows = [dict(c, kind="closure") for c in closures]
        rows += [dict(s, kind="session") for s in sessions]
        rows.sort(key=lambda r: (str(r.get("day")), str(r.get("start") or ""), r["kind"]))
        self.set_rows(rows)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ExceptionsModel", "Date"),
            QCoreApplication.translate("ExceptionsModel", "Kind"),
            QCoreApplication.translate("ExceptionsModel", "Time"),
            QCoreApplication.translate("ExceptionsModel", "Service"),
            QCoreApplication.translate("ExceptionsModel", "Reason"),
        ]

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            day = str(row.get("day") or "")
            parts = day.split("-")
            return f"{parts[2]}.{parts[1]}.{parts[0]}" if len(parts) == 3 else day
        if column == 1:
            if row["kind"] == "session":
                return QCoreApplication.translate("ExceptionsModel", "Extra session")
            return QCoreApplication.translate("ExceptionsModel", "Cancelled")
        if column == 2:
            start, end = row.get("start"), row.get("end")
            if not start:
                return QCoreApplication.translate("ExceptionsModel", "whole day")
            return f"{str(start)[:5]}–{str(end)[:5]}"
        if column == 3:
            return row.get("service") or QCoreApplication.translate("ExceptionsModel", "all")
        return row.get("reason") or ""


def add_slot(model: PlanTableModel, slot: dict[str, Any]) -> None:
    """Add one slot to the plan (kept sorted)."""
    model.set_slots([*model.slots(), slot])


def remove_slot(model: PlanTableModel, row: int) -> None:
    slots = model.slots()
    if 0 <= row < len(slots):
        del slots[row]
        model.set_slots(slots)
