"""Fuzzed API requests (from the OpenAPI schema) and random WebSocket frames.

Schemathesis generates requests for every operation and sends them to the in-process hub
with a supervisor, a clerk or a kiosk token (rotating), so commands get past the role check
and change state. After the run: no 5xx, the waiting counts of `/api/state` equal the
tickets in state `waiting`, the event log's `seq` only grows, and `/api/health` answers.

The normal run sends FUZZ_SMALL requests; `WARTEMARKE_FUZZ=full` sends FUZZ_FULL (10,000).
"""

from __future__ import annotations

import os
import random

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import FlakyStrategyDefinition

from shared.hub.auth import new_token
from tests.resilience.conftest import LocalHub

FUZZ_SMALL = 600
FUZZ_FULL = 10_000
WS_FRAMES = 300


def _budget() -> int:
    return FUZZ_FULL if os.environ.get("WARTEMARKE_FUZZ") == "full" else FUZZ_SMALL


def _fresh_display(hub: LocalHub) -> str:
    """A display token made now: the fuzzed supervisor may have revoked any device
    (`DELETE /api/devices/{id}` with a small random id) or ended any session."""
    token = new_token()
    now = hub.clock.now()
    hub.store.write_sync(
        lambda r: r.auth.add_device(token, "display", "invariant check", "main", now))
    return token


def _check_invariants(hub: LocalHub) -> None:
    assert hub.api("GET", "/api/health").status_code == 200
    state = hub.api("GET", "/api/state", token=_fresh_display(hub))
    assert state.status_code == 200, state.text
    day = state.json()["now"][:10]
    for queue in state.json()["queues"]:
        rows = hub.sql("SELECT COUNT(*) FROM tickets WHERE org = 'main' AND state = 'waiting' "
                       "AND service = ?", queue["service"])
        assert queue["waiting"] == rows[0][0], (queue, day)
        assert queue["longest_wait_s"] >= 0
    seqs = [s for (s,) in hub.sql("SELECT seq FROM events ORDER BY rowid")]
    assert seqs == sorted(set(seqs)), "event seq went back or repeated"
    per_day: dict[tuple[str, str], list[int]] = {}
    for service, ticket_day, seq in hub.sql("SELECT service, day, seq FROM tickets"):
        per_day.setdefault((service, ticket_day), []).append(seq)
    for key, numbers in per_day.items():
        assert len(numbers) == len(set(numbers)), f"duplicate number {key}"


def _role(hub: LocalHub, token: str) -> str:
    return {hub.supervisor: "supervisor", hub.clerk: "clerk", hub.kiosk: "kiosk",
            hub.display: "display"}[token]


@pytest.mark.timeout(1800 if _budget() == FUZZ_FULL else 120)
def test_fuzzed_requests_break_nothing(inprocess: LocalHub) -> None:
    hub = inprocess
    for service in ("A", "A", "M"):
        hub.api("POST", "/api/tickets", {"service": service}, hub.kiosk)
    api = schemathesis.openapi.from_asgi("/openapi.json", hub.client.app)
    operations = [result.ok() for result in api.get_all_operations()]
    per_operation = max(1, _budget() // len(operations))
    tokens = [hub.supervisor, hub.clerk, hub.kiosk, hub.display]
    sent = [0]
    failures: list[str] = []
    for operation in operations:

        # Failures are collected, not raised: the hub's state changes with every request,
        # so hypothesis could not replay a failing case anyway (it reports "flaky").
        @given(case=operation.as_strategy())
        @settings(max_examples=per_operation, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case: schemathesis.Case) -> None:
            token = tokens[sent[0] % len(tokens)]
            sent[0] += 1
            response = case.call(headers={"Authorization": f"Bearer {token}"},
                                 session=hub.client)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} {case.body!r} "
                                f"{case.query!r} as {_role(hub, token)} -> "
                                f"{response.status_code} {response.text[:300]}")

        try:
            run()
        except FlakyStrategyDefinition:  # schemathesis' strategy, not the hub
            continue
    assert not failures, "\n\n".join(failures[:20])
    assert sent[0] >= len(operations)
    _check_invariants(hub)


def test_random_websocket_frames_are_ignored(inprocess: LocalHub) -> None:
    hub = inprocess
    rng = random.Random(4711)
    since = hub.api("GET", "/api/health").json()["seq"]
    with hub.client.websocket_connect(f"/api/events?token={hub.display}&since={since}") as ws:
        for i in range(WS_FRAMES):
            size = rng.choice([0, 1, 7, 100, 4096])
            if i % 2:
                ws.send_bytes(rng.randbytes(size))
            else:
                ws.send_text("".join(chr(rng.randrange(1, 0x2FFF)) for _ in range(size)))
        ticket = hub.api("POST", "/api/tickets", {"service": "A"}, hub.kiosk).json()
        event = ws.receive_json()
        assert event["type"] == "ticket_issued" and event["ticket"]["id"] == ticket["id"]
    _check_invariants(hub)
