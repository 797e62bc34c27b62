"""Exactly once under load: many clerks pressing "next" at the same moment."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from shared.domain.model import Counter, CounterState
from shared.hub.auth import hash_pin, new_token
from shared.storage.store import Store
from tests.helpers.hub import RunningHub

pytestmark = pytest.mark.slow

COUNTERS = 50
TICKETS = 500


def _add_counters_and_sessions(data_dir: Path) -> list[str]:
    """Extra open counters 101… serving A, each with a clerk's session (as a login makes).

    Written straight into the hub's database (WAL lets a second process write), because
    fifty argon2 PIN checks would only measure the hash, not the hub.
    """
    store = Store.in_dir(data_dir)
    pin_hash = hash_pin("4321")
    tokens = [new_token() for _ in range(COUNTERS)]
    now = datetime.now(UTC)

    def add(repos: Any) -> None:
        for i, token in enumerate(tokens):
            counter = str(101 + i)
            repos.office.add_counter(Counter("main", counter, f"Platz {counter}", ("A",)))
            repos.auth.put_clerk(f"clerk{i}", "main", "clerk", pin_hash)
            repos.auth.add_session(token, f"clerk{i}", "clerk", "main", counter, now)
            repos.office.set_counter("main", counter, CounterState.OPEN, f"clerk{i}")

    store.write_sync(add)
    store.close()
    return tokens


async def _run(hub: RunningHub, tokens: list[str]) -> list[int]:
    limits = httpx.Limits(max_connections=COUNTERS + 5)
    async with httpx.AsyncClient(base_url=hub.url, timeout=60, limits=limits) as client:
        kiosk = {"Authorization": f"Bearer {hub.kiosk_token}"}

        async def issue_some(n: int) -> None:
            for _ in range(n):
                answer = await client.post("/api/tickets", json={"service": "A"}, headers=kiosk)
                assert answer.status_code == 201, answer.text

        await asyncio.gather(*(issue_some(TICKETS // 10) for _ in range(10)))
        called: list[int] = []

        async def clerk(i: int) -> None:
            headers = {"Authorization": f"Bearer {tokens[i]}"}
            while True:
                answer = await client.post(f"/api/counters/{101 + i}/next", json={},
                                           headers=headers)
                if answer.status_code == 409:
                    assert answer.json()["code"] == "queue_empty"
                    return
                assert answer.status_code == 200, answer.text
                called.append(answer.json()["id"])

        await asyncio.gather(*(clerk(i) for i in range(COUNTERS)))
        return called


def test_fifty_clerks_call_five_hundred_tickets_each_exactly_once(hub: RunningHub) -> None:
    tokens = _add_counters_and_sessions(hub.data_dir)
    called = asyncio.run(_run(hub, tokens))
    assert len(called) == TICKETS
    assert len(set(called)) == TICKETS
    state = hub.api("GET", "/api/state", token=hub.login("1")).json()
    assert next(q for q in state["queues"] if q["service"] == "A")["waiting"] == 0
    numbers = {t["number"] for t in state["recent_calls"]}
    assert len(numbers) == len(state["recent_calls"])
