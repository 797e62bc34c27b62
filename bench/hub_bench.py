"""Hub benchmark (not a test): durable commands per second and event delivery latency.

    python bench/hub_bench.py [--quick] [--json FILE]

Starts a real hub (`wartemarke demo --hub-only`) on loopback with a fresh data folder, then
1. throughput: several keep-alive HTTP clients issue tickets while two clerks press "next";
   every answered command is a committed SQLite transaction (WAL, synchronous=NORMAL);
2. latency: N WebSocket subscribers; the time from sending `POST /api/tickets` to each
   subscriber receiving the matching `ticket_issued` event.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import websockets

ROOT = Path(__file__).resolve().parents[1]
CLOCK = "2026-11-25T08:00:00+01:00"


def start(data: Path) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    # A tiny assumed service time keeps the capacity cutoff out of the measurement.
    data.mkdir(parents=True, exist_ok=True)
    (data / "wartemarke.toml").write_text("[hub]\ndefault_service_min = 0.001\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "shared.cli", "demo", "--hub-only", "--port", "0", "--data",
         str(data), "--clock-start", CLOCK], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, json.loads(proc.stdout.readline())


async def throughput(info: dict[str, Any], clients: int, seconds: float) -> dict[str, float]:
    url = info["url"]
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:
        tokens = []
        for counter, person in (("3", info["clerk"]), ("4", info["supervisor"])):
            answer = await client.post("/api/login", json={**person, "counter": counter,
                                                           "takeover": True})
            tokens.append((counter, answer.json()["token"]))
    counts = {"issue": 0, "next": 0, "other": 0}
    deadline = time.perf_counter() + seconds

    async def issuer() -> None:
        async with httpx.AsyncClient(base_url=url, timeout=30) as client:
            headers = {"Authorization": f"Bearer {info['kiosk_token']}"}
            while time.perf_counter() < deadline:
                answer = await client.post("/api/tickets", json={"service": "A"}, headers=headers)
                counts["issue" if answer.status_code == 201 else "other"] += 1

    async def caller(counter: str, token: str) -> None:
        async with httpx.AsyncClient(base_url=url, timeout=30) as client:
            headers = {"Authorization": f"Bearer {token}"}
            while time.perf_counter() < deadline:
                answer = await client.post(f"/api/counters/{counter}/next", json={},
                                           headers=headers)
                counts["next" if answer.status_code == 200 else "other"] += 1

    began = time.perf_counter()
    await asyncio.gather(*(issuer() for _ in range(clients)),
                         *(caller(c, t) for c, t in tokens))
    elapsed = time.perf_counter() - began
    durable = counts["issue"] + counts["next"]
    return {"clients": clients + 2, "seconds": round(elapsed, 2), "issued": counts["issue"],
            "called": counts["next"], "durable_per_s": round(durable / elapsed, 1)}


async def latency(info: dict[str, Any], subscribers: int, events: int) -> dict[str, float]:
    ws_url = info["url"].replace("http://", "ws://") + f"/api/events?token={info['display_token']}"
    sent: dict[str, float] = {}
    delays: list[float] = []
    conns = [await websockets.connect(ws_url, max_size=None) for _ in range(subscribers)]

    async def listen(conn: Any) -> None:
        seen = 0
        while seen < events:
            message = json.loads(await conn.recv())
            if message.get("type") == "ticket_issued":
                delays.append(time.perf_counter() - sent[message["ticket"]["number"]])
                seen += 1

    listeners = [asyncio.create_task(listen(c)) for c in conns]
    async with httpx.AsyncClient(base_url=info["url"], timeout=30) as client:
        headers = {"Authorization": f"Bearer {info['kiosk_token']}"}
        for i in range(1, events + 1):
            # Only this loop issues M tickets, so the number is known before the answer
            # (the event may well arrive before the HTTP answer does).
            sent[f"M{i:03d}"] = time.perf_counter()
            answer = await client.post("/api/tickets", json={"service": "M"}, headers=headers)
            assert answer.status_code == 201, answer.text
            await asyncio.sleep(0.01)  # a steady stream, not a burst
    await asyncio.wait_for(asyncio.gather(*listeners), 120)
    for conn in conns:
        await conn.close()
    ordered = sorted(delays)
    return {"subscribers": subscribers, "events": events,
            "p50_ms": round(statistics.median(ordered) * 1000, 1),
            "p99_ms": round(ordered[int(len(ordered) * 0.99) - 1] * 1000, 1),
            "max_ms": round(ordered[-1] * 1000, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="short run (smoke)")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    args = parser.parse_args()
    seconds, clients, subs, events = (3, 4, 10, 30) if args.quick else (10, 8, 50, 200)
    with tempfile.TemporaryDirectory() as tmp:
        proc, info = start(Path(tmp) / "hub")
        try:
            tput = asyncio.run(throughput(info, clients, seconds))
            lat = asyncio.run(latency(info, subs, events))
        finally:
            proc.terminate()
            proc.wait(10)
            if proc.stdout:
                proc.stdout.close()
    print(f"{'measure':<34}{'value':>12}")
    print("-" * 46)
    print(f"{'durable commands/s (issue+next)':<34}{tput['durable_per_s']:>12}")
    print(f"{'  clients / seconds':<34}{tput['clients']:>6} / {tput['seconds']:<5}")
    print(f"{'  issued / called':<34}{tput['issued']:>6} / {tput['called']:<5}")
    print(f"{'event latency p50 (ms)':<34}{lat['p50_ms']:>12}")
    print(f"{'event latency p99 (ms)':<34}{lat['p99_ms']:>12}")
    print(f"{'  subscribers / events':<34}{lat['subscribers']:>6} / {lat['events']:<5}")
    if args.json:
        args.json.write_text(json.dumps({"throughput": tput, "latency": lat}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
