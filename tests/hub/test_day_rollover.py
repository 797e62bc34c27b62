"""The first command of a new day expires yesterday's open tickets, even when it is refused."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from fastapi.testclient import TestClient

from shared.config import HubSettings
from shared.domain.clock import FakeClock
from shared.hub.app import create_app
from shared.storage.seed import seed_example
from shared.storage.store import Store

BERLIN = ZoneInfo("Europe/Berlin")
WEDNESDAY_0900 = datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN)
FRIDAY_0900 = datetime(2026, 11, 27, 9, 0, tzinfo=BERLIN)


def test_refused_first_command_of_the_day_does_not_skip_expiry(tmp_path: Path) -> None:
    clock = FakeClock()
    clock.set(WEDNESDAY_0900)
    store = Store.in_dir(tmp_path)
    store.write_sync(seed_example)
    store.write_sync(lambda repos: repos.auth.add_device("kiosk-token", "kiosk", "Kiosk",
                                                         "main", clock.now()))
    kiosk = {"Authorization": "Bearer kiosk-token"}
    try:
        with TestClient(create_app(store, clock, HubSettings())) as api:
            old = api.post("/api/tickets", json={"service": "A"}, headers=kiosk).json()
            clock.set(FRIDAY_0900)
            refused = api.post("/api/tickets", json={"service": "Z"}, headers=kiosk)
            assert refused.status_code == 404
            fresh = api.post("/api/tickets", json={"service": "A"}, headers=kiosk)
            assert fresh.status_code == 201
            assert fresh.json()["number"] == "A001"
            after = api.get(f"/api/tickets/{old['id']}", headers=kiosk).json()
            assert after["state"] == "expired"
    finally:
        store.close()
