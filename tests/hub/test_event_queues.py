"""Ticket events carry the queues as they are after the command that made them.

The events of one command are committed and sent together, so the queue figures are
computed once per command: "next" (done, then called) and the expiries of a day roll-over
all carry the same, final figures.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from shared.config import load_settings
from shared.domain.clock import FakeClock
from shared.hub.app import create_app
from shared.hub.auth import new_token
from shared.hub.cli import add_clerk, open_store
from shared.storage.store import Store

WEDNESDAY_0900 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


class Office:
    def __init__(self, client: TestClient, store: Store, clock: FakeClock,
                 tokens: dict[str, str]) -> None:
        self.client, self.store, self.clock, self.tokens = client, store, clock, tokens

    def post(self, path: str, body: Any, who: str) -> Any:
        return self.client.post(path, json=body,
                                headers={"authorization": f"Bearer {self.tokens[who]}"})

    def events_after(self, seq: int) -> list[dict[str, Any]]:
        return self.store.read_sync(lambda r: r.events.after(seq))

    def last_seq(self) -> int:
        return self.store.read_sync(lambda r: r.events.last_seq())


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    settings = load_settings(tmp_path / "hub")
    store = open_store(settings)
    clock = FakeClock(WEDNESDAY_0900)
    tokens = {"kiosk": new_token(), "display": new_token(), "clerk": new_token()}
    add_clerk(store, "demo", "1234")

    def setup(repos: Any) -> None:
        from shared.domain.model import CounterState

        repos.auth.add_device(tokens["kiosk"], "kiosk", "kiosk", "main", clock.now())
        repos.auth.add_device(tokens["display"], "display", "display", "main", clock.now())
        repos.auth.add_session(tokens["clerk"], "demo", "clerk", "main", "1", clock.now())
        repos.office.set_counter("main", "1", CounterState.OPEN, "demo")

    store.write_sync(setup)
    with TestClient(create_app(store, clock, settings)) as client:
        yield Office(client, store, clock, tokens)
    store.close()


def _waiting(event: dict[str, Any], service: str = "A") -> int:
    return next(q["waiting"] for q in event["queues"] if q["service"] == service)


def test_next_sends_done_and_called_with_the_queues_after_both(office: Office) -> None:
    for _ in range(3):
        assert office.post("/api/tickets", {"service": "A"}, "kiosk").status_code == 201
    assert office.post("/api/counters/1/next", {}, "clerk").status_code == 200
    before = office.last_seq()
    office.clock.advance(minutes=7)
    assert office.post("/api/counters/1/next", {}, "clerk").json()["number"] == "A002"
    done, called = office.events_after(before)
    assert (done["type"], done["ticket"]["number"]) == ("ticket_done", "A001")
    assert (called["type"], called["ticket"]["number"]) == ("ticket_called", "A002")
    assert _waiting(done) == _waiting(called) == 1  # A003 waits once A002 is called
    assert done["queues"] == called["queues"]
    assert called["queues"][0]["estimate"] is not None  # A001's 7 minutes already count


def test_a_replayed_request_on_a_new_day_still_sends_the_days_expiries(office: Office) -> None:
    first = office.post("/api/tickets", {"service": "A", "request_id": "r-1"}, "kiosk")
    office.post("/api/tickets", {"service": "A"}, "kiosk")
    before = office.last_seq()
    office.clock.current = WEDNESDAY_0900 + timedelta(hours=23)  # Thursday 08:00, closed
    with office.client.websocket_connect(
            f"/api/events?token={office.tokens['display']}&since={before}") as ws:
        again = office.post("/api/tickets", {"service": "A", "request_id": "r-1"}, "kiosk")
        assert again.json() == first.json()  # the remembered answer
        sent = [ws.receive_json(), ws.receive_json()]
    stored = office.events_after(before)
    assert [e["type"] for e in stored] == ["ticket_expired", "ticket_expired"]
    assert [e["seq"] for e in sent] == [e["seq"] for e in stored]  # published, too
    assert all(_waiting(e) == 0 for e in stored)
