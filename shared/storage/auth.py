"""Clerks (PIN hashes), device tokens and clerk sessions. Tokens are stored as sha256 only."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

import sqlite_utils

from shared.storage.db import iso
from shared.storage.office import OfficeRepository

_HOLDER_KEYS = ("kind", "id", "role", "name", "org", "counter", "hash")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class AuthRepository:
    def __init__(self, db: sqlite_utils.Database, versions: OfficeRepository) -> None:
        """`versions`: the office repository whose set-up version also covers device tokens
        and sessions (migration 8), so `holder` answers known tokens from memory."""
        self.db = db
        self._versions = versions

    # clerks -------------------------------------------------------------------------------
    def clerk(self, name: str) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT name, org, role, pin_hash, active FROM clerks WHERE name = ?", [name]
        ).fetchone()
        if not row:
            return None
        return dict(zip(("name", "org", "role", "pin_hash", "active"), row, strict=True))

    def put_clerk(self, name: str, org: str, role: str, pin_hash: str) -> None:
        self.db.execute(
            "INSERT INTO clerks (name, org, role, pin_hash) VALUES (?,?,?,?) "
            "ON CONFLICT (name) DO UPDATE SET org = excluded.org, role = excluded.role, "
            "pin_hash = excluded.pin_hash, active = 1",
            [name, org, role, pin_hash],
        )

    def set_pin_hash(self, name: str, pin_hash: str) -> None:
        self.db.execute("UPDATE clerks SET pin_hash = ? WHERE name = ?", [pin_hash, name])

    # device tokens ------------------------------------------------------------------------
    def add_device(self, token: str, role: str, name: str, org: str, now: datetime) -> int:
        cur = self.db.execute(
            "INSERT INTO device_tokens (hash, role, name, org, created_at) VALUES (?,?,?,?,?)",
            [token_hash(token), role, name, org, iso(now)],
        )
        return int(cur.lastrowid)

    def devices(self) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT id, role, name, org, created_at, revoked_at FROM device_tokens ORDER BY id"
        ).fetchall()
        keys = ("id", "role", "name", "org", "created_at", "revoked_at")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def revoke_device(self, id_or_name: str, now: datetime) -> int:
        cur = self.db.execute(
            "UPDATE device_tokens SET revoked_at = ? WHERE revoked_at IS NULL "
            "AND (CAST(id AS TEXT) = ? OR name = ?)",
            [iso(now), id_or_name, id_or_name],
        )
        return cur.rowcount

    # sessions -----------------------------------------------------------------------------
    def add_session(self, token: str, clerk: str, role: str, org: str, counter: str | None,
                    now: datetime) -> None:
        """A clerk's session at a counter; a supervisor's may have none (counter None)."""
        self.db.execute(
            "INSERT INTO sessions (hash, clerk, role, org, counter, created_at) "
            "VALUES (?,?,?,?,?,?)",
            [token_hash(token), clerk, role, org, counter, iso(now)],
        )

    def holder(self, token: str) -> dict[str, Any] | None:
        """Who a bearer token stands for: a device whose token is not revoked, or a clerk
        session not ended; None if neither. One statement, an index look-up in each table,
        or none: a token found is remembered until a device token or session is written
        (`OfficeRepository.memo`), as every command asks for its caller.

        The keys: kind ("device" or "session"), id (device id or session hash), role,
        name (device or clerk name), org, counter (sessions only), hash.
        """
        memo = self._versions.memo("token_holders")
        row = memo.get(token)
        if row is None:
            hash_ = token_hash(token)
            found = self.db.execute(
                "SELECT 'device', id, role, name, org, NULL FROM device_tokens "
                "WHERE hash = ? AND revoked_at IS NULL "
                "UNION ALL SELECT 'session', hash, role, clerk, org, counter FROM sessions "
                "WHERE hash = ? AND ended_at IS NULL LIMIT 1",
                [hash_, hash_],
            ).fetchone()
            if found is None:
                return None
            # Only tokens with a live row are kept: made-up ones cannot fill the memory.
            row = memo[token] = (*found, hash_)
        return dict(zip(_HOLDER_KEYS, row, strict=True))

    def session_at(self, org: str, counter: str) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT hash, clerk, role FROM sessions WHERE org = ? AND counter = ? "
            "AND ended_at IS NULL ORDER BY created_at DESC LIMIT 1",
            [org, counter],
        ).fetchone()
        return dict(zip(("hash", "clerk", "role"), row, strict=True)) if row else None

    def end_sessions_at(self, org: str, counter: str, now: datetime) -> None:
        self.db.execute(
            "UPDATE sessions SET ended_at = ? WHERE org = ? AND counter = ? AND ended_at IS NULL",
            [iso(now), org, counter],
        )

    def end_session(self, hash_: str, now: datetime) -> None:
        self.db.execute("UPDATE sessions SET ended_at = ? WHERE hash = ?", [iso(now), hash_])
