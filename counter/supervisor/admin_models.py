"""Item models of Verwaltung: services, clerks, device tokens and the audit log."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from counter.keyed_table_model import KeyedTableModel
from counter.supervisor.ticker_vm import local_time


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def yes_no(value: object) -> str:
    return _tr("AdminModels", "yes") if value else _tr("AdminModels", "no")


def role_name(role: str) -> str:
    names = {
        "clerk": _tr("AdminModels", "clerk"),
        "supervisor": _tr("AdminModels", "department lead"),
        "kiosk": _tr("AdminModels", "kiosk"),
        "display": _tr("AdminModels", "display"),
    }
    return names.get(role, role)


class ServicesModel(KeyedTableModel):
    def key(self, row: dict[str, Any]) -> Any:
        return row["letter"]

    def headers(self) -> list[str]:
        return [
            _tr("ServicesModel", "Letter"),
            _tr("ServicesModel", "Name (German)"),
            _tr("ServicesModel", "Name (English)"),
            _tr("ServicesModel", "Active"),
        ]

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = [row["letter"], row.get("name_de") or "", row.get("name_en") or "",
                  yes_no(row.get("active", True))]
        return values[column]


class ClerksModel(KeyedTableModel):
    def key(self, row: dict[str, Any]) -> Any:
        return row["name"]

    def headers(self) -> list[str]:
        return [
            _tr("ClerksModel", "Name"),
            _tr("ClerksModel", "Role"),
            _tr("ClerksModel", "Active"),
        ]

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = [row["name"], role_name(str(row.get("role") or "")), yes_no(row.get("active"))]
        return values[column]


class DevicesModel(KeyedTableModel):
    def headers(self) -> list[str]:
        return [
            _tr("DevicesModel", "Name"),
            _tr("DevicesModel", "Kind"),
            _tr("DevicesModel", "Created"),
            _tr("DevicesModel", "Revoked"),
        ]

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.get("revoked_at"):
            return QBrush(QColor("#8a8a8a"))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = [
            str(row.get("name") or ""),
            role_name(str(row.get("role") or "")),
            local_time(row.get("created_at")),
            local_time(row.get("revoked_at")) or "–",
        ]
        return values[column]


class AuditModel(KeyedTableModel):
    """The audit log, newest first: who changed what when."""

    def headers(self) -> list[str]:
        return [
            _tr("AuditModel", "When"),
            _tr("AuditModel", "Who"),
            _tr("AuditModel", "What"),
            _tr("AuditModel", "Details"),
        ]

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return local_time(row.get("at"))
        if column == 1:
            who = str(row.get("who") or "")
            if who == "system":
                return _tr("AuditModel", "system")
            return who.removeprefix("clerk:")
        if column == 2:
            return action_name(str(row.get("action") or ""))
        details = row.get("details") or {}
        if isinstance(details, dict):
            return ", ".join(f"{k}: {v}" for k, v in details.items() if k != "request_id")
        return str(details)


def action_name(action: str) -> str:
    names = {
        "org_created": _tr("AuditModel", "office created"),
        "counter_created": _tr("AuditModel", "counter added"),
        "counter_changed": _tr("AuditModel", "counter changed"),
        "counter_removed": _tr("AuditModel", "counter removed"),
        "service_created": _tr("AuditModel", "service added"),
        "service_changed": _tr("AuditModel", "service changed"),
        "clerk_created": _tr("AuditModel", "clerk added"),
        "clerk_changed": _tr("AuditModel", "clerk changed"),
        "device_created": _tr("AuditModel", "device token created"),
        "device_revoked": _tr("AuditModel", "device token revoked"),
        "session_removed": _tr("AuditModel", "extra session removed"),
        "report_exported": _tr("AuditModel", "report exported"),
        "purge": _tr("AuditModel", "old ticket data deleted"),
    }
    return names.get(action, action)
