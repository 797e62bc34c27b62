"""Hub benchmark (not a test): durable commands per second and event delivery latency.

    python bench/hub_bench.py [--quick] [--history] [--clients N] [--json FILE]

Starts a real hub (`wartemarke demo --hub-only`) on loopback with a fresh data folder, then
1. throughput: N keep-alive HTTP clients, each a clerk at its own counter serving A, each
   issuing a ticket (kiosk token) and pressing "next" in turn, so the office is in a steady
   state (the queue stays short, as in a real office, and the capacity cutoff never refuses).
   Every counted answer (201 issue, 200 next) is a committed SQLite transaction (WAL,
   synchronous=NORMAL) with its event row;
2. latency: 20 WebSocket subscribers (displays); a clerk calls tickets one by one; the time
   from sending "next" to each subscriber receiving the `ticket_called` event.

`--history` runs everything twice, on an empty database and on one holding a year of history
(150,000 finished tickets over the 250 weekdays before the benchmark day, written through
the storage layer before the hub starts; `retention_days = 400` so the hub keeps them), and
prints both figures side by side. The HTTP load comes from a minimal HTTP/1.1 client on raw
asyncio streams, because a full client library costs more CPU per request than the hub
does and would measure itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import websockets

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CLOCK = "2026-11-25T08:00:00+01:00"
BENCH_DAY = date(2026, 11, 25)
BERLIN = ZoneInfo("Europe/Berlin")


# --- a year of history ------------------------------------------------------------------------
def write_history(data: Path, tickets: int = 150_000, days: int = 250) -> float:
    """Finished tickets of `days` weekdays before the benchmark day; returns seconds taken."""
    from shared.domain.model import Ticket, TicketState
    from shared.storage.seed import seed_example
    from shared.storage.store import Store

    began = time.perf_counter()
    rng = random.Random(2026)
    store = Store.in_dir(data)
    store.write_sync(seed_example)
    day, open_days = BENCH_DAY, []
    while len(open_days) < days:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            open_days.append(day)
    per_day = tickets // days
    states = ([TicketState.DONE] * 88 + [TicketState.NO_SHOW] * 7 + [TicketState.VOIDED] * 3
              + [TicketState.EXPIRED] * 2)
    for day in reversed(open_days):
        opening = datetime(day.year, day.month, day.day, 8, tzinfo=BERLIN).astimezone(UTC)
        batch, seqs = [], {"A": 0, "M": 0, "O": 0}
        for _ in range(per_day):
            service = rng.choice("AAAMMO")
            seqs[service] += 1
            issued = opening + timedelta(seconds=rng.randrange(0, 4 * 3600))
            state = rng.choice(states)
            called = issued + timedelta(seconds=rng.randrange(0, 40 * 60))
            served = state is TicketState.DONE
            finished = called + timedelta(seconds=rng.randrange(3 * 60, 15 * 60))
            counter = rng.choice(["1", "2", "3", "4", "5", "6"])
            batch.append(Ticket(
                id=0, org="main", service=service, number=f"{service}{seqs[service]:03d}",
                seq=seqs[service], day=day.isoformat(), issued_at=issued, state=state,
                counter=counter if state in (TicketState.DONE, TicketState.NO_SHOW) else None,
                called_at=called if state in (TicketState.DONE, TicketState.NO_SHOW) else None,
                started_at=called + timedelta(seconds=30) if served else None,
                finished_at=finished if state is not TicketState.EXPIRED else called,
                clerk=f"clerk{counter}" if served else None,
                status_key=secrets.token_urlsafe(16)))
        store.write_sync(lambda repos, b=batch: repos.tickets.insert_many(b))
    store.close()
    return time.perf_counter() - began


# --- a minimal keep-alive HTTP/1.1 client -------------------------------------------------------
class RawHttp:
    """One keep-alive connection; `request` sends and reads one answer (Content-Length only)."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def __aenter__(self) -> RawHttp:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        return self

    async def __aexit__(self, *_: object) -> None:
        if self.writer is not None:
            self.writer.close()

    async def request(self, method: str, path: str, body: Any = None,
                      token: str | None = None) -> tuple[int, Any]:
        assert self.reader is not None and self.writer is not None
        data = json.dumps(body).encode() if body is not None else b""
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Length: {len(data)}\r\n"
        if body is not None:
            head += "Content-Type: application/json\r\n"
        if token:
            head += f"Authorization: Bearer {token}\r\n"
        self.writer.write(head.encode() + b"\r\n" + data)
        header = await self.reader.readuntil(b"\r\n\r\n")
        lines = header.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        length = 0
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name.lower() == "content-length":
                length = int(value)
        raw = await self.reader.readexactly(length) if length else b""
        return status, json.loads(raw) if raw else None


# --- the hub ---------------------------------------------------------------------------------
def start(data: Path, history: bool) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    data.mkdir(parents=True, exist_ok=True)
    # A tiny assumed service time keeps the capacity cutoff out of the empty database's run;
    # a year of history must not be purged at start (the default keeps 90 days).
    (data / "wartemarke.toml").write_text(
        "[hub]\ndefault_service_min = 0.001\n" + ("retention_days = 400\n" if history else ""))
    proc = subprocess.Popen(
        [sys.executable, "-m", "shared.cli", "demo", "--hub-only", "--port", "0", "--data",
         str(data), "--clock-start", CLOCK], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, json.loads(proc.stdout.readline())


async def _staff(info: dict[str, Any], clients: int) -> list[tuple[str, str]]:
    """Counters 101… (service A) with a clerk each, made through the supervisor API."""
    async with RawHttp(info["url"]) as http:
        status, login = await http.request("POST", "/api/login", {
            **info["supervisor"], "counter": "6", "takeover": True})
        assert status == 200, login
        boss = login["token"]
        seats = []
        for i in range(clients):
            counter, name = str(101 + i), f"bench{i}"
            await http.request("POST", "/api/counters", {"id": counter, "name": counter,
                                                         "services": ["A"]}, boss)
            await http.request("POST", "/api/clerks", {"name": name, "pin": "4321"}, boss)
            status, answer = await http.request("POST", "/api/login", {
                "name": name, "pin": "4321", "counter": counter, "takeover": True})
            assert status == 200, answer
            seats.append((counter, answer["token"]))
        return seats


async def throughput(info: dict[str, Any], clients: int, seconds: float) -> dict[str, Any]:
    seats = await _staff(info, clients)
    counts = {"issue": 0, "next": 0, "other": 0}
    deadline = time.perf_counter() + seconds

    async def clerk(counter: str, token: str) -> None:
        async with RawHttp(info["url"]) as http:
            while time.perf_counter() < deadline:
                status, _ = await http.request("POST", "/api/tickets", {"service": "A"},
                                               info["kiosk_token"])
                counts["issue" if status == 201 else "other"] += 1
                status, _ = await http.request("POST", f"/api/counters/{counter}/next", {},
                                               token)
                counts["next" if status == 200 else "other"] += 1

    began = time.perf_counter()
    await asyncio.gather(*(clerk(c, t) for c, t in seats))
    elapsed = time.perf_counter() - began
    durable = counts["issue"] + counts["next"]
    return {"clients": clients, "seconds": round(elapsed, 2), "issued": counts["issue"],
            "called": counts["next"], "refused": counts["other"],
            "durable_per_s": round(durable / elapsed, 1)}


async def latency(info: dict[str, Any], subscribers: int, events: int) -> dict[str, Any]:
    """A clerk at counter 5 (service M) calls tickets one by one: from sending "next" to
    each display receiving the `ticket_called` event."""
    ws_url = info["url"].replace("http://", "ws://") + f"/api/events?token={info['display_token']}"
    sent: dict[str, float] = {}
    delays: list[float] = []
    conns = [await websockets.connect(ws_url, max_size=None) for _ in range(subscribers)]

    async def listen(conn: Any) -> None:
        seen = 0
        while seen < events:
            message = json.loads(await conn.recv())
            if message.get("type") == "ticket_called" and message["ticket"]["counter"] == "5":
                delays.append(time.perf_counter() - sent[message["ticket"]["number"]])
                seen += 1

    listeners = [asyncio.create_task(listen(c)) for c in conns]
    async with RawHttp(info["url"]) as http:
        status, login = await http.request("POST", "/api/login", {
            **info["clerk"], "counter": "5", "takeover": True})
        assert status == 200, login
        for _ in range(events):
            status, ticket = await http.request("POST", "/api/tickets", {"service": "M"},
                                                info["kiosk_token"])
            assert status == 201, ticket
            # Counter 5 serves only M and nobody else calls M: "next" calls this ticket
            # (the event may well arrive before the HTTP answer does).
            sent[ticket["number"]] = time.perf_counter()
            status, called = await http.request("POST", "/api/counters/5/next", {},
                                                login["token"])
            assert status == 200 and called["number"] == ticket["number"], called
            await asyncio.sleep(0.01)  # a steady stream, not a burst
    await asyncio.wait_for(asyncio.gather(*listeners), 120)
    for conn in conns:
        await conn.close()
    ordered = sorted(delays)
    return {"subscribers": subscribers, "events": events,
            "p50_ms": round(statistics.median(ordered) * 1000, 1),
            "p99_ms": round(ordered[max(int(len(ordered) * 0.99) - 1, 0)] * 1000, 1),
            "max_ms": round(ordered[-1] * 1000, 1)}


def one_run(history: bool, args: argparse.Namespace) -> dict[str, Any]:
    seconds, events = (3, 100) if args.quick else (10, 300)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "hub"
        written = write_history(data) if history else 0.0
        proc, info = start(data, history)
        try:
            tput = asyncio.run(throughput(info, args.clients, seconds))
            lat = asyncio.run(latency(info, 20, events))
        finally:
            proc.terminate()
            proc.wait(10)
            if proc.stdout:
                proc.stdout.close()
    return {"history_s": round(written, 1), "throughput": tput, "latency": lat}


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="short run (smoke)")
    parser.add_argument("--history", action="store_true",
                        help="also run on a year of history (150,000 tickets), side by side")
    parser.add_argument("--clients", type=int, default=8, help="clerk clients (default 8)")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    args = parser.parse_args()
    runs = {"empty": one_run(False, args)}
    if args.history:
        runs["history"] = one_run(True, args)
    rows = [
        ("durable commands/s (issue+next)", lambda r: r["throughput"]["durable_per_s"]),
        ("  issued / called", lambda r: f"{r['throughput']['issued']}/"
                                        f"{r['throughput']['called']}"),
        ("  refused", lambda r: r["throughput"]["refused"]),
        ("call -> display p50 (ms)", lambda r: r["latency"]["p50_ms"]),
        ("call -> display p99 (ms)", lambda r: r["latency"]["p99_ms"]),
        ("call -> display max (ms)", lambda r: r["latency"]["max_ms"]),
    ]
    names = list(runs)
    out = [f"{'measure':<34}" + "".join(f"{n:>14}" for n in names), "-" * (34 + 14 * len(names))]
    out += [f"{label:<34}" + "".join(f"{get(runs[n])!s:>14}" for n in names)
            for label, get in rows]
    out.append(f"clients {args.clients}, 20 subscribers; history written in "
               f"{runs.get('history', {}).get('history_s', '-')} s")
    sys.stdout.write("\n".join(out) + "\n")
    if args.json:
        args.json.write_text(json.dumps(runs, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
