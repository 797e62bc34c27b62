"""Durable commands per second: issue + next pairs on concurrent keep-alive connections.

Each connection alternates "issue a ticket" (kiosk token) and "next" at its own counter,
so the queue neither runs dry nor grows. A command counts when its 2xx answer arrived —
the hub answers only after COMMIT, so every counted command is durable.
"""

from __future__ import annotations

import asyncio
from typing import Any

from bench.common import SERVICES, HttpConn, Office, now_ns


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
                if 200 <= status < 300:
                    done.append((now_ns() - started) / 1e6)
                else:
                    key = f"{status} {(answer or {}).get('code')}"
                    failed[key] = failed.get(key, 0) + 1
    finally:
        conn.close()


async def run_throughput(office: Office, *, seconds: float, connections: int = 16,
                         warmup_s: float = 1.0) -> dict[str, Any]:
    counters = sorted(office.counter_tokens, key=int)[:connections]
    loop = asyncio.get_running_loop()
    warm: list[float] = []
    failed: dict[str, int] = {}
    await asyncio.gather(*[
        _worker(office, cid, SERVICES[i % 3], loop.time() + warmup_s, warm, failed)
        for i, cid in enumerate(counters)])
    done: list[float] = []
    started = loop.time()
    await asyncio.gather(*[
        _worker(office, cid, SERVICES[i % 3], started + seconds, done, failed)
        for i, cid in enumerate(counters)])
    elapsed = loop.time() - started
    return {"commands": len(done), "seconds": round(elapsed, 2),
            "per_second": len(done) / elapsed, "latency_ms": done, "refused": failed,
            "connections": len(counters)}
