"""Open hours at the kiosk: holidays, closures, DST, outside hours and the capacity cutoff."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.hub import start_hub

pytestmark = pytest.mark.slow


def _issue(hub, service: str = "A"):  # type: ignore[no-untyped-def]
    return hub.api("POST", "/api/tickets", {"service": service}, token=hub.kiosk_token)


def test_christmas_is_a_holiday_in_nrw(tmp_path: Path) -> None:
    # Friday 25 December 2026, 09:00: the plan says open, the holiday says closed.
    hub = start_hub(tmp_path, clock_start="2026-12-25T09:00:00+01:00")
    try:
        answer = _issue(hub)
        assert answer.status_code == 409
        body = answer.json()
        assert body["code"] == "closed"
        assert body["next_opening"] == "2026-12-28T07:00:00Z"  # Monday 08:00 CET
        assert body["holiday"]
        state = hub.api("GET", "/api/state", token=hub.display_token).json()
        assert state["hours"]["open"] is False
    finally:
        hub.stop()


def test_closure_with_reason_closes_and_is_told(hub) -> None:  # type: ignore[no-untyped-def]
    boss = hub.login("6", who="supervisor")
    made = hub.api("POST", "/api/closures",
                   {"day": "2026-11-25", "reason": "Personalausfall"}, token=boss)
    assert made.status_code == 201, made.text
    answer = _issue(hub)
    assert answer.status_code == 409
    assert answer.json()["code"] == "closed"
    assert answer.json()["reason"] == "Personalausfall"
    assert answer.json()["next_opening"] == "2026-11-27T07:00:00Z"
    hours = hub.api("GET", "/api/state", token=hub.kiosk_token).json()["hours"]
    assert hours["reason"] == "Personalausfall"
    assert hub.api("DELETE", f"/api/closures/{made.json()['id']}", token=boss).status_code == 204
    assert _issue(hub).status_code == 201


def test_next_opening_across_the_dst_change(tmp_path: Path) -> None:
    # Saturday 28 March 2026; clocks go forward on Sunday, so Monday 08:00 is 06:00 UTC.
    hub = start_hub(tmp_path, clock_start="2026-03-28T10:00:00+01:00")
    try:
        answer = _issue(hub)
        assert answer.status_code == 409
        assert answer.json()["next_opening"] == "2026-03-30T06:00:00Z"
    finally:
        hub.stop()


def test_outside_hours_names_the_next_opening(tmp_path: Path) -> None:
    hub = start_hub(tmp_path, clock_start="2026-11-25T13:00:00+01:00")
    try:
        answer = _issue(hub)
        assert answer.status_code == 409
        assert answer.json() | {"message": ""} == {
            "code": "closed", "message": "", "next_opening": "2026-11-27T07:00:00Z",
            "reason": None, "holiday": None}
    finally:
        hub.stop()


def test_capacity_cutoff_before_closing(tmp_path: Path) -> None:
    # 11:50 with nothing measured: 8 minutes per visitor, one counter assumed.
    hub = start_hub(tmp_path, clock_start="2026-11-25T11:50:00+01:00")
    try:
        assert _issue(hub).status_code == 201  # ends 11:58
        answer = _issue(hub)  # would end 12:06
        assert answer.status_code == 409
        assert answer.json()["code"] == "capacity"
        assert answer.json()["next_opening"] == "2026-11-27T07:00:00Z"
        hours = hub.api("GET", "/api/state", token=hub.kiosk_token).json()["hours"]
        assert hours["services"]["A"]["capacity_reached"] is True
        assert _issue(hub, "M").status_code == 201  # other queues still take visitors
    finally:
        hub.stop()


def test_extra_session_opens_a_closed_day(tmp_path: Path) -> None:
    hub = start_hub(tmp_path, clock_start="2026-11-26T14:00:00+01:00")  # Thursday
    try:
        assert _issue(hub).status_code == 409
        boss = hub.login("6", who="supervisor")
        made = hub.api("POST", "/api/sessions",
                       {"day": "2026-11-26", "start": "13:00", "end": "16:00"}, token=boss)
        assert made.status_code == 201, made.text
        assert _issue(hub).status_code == 201
    finally:
        hub.stop()
