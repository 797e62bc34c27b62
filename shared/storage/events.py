"""The event log (monotonic `seq`), request-id answers and small key/value facts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import orjson
import sqlite_utils

from shared.storage.db import iso, seconds_z
from shared.storage.deferred import Deferred


def _json(value: Any) -> str:
    """Compact JSON text as stored (orjson: several times faster than `json.dumps`)."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


class EventRepository:
    """The event log. Inside a group's transaction new events are held back and written
    just before its COMMIT (`shared.storage.deferred`). Their `seq` is given here, one past
    the highest ever used (AUTOINCREMENT's own rule, so a purged seq never returns)."""

    def __init__(self, db: sqlite_utils.Database, deferred: Deferred | None = None) -> None:
        self.db = db
        self._deferred = deferred if deferred is not None else Deferred(db.conn)
        self._held = self._deferred.buffer("INSERT INTO events (seq, org, type, at, payload)", 5)

    def append(self, org: str, type_: str, at: datetime, payload: dict[str, Any]) -> dict[str, Any]:
        """Append one event; returns it as sent to clients (with its new `seq`)."""
        at_text = seconds_z(at)
        seq = self._next_seq()
        self._deferred.add(self._held, seq, (seq, org, type_, at_text, _json(payload)))
        return {"seq": seq, "type": type_, "org": org, "at": at_text, **payload}

    def _next_seq(self) -> int:
        held = self._held.rows
        if held:
            return int(next(reversed(held))) + 1  # type: ignore[call-overload]
        row = self.db.execute(
            "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0), "
            "COALESCE((SELECT MAX(seq) FROM events), 0)) + 1").fetchone()
        return int(row[0])

    def last_seq(self) -> int:
        self._deferred.flush()
        row = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()
        return int(row[0])

    def last_at(self) -> datetime | None:
        """When the newest event happened (None for an empty log)."""
        self._deferred.flush()
        row = self.db.execute("SELECT at FROM events ORDER BY seq DESC LIMIT 1").fetchone()
        return None if row is None else datetime.fromisoformat(row[0].replace("Z", "+00:00"))

    def first_seq(self) -> int:
        """Smallest kept seq (0 when the log is empty)."""
        self._deferred.flush()
        row = self.db.execute("SELECT COALESCE(MIN(seq), 0) FROM events").fetchone()
        return int(row[0])

    def after(self, since: int, limit: int = 500) -> list[dict[str, Any]]:
        self._deferred.flush()
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
        self._deferred.flush()
        self.db.execute(
            "DELETE FROM events WHERE at < ? AND seq < (SELECT MAX(seq) FROM events)",
            [moment.strftime("%Y-%m-%dT%H:%M:%SZ")],
        )


class RequestRepository:
    """Answers to commands with a request id, kept so a retry gets the first answer.

    Inside a group's transaction an answer is held back until just before its COMMIT
    (`shared.storage.deferred`); `find` looks at the held ones first."""

    def __init__(self, db: sqlite_utils.Database, deferred: Deferred | None = None) -> None:
        self.db = db
        self._deferred = deferred if deferred is not None else Deferred(db.conn)
        self._held = self._deferred.buffer(
            "INSERT OR REPLACE INTO requests (caller, request_id, status, body, created_at)", 5)

    def find(self, caller: str, request_id: str, not_before: datetime) -> tuple[int, Any] | None:
        """The answer stored for a request id since `not_before`, or None.

        The age is checked only for a row found (rare: a retry), so the common case writes
        no time text."""
        held = self._held.rows.get((caller, request_id))
        if held is not None:  # remembered in the running transaction: just now
            return int(held[2]), orjson.loads(held[3])
        row = self.db.execute(
            "SELECT status, body, created_at FROM requests WHERE caller = ? AND request_id = ?",
            [caller, request_id],
        ).fetchone()
        if row is None or row[2] < iso(not_before):
            return None
        return int(row[0]), orjson.loads(row[1])

    def remember(self, caller: str, request_id: str, status: int, body: Any, now: datetime) -> None:
        self._deferred.add(self._held, (caller, request_id),
                           (caller, request_id, status, _json(body), iso(now)))

    def purge_before(self, moment: datetime) -> None:
        self._deferred.flush()
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
