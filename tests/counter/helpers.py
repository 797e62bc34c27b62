"""Small helpers for counter tests that talk to the real hub."""

from __future__ import annotations

from typing import Any

#: Long enough for a hub round trip on a busy CI machine.
WAIT_MS = 10_000


def issue(hub: Any, service: str = "A") -> dict[str, Any]:
    """A new ticket from the kiosk."""
    answer = hub.api("POST", "/api/tickets", {"service": service}, token=hub.kiosk_token)
    assert answer.status_code == 201, answer.text
    return dict(answer.json())


def hub_ticket(hub: Any, ticket_id: int) -> dict[str, Any]:
    """A ticket as the hub knows it now."""
    answer = hub.api("GET", f"/api/tickets/{ticket_id}", token=hub.display_token)
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def hub_state(hub: Any, token: str | None = None) -> dict[str, Any]:
    """GET /api/state as a display sees it (or as the holder of `token`)."""
    answer = hub.api("GET", "/api/state", token=token or hub.display_token)
    assert answer.status_code == 200, answer.text
    return dict(answer.json())
