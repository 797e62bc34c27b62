"""Numbered schema migrations; each one and its bookkeeping row commit together."""

from __future__ import annotations

import logging
from collections.abc import Callable

import sqlite_utils

from shared.storage import schema_supervisor
from shared.storage.db import immediate

log = logging.getLogger(__name__)

_M1 = """
CREATE TABLE orgs (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'NW',
    timezone TEXT NOT NULL DEFAULT 'Europe/Berlin');
CREATE TABLE services (
    org TEXT NOT NULL REFERENCES orgs(id), letter TEXT NOT NULL, name_de TEXT NOT NULL,
    name_en TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, pos INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (org, letter));
CREATE TABLE counters (
    org TEXT NOT NULL REFERENCES orgs(id), id TEXT NOT NULL, name TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'closed', clerk TEXT, pos INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (org, id));
CREATE TABLE counter_services (
    org TEXT NOT NULL, counter TEXT NOT NULL, service TEXT NOT NULL, pos INTEGER NOT NULL,
    PRIMARY KEY (org, counter, service), FOREIGN KEY (org, counter) REFERENCES counters(org, id));
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT, org TEXT NOT NULL, service TEXT NOT NULL,
    number TEXT NOT NULL, seq INTEGER NOT NULL, day TEXT NOT NULL, issued_at TEXT NOT NULL,
    state TEXT NOT NULL, priority INTEGER NOT NULL DEFAULT 0, counter TEXT,
    called_at TEXT, started_at TEXT, finished_at TEXT, queued_at TEXT,
    recalls INTEGER NOT NULL DEFAULT 0, note TEXT, clerk TEXT, status_key TEXT NOT NULL,
    printed INTEGER NOT NULL DEFAULT 1, issued_by TEXT);
CREATE UNIQUE INDEX tickets_number ON tickets (org, day, number);
CREATE UNIQUE INDEX tickets_status_key ON tickets (status_key);
CREATE INDEX tickets_state ON tickets (org, state, day);
CREATE TABLE ticket_numbers (
    org TEXT NOT NULL, service TEXT NOT NULL, day TEXT NOT NULL, last_seq INTEGER NOT NULL,
    PRIMARY KEY (org, service, day));
CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, org TEXT NOT NULL, type TEXT NOT NULL,
    at TEXT NOT NULL, payload TEXT NOT NULL);
CREATE TABLE requests (
    caller TEXT NOT NULL, request_id TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL,
    created_at TEXT NOT NULL, PRIMARY KEY (caller, request_id));
CREATE INDEX requests_created ON requests (created_at);
CREATE TABLE clerks (
    name TEXT PRIMARY KEY, org TEXT NOT NULL, role TEXT NOT NULL, pin_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE device_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT, hash TEXT NOT NULL UNIQUE, role TEXT NOT NULL,
    name TEXT NOT NULL, org TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT);
CREATE TABLE sessions (
    hash TEXT PRIMARY KEY, clerk TEXT NOT NULL, role TEXT NOT NULL, org TEXT NOT NULL,
    counter TEXT NOT NULL, created_at TEXT NOT NULL, ended_at TEXT);
CREATE TABLE weekly_slots (
    id INTEGER PRIMARY KEY AUTOINCREMENT, org TEXT NOT NULL, service TEXT,
    weekday INTEGER NOT NULL, start TEXT NOT NULL, "end" TEXT NOT NULL);
CREATE TABLE closures (
    id INTEGER PRIMARY KEY AUTOINCREMENT, org TEXT NOT NULL, day TEXT NOT NULL,
    reason TEXT NOT NULL, start TEXT, "end" TEXT, service TEXT);
CREATE TABLE extra_sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT, org TEXT NOT NULL, day TEXT NOT NULL,
    start TEXT NOT NULL, "end" TEXT NOT NULL, service TEXT);
CREATE TABLE ticker (
    id INTEGER PRIMARY KEY AUTOINCREMENT, org TEXT NOT NULL, text TEXT NOT NULL,
    until TEXT, created_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

#: Only waiting tickets are in the first two indexes, so a year of history does not make
#: them larger; their order is the call order of `shared.domain.queue`. The third serves the
#: day roll-over (open tickets of earlier days, across organisations).
_M4 = """
CREATE INDEX tickets_waiting ON tickets
    (org, service, priority DESC, COALESCE(queued_at, issued_at), id) WHERE state = 'waiting';
CREATE INDEX tickets_waiting_reserved ON tickets
    (org, counter, priority DESC, COALESCE(queued_at, issued_at), id)
    WHERE state = 'waiting' AND counter IS NOT NULL;
CREATE INDEX tickets_unfinished ON tickets (state, day)
"""


def _sql(script: str) -> Callable[[sqlite_utils.Database], None]:
    def apply(db: sqlite_utils.Database) -> None:
        # executescript() would COMMIT first; run statement by statement inside our transaction.
        for statement in script.split(";"):
            if statement.strip():
                db.execute(statement)

    return apply


#: Tables whose rows `shared.storage.office.OfficeRepository` caches across commands.
OFFICE_TABLES = ("orgs", "services", "counters", "counter_services", "weekly_slots",
                  "closures", "extra_sessions")


#: Tables of who may call (device tokens, clerk sessions): `AuthRepository` caches token
#: look-ups under the same version (migration 8).
AUTH_TABLES = ("device_tokens", "sessions")
#: Every table whose writes give `office_version` a new value.
VERSIONED_TABLES = OFFICE_TABLES + AUTH_TABLES


def _version_triggers(db: sqlite_utils.Database, tables: tuple[str, ...]) -> None:
    for table in tables:
        for op in ("INSERT", "UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER office_version_{table}_{op.lower()} AFTER {op} ON {table} "  # noqa: S608 - constant names
                "BEGIN UPDATE office_version SET n = random() WHERE id = 1; END"
            )


def _office_version(db: sqlite_utils.Database) -> None:
    """Migration 5: a one-row version of the office's set-up, changed by triggers.

    Every insert, update or delete of an office table (from any code path or process, e.g.
    the CLI) sets a new random version in the same transaction, so a cache keyed by the
    version can never serve rows another writer changed. Random rather than `n + 1`: after a
    rollback a counter would repeat a number already seen with different rows (2**-64 odds).
    """
    db.execute("CREATE TABLE office_version "
               "(id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL)")
    db.execute("INSERT INTO office_version (id, n) VALUES (1, random())")
    _version_triggers(db, OFFICE_TABLES)


def _auth_version(db: sqlite_utils.Database) -> None:
    """Migration 8: device tokens and clerk sessions change `office_version` too, so the
    token look-up every command makes is cached with the set-up (logins, logouts and
    revocations are rare; each starts a new version)."""
    _version_triggers(db, AUTH_TABLES)


def _sessions_without_counter(db: sqlite_utils.Database) -> None:
    """Migration 6: a supervisor may log in without a counter (to steer and read reports
    only), so a session's counter may be empty. SQLite cannot drop a NOT NULL in place;
    sqlite-utils rebuilds the table inside this migration's transaction."""
    db["sessions"].transform(not_null={"counter": False})


#: (number, name, apply). Append only; never edit a released migration.
MIGRATIONS: list[tuple[int, str, Callable[[sqlite_utils.Database], None]]] = [
    (1, "initial schema", _sql(_M1)),
    (2, "supervisor: audit, refusals, aggregates, counter log", schema_supervisor.apply),
    (3, "index for measured service times", _sql(
        "CREATE INDEX IF NOT EXISTS tickets_done ON tickets (org, service, state, finished_at)")),
    (4, "partial indexes of waiting tickets (queue figures, next, position)", _sql(_M4)),
    (5, "office set-up version for the office cache", _office_version),
    (6, "sessions without a counter (supervisors)", _sessions_without_counter),
    (7, "partial index of the tickets at each counter (next)", _sql(
        "CREATE INDEX tickets_at_counter ON tickets (org, counter) "
        "WHERE state IN ('called', 'serving')")),
    (8, "device tokens and sessions change the set-up version (token cache)", _auth_version),
]


def applied(db: sqlite_utils.Database) -> list[int]:
    if "migrations" not in db.table_names():
        return []
    return [row["id"] for row in db.query("SELECT id FROM migrations ORDER BY id")]


def migrate(db: sqlite_utils.Database) -> list[int]:
    """Apply every migration not yet applied; returns the numbers applied now."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS migrations "
        "(id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    done = set(applied(db))
    now_applied = []
    for number, name, apply in MIGRATIONS:
        if number in done:
            continue
        with immediate(db):
            # Re-check under the write lock: another process may have migrated meanwhile.
            if db.execute("SELECT 1 FROM migrations WHERE id = ?", [number]).fetchone():
                continue
            apply(db)
            db.execute(
                "INSERT INTO migrations (id, name, applied_at) "
                "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                [number, name],
            )
        log.info("applied migration %d: %s", number, name)
        now_applied.append(number)
    return now_applied
