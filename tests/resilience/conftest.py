"""Resilience tests: the hub and the apps under faults (kills, cuts, printers, disk, clock).

Every test here is slow (real processes, many requests); the whole folder is marked so.
`inprocess` gives the hub app in this process with a FakeClock and its store, for faults a
subprocess cannot take (time travel, a full disk).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/resilience/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.slow)


@dataclass
class LocalHub:
    """The hub app in this process: `client` speaks HTTP to it without sockets."""

    client: TestClient
    store: Store
    clock: FakeClock
    kiosk: str
    display: str
    clerk: str  # session at counter 1 (services A)
    supervisor: str  # session at counter 6

    def api(self, method: str, path: str, body: Any = None, token: str | None = None) -> Any:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return self.client.request(method, path, json=body, headers=headers)

    def sql(self, query: str, *params: Any) -> list[tuple[Any, ...]]:
        """Read the hub's database (between two of its transactions)."""
        return self.store.read_sync(lambda r: r.db.execute(query, list(params)).fetchall())


#: Wednesday 25 November 2026, 09:00 in Berlin (08:00 UTC): the seeded plan is open.
WEDNESDAY_0900 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


@pytest.fixture
def inprocess(tmp_path: Path) -> Iterator[LocalHub]:
    settings = load_settings(tmp_path / "hub")
    store = open_store(settings)
    clock = FakeClock(WEDNESDAY_0900)
    kiosk, display, clerk, supervisor = (new_token() for _ in range(4))
    add_clerk(store, "leitung", "9876", supervisor=True)
    add_clerk(store, "demo", "1234")
    now = clock.now()

    def setup(repos: Any) -> None:
        from shared.domain.model import CounterState

        repos.auth.add_device(kiosk, "kiosk", "kiosk", "main", now)
        repos.auth.add_device(display, "display", "display", "main", now)
        repos.auth.add_session(clerk, "demo", "clerk", "main", "1", now)
        repos.office.set_counter("main", "1", CounterState.OPEN, "demo")
        repos.auth.add_session(supervisor, "leitung", "supervisor", "main", "6", now)

    store.write_sync(setup)
    app = create_app(store, clock, settings)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield LocalHub(client, store, clock, kiosk, display, clerk, supervisor)
    store.close()
