"""Several organisations on one hub: the supervisor view's organisation selector.

Picking an organisation makes every tab talk to it (`?org=ID` on every request) and follow
its events; the session's organisation is left alone.
"""

from __future__ import annotations

from typing import Any

from counter.supervisor.endpoints import with_org
from tests.counter.helpers import WAIT_MS, issue
from tests.counter.test_supervisor_support import Supervisor, api_ok, supervisor

__all__ = ["supervisor"]


def make_partner(hub: Any, token: str) -> None:
    """A partner town's office with one service and one counter, nobody waiting."""
    api_ok(hub, "POST", "/api/orgs", token,
           {"id": "partner", "name": "Bürgerbüro Partnerstadt", "state": "NW"})
    api_ok(hub, "POST", "/api/services?org=partner", token,
           {"letter": "B", "name_de": "Bauamt", "name_en": "Building"})
    api_ok(hub, "POST", "/api/counters?org=partner", token,
           {"id": "p1", "name": "Partner 1", "services": ["B"]})


def pick(qtbot: Any, sup: Supervisor, org_id: str) -> None:
    """Choose `org_id` in the header's selector, as the lead would."""
    combo = sup.window.org_selector.combo
    index = combo.findData(org_id)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert sup.vm.orgs.current == org_id
    qtbot.waitUntil(lambda: sup.vm.connected, timeout=WAIT_MS)
    sup.wait_idle(qtbot)


def counter_names(sup: Supervisor) -> list[str]:
    model = sup.vm.dashboard.counter_model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def queue_services(sup: Supervisor) -> list[str]:
    model = sup.vm.dashboard.queue_model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_one_organisation_shows_no_selector(supervisor: Supervisor, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: bool(supervisor.vm.orgs.orgs), timeout=WAIT_MS)
    assert [o["id"] for o in supervisor.vm.orgs.orgs] == ["main"]
    assert supervisor.vm.orgs.current == "main"
    assert supervisor.window.org_selector.isHidden()


def test_partner_dashboard_counters_and_closure_go_to_the_partner(
    hub: Any, supervisor: Supervisor, qtbot: Any
) -> None:
    sup = supervisor
    main_names = counter_names(sup)
    make_partner(hub, sup.token)
    # Creating an organisation is announced (config_changed "orgs"): the selector appears.
    qtbot.waitUntil(lambda: sup.window.org_selector.isVisible(), timeout=WAIT_MS)
    assert sup.window.org_selector.combo.count() == 2
    assert sup.window.org_selector.combo.currentData() == "main"

    pick(qtbot, sup, "partner")
    qtbot.waitUntil(lambda: list(sup.vm.state.counters) == ["p1"], timeout=WAIT_MS)
    assert counter_names(sup) == ["Partner 1"]
    assert not set(main_names) & set(counter_names(sup))
    assert [r["letter"] for r in sup.vm.admin.services_model.rows()] == ["B"]
    # The partner's services by name (its snapshot: GET /api/state?org=partner).
    assert any("Bauamt" in text for text in queue_services(sup)), queue_services(sup)
    assert sup.vm.state.services["B"]["name_de"] == "Bauamt"

    # The counters tab steers the partner's counter.
    sup.vm.counters.select("p1")
    level, _text = sup.run(qtbot, sup.vm.counters.set_state, "paused")
    assert level == "info"
    partner = api_ok(hub, "GET", "/api/dashboard?org=partner", sup.token)
    assert [(c["id"], c["state"]) for c in partner["counters"]] == [("p1", "paused")]

    # Live: the partner's events arrive, main's do not.
    api_ok(hub, "POST", "/api/counters/3/state", sup.token, {"state": "paused"})
    api_ok(hub, "POST", "/api/counters/p1/state?org=partner", sup.token, {"state": "open"})
    qtbot.waitUntil(lambda: sup.vm.state.counters["p1"]["state"] == "open", timeout=WAIT_MS)
    assert list(sup.vm.state.counters) == ["p1"]

    # A closure made in the view lands on the partner, not on main.
    tab = sup.window.hours
    tab.reason.setText("Betriebsausflug")
    level, _text = sup.run(qtbot, tab.add_closure)
    assert level == "info"
    partner_plan = api_ok(hub, "GET", "/api/hours/plan?org=partner", sup.token)
    assert [c["reason"] for c in partner_plan["closures"]] == ["Betriebsausflug"]
    assert api_ok(hub, "GET", "/api/hours/plan?org=main", sup.token)["closures"] == []
    qtbot.waitUntil(lambda: sup.vm.hours.exceptions_model.rowCount() == 1, timeout=WAIT_MS)

    # Back to main: its six counters again, the partner's closure not among its exceptions.
    pick(qtbot, sup, "main")
    qtbot.waitUntil(lambda: len(sup.vm.state.counters) == 6, timeout=WAIT_MS)
    assert "p1" not in sup.vm.state.counters
    assert sup.vm.state.counters["3"]["state"] == "paused"
    qtbot.waitUntil(lambda: sup.vm.hours.exceptions_model.rowCount() == 0, timeout=WAIT_MS)


def test_new_organisation_from_management(hub: Any, supervisor: Supervisor, qtbot: Any) -> None:
    page = supervisor.window.admin_pages["orgs"]
    page.new_id.setText("nachbar")
    page.new_name.setText("Bürgerbüro Nachbarort")
    level, _text = supervisor.run(qtbot, page.add_button.click)
    assert level == "info"
    qtbot.waitUntil(lambda: page.list.count() == 2, timeout=WAIT_MS)
    assert page.new_id.text() == ""
    orgs = api_ok(hub, "GET", "/api/orgs", supervisor.token)
    assert {o["id"] for o in orgs} == {"main", "nachbar"}  # the creator is responsible
    qtbot.waitUntil(lambda: supervisor.window.org_selector.isVisible(), timeout=WAIT_MS)
    # A bad id is refused before anything is sent.
    page.new_id.setText("Nicht Gültig")
    page.new_name.setText("x")
    level, _text = supervisor.run(qtbot, page.add_button.click)
    assert level == "error"


def test_ticker_and_reports_follow_the_partner(hub: Any, supervisor: Supervisor,
                                               qtbot: Any) -> None:
    sup = supervisor
    issue(hub, "A")  # main's day has a ticket, the partner's none
    make_partner(hub, sup.token)
    qtbot.waitUntil(lambda: sup.window.org_selector.isVisible(), timeout=WAIT_MS)
    pick(qtbot, sup, "partner")
    level, _text = sup.run(qtbot, sup.vm.ticker.add, "Partnerstadt: heute nur Bauamt")
    assert level == "info"
    ticker = api_ok(hub, "GET", "/api/ticker?org=partner", sup.token)
    assert [m["text"] for m in ticker] == ["Partnerstadt: heute nur Bauamt"]
    assert api_ok(hub, "GET", "/api/ticker", sup.token) == []
    # The partner's ticker_changed event reaches the view.
    qtbot.waitUntil(lambda: sup.vm.ticker.model.rowCount() == 1, timeout=WAIT_MS)
    assert sup.vm.reports.load("day") is True
    qtbot.waitUntil(lambda: bool(sup.vm.reports.report), timeout=WAIT_MS)
    sup.wait_idle(qtbot)
    assert sup.vm.reports.report["totals"]["issued"] == 0
    assert sup.vm.dashboard.issued_today == 0
    assert sup.vm.reports.staffing.get("date")


def test_org_is_added_to_every_path_but_the_list_of_orgs() -> None:
    assert with_org("/api/closures", "partner") == "/api/closures?org=partner"
    assert with_org("/api/reports?period=day", "a b") == "/api/reports?period=day&org=a%20b"
    assert with_org("/api/closures", "") == "/api/closures"
    assert with_org("/api/state", "partner") == "/api/state?org=partner"
    assert with_org("/api/orgs", "partner") == "/api/orgs"
