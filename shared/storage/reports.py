"""What reports read: ticket records of a window, refusals, daily aggregates, counter log."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

import sqlite_utils

from shared.domain.reports import Refusal, TicketRecord
from shared.domain.reports_aggregate import DailyAggregate
from shared.domain.reports_stats import Counts, Stats
from shared.storage.db import iso, parse_iso

#: meta key: the first local day whose ticket-level history is still kept (per org).
HISTORY_FROM = "history_from:"


def _record(row: Any) -> TicketRecord:
    number, service, counter, clerk, state, issued, called, started, finished = row
    return TicketRecord(number, service, counter, clerk, state, parse_iso(issued),  # type: ignore[arg-type]
                        parse_iso(called), parse_iso(started), parse_iso(finished))


def _hist(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in json.loads(text))


class ReportRepository:
    """All SQL of reports. Call only inside the store's thread."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def records(self, org: str, start: datetime, end: datetime) -> list[TicketRecord]:
        """Tickets issued in `[start, end)`."""
        rows = self.db.execute(
            "SELECT number, service, counter, clerk, state, issued_at, called_at, started_at, "
            "finished_at FROM tickets WHERE org = ? AND issued_at >= ? AND issued_at < ? "
            "ORDER BY id", [org, iso(start), iso(end)]).fetchall()
        return [_record(r) for r in rows]

    def records_of_day(self, org: str, day: str) -> list[TicketRecord]:
        rows = self.db.execute(
            "SELECT number, service, counter, clerk, state, issued_at, called_at, started_at, "
            "finished_at FROM tickets WHERE org = ? AND day = ? ORDER BY id",
            [org, day]).fetchall()
        return [_record(r) for r in rows]

    # refusals -----------------------------------------------------------------------------
    def add_refusal(self, org: str, service: str, at: datetime, reason: str,
                    caller: str | None, request_id: str | None) -> bool:
        """Store one refusal; a repeated (caller, request_id) is ignored (returns False)."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO refusals (org, service, at, reason, caller, request_id) "
            "VALUES (?,?,?,?,?,?)", [org, service, iso(at), reason, caller, request_id])
        return cur.rowcount > 0

    def refusals(self, org: str, start: datetime, end: datetime) -> list[Refusal]:
        rows = self.db.execute(
            "SELECT service, at, reason FROM refusals WHERE org = ? AND at >= ? AND at < ? "
            "ORDER BY id", [org, iso(start), iso(end)]).fetchall()
        return [Refusal(s, parse_iso(a), r) for s, a, r in rows]  # type: ignore[arg-type]

    # daily aggregates ---------------------------------------------------------------------
    def is_aggregated(self, org: str, day: str) -> bool:
        return self.db.execute("SELECT 1 FROM aggregated_days WHERE org = ? AND day = ?",
                               [org, day]).fetchone() is not None

    def store_aggregates(self, org: str, day: str, aggregates: list[DailyAggregate],
                         now: datetime) -> None:
        for agg in aggregates:
            self.db.execute(
                "INSERT OR REPLACE INTO daily_aggregates (org, day, dimension, key, counts, "
                "wait, service_time, wait_histogram, service_histogram) "
                "VALUES (?,?,?,?,?,?,?,?,?)",
                [org, day, agg.dimension, agg.key, json.dumps(asdict(agg.counts)),
                 json.dumps(asdict(agg.wait)), json.dumps(asdict(agg.service_time)),
                 json.dumps(agg.wait_histogram), json.dumps(agg.service_histogram)])
        self.db.execute("INSERT OR REPLACE INTO aggregated_days (org, day, stored_at) "
                        "VALUES (?,?,?)", [org, day, iso(now)])

    def aggregates(self, org: str, first: date, end: date) -> list[DailyAggregate]:
        """Stored aggregates of the local days `first <= day < end`."""
        rows = self.db.execute(
            "SELECT day, dimension, key, counts, wait, service_time, wait_histogram, "
            "service_histogram FROM daily_aggregates WHERE org = ? AND day >= ? AND day < ? "
            "ORDER BY day, dimension, key",
            [org, first.isoformat(), end.isoformat()]).fetchall()
        return [
            DailyAggregate(date.fromisoformat(d), dim, key, Counts(**json.loads(c)),  # type: ignore[arg-type]
                           Stats(**json.loads(w)), Stats(**json.loads(s)), _hist(wh), _hist(sh))
            for d, dim, key, c, w, s, wh, sh in rows
        ]

    def history_from(self, org: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?",
                              [HISTORY_FROM + org]).fetchone()
        return row[0] if row else None

    def set_history_from(self, org: str, day: str) -> None:
        self.db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
                        "DO UPDATE SET value = excluded.value", [HISTORY_FROM + org, day])

    # counter log --------------------------------------------------------------------------
    def counter_log(self, org: str, end: datetime) -> list[tuple[str, str, datetime]]:
        """(counter, state, at) of every logged change before `end`, oldest first."""
        rows = self.db.execute(
            "SELECT counter, state, at FROM counter_log WHERE org = ? AND at < ? "
            "ORDER BY at, id", [org, end.strftime("%Y-%m-%dT%H:%M:%SZ")]).fetchall()
        return [(c, s, parse_iso(a)) for c, s, a in rows]  # type: ignore[misc]

    def add_counter_log(self, org: str, counter: str, state: str, at: datetime) -> None:
        self.db.execute("INSERT INTO counter_log (org, counter, state, at) VALUES (?,?,?,?)",
                        [org, counter, state, at.strftime("%Y-%m-%dT%H:%M:%SZ")])
