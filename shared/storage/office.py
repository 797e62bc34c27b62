"""Organisations, services, counters, open-hours plan, closures, extra sessions, ticker."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

import sqlite_utils

from shared.domain.model import Counter, CounterState, Organisation, Service
from shared.storage.db import iso, parse_iso


def _time(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


def _hm(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


class OfficeRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # organisations, services, counters ------------------------------------------------------
    def org(self, org_id: str) -> Organisation | None:
        row = self.db.execute(
            "SELECT id, name, state, timezone FROM orgs WHERE id = ?", [org_id]
        ).fetchone()
        return Organisation(*row) if row else None

    def org_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM orgs ORDER BY id").fetchall()]

    def add_org(self, org: Organisation) -> None:
        self.db.execute(
            "INSERT INTO orgs (id, name, state, timezone) VALUES (?, ?, ?, ?)",
            [org.id, org.name, org.state, org.timezone],
        )

    def services(self, org: str) -> list[Service]:
        rows = self.db.execute(
            "SELECT org, letter, name_de, name_en, active FROM services WHERE org = ? "
            "ORDER BY pos, letter",
            [org],
        ).fetchall()
        return [Service(o, letter, de, en, bool(active)) for o, letter, de, en, active in rows]

    def add_service(self, service: Service, pos: int = 0) -> None:
        self.db.execute(
            "INSERT INTO services (org, letter, name_de, name_en, active, pos) "
            "VALUES (?,?,?,?,?,?)",
            [service.org, service.letter, service.name_de, service.name_en,
             int(service.active), pos],
        )

    def counters(self, org: str) -> list[Counter]:
        rows = self.db.execute(
            "SELECT id, name, state, clerk FROM counters WHERE org = ? ORDER BY pos, id", [org]
        ).fetchall()
        links: dict[str, list[str]] = {}
        for counter, service in self.db.execute(
            "SELECT counter, service FROM counter_services WHERE org = ? ORDER BY pos", [org]
        ).fetchall():
            links.setdefault(counter, []).append(service)
        return [
            Counter(org, id_, name, tuple(links.get(id_, ())), CounterState(state), clerk)
            for id_, name, state, clerk in rows
        ]

    def counter(self, org: str, counter_id: str) -> Counter | None:
        return next((c for c in self.counters(org) if c.id == counter_id), None)

    def add_counter(self, counter: Counter, pos: int = 0) -> None:
        self.db.execute(
            "INSERT INTO counters (org, id, name, state, clerk, pos) VALUES (?,?,?,?,?,?)",
            [counter.org, counter.id, counter.name, str(counter.state), counter.clerk, pos],
        )
        for i, service in enumerate(counter.services):
            self.db.execute(
                "INSERT INTO counter_services (org, counter, service, pos) VALUES (?,?,?,?)",
                [counter.org, counter.id, service, i],
            )

    def set_counter(self, org: str, counter_id: str, state: CounterState,
                    clerk: str | None) -> None:
        self.db.execute(
            "UPDATE counters SET state = ?, clerk = ? WHERE org = ? AND id = ?",
            [str(state), clerk, org, counter_id],
        )

    # open hours ---------------------------------------------------------------------------
    def weekly(self, org: str) -> list[dict[str, Any]]:
        rows = self.db.execute(
            'SELECT service, weekday, start, "end" FROM weekly_slots WHERE org = ? '
            "ORDER BY weekday, start, service",
            [org],
        ).fetchall()
        return [{"service": s, "weekday": w, "start": a, "end": b} for s, w, a, b in rows]

    def set_weekly(self, org: str, slots: list[dict[str, Any]]) -> None:
        self.db.execute("DELETE FROM weekly_slots WHERE org = ?", [org])
        for slot in slots:
            self.db.execute(
                'INSERT INTO weekly_slots (org, service, weekday, start, "end") VALUES (?,?,?,?,?)',
                [org, slot["service"], slot["weekday"], slot["start"], slot["end"]],
            )

    def closures(self, org: str) -> list[dict[str, Any]]:
        rows = self.db.execute(
            'SELECT id, day, reason, start, "end", service FROM closures WHERE org = ? '
            "ORDER BY day, id",
            [org],
        ).fetchall()
        return [
            {"id": i, "day": d, "reason": r, "start": s, "end": e, "service": v}
            for i, d, r, s, e, v in rows
        ]

    def add_closure(self, org: str, day: str, reason: str, start: str | None,
                    end: str | None, service: str | None) -> dict[str, Any]:
        cur = self.db.execute(
            'INSERT INTO closures (org, day, reason, start, "end", service) VALUES (?,?,?,?,?,?)',
            [org, day, reason, start, end, service],
        )
        return {"id": int(cur.lastrowid), "day": day, "reason": reason, "start": start,
                "end": end, "service": service}

    def delete_closure(self, org: str, closure_id: int) -> bool:
        cur = self.db.execute("DELETE FROM closures WHERE org = ? AND id = ?", [org, closure_id])
        return cur.rowcount > 0

    def sessions(self, org: str) -> list[dict[str, Any]]:
        rows = self.db.execute(
            'SELECT id, day, start, "end", service FROM extra_sessions WHERE org = ? '
            "ORDER BY day, start",
            [org],
        ).fetchall()
        return [{"id": i, "day": d, "start": s, "end": e, "service": v} for i, d, s, e, v in rows]

    def add_session(self, org: str, day: str, start: str, end: str,
                    service: str | None) -> dict[str, Any]:
        cur = self.db.execute(
            'INSERT INTO extra_sessions (org, day, start, "end", service) VALUES (?,?,?,?,?)',
            [org, day, start, end, service],
        )
        return {"id": int(cur.lastrowid), "day": day, "start": start, "end": end,
                "service": service}

    def hours_plan(self, org: Organisation) -> Any:
        """The org's `shared.domain.hours.HoursPlan`, built from its rows."""
        from datetime import date

        from shared.domain.hours import Closure, ExtraSession, HoursPlan, WeeklySlot

        slots = [
            WeeklySlot(s["service"], s["weekday"], _time(s["start"]), _time(s["end"]))
            for s in self.weekly(org.id)
        ]
        closures = [
            Closure(c["id"], date.fromisoformat(c["day"]), c["reason"], _time(c["start"]),
                    _time(c["end"]), c["service"])
            for c in self.closures(org.id)
        ]
        extras = [
            ExtraSession(e["id"], date.fromisoformat(e["day"]), _time(e["start"]),
                         _time(e["end"]), e["service"])
            for e in self.sessions(org.id)
        ]
        return HoursPlan(slots, closures, extras, state=org.state, tz=org.timezone)

    # ticker -------------------------------------------------------------------------------
    def ticker(self, org: str, now: datetime) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT id, text, until FROM ticker WHERE org = ? AND deleted = 0 "
            "AND (until IS NULL OR until > ?) ORDER BY id",
            [org, iso(now)],
        ).fetchall()
        return [
            {"id": i, "text": t, "until": _z(parse_iso(u))} for i, t, u in rows
        ]

    def add_ticker(self, org: str, text: str, until: datetime | None, now: datetime) -> int:
        cur = self.db.execute(
            "INSERT INTO ticker (org, text, until, created_at) VALUES (?,?,?,?)",
            [org, text, iso(until), iso(now)],
        )
        return int(cur.lastrowid)

    def delete_ticker(self, org: str, ticker_id: int) -> bool:
        cur = self.db.execute(
            "UPDATE ticker SET deleted = 1 WHERE org = ? AND id = ? AND deleted = 0",
            [org, ticker_id],
        )
        return cur.rowcount > 0


def _z(moment: datetime | None) -> str | None:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None


__all__ = ["OfficeRepository", "_hm"]
