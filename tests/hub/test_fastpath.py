"""The hot commands' fast path (`shared.hub.fastpath`) answers exactly as the routes do.

A `+json` content type is still JSON to FastAPI but not to the fast path, so the same
request can be sent down both ways and the answers compared. `fastpath._answer` is wrapped
to count how often the fast path really answered.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from shared.config import load_settings
from shared.domain.clock import FakeClock
from shared.hub import fastpath
from shared.hub.app import create_app
from shared.hub.auth import new_token
from shared.hub.cli import add_clerk, open_store
from shared.storage.store import Store

WEDNESDAY_0900 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
FAST = {"content-type": "application/json"}
SLOW = {"content-type": "application/merge-patch+json"}  # JSON for FastAPI only
#: Differ between two tickets issued one after the other, whatever the path.
_PER_TICKET = {"id", "number", "status_key", "position", "estimate"}


class Office:
    def __init__(self, client: TestClient, store: Store, clock: FakeClock,
                 tokens: dict[str, str]) -> None:
        self.client, self.store, self.clock, self.tokens = client, store, clock, tokens
        self.fast_answers = 0

    def post(self, path: str, body: Any, who: str | None, headers: dict[str, str]) -> Any:
        sent = dict(headers)
        if who is not None:
            sent["authorization"] = f"Bearer {self.tokens.get(who, who)}"
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        return self.client.post(path, content=raw, headers=sent)

    def both(self, path: str, body: Any, who: str | None) -> tuple[Any, Any]:
        """The same request down the fast path, then down the framework path."""
        before = self.fast_answers
        fast = self.post(path, body, who, FAST)
        assert self.fast_answers == before + 1, "the fast path handed over to FastAPI"
        slow = self.post(path, body, who, SLOW)
        assert self.fast_answers == before + 1, "the framework path was not taken"
        return fast, slow


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Office]:
    settings = load_settings(tmp_path / "hub")
    store = open_store(settings)
    clock = FakeClock(WEDNESDAY_0900)
    tokens = {name: new_token() for name in ("kiosk", "display", "clerk", "clerk2")}
    add_clerk(store, "demo", "1234")
    add_clerk(store, "zweite", "1234")

    def setup(repos: Any) -> None:
        from shared.domain.model import CounterState

        now = clock.now()
        repos.auth.add_device(tokens["kiosk"], "kiosk", "kiosk", "main", now)
        repos.auth.add_device(tokens["display"], "display", "display", "main", now)
        for token, clerk, counter in ((tokens["clerk"], "demo", "1"),
                                      (tokens["clerk2"], "zweite", "2")):
            repos.auth.add_session(token, clerk, "clerk", "main", counter, now)
            repos.office.set_counter("main", counter, CounterState.OPEN, clerk)

    store.write_sync(setup)
    app = create_app(store, clock, settings)
    with TestClient(app, raise_server_exceptions=False) as client:
        result = Office(client, store, clock, tokens)

        answer = fastpath._answer

        async def counted(*args: Any) -> Any:
            result.fast_answers += 1
            return await answer(*args)

        monkeypatch.setattr(fastpath, "_answer", counted)
        yield result
    store.close()


def _same_shape(fast: Any, slow: Any, ignore: set[str] = _PER_TICKET) -> None:
    assert fast.status_code == slow.status_code, (fast.text, slow.text)
    assert fast.headers["content-type"] == slow.headers["content-type"]
    a, b = fast.json(), slow.json()
    assert a.keys() == b.keys()
    assert {k: v for k, v in a.items() if k not in ignore} == {
        k: v for k, v in b.items() if k not in ignore}


def test_issue_next_and_actions_answer_alike(office: Office) -> None:
    fast, slow = office.both("/api/tickets", {"service": "A"}, "kiosk")
    assert fast.status_code == 201 and fast.json()["number"] == "A001"
    assert slow.json()["number"] == "A002"
    assert (fast.json()["position"], slow.json()["position"]) == (0, 1)
    _same_shape(fast, slow)

    fast, slow = office.both("/api/counters/1/next", {}, "clerk")
    assert fast.status_code == 200 and fast.json()["number"] == "A001"
    assert slow.json()["number"] == "A002"  # the second "next" finished A001 first
    _same_shape(fast, slow, ignore=_PER_TICKET | {"queued_at", "issued_at"})

    first, second = fast.json()["id"], slow.json()["id"]
    fast = office.post(f"/api/tickets/{second}/recall", {"request_id": "r1"}, "clerk", FAST)
    slow = office.post(f"/api/tickets/{second}/recall", {"request_id": "r1"}, "clerk", SLOW)
    assert fast.status_code == 200 and fast.json() == slow.json()  # the same request id
    fast, slow = office.both(f"/api/tickets/{first}/start", None, "clerk")
    assert fast.status_code == 409  # A001 is done: the rule refuses, both ways alike
    assert fast.json() == slow.json()


@pytest.mark.parametrize(("path", "body", "who"), [
    ("/api/tickets", {"service": "A"}, "display"),  # role may not issue: 403
    ("/api/tickets", {"service": "Q"}, "kiosk"),  # unknown service: 404
    ("/api/tickets", {"service": "A"}, "not-a-token"),  # 401
    ("/api/tickets/999/call", {}, "clerk"),  # unknown ticket: 404
    ("/api/tickets/999/call", {"reason": "x"}, "clerk"),  # field not allowed: 422
    ("/api/counters/2/next", {}, "clerk"),  # another clerk's counter: 403
    ("/api/counters/9/next", {}, "clerk"),  # unknown counter: 404
    ("/api/counters/1/next", None, "clerk"),  # nobody waits: 409 queue_empty
])
def test_refusals_answer_alike(office: Office, path: str, body: Any, who: str) -> None:
    fast, slow = office.both(path, body, who)
    assert fast.status_code >= 400
    assert (fast.status_code, fast.json()) == (slow.status_code, slow.json())


@pytest.mark.parametrize(("body", "who", "status"), [
    ({"service": 5}, "kiosk", 422),  # not valid for the model
    (b"{not json", "kiosk", 422),
    ({"service": "A", "extra": 1}, "kiosk", 422),
    ({"service": "A"}, None, 401),  # no token at all
])
def test_unusual_requests_go_to_the_framework(office: Office, body: Any, who: str | None,
                                              status: int) -> None:
    answer = office.post("/api/tickets", body, who, FAST)
    assert answer.status_code == status, answer.text
    assert office.fast_answers == 0
    if status == 422:
        assert answer.json()["code"] == "bad_request"
        assert answer.json()["details"]
    else:
        assert answer.json()["code"] == "unauthorized"


def test_a_visitor_turned_away_is_counted_on_the_fast_path(office: Office) -> None:
    office.clock.current = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)  # 20:00 in Berlin
    answer = office.post("/api/tickets", {"service": "A", "request_id": "late"}, "kiosk", FAST)
    assert answer.status_code == 409 and answer.json()["code"] == "closed"
    again = office.post("/api/tickets", {"service": "A", "request_id": "late"}, "kiosk", FAST)
    assert again.json() == answer.json()
    assert office.fast_answers == 2
    rows = office.store.read_sync(
        lambda r: r.db.execute("SELECT service, reason, request_id FROM refusals").fetchall())
    assert rows == [("A", "closed", "late")]  # the retry is counted once
