"""Shared pieces of the benchmark: the office set-up, a tiny HTTP client, percentiles.

The office is the demo office plus counters 7..N, one clerk and one open session per counter,
all written through the storage layer before the hub starts (the supervisor API's
`POST /api/counters` is not there yet; the rows are the same either way).
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SERVICES = ("A", "M", "O")


def now_ns() -> int:
    """A clock every process on this machine shares (CLOCK_MONOTONIC / QPC)."""
    return time.monotonic_ns()


def percentile(values: list[float], pct: float) -> float | None:
    """Nearest-rank percentile; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def summary(values_ms: list[float]) -> dict[str, Any]:
    return {"n": len(values_ms), "p50": percentile(values_ms, 50),
            "p99": percentile(values_ms, 99), "max": max(values_ms) if values_ms else None}


@dataclass
class Office:
    """Who may do what on the benchmark's hub."""

    url: str
    kiosk_token: str
    display_token: str
    counter_tokens: dict[str, str] = field(default_factory=dict)
    spare_clerk: tuple[str, str] = ("bench-spare", "2468")
    spare_counter: str = ""


def prepare_office(data_dir: Path, counters: int, *, retention_days: int | None = None) -> dict:
    """Seed the demo office, add counters up to `counters`, a clerk + open session at each.

    Returns {counter_id: session_token} and leaves one extra counter without a session
    (for the counter app's start-up measurement).
    """
    from shared.config import load_settings
    from shared.domain.model import Counter, CounterState
    from shared.hub.auth import hash_pin, new_token
    from shared.hub.cli import open_store

    data_dir.mkdir(parents=True, exist_ok=True)
    if retention_days is not None:
        (data_dir / "wartemarke.toml").write_text(f"[hub]\nretention_days = {retention_days}\n",
                                                   encoding="utf-8")
    store = open_store(load_settings(data_dir))
    tokens: dict[str, str] = {}
    pin_hash = hash_pin("2468")  # argon2 is slow: one hash for every bench clerk
    now = datetime.now(UTC)

    def setup(repos: Any) -> None:
        existing = {c.id for c in repos.office.counters("main")}
        for n in range(1, counters + 2):
            cid = str(n)
            if cid not in existing:
                services = (SERVICES[n % 3], SERVICES[(n + 1) % 3])
                repos.office.add_counter(Counter("main", cid, f"Schalter {cid}", services), n)
            clerk = f"bench-{cid}"
            repos.auth.put_clerk(clerk, "main", "clerk", pin_hash)
            if n <= counters:
                token = new_token()
                repos.auth.add_session(token, clerk, "clerk", "main", cid, now)
                repos.office.set_counter("main", cid, CounterState.OPEN, clerk)
                tokens[cid] = token
        repos.auth.put_clerk("bench-spare", "main", "clerk", pin_hash)

    store.write_sync(setup)
    store.close()
    return tokens


def start_office(data_dir: Path, counters: int, *, retention_days: int | None = None,
                 tokens: dict[str, str] | None = None) -> tuple:
    """Prepare (unless `tokens` from an earlier `prepare_office`) and start a hub subprocess.

    Returns (RunningHub, Office).
    """
    from tests.helpers.hub import start_hub

    if tokens is None:
        tokens = prepare_office(data_dir, counters, retention_days=retention_days)
    hub = start_hub(data_dir)
    office = Office(hub.url, hub.kiosk_token, hub.display_token, tokens,
                    spare_counter=str(counters + 1))
    return hub, office


class HttpConn:
    """One HTTP/1.1 keep-alive connection with almost no client-side cost.

    The benchmark must measure the hub, not httpx: on a 2-core machine the client shares
    the CPU with the hub. Like the apps' `HubClient`, it gives every POST body a fresh
    `request_id`, so the hub stores each answer for a retry, as it does in the office.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    @classmethod
    def for_url(cls, url: str) -> HttpConn:
        host, port = url.split("//", 1)[1].rsplit(":", 1)
        return cls(host, int(port))

    async def _ensure(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        if self._writer is None or self._reader is None:
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        return self._reader, self._writer

    async def request(self, method: str, path: str, body: Any = None,
                      token: str | None = None) -> tuple[int, Any]:
        reader, writer = await self._ensure()
        if method == "POST" and isinstance(body, dict):
            body = {**body, "request_id": body.get("request_id") or uuid.uuid4().hex}
        payload = b"" if body is None else json.dumps(body).encode()
        head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}",
                f"Content-Length: {len(payload)}"]
        if body is not None:
            head.append("Content-Type: application/json")
        if token:
            head.append(f"Authorization: Bearer {token}")
        try:
            writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + payload)
            status_line = await reader.readline()
            if not status_line:
                raise ConnectionResetError("closed by the hub")
            length = 0
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.decode("latin-1").partition(":")
                if name.lower() == "content-length":
                    length = int(value.strip())
            raw = await reader.readexactly(length) if length else b""
        except (OSError, asyncio.IncompleteReadError):
            self.close()
            raise
        status = int(status_line.split()[1])
        return status, (json.loads(raw) if raw else None)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self._reader = self._writer = None


def speed_probe(rounds: int = 5) -> float:
    """The machine's speed at this moment: the best of `rounds` timings (ms) of a fixed piece
    of plain Python (dicts, strings, integers), the kind of work the hub does. A shared
    virtual machine swings by up to 1.6x within minutes; this number, taken next to each
    round's figures, shows which round ran in a slow phase (higher is slower)."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        table: dict[str, int] = {}
        for i in range(60_000):
            key = f"k{i % 997}"
            table[key] = table.get(key, 0) + i * 3 // 7
        best = min(best, time.perf_counter() - started)
    return round(best * 1000, 1)


def machine() -> dict[str, Any]:
    import platform

    import psutil

    model = platform.processor() or ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {"cpus": os.cpu_count(), "cpu_model": model,
            "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version(), "system": platform.platform(),
            "loadavg_at_start": load}
