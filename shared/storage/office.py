"""Organisations, services, counters, open-hours plan, closures, extra sessions, ticker.

The office's set-up (organisations, services, counters with their state, the open-hours
plan) is read by every command but changes rarely, so `OfficeRepository` keeps it in memory
keyed by `office_version`: triggers of migrations 5 and 8 give that row a new random value on
every write to those tables (and to device tokens and sessions, whose look-ups
`AuthRepository` keeps here too), inside the writing transaction, whoever writes (admin,
CLI, another process). One primary-key SELECT tells whether the cache is still the truth.
Inside a write transaction nobody else can write, so it is asked once per transaction and
again only after this connection changed a versioned table: `watch` adds TEMP triggers (they
live in this connection only, so no other process needs them) that tell the repository so.
A group of commands sharing one transaction (`shared.storage.group`) asks once, not once per
command.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any, TypeVar

import sqlite_utils

from shared.domain.model import Counter, CounterState, Organisation, Service
from shared.storage.db import iso, parse_iso
from shared.storage.migrations import VERSIONED_TABLES

if TYPE_CHECKING:  # the holidays calendar behind it is imported only when a plan is built
    from shared.domain.hours import HoursPlan

_VERSION = "SELECT n FROM office_version WHERE id = 1"
T = TypeVar("T")


def _time(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


def _hm(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


@dataclass
class _Facts:
    """What was read of the office's set-up at one `office_version`; filled lazily.

    Every value is immutable (frozen dataclasses in tuples), so callers share them safely.
    """

    version: int
    orgs: dict[str, Organisation | None] = field(default_factory=dict)
    org_ids: tuple[str, ...] | None = None
    services: dict[str, tuple[Service, ...]] = field(default_factory=dict)
    counters: dict[str, tuple[Counter, ...]] = field(default_factory=dict)
    counter_by_id: dict[str, dict[str, Counter]] = field(default_factory=dict)
    plans: dict[Organisation, HoursPlan] = field(default_factory=dict)
    derived: dict[Hashable, Any] = field(default_factory=dict)


class OfficeRepository:
    """All SQL about the office's set-up. Call only inside the store's thread."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._facts: _Facts | None = None
        #: the version was read in the running write transaction and this connection has
        #: not changed a versioned table since (see `began`, `watch`)
        self._fresh = False
        self._watched = False

    # the cache ----------------------------------------------------------------------------
    def watch(self) -> None:
        """Be told by TEMP triggers when this connection changes a versioned table, so the
        version is read once per write transaction rather than after every write. Without
        it (a connection that never called this) the version is read at every look-up in a
        write transaction that has written anything, as safe and slower."""
        conn = self.db.conn
        conn.create_function("wartemarke_office_changed", 0, self._changed)
        for table in VERSIONED_TABLES:
            for op in ("INSERT", "UPDATE", "DELETE"):
                conn.execute(
                    f"CREATE TEMP TRIGGER IF NOT EXISTS watch_{table}_{op.lower()} "
                    f"AFTER {op} ON main.{table} BEGIN SELECT wartemarke_office_changed(); END")
        self._watched = True

    def _changed(self) -> None:
        self._fresh = False

    def _current(self) -> _Facts:
        """The cache if it is of the current `office_version`, else a new empty one.

        Inside a write transaction no other connection can write, so while this connection
        changed no versioned table since the version was read, it is still the same.
        """
        conn = self.db.conn
        facts = self._facts
        if facts is not None and self._fresh and conn.in_transaction:
            return facts
        version = self.db.execute(_VERSION).fetchone()[0]
        if facts is None or facts.version != version:
            facts = self._facts = _Facts(version)
        self._fresh = self._watched and conn.in_transaction
        return facts

    def began(self) -> None:
        """A write transaction begins: others may have written since, read the version."""
        self._fresh = False

    def forget(self) -> None:
        """Drop every cached fact (after a rollback, or to be sure).

        The random version already makes a rolled-back write's cache unreachable; this only
        frees it and costs one reload.
        """
        self._facts = None
        self._fresh = False

    def derived(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()` once per set-up version: for figures derived only from the cached
        facts (e.g. open counters per service), which every command needs. The value is
        shared by every caller until the set-up changes, so it must not be modified."""
        facts = self._current()
        if key not in facts.derived:
            facts.derived[key] = compute()
        return facts.derived[key]  # type: ignore[no-any-return]

    def memo(self, key: Hashable) -> dict[Any, Any]:
        """A dict that lives as long as the current set-up version, for look-ups that
        depend only on versioned tables (`migrations.VERSIONED_TABLES`: the set-up, device
        tokens and sessions), filled by the caller (`AuthRepository.holder`)."""
        found: dict[Any, Any] = self._current().derived.setdefault(key, {})
        return found

    # organisations, services, counters ------------------------------------------------------
    def org(self, org_id: str) -> Organisation | None:
        facts = self._current()
        if org_id not in facts.orgs:
            row = self.db.execute(
                "SELECT id, name, state, timezone FROM orgs WHERE id = ?", [org_id]
            ).fetchone()
            facts.orgs[org_id] = Organisation(*row) if row else None
        return facts.orgs[org_id]

    def org_ids(self) -> list[str]:
        facts = self._current()
        if facts.org_ids is None:
            rows = self.db.execute("SELECT id FROM orgs ORDER BY id").fetchall()
            facts.org_ids = tuple(r[0] for r in rows)
        return list(facts.org_ids)

    def add_org(self, org: Organisation) -> None:
        self.db.execute(
            "INSERT INTO orgs (id, name, state, timezone) VALUES (?, ?, ?, ?)",
            [org.id, org.name, org.state, org.timezone],
        )

    def services(self, org: str) -> tuple[Service, ...]:
        """The org's services in their order (a shared, immutable tuple)."""
        facts = self._current()
        found = facts.services.get(org)
        if found is None:
            rows = self.db.execute(
                "SELECT org, letter, name_de, name_en, active FROM services WHERE org = ? "
                "ORDER BY pos, letter",
                [org],
            ).fetchall()
            found = facts.services[org] = tuple(
                Service(o, letter, de, en, bool(active)) for o, letter, de, en, active in rows)
        return found

    def add_service(self, service: Service, pos: int = 0) -> None:
        self.db.execute(
            "INSERT INTO services (org, letter, name_de, name_en, active, pos) "
            "VALUES (?,?,?,?,?,?)",
            [service.org, service.letter, service.name_de, service.name_en,
             int(service.active), pos],
        )

    def counters(self, org: str) -> tuple[Counter, ...]:
        """The org's counters in their order (a shared, immutable tuple).

        The same tuple comes back until the set-up changes, so callers may memoise what
        they derive from it by identity (see `shared.hub.views.OfficeView.serving`).
        """
        return self._with_counters(org).counters[org]

    def counter(self, org: str, counter_id: str) -> Counter | None:
        return self._with_counters(org).counter_by_id[org].get(counter_id)

    def _with_counters(self, org: str) -> _Facts:
        facts = self._current()
        if org not in facts.counters:
            found = facts.counters[org] = self._load_counters(org)
            facts.counter_by_id[org] = {c.id: c for c in found}
        return facts

    def _load_counters(self, org: str) -> tuple[Counter, ...]:
        rows = self.db.execute(
            "SELECT id, name, state, clerk FROM counters WHERE org = ? ORDER BY pos, id", [org]
        ).fetchall()
        links: dict[str, list[str]] = {}
        for counter, service in self.db.execute(
            "SELECT counter, service FROM counter_services WHERE org = ? ORDER BY pos", [org]
        ).fetchall():
            links.setdefault(counter, []).append(service)
        return tuple(
            Counter(org, id_, name, tuple(links.get(id_, ())), CounterState(state), clerk)
            for id_, name, state, clerk in rows
        )

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

    def hours_plan(self, org: Organisation) -> HoursPlan:
        """The org's `shared.domain.hours.HoursPlan` (frozen, cached like the counters)."""
        facts = self._current()
        plan = facts.plans.get(org)
        if plan is None:
            plan = facts.plans[org] = self._load_plan(org)
        return plan

    def _load_plan(self, org: Organisation) -> HoursPlan:
        from shared.domain.hours import Closure, ExtraSession, HoursPlan, WeeklySlot

        slots = tuple(
            WeeklySlot(s["service"], s["weekday"], _time(s["start"]), _time(s["end"]))
            for s in self.weekly(org.id)
        )
        closures = tuple(
            Closure(c["id"], date.fromisoformat(c["day"]), c["reason"], _time(c["start"]),
                    _time(c["end"]), c["service"])
            for c in self.closures(org.id)
        )
        extras = tuple(
            ExtraSession(e["id"], date.fromisoformat(e["day"]), _time(e["start"]),
                         _time(e["end"]), e["service"])
            for e in self.sessions(org.id)
        )
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
