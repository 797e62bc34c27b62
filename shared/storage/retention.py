"""Deleting ticket-level history past the retention horizon (the aggregates stay)."""

from __future__ import annotations

from datetime import datetime

import sqlite_utils

from shared.domain.clock import local_day
from shared.storage.db import iso


class RetentionRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def days_before(self, day: str, boundary: datetime) -> set[tuple[str, str]]:
        """(org, local day) pairs with tickets before `day` or refusals before `boundary`
        (local midnight of `day`); refusal days are local days of the office (Berlin)."""
        rows = self.db.execute("SELECT DISTINCT org, day FROM tickets WHERE day < ?",
                               [day]).fetchall()
        found = {(o, d) for o, d in rows}
        hours = self.db.execute(
            "SELECT DISTINCT org, substr(at, 1, 13) FROM refusals WHERE at < ?",
            [iso(boundary)]).fetchall()
        for org, hour in hours:
            moment = datetime.fromisoformat(hour + ":00:00+00:00")
            found.add((org, local_day(moment)))
        return found

    def purge(self, day: str, moment: datetime) -> dict[str, int]:
        """Delete tickets of local days before `day`; refusals, events and ended sessions
        before `moment`. The newest event is always kept so `seq` never goes back."""
        counts = {}
        counts["tickets"] = self.db.execute("DELETE FROM tickets WHERE day < ?", [day]).rowcount
        self.db.execute("DELETE FROM ticket_numbers WHERE day < ?", [day])
        counts["refusals"] = self.db.execute("DELETE FROM refusals WHERE at < ?",
                                             [iso(moment)]).rowcount
        counts["events"] = self.db.execute(
            "DELETE FROM events WHERE at < ? AND seq < (SELECT MAX(seq) FROM events)",
            [moment.strftime("%Y-%m-%dT%H:%M:%SZ")]).rowcount
        counts["sessions"] = self.db.execute(
            "DELETE FROM sessions WHERE ended_at IS NOT NULL AND ended_at < ?",
            [iso(moment)]).rowcount
        return counts
