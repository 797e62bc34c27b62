"""The hub app in this process on a real SQLite file, with a FakeClock, for supervisor tests.

`office(tmp_path)` yields an `Office`: a starlette TestClient around `create_app`, the store,
the clock, and tokens of a supervisor (counter 6), a clerk (counter 1), a kiosk and a display
of org "main". `put_day(...)` stores the known day of `tests/helpers/report_day.py`.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from fastapi.testclient import TestClient

from shared.config import load_settings
from shared.domain.clock import FakeClock, local_day
from shared.domain.model import Ticket, TicketState
from shared.domain.reports import Refusal, TicketRecord
from shared.hub.app import create_app
from shared.hub.auth import new_token
from shared.hub.cli import add_clerk, open_store
from shared.storage.reports import ReportRepository
from shared.storage.store import Repos, Store

#: Wednesday 2026-11-25 09:00 in Berlin: open hours (Mon/Wed/Fri 08-12).
WEDNESDAY_0900 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


@dataclass
class Office:
    client: TestClient
    store: Store
    clock: FakeClock
    supervisor: str
    clerk: str
    kiosk: str
    display: str

    def api(self, method: str, path: str, json: Any = None, token: str | None = None,
            **params: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token or self.supervisor}"}
        url = httpx.URL(path)  # keep a query written into `path` beside `params`
        query = {**dict(url.params), **params}
        return self.client.request(method, url.path, json=json, headers=headers,
                                   params=query or None)

    def audit(self, org: str = "main") -> list[dict[str, Any]]:
        answer = self.api("GET", "/api/audit", org=org)
        assert answer.status_code == 200, answer.text
        return answer.json()  # type: ignore[no-any-return]


@contextmanager
def office(data_dir: Path, *, start: datetime = WEDNESDAY_0900,
           **settings: Any) -> Iterator[Office]:
    config = load_settings(data_dir, **settings)
    store = open_store(config)
    clock = FakeClock(start)
    supervisor, clerk, kiosk, display = (new_token() for _ in range(4))
    add_clerk(store, "leitung", "9876", supervisor=True)
    add_clerk(store, "meyer", "1234")

    def setup(repos: Repos) -> None:
        repos.auth.add_device(kiosk, "kiosk", "kiosk", "main", start)
        repos.auth.add_device(display, "display", "display", "main", start)
        repos.auth.add_session(supervisor, "leitung", "supervisor", "main", "6", start)
        repos.auth.add_session(clerk, "meyer", "clerk", "main", "1", start)

    store.write_sync(setup)
    try:
        with TestClient(create_app(store, clock, config)) as client:
            yield Office(client, store, clock, supervisor, clerk, kiosk, display)
    finally:
        store.close()


def put_day(store: Store, records: list[TicketRecord], refusals: list[Refusal],
            org: str = "main") -> None:
    """Store report records as tickets (and refusals) of `org`."""

    def write(repos: Repos) -> None:
        for rec in records:
            repos.tickets.insert(Ticket(
                id=0, org=org, service=rec.service, number=rec.number, seq=int(rec.number[1:]),
                day=local_day(rec.issued_at), issued_at=rec.issued_at,
                state=TicketState(rec.state), counter=rec.counter, called_at=rec.called_at,
                started_at=rec.started_at, finished_at=rec.finished_at, clerk=rec.clerk,
                status_key=secrets.token_urlsafe(16)))
        for ref in refusals:
            ReportRepository(repos.db).add_refusal(org, ref.service, ref.at, ref.reason,
                                                   None, None)

    store.write_sync(write)
