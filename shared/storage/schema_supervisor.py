"""Migration 2: what the department lead needs (audit log, refusals, daily aggregates,
counter log, clerks responsible for several organisations).

The counter log is filled by a trigger on the event log: every `counter_changed` event (login,
logout, open/pause/close, a supervisor's edit) records the counter's state at the event's
time, which is the hub's clock, in the same transaction. So no command can forget it.
"""

from __future__ import annotations

import sqlite_utils

_TABLES = """
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT, org TEXT NOT NULL, at TEXT NOT NULL,
    who TEXT NOT NULL, action TEXT NOT NULL, details TEXT NOT NULL);
CREATE INDEX audit_log_org ON audit_log (org, id);
CREATE TABLE refusals (
    id INTEGER PRIMARY KEY AUTOINCREMENT, org TEXT NOT NULL, service TEXT NOT NULL,
    at TEXT NOT NULL, reason TEXT NOT NULL, caller TEXT, request_id TEXT);
CREATE INDEX refusals_at ON refusals (org, at);
CREATE UNIQUE INDEX refusals_request ON refusals (caller, request_id)
    WHERE request_id IS NOT NULL;
CREATE TABLE daily_aggregates (
    org TEXT NOT NULL, day TEXT NOT NULL, dimension TEXT NOT NULL, key TEXT NOT NULL,
    counts TEXT NOT NULL, wait TEXT NOT NULL, service_time TEXT NOT NULL,
    wait_histogram TEXT NOT NULL, service_histogram TEXT NOT NULL,
    PRIMARY KEY (org, day, dimension, key));
CREATE TABLE aggregated_days (
    org TEXT NOT NULL, day TEXT NOT NULL, stored_at TEXT NOT NULL, PRIMARY KEY (org, day));
CREATE TABLE counter_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT, org TEXT NOT NULL, counter TEXT NOT NULL,
    state TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX counter_log_at ON counter_log (org, at);
CREATE TABLE clerk_orgs (
    clerk TEXT NOT NULL, org TEXT NOT NULL, PRIMARY KEY (clerk, org))
"""

_TRIGGER = """
CREATE TRIGGER counter_log_from_events AFTER INSERT ON events
WHEN NEW.type = 'counter_changed' AND json_valid(NEW.payload)
BEGIN
    INSERT INTO counter_log (org, counter, state, at)
    VALUES (NEW.org, json_extract(NEW.payload, '$.counter.id'),
            json_extract(NEW.payload, '$.counter.state'), NEW.at);
END
"""


def apply(db: sqlite_utils.Database) -> None:
    """Create the tables and the trigger (inside the migration's transaction)."""
    for statement in _TABLES.split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute(_TRIGGER)
