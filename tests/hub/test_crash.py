"""A ticket the hub acknowledged survives SIGKILL; numbering continues without duplicates."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.helpers.hub import RunningHub, start_hub

pytestmark = pytest.mark.slow

ISSUERS = 4


def test_sigkill_while_issuing_loses_no_acknowledged_ticket(tmp_path: Path) -> None:
    # A tiny assumed service time keeps the capacity cutoff out of the way.
    (tmp_path / "wartemarke.toml").write_text("[hub]\ndefault_service_min = 0.01\n")
    hub = start_hub(tmp_path)
    try:
        _crash_and_check(hub)
    finally:
        hub.stop()


def _crash_and_check(hub: RunningHub) -> None:
    acknowledged: list[dict[str, Any]] = []
    lock = threading.Lock()
    enough = threading.Event()

    def issue_until_refused() -> None:
        with httpx.Client(base_url=hub.url, timeout=10) as client:
            while True:
                try:
                    answer = client.post("/api/tickets", json={"service": "M"},
                                         headers={"Authorization": f"Bearer {hub.kiosk_token}"})
                except httpx.HTTPError:
                    return  # the hub is gone
                if answer.status_code != 201:
                    return
                with lock:
                    acknowledged.append(answer.json())
                    if len(acknowledged) >= 40:
                        enough.set()

    threads = [threading.Thread(target=issue_until_refused) for _ in range(ISSUERS)]
    for thread in threads:
        thread.start()
    assert enough.wait(60)
    hub.stop(kill=True)  # SIGKILL while the issuers are still sending
    for thread in threads:
        thread.join(30)

    hub.start()
    clerk = hub.login("5")
    for ticket in acknowledged:
        stored = hub.api("GET", f"/api/tickets/{ticket['id']}", token=clerk)
        assert stored.status_code == 200, ticket
        assert stored.json()["number"] == ticket["number"]
    state = hub.api("GET", "/api/state", token=clerk).json()
    numbers = [t["number"] for t in state["tickets"]]
    assert len(numbers) == len(set(numbers))
    after = hub.api("POST", "/api/tickets", {"service": "M"}, token=hub.kiosk_token).json()
    highest = max(int(n[1:]) for n in numbers)
    assert int(after["number"][1:]) == highest + 1
