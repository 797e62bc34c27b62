"""Durable commands per second: issue + next pairs on concurrent keep-alive connections.

    .venv/bin/python bench/throughput.py [--seconds 10] [--connections 50] [--displays 20]
                                         [--backlog 150] [--history 150000]

(alone, on a fresh hub; `bench/run.py` runs it as part of the whole benchmark, after the
office phase has left about 150 visitors waiting: `--backlog` issues that many first;
`--history` writes that many tickets of a year's history first, as its second round does).

Each connection alternates "issue a ticket" (kiosk token) and "next" at its own counter,
so the queue neither runs dry nor grows. A command counts when its 2xx answer arrived —
the hub answers only after COMMIT, so every counted command is durable.

As in the office, 20 displays are subscribed the whole time (`bench/wire.py`), and the
clock stops only when every display has received every event of the run: the figure is
what the hub sustains with its fan-out, not what it accepts while events pile up.

Given the hub's process id, it also reports the hub's CPU time per command (user + system,
all threads): the work a command costs, apart from how the client and the hub share the
cores. It still follows the machine's speed, which on a shared virtual machine swings by up
to 1.6x within minutes, so compare two versions of the hub by runs that take turns, not by
figures taken an hour apart.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import SERVICES, HttpConn, Office, now_ns, prepare_office, start_office
from bench.history import RETENTION_DAYS, write_history
from bench.wire import LeanDisplay

#: Waiting longer than this for the displays to catch up counts as a failed run.
CATCH_UP_S = 60.0


async def _worker(office: Office, cid: str, service: str, until: float,
                  done: list[float], failed: dict[str, int]) -> None:
    conn = HttpConn.for_url(office.url)
    loop = asyncio.get_running_loop()
    token = office.counter_tokens[cid]
    try:
        while loop.time() < until:
            for method, path, body, who in (
                ("POST", "/api/tickets", {"service": service}, office.kiosk_token),
                ("POST", f"/api/counters/{cid}/next", {}, token),
            ):
                started = now_ns()
                status, answer = await conn.request(method, path, body, who)
                # "next" may find a shared queue emptied by a neighbouring counter: it still
                # finished the counter's ticket and committed, so it counts.
                if 200 <= status < 300 or (status == 409
                                           and (answer or {}).get("code") == "queue_empty"):
                    done.append((now_ns() - started) / 1e6)
                else:
                    key = f"{status} {(answer or {}).get('code')}"
                    failed[key] = failed.get(key, 0) + 1
    finally:
        conn.close()


async def _last_seq(office: Office) -> int:
    conn = HttpConn.for_url(office.url)
    try:
        status, state = await conn.request("GET", "/api/state", None, office.display_token)
    finally:
        conn.close()
    if status != 200:
        raise RuntimeError(f"/api/state answered {status}")
    return int(state["seq"])


def _cpu_s(process: psutil.Process | None) -> float:
    if process is None:
        return 0.0
    times = process.cpu_times()
    return float(times.user + times.system)


async def run_throughput(office: Office, *, seconds: float, connections: int = 50,
                         displays: int = 20, warmup_s: float = 1.0,
                         hub_pid: int | None = None) -> dict[str, Any]:
    counters = sorted(office.counter_tokens, key=int)[:connections]
    loop = asyncio.get_running_loop()
    warm: list[float] = []
    failed: dict[str, int] = {}
    await asyncio.gather(*[
        _worker(office, cid, SERVICES[i % 3], loop.time() + warmup_s, warm, failed)
        for i, cid in enumerate(counters)])
    first = await _last_seq(office)
    screens = [LeanDisplay(office.url, office.display_token) for _ in range(displays)]
    await asyncio.gather(*[screen.connect(first) for screen in screens])
    try:
        done: list[float] = []
        hub = psutil.Process(hub_pid) if hub_pid is not None else None
        cpu_before = _cpu_s(hub)
        started_ns = now_ns()
        started = loop.time()
        await asyncio.gather(*[
            _worker(office, cid, SERVICES[i % 3], started + seconds, done, failed)
            for i, cid in enumerate(counters)])
        answered_ns = now_ns()
        last = await _last_seq(office)
        for screen in screens:
            screen.expect(last)
        await asyncio.wait_for(
            asyncio.gather(*[screen.caught_up.wait() for screen in screens]), CATCH_UP_S)
        cpu_used = _cpu_s(hub) - cpu_before
    finally:
        await asyncio.gather(*[screen.close() for screen in screens])
    delivered_ns = max([answered_ns, *(screen.caught_up_ns for screen in screens)])
    elapsed = (delivered_ns - started_ns) / 1e9
    problems = [p for screen in screens for p in screen.problems(first, last)]
    return {"commands": len(done), "seconds": round(elapsed, 2),
            "per_second": len(done) / elapsed, "latency_ms": done, "refused": failed,
            "connections": len(counters), "displays": displays,
            "events_per_display": last - first,
            "delivery_lag_ms": round((delivered_ns - answered_ns) / 1e6, 1),
            "hub_cpu_ms_per_command": (round(1000 * cpu_used / len(done), 3)
                                       if hub is not None and done else None),
            "display_problems": problems}


async def _issue_backlog(office: Office, count: int) -> None:
    """`count` waiting visitors spread over the services, as the office phase leaves them."""
    conn = HttpConn.for_url(office.url)
    try:
        for i in range(count):
            status, answer = await conn.request("POST", "/api/tickets",
                                                {"service": SERVICES[i % 3]}, office.kiosk_token)
            if status != 201:
                raise RuntimeError(f"backlog ticket {i} answered {status}: {answer}")
    finally:
        conn.close()


async def _main_async(seconds: float, connections: int, displays: int,
                      backlog: int, history: int) -> dict[str, Any]:
    data = Path(tempfile.mkdtemp(prefix="wartemarke-throughput-"))
    tokens = None
    if history:
        tokens = prepare_office(data, connections, retention_days=RETENTION_DAYS)
        write_history(data, history, events=True, counters=connections)
    hub, office = start_office(data, connections, tokens=tokens)
    try:
        await _issue_backlog(office, backlog)
        return await run_throughput(office, seconds=seconds, connections=connections,
                                    displays=displays, hub_pid=hub.process.pid)
    finally:
        hub.stop()
        shutil.rmtree(data, ignore_errors=True)


def main(argv: list[str]) -> int:
    """Only the throughput figure, on a fresh hub: for comparing a change to the hub."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--displays", type=int, default=20)
    parser.add_argument("--backlog", type=int, default=0,
                        help="visitors already waiting when the run starts")
    parser.add_argument("--history", type=int, default=0,
                        help="tickets of a year's history in the database (bench/history.py)")
    args = parser.parse_args(argv)
    result = asyncio.run(_main_async(args.seconds, args.connections, args.displays,
                                     args.backlog, args.history))
    latency = sorted(result.pop("latency_ms"))
    result["latency_p50_ms"] = round(statistics.median(latency), 1) if latency else None
    print(json.dumps(result, indent=2))
    return 0 if not result["display_problems"] and not result["refused"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
