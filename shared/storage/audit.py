"""The audit log: who changed what, when (supervisor actions and the nightly purge)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import sqlite_utils


class AuditRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def add(self, org: str, who: str, action: str, details: dict[str, Any],
            now: datetime) -> int:
        cur = self.db.execute(
            "INSERT INTO audit_log (org, at, who, action, details) VALUES (?,?,?,?,?)",
            [org, now.strftime("%Y-%m-%dT%H:%M:%SZ"), who, action,
             json.dumps(details, ensure_ascii=False, sort_keys=True)],
        )
        return int(cur.lastrowid)

    def rows(self, org: str, limit: int = 100, before: int | None = None) -> list[dict[str, Any]]:
        """Newest first; `before` pages back (rows with a smaller id)."""
        rows = self.db.execute(
            "SELECT id, at, org, who, action, details FROM audit_log WHERE org = ? "
            "AND id < ? ORDER BY id DESC LIMIT ?",
            [org, before if before is not None else 2**62, limit],
        ).fetchall()
        return [{"id": i, "at": a, "org": o, "who": w, "action": act, "details": json.loads(d)}
                for i, a, o, w, act, d in rows]
