"""The event log (monotonic `seq`), request-id answers and small key/value facts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import orjson
import sqlite_utils

from shared.storage.db import iso, seconds_z


def _json(value: Any) -> str:
    """Compact JSON text as stored (orjson: several times faster than `json.dumps`)."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


class EventRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def append(self, org: str, type_: str, at: datetime, payload: dict[str, Any]) -> dict[str, Any]:
        """Append one event; returns it as sent to clients (with its new `seq`)."""
        at_text = seconds_z(at)
        cur = self.db.execute(
            "INSERT INTO events (org, type, at, payload) VALUES (?, ?, ?, ?)",
            [org, type_, at_text, _json(payload)],
        )
        return {"seq": int(cur.lastrowid), "type": type_, "org": org, "at": at_text, **payload}

    def last_seq(self) -> int:
        row = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()
        return int(row[0])

    def last_at(self) -> datetime | None:
        """When the newest event happened (None for an empty log)."""
        row = self.db.execute("SELECT at FROM events ORDER BY seq DESC LIMIT 1").fetchone()
        return None if row is None else datetime.fromisoformat(row[0].replace("Z", "+00:00"))

    def first_seq(self) -> int:
        """Smallest kept seq (0 when the log is empty)."""
        row = self.db.execute("SELECT COALESCE(MIN(seq), 0) FROM events").fetchone()
        return int(row[0])

    def after(self, since: int, limit: int = 500) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT seq, type, org, at, payload FROM events WHERE seq > ? ORDER BY seq LIMIT ?",
            [since, limit],
        ).fetchall()
        return [
            {"seq": seq, "type": type_, "org": org, "at": at, **orjson.loads(payload)}
            for seq, type_, org, at, payload in rows
        ]

    def purge_before(self, moment: datetime) -> None:
        # Keep the newest event so `seq` never goes back after a purge.
        self.db.execute(
            "DELETE FROM events WHERE at < ? AND seq < (SELECT MAX(seq) FROM events)",
            [moment.strftime("%Y-%m-%dT%H:%M:%SZ")],
        )


class RequestRepository:
    """Answers to commands with a request id, kept so a retry gets the first answer."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def find(self, caller: str, request_id: str, not_before: datetime) -> tuple[int, Any] | None:
        """The answer stored for a request id since `not_before`, or None.

        The age is checked only for a row found (rare: a retry), so the common case writes
        no time text."""
        row = self.db.execute(
            "SELECT status, body, created_at FROM requests WHERE caller = ? AND request_id = ?",
            [caller, request_id],
        ).fetchone()
        if row is None or row[2] < iso(not_before):
            return None
        return int(row[0]), orjson.loads(row[1])

    def remember(self, caller: str, request_id: str, status: int, body: Any, now: datetime) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO requests (caller, request_id, status, body, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [caller, request_id, status, _json(body), iso(now)],
        )

    def purge_before(self, moment: datetime) -> None:
        self.db.execute("DELETE FROM requests WHERE created_at < ?", [iso(moment)])


class MetaRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def get(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
