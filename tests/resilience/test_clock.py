"""Clock jumps (NTP corrections) and midnight during open hours, on the in-process hub."""

from __future__ import annotations

from typing import Any

from tests.resilience.conftest import LocalHub


def _issue(hub: LocalHub, service: str = "A") -> Any:
    answer = hub.api("POST", "/api/tickets", {"service": service}, hub.kiosk)
    assert answer.status_code == 201, answer.text
    return answer.json()


def _no_negative_waits(hub: LocalHub) -> None:
    state = hub.api("GET", "/api/state", token=hub.clerk)
    assert state.status_code == 200, state.text
    for queue in state.json()["queues"]:
        assert queue["longest_wait_s"] >= 0, queue
        estimate = queue["estimate"]
        if estimate is not None:
            assert 0 <= estimate["low_min"] <= estimate["high_min"], queue
    dashboard = hub.api("GET", "/api/dashboard", token=hub.supervisor)
    if dashboard.status_code == 200:  # the supervisor API may not be there yet
        today = dashboard.json()["today"]
        for key in ("wait_median_min", "service_median_min"):
            assert today[key] is None or today[key] >= 0, today


def test_backwards_jump_keeps_the_queue_order(inprocess: LocalHub) -> None:
    """An NTP correction backwards must not let a later ticket overtake earlier ones."""
    hub = inprocess
    first = _issue(hub)
    hub.clock.advance(minutes=-30)
    later = _issue(hub)
    called = hub.api("POST", "/api/counters/1/next", {}, hub.clerk)
    assert called.status_code == 200, called.text
    assert (called.json()["number"], later["number"]) == (first["number"], "A002")


def test_clock_jumps_back_and_forth_during_open_hours(inprocess: LocalHub) -> None:
    hub = inprocess
    first = _issue(hub)
    hub.clock.advance(minutes=5)
    second = _issue(hub)
    hub.clock.advance(minutes=-30)  # NTP pulls the clock back behind both tickets
    third = _issue(hub)
    _no_negative_waits(hub)
    called = hub.api("POST", "/api/counters/1/next", {}, hub.clerk)
    assert called.status_code == 200, called.text
    status = hub.api("GET", f"/api/status/{second['status_key']}")
    assert status.status_code == 200
    assert status.json()["position"] >= 0
    hub.clock.advance(minutes=90)  # and forwards again, still the same day
    fourth = _issue(hub)
    hub.clock.advance(minutes=-1)
    done = hub.api("POST", "/api/counters/1/next", {}, hub.clerk)
    assert done.status_code == 200, done.text
    _no_negative_waits(hub)
    numbers = [t["number"] for t in (first, second, third, fourth)]
    assert numbers == ["A001", "A002", "A003", "A004"]
    assert hub.api("GET", "/api/health").status_code == 200


def test_midnight_during_an_extra_session_restarts_numbers_and_expires(
        inprocess: LocalHub) -> None:
    hub = inprocess
    for day, start, end in (("2026-11-25", "20:00", "23:59"), ("2026-11-26", "00:00", "02:00")):
        made = hub.api("POST", "/api/sessions", {"day": day, "start": start, "end": end},
                       hub.supervisor)
        assert made.status_code == 201, made.text
    # 23:30 Berlin on Wednesday (22:30 UTC): the evening session is open.
    hub.clock.set(hub.clock.now().replace(hour=22, minute=30))
    yesterday = [_issue(hub), _issue(hub), _issue(hub)]
    called = hub.api("POST", "/api/counters/1/next", {}, hub.clerk)
    assert called.status_code == 200
    seq_before = hub.api("GET", "/api/health").json()["seq"]
    with hub.client.websocket_connect(
            f"/api/events?token={hub.display}&since={seq_before}") as ws:
        hub.clock.advance(minutes=40)  # 00:10 on Thursday
        today = _issue(hub)
        assert today["number"] == "A001"
        assert today["day"] == "2026-11-26"
        seen: list[dict[str, Any]] = []
        while not any(e.get("type") == "ticket_issued" for e in seen):
            seen.append(ws.receive_json())
    expired = {e["ticket"]["id"] for e in seen if e["type"] == "ticket_expired"}
    # The called one (A001 at counter 1) expires too: the day is over for every open ticket.
    assert expired == {t["id"] for t in yesterday}, seen
    for ticket in yesterday:
        state = hub.api("GET", f"/api/tickets/{ticket['id']}", token=hub.clerk).json()["state"]
        assert state == "expired"
    _no_negative_waits(hub)
    assert _issue(hub)["number"] == "A002"


def test_a_refused_first_command_of_the_day_still_expires_yesterday(
        inprocess: LocalHub) -> None:
    """The first command of a new day is refused (closed): yesterday's expiries must not be
    rolled back for good with it."""
    hub = inprocess
    old = _issue(hub)
    hub.clock.advance(days=1, hours=-2)  # Thursday 07:00 Berlin: no open hours
    refused = hub.api("POST", "/api/tickets", {"service": "A"}, hub.kiosk)
    assert refused.status_code == 409, refused.text
    made = hub.api("POST", "/api/sessions", {"day": "2026-11-26", "start": "07:30",
                                            "end": "12:00"}, hub.supervisor)
    assert made.status_code == 201, made.text
    hub.clock.advance(hours=1)
    assert _issue(hub)["number"] == "A001"
    state = hub.api("GET", f"/api/tickets/{old['id']}", token=hub.clerk).json()["state"]
    assert state == "expired"
