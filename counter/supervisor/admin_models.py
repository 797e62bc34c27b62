"""Item models of Verwaltung: services, clerks, device tokens and the audit log."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from counter.keyed_table_model import KeyedTableModel
from counter.supervisor.ticker_vm import local_time


def yes_no(value: object) -> str:
    if value:
        return QCoreApplication.translate("AdminModels", "yes")
    return QCoreApplication.translate("AdminModels", "no")


def role_name(role: str) -> str:
    names = {
        "clerk": QCoreApplication.translate("AdminModels", "clerk"),
        "supervisor": QCoreApplication.translate("AdminModels", "department lead"),
        "kiosk": QCoreApplication.translate("AdminModels", "kiosk"),
        "display": QCoreApplication.translate("AdminModels", "display"),
    }
    return names.get(role, role)


class ServicesModel(KeyedTableModel):
    def key(self, row: dict[str, Any]) -> Any:
        return row["letter"]

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ServicesModel", "Letter"),
            QCoreApplication.translate("ServicesModel", "Name (German)"),
            QCoreApplication.translate("ServicesModel", "Name (English)"),
            QCoreApplication.translate("ServicesModel", "Active"),
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
            QCoreApplication.translate("ClerksModel", "Name"),
            QCoreApplication.translate("ClerksModel", "Role"),
            QCoreApplication.translate("ClerksModel", "Active"),
        ]

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = [row["name"], role_name(str(row.get("role") or "")), yes_no(row.get("active"))]
        return values[column]


class DevicesModel(KeyedTableModel):
    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("DevicesModel", "Name"),
            QCoreApplication.translate("DevicesModel", "Kind"),
            QCoreApplication.translate("DevicesModel", "Created"),
            QCoreApplication.translate("DevicesModel", "Revoked"),
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
            QCoreApplication.translate("AuditModel", "When"),
            QCoreApplication.translate("AuditModel", "Who"),
            QCoreApplication.translate("AuditModel", "What"),
            QCoreApplication.translate("AuditModel", "Details"),
        ]

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return local_time(row.get("at"))
        if column == 1:
            who = str(row.get("who") or "")
            if who == "system":
                return QCoreApplication.translate("AuditModel", "system")
            return who.removeprefix("clerk:")
        if column == 2:
            return action_name(str(row.get("action") or ""))
        details = row.get("details") or {}
        if isinstance(details, dict):
            return ", ".join(f"{k}: {v}" for k, v in details.items() if k != "request_id")
        return str(details)


def action_name(action: str) -> str:
    names = {
        "org_created": QCoreApplication.translate("AuditModel", "office created"),
        "counter_created": QCoreApplication.translate("AuditModel", "counter added"),
        "counter_changed": QCoreApplication.translate("AuditModel", "counter changed"),
        "counter_removed": QCoreApplication.translate("AuditModel", "counter removed"),
        "service_created": QCoreApplication.translate("AuditModel", "service added"),
        "service_changed": QCoreApplication.translate("AuditModel", "service changed"),
        "clerk_created": QCoreApplication.translate("AuditModel", "clerk added"),
        "clerk_changed": QCoreApplication.translate("AuditModel", "clerk changed"),
        "device_created": QCoreApplication.translate("AuditModel", "device token created"),
        "device_revoked": QCoreApplication.translate("AuditModel", "device token revoked"),
        "session_created": QCoreApplication.translate("AuditModel", "extra session added"),
        "session_removed": QCoreApplication.translate("AuditModel", "extra session removed"),
        "closure_created": QCoreApplication.translate("AuditModel", "open hours cancelled"),
        "closure_removed": QCoreApplication.translate("AuditModel", "cancellation withdrawn"),
        "plan_changed": QCoreApplication.translate("AuditModel", "weekly plan changed"),
        "ticker_created": QCoreApplication.translate("AuditModel", "ticker message added"),
        "ticker_removed": QCoreApplication.translate("AuditModel", "ticker message removed"),
        "counter_state_changed": QCoreApplication.translate("AuditModel",
                                                            "counter opened/paused/closed"),
        "report_exported": QCoreApplication.translate("AuditModel", "report exported"),
        "purge": QCoreApplication.translate("AuditModel", "old ticket data deleted"),
    }
    return names.get(action, action)
