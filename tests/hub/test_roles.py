"""Who may do what: devices, clerks at their own counter, supervisors."""

from __future__ import annotations

from tests.helpers.hub import RunningHub


def _issue(hub: RunningHub) -> dict:  # type: ignore[type-arg]
    answer = hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.kiosk_token)
    assert answer.status_code == 201, answer.text
    return answer.json()  # type: ignore[no-any-return]


def test_no_or_bad_token_is_unauthorized(hub: RunningHub) -> None:
    for token in (None, "not-a-token"):
        answer = hub.api("GET", "/api/state", token=token)
        assert answer.status_code == 401
        assert answer.json()["code"] == "unauthorized"


def test_display_cannot_issue_nor_call(hub: RunningHub) -> None:
    answer = hub.api("POST", "/api/tickets", {"service": "A"}, token=hub.display_token)
    assert (answer.status_code, answer.json()["code"]) == (403, "forbidden")
    ticket = _issue(hub)
    answer = hub.api("POST", f"/api/tickets/{ticket['id']}/call", {}, token=hub.display_token)
    assert answer.status_code == 403


def test_kiosk_cannot_call_and_sees_no_clerk_data(hub: RunningHub) -> None:
    ticket = _issue(hub)
    assert hub.api("POST", "/api/counters/1/next", {}, token=hub.kiosk_token).status_code == 403
    answer = hub.api("POST", f"/api/tickets/{ticket['id']}/call", {}, token=hub.kiosk_token)
    assert answer.status_code == 403
    state = hub.api("GET", "/api/state", token=hub.kiosk_token).json()
    assert state["tickets"] is None


def test_kiosk_voids_only_its_own_ticket(hub: RunningHub) -> None:
    mine = _issue(hub)
    voided = hub.api("POST", f"/api/tickets/{mine['id']}/void", {"reason": "printer"},
                     token=hub.kiosk_token)
    assert voided.status_code == 200, voided.text
    assert voided.json()["state"] == "voided"
    assert voided.json()["note"] is None  # public roles never see notes
    clerk = hub.login("1")
    other = hub.api("POST", "/api/tickets", {"service": "A"}, token=clerk).json()
    answer = hub.api("POST", f"/api/tickets/{other['id']}/void", {}, token=hub.kiosk_token)
    assert answer.status_code == 403


def test_clerk_acts_only_at_own_counter(hub: RunningHub) -> None:
    _issue(hub)
    clerk = hub.login("1")
    assert hub.api("POST", "/api/counters/2/next", {}, token=clerk).status_code == 403
    called = hub.api("POST", "/api/counters/1/next", {}, token=clerk).json()
    boss = hub.login("3", who="supervisor")
    # The supervisor is a clerk at counter 3 too, but steers: may act anywhere.
    assert hub.api("POST", f"/api/tickets/{called['id']}/start", {}, token=boss).status_code == 200
    assert hub.api("POST", "/api/closures", {"day": "2026-11-27", "reason": "x"},
                   token=clerk).status_code == 403
    assert hub.api("POST", "/api/ticker", {"text": "Hallo"}, token=clerk).status_code == 403


def test_second_login_needs_takeover(hub: RunningHub) -> None:
    first = hub.login("1")
    answer = hub.api("POST", "/api/login", {"name": hub.supervisor["name"],
                                            "pin": hub.supervisor["pin"], "counter": "1"})
    assert answer.status_code == 409
    assert answer.json() | {"message": ""} == {"code": "counter_taken", "message": "",
                                               "clerk": hub.clerk["name"]}
    second = hub.login("1", who="supervisor", takeover=True)
    assert hub.api("GET", "/api/state", token=first).status_code == 401
    state = hub.api("GET", "/api/state", token=second).json()
    assert next(c for c in state["counters"] if c["id"] == "1")["clerk"] == hub.supervisor["name"]


def test_logout_closes_the_counter(hub: RunningHub) -> None:
    token = hub.login("2")
    assert hub.api("POST", "/api/logout", token=token).status_code == 204
    assert hub.api("GET", "/api/state", token=token).status_code == 401
    state = hub.api("GET", "/api/state", token=hub.display_token).json()
    assert next(c for c in state["counters"] if c["id"] == "2")["state"] == "closed"


def test_failed_logins_are_throttled(hub: RunningHub) -> None:
    wrong = {"name": hub.clerk["name"], "pin": "0000", "counter": "1"}
    for _ in range(5):
        answer = hub.api("POST", "/api/login", wrong)
        assert (answer.status_code, answer.json()["code"]) == (401, "login_failed")
    answer = hub.api("POST", "/api/login", wrong)
    assert answer.status_code == 429
    assert answer.json()["code"] == "too_many_attempts"
    assert answer.json()["retry_after_s"] >= 1
    right = {**wrong, "pin": hub.clerk["pin"]}
    assert hub.api("POST", "/api/login", right).status_code == 429  # blocked, even if right


def test_a_supervisor_logs_in_without_a_counter(hub: RunningHub) -> None:
    """Steering and reports only: no counter is opened, so no estimate counts a counter
    nobody serves at; the supervisor's rights are the usual ones; logout ends the session."""
    before = hub.api("GET", "/api/state", token=hub.display_token).json()
    person = hub.supervisor
    answer = hub.api("POST", "/api/login", {"name": person["name"], "pin": person["pin"]})
    assert answer.status_code == 200, answer.text
    assert answer.json()["counter"] is None
    assert answer.json()["clerk"]["role"] == "supervisor"
    token = answer.json()["token"]
    after = hub.api("GET", "/api/state", token=hub.display_token).json()
    assert after["counters"] == before["counters"]  # nothing opened, nothing closed
    assert after["seq"] == before["seq"]  # and no event
    assert hub.api("GET", "/api/state", token=token).status_code == 200
    closed = hub.api("POST", "/api/closures",
                     {"day": "2026-12-01", "reason": "Personalversammlung"}, token=token)
    assert closed.status_code == 201, closed.text
    assert hub.api("POST", "/api/logout", token=token).status_code == 204
    assert hub.api("GET", "/api/state", token=token).status_code == 401


def test_a_clerk_needs_a_counter(hub: RunningHub) -> None:
    person = hub.clerk
    for body in ({"name": person["name"], "pin": person["pin"]},
                 {"name": person["name"], "pin": person["pin"], "counter": None}):
        answer = hub.api("POST", "/api/login", body)
        assert (answer.status_code, answer.json()["code"]) == (409, "counter_required")


def test_a_supervisor_without_a_counter_keeps_a_counter_session(hub: RunningHub) -> None:
    """Steering from the office PC leaves the supervisor's counter open, and the other way."""
    at_counter = hub.login("2", who="supervisor")
    person = hub.supervisor
    office = hub.api("POST", "/api/login", {"name": person["name"], "pin": person["pin"]})
    assert office.status_code == 200, office.text
    state = hub.api("GET", "/api/state", token=at_counter).json()
    assert next(c for c in state["counters"] if c["id"] == "2")["state"] == "open"
    assert hub.api("POST", "/api/logout", token=office.json()["token"]).status_code == 204
    state = hub.api("GET", "/api/state", token=at_counter).json()
    assert next(c for c in state["counters"] if c["id"] == "2")["state"] == "open"


def test_state_of_another_organisation_only_for_its_supervisors(hub: RunningHub) -> None:
    lead = hub.login("6", who="supervisor")
    made = hub.api("POST", "/api/orgs", {"id": "partner", "name": "Partnerstadt", "state": "NW"},
                   token=lead)
    assert made.status_code == 201, made.text
    hub.api("POST", "/api/services?org=partner",
            {"letter": "B", "name_de": "Bauamt", "name_en": "Building"}, token=lead)
    partner = hub.api("GET", "/api/state?org=partner", token=lead)
    assert partner.status_code == 200, partner.text
    assert partner.json()["org"]["id"] == "partner"
    assert [s["name_de"] for s in partner.json()["services"]] == ["Bauamt"]
    clerk = hub.login("2")
    for token in (clerk, hub.display_token):
        refused = hub.api("GET", "/api/state?org=partner", token=token)
        assert (refused.status_code, refused.json()["code"]) == (403, "forbidden")
    unknown = hub.api("GET", "/api/state?org=nowhere", token=lead)
    assert unknown.status_code == 403
