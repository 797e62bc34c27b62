"""Steering data of the supervisor: organisations, clerks, counters, services, devices."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlite_utils

from shared.domain.model import Organisation
from shared.storage.db import iso

_CLERK_KEYS = ("name", "org", "role", "active")
_DEVICE_KEYS = ("id", "role", "name", "org", "created_at", "revoked_at")


class AdminRepository:
    """All SQL of the supervisor's steering. Call only inside the store's thread."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # organisations ------------------------------------------------------------------------
    def orgs(self, ids: list[str]) -> list[dict[str, Any]]:
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            "SELECT id, name, state FROM orgs WHERE id IN (" + marks + ") ORDER BY id",  # noqa: S608
            ids,
        ).fetchall()
        return [{"id": i, "name": n, "state": s} for i, n, s in rows]

    def add_org(self, org: Organisation) -> None:
        self.db.execute("INSERT INTO orgs (id, name, state, timezone) VALUES (?,?,?,?)",
                        [org.id, org.name, org.state, org.timezone])

    # clerks -------------------------------------------------------------------------------
    def clerk_orgs(self, name: str) -> list[str]:
        """Organisations a clerk is responsible for: the home org plus the extra ones."""
        row = self.db.execute("SELECT org FROM clerks WHERE name = ?", [name]).fetchone()
        if row is None:
            return []
        extra = [r[0] for r in self.db.execute(
            "SELECT org FROM clerk_orgs WHERE clerk = ? ORDER BY org", [name]).fetchall()]
        return [row[0], *sorted(set(extra) - {row[0]})]

    def set_clerk_orgs(self, name: str, orgs: list[str]) -> None:
        self.db.execute("DELETE FROM clerk_orgs WHERE clerk = ?", [name])
        for org in sorted(set(orgs)):
            self.db.execute("INSERT INTO clerk_orgs (clerk, org) VALUES (?, ?)", [name, org])

    def add_clerk_org(self, name: str, org: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO clerk_orgs (clerk, org) VALUES (?, ?)",
                        [name, org])

    def clerks(self, org: str) -> list[dict[str, Any]]:
        """Clerks whose home is `org` or who are responsible for it (never PIN hashes)."""
        rows = self.db.execute(
            "SELECT name, org, role, active FROM clerks WHERE org = ? OR name IN "
            "(SELECT clerk FROM clerk_orgs WHERE org = ?) ORDER BY name",
            [org, org],
        ).fetchall()
        return [self._clerk(dict(zip(_CLERK_KEYS, r, strict=True))) for r in rows]

    def clerk(self, name: str) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT name, org, role, active FROM clerks WHERE name = ?", [name]).fetchone()
        return self._clerk(dict(zip(_CLERK_KEYS, row, strict=True))) if row else None

    def _clerk(self, row: dict[str, Any]) -> dict[str, Any]:
        return {**row, "active": bool(row["active"]), "orgs": self.clerk_orgs(row["name"])}

    def add_clerk(self, name: str, org: str, role: str, pin_hash: str) -> None:
        self.db.execute("INSERT INTO clerks (name, org, role, pin_hash) VALUES (?,?,?,?)",
                        [name, org, role, pin_hash])

    def update_clerk(self, name: str, *, role: str | None = None, active: bool | None = None,
                     pin_hash: str | None = None) -> None:
        for column, value in (("role", role), ("pin_hash", pin_hash),
                              ("active", None if active is None else int(active))):
            if value is not None:
                self.db.execute("UPDATE clerks SET " + column + " = ? WHERE name = ?",  # noqa: S608
                                [value, name])

    def end_clerk_sessions(self, name: str, now: datetime) -> list[tuple[str, str | None]]:
        """End every open session of a clerk; returns their (org, counter) pairs (counter
        None for a supervisor's session without a counter)."""
        rows = self.db.execute(
            "SELECT org, counter FROM sessions WHERE clerk = ? AND ended_at IS NULL", [name]
        ).fetchall()
        self.db.execute("UPDATE sessions SET ended_at = ? WHERE clerk = ? AND ended_at IS NULL",
                        [iso(now), name])
        return [(o, c) for o, c in rows]

    # counters and services ----------------------------------------------------------------
    def update_counter(self, org: str, counter_id: str, name: str | None,
                       services: list[str] | None) -> None:
        if name is not None:
            self.db.execute("UPDATE counters SET name = ? WHERE org = ? AND id = ?",
                            [name, org, counter_id])
        if services is not None:
            self.db.execute("DELETE FROM counter_services WHERE org = ? AND counter = ?",
                            [org, counter_id])
            for pos, letter in enumerate(services):
                self.db.execute(
                    "INSERT INTO counter_services (org, counter, service, pos) VALUES (?,?,?,?)",
                    [org, counter_id, letter, pos])

    def next_counter_pos(self, org: str) -> int:
        row = self.db.execute("SELECT COALESCE(MAX(pos), -1) + 1 FROM counters WHERE org = ?",
                              [org]).fetchone()
        return int(row[0])

    def remove_counter(self, org: str, counter_id: str, now: datetime) -> None:
        self.db.execute("UPDATE sessions SET ended_at = ? WHERE org = ? AND counter = ? "
                        "AND ended_at IS NULL", [iso(now), org, counter_id])
        self.db.execute("DELETE FROM counter_services WHERE org = ? AND counter = ?",
                        [org, counter_id])
        self.db.execute("DELETE FROM counters WHERE org = ? AND id = ?", [org, counter_id])
        self.db.execute("INSERT INTO counter_log (org, counter, state, at) VALUES (?,?,?,?)",
                        [org, counter_id, "closed", now.strftime("%Y-%m-%dT%H:%M:%SZ")])

    def tickets_at_counter(self, org: str, counter_id: str) -> int:
        row = self.db.execute(
            "SELECT COUNT(*) FROM tickets WHERE org = ? AND counter = ? "
            "AND state IN ('called', 'serving', 'waiting', 'parked')",
            [org, counter_id]).fetchone()
        return int(row[0])

    def next_service_pos(self, org: str) -> int:
        row = self.db.execute("SELECT COALESCE(MAX(pos), -1) + 1 FROM services WHERE org = ?",
                              [org]).fetchone()
        return int(row[0])

    def update_service(self, org: str, letter: str, name_de: str | None, name_en: str | None,
                       active: bool | None) -> None:
        for column, value in (("name_de", name_de), ("name_en", name_en),
                              ("active", None if active is None else int(active))):
            if value is not None:
                self.db.execute(
                    "UPDATE services SET " + column + " = ? WHERE org = ? AND letter = ?",  # noqa: S608
                    [value, org, letter])

    # devices and extra sessions -----------------------------------------------------------
    def devices(self, org: str) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT id, role, name, org, created_at, revoked_at FROM device_tokens "
            "WHERE org = ? ORDER BY id", [org]).fetchall()
        return [_device(r) for r in rows]

    def device(self, org: str, device_id: int) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT id, role, name, org, created_at, revoked_at FROM device_tokens "
            "WHERE org = ? AND id = ?", [org, device_id]).fetchone()
        return _device(row) if row else None

    def revoke_device(self, org: str, device_id: int, now: datetime) -> bool:
        cur = self.db.execute(
            "UPDATE device_tokens SET revoked_at = ? WHERE org = ? AND id = ? "
            "AND revoked_at IS NULL", [iso(now), org, device_id])
        return cur.rowcount > 0

    def delete_session(self, org: str, session_id: int) -> bool:
        cur = self.db.execute("DELETE FROM extra_sessions WHERE org = ? AND id = ?",
                              [org, session_id])
        return cur.rowcount > 0


def _z(text: str | None) -> str | None:
    """Stored microsecond UTC text as API time (whole seconds, Z)."""
    return text[:19] + "Z" if text else None


def _device(row: Any) -> dict[str, Any]:
    data = dict(zip(_DEVICE_KEYS, row, strict=True))
    data["created_at"], data["revoked_at"] = _z(data["created_at"]), _z(data["revoked_at"])
    return data
