"""A year of history in the database, written through the storage layer in bulk.

Method: before the hub starts, one write transaction per day (the store's `write_sync`)
stores that day's finished tickets with `TicketRepository.insert_many` (the storage layer's
bulk insert) and, with `events=True`, one `ticket_done` event per ticket with a realistic
payload (ticket JSON and queues) through `EventRepository.append`. Days are the Mon/Wed/Fri
open days of the year before the benchmark's day; tickets spread over 08:00–12:00 Berlin,
with waits of 0–40 min and service times of 3–15 min. The hub's retention is set to 400 days
(the default 90 would purge most of it at start: the point of retention, not of this figure).
"""

from __future__ import annotations

import random
import secrets
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.common import SERVICES

#: The benchmark hub's day (tests.helpers.hub.DEFAULT_WEDNESDAY_0900).
BENCH_DAY = date(2026, 11, 25)
RETENTION_DAYS = 400


def _open_days(end: date) -> list[date]:
    day, days = end - timedelta(days=365), []
    while day < end:
        if day.weekday() in (0, 2, 4):
            days.append(day)
        day += timedelta(days=1)
    return days


def _iso(moment: datetime) -> str:
    """Same text as shared.storage.db.iso for a UTC datetime, without strftime's cost."""
    return (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}:"
            f"{moment.minute:02d}:{moment.second:02d}.{moment.microsecond:06d}Z")


def _z(moment: datetime) -> str:
    return _iso(moment)[:19] + "Z"


def write_history(data_dir: Path, tickets: int, *, events: bool = False,
                  counters: int = 50) -> dict[str, Any]:
    """Insert `tickets` finished tickets spread over the year before BENCH_DAY."""
    from shared.config import load_settings
    from shared.domain.model import Ticket, TicketState
    from shared.hub.cli import open_store

    started = time.perf_counter()
    store = open_store(load_settings(data_dir))
    rng = random.Random(2026)
    days = _open_days(BENCH_DAY)
    per_day = tickets // len(days)
    extra = tickets - per_day * len(days)

    def one_day(day: date, count: int) -> Any:
        def body(repos: Any) -> None:
            # 08:00 Berlin in winter = 07:00 UTC; close enough across DST for history.
            opening = datetime(day.year, day.month, day.day, 7, 0, tzinfo=UTC)
            numbers = dict.fromkeys(SERVICES, 0)
            day_text = day.isoformat()
            rows: list[Any] = []
            log: list[tuple[datetime, dict[str, Any]]] = []
            queues = [{"service": s, "waiting": 0, "longest_wait_s": 0, "estimate": None}
                      for s in SERVICES]
            for i in range(count):
                service = SERVICES[i % 3]
                numbers[service] += 1
                issued = opening + timedelta(seconds=i * 4 * 3600 / max(1, count))
                called = issued + timedelta(seconds=rng.uniform(0, 2400))
                finished = called + timedelta(seconds=rng.uniform(180, 900))
                counter = str(1 + i % counters)
                number = f"{service}{numbers[service]:03d}"
                rows.append(Ticket(
                    id=0, org="main", service=service, number=number, seq=numbers[service],
                    day=day_text, issued_at=issued, state=TicketState.DONE, counter=counter,
                    called_at=called, started_at=called, finished_at=finished,
                    queued_at=issued, clerk=f"bench-{counter}",
                    status_key=secrets.token_urlsafe(16)))
                if events:
                    ticket = {"id": 0, "number": number, "service": service, "org": "main",
                              "state": "done", "priority": 0, "issued_at": _z(issued),
                              "queued_at": _z(issued), "called_at": _z(called),
                              "started_at": _z(called), "finished_at": _z(finished),
                              "counter": counter, "recalls": 0, "note": None, "clerk": None,
                              "printed": True, "day": day_text, "status_key": None}
                    log.append((finished, {"ticket": ticket, "queues": queues}))
            repos.tickets.insert_many(rows)
            for at, payload in log:
                repos.events.append("main", "ticket_done", at, payload)
        return body

    for n, day in enumerate(days):
        store.write_sync(one_day(day, per_day + (1 if n < extra else 0)))
    store.close()
    return {"tickets": tickets, "days": len(days), "events": tickets if events else 0,
            "seconds": round(time.perf_counter() - started, 1),
            "db_mb": round(sum(p.stat().st_size for p in data_dir.glob("*.sqlite3*")) / 2**20, 1)}
