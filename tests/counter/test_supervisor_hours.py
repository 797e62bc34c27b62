"""Open hours through the supervisor view: closures with a reason, shortening, extra sessions,
the weekly plan. Each change is in the hub's state and reaches a display at once."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QTime

from tests.counter.helpers import WAIT_MS, hub_state, issue
from tests.counter.test_supervisor_support import Supervisor, api_ok, supervisor

__all__ = ["supervisor"]

WEDNESDAY = date(2026, 11, 25)
FRIDAY = date(2026, 11, 27)


def test_cancel_today_with_reason_keeps_waiting_tickets(
    hub: Any, supervisor: Supervisor, events: Any, qtbot: Any
) -> None:
    waiting = issue(hub, "A")
    tab = supervisor.window.hours
    assert tab.closure_day.date() == QDate(2026, 11, 25)  # the hub's today, not this PC's
    assert "krankheitsbedingt" in tab.reason.placeholderText() or tab.reason.placeholderText()
    assert "called" in tab.waiting_note.text() or "aufgerufen" in tab.waiting_note.text()
    tab.reason.setText("krankheitsbedingt")
    level, _text = supervisor.run(qtbot, tab.add_closure)
    assert level == "info"
    hours = hub_state(hub)["hours"]
    assert hours["open"] is False
    assert hours["reason"] == "krankheitsbedingt"
    event = events.wait_for(qtbot, "hours_changed")
    assert event["hours"]["reason"] == "krankheitsbedingt"
    qtbot.waitUntil(lambda: supervisor.vm.hours.exceptions_model.rowCount() == 1, timeout=WAIT_MS)
    assert tab.reason.text() == ""  # the form is cleared after success
    # People already waiting stay and are served.
    answer = hub.api("GET", f"/api/tickets/{waiting['id']}", token=hub.display_token)
    assert answer.json()["state"] == "waiting"
    qtbot.waitUntil(
        lambda: (
            "No open hours" in tab.window().dashboard.hours_label.text()
            or "Keine" in tab.window().dashboard.hours_label.text()
        ),
        timeout=WAIT_MS,
    )


def test_shorten_today_for_one_service(
    hub: Any, supervisor: Supervisor, events: Any, qtbot: Any
) -> None:
    tab = supervisor.window.hours
    tab.part_day.setChecked(True)
    tab.closure_start.setTime(QTime(9, 0))
    tab.closure_end.setTime(QTime(12, 0))
    tab.closure_service.setCurrentIndex(tab.closure_service.findData("M"))
    tab.reason.setText("Fortbildung")
    level, _text = supervisor.run(qtbot, tab.add_closure)
    assert level == "info"
    hours = hub_state(hub)["hours"]["services"]
    assert hours["M"]["open"] is False and hours["M"]["reason"] == "Fortbildung"
    assert hours["A"]["open"] is True
    events.wait_for(qtbot, "hours_changed")
    plan = api_ok(hub, "GET", "/api/hours/plan", supervisor.token)
    assert [(c["day"], c["start"][:5], c["end"][:5], c["service"]) for c in plan["closures"]] == [
        ("2026-11-25", "09:00", "12:00", "M")
    ]


def test_a_closure_without_reason_sends_nothing(
    hub: Any, supervisor: Supervisor, qtbot: Any
) -> None:
    tab = supervisor.window.hours
    level, _text = supervisor.run(qtbot, tab.add_closure)
    assert level == "error"
    assert api_ok(hub, "GET", "/api/hours/plan", supervisor.token)["closures"] == []


def test_extra_session_and_delete_it(
    hub: Any, supervisor: Supervisor, events: Any, qtbot: Any
) -> None:
    hours = supervisor.vm.hours
    level, _text = supervisor.run(qtbot, hours.add_session, date(2026, 11, 26), "13:00", "15:00")
    assert level == "info"
    plan = api_ok(hub, "GET", "/api/hours/plan", supervisor.token)
    assert [(s["day"], s["start"][:5]) for s in plan["sessions"]] == [("2026-11-26", "13:00")]
    events.wait_for(qtbot, "hours_changed")
    qtbot.waitUntil(lambda: hours.exceptions_model.rowCount() == 1, timeout=WAIT_MS)
    level, text = supervisor.run(qtbot, hours.delete_exception, 0)
    assert level == "info", text
    assert api_ok(hub, "GET", "/api/hours/plan", supervisor.token)["sessions"] == []
    qtbot.waitUntil(lambda: hours.exceptions_model.rowCount() == 0, timeout=WAIT_MS)


def test_future_closure_then_delete(hub: Any, supervisor: Supervisor, qtbot: Any) -> None:
    hours = supervisor.vm.hours
    supervisor.run(qtbot, hours.add_closure, FRIDAY, "Betriebsversammlung")
    qtbot.waitUntil(lambda: hours.exceptions_model.rowCount() == 1, timeout=WAIT_MS)
    model = hours.exceptions_model
    assert [model.index(0, c).data() for c in range(5)] == [
        "27.11.2026",
        "Cancelled",
        "whole day",
        "all",
        "Betriebsversammlung",
    ]
    level, _text = supervisor.run(qtbot, hours.delete_exception, 0)
    assert level == "info"
    assert api_ok(hub, "GET", "/api/hours/plan", supervisor.token)["closures"] == []


def test_edit_weekly_plan(hub: Any, supervisor: Supervisor, events: Any, qtbot: Any) -> None:
    hours = supervisor.vm.hours
    qtbot.waitUntil(lambda: hours.plan_model.rowCount() == 3, timeout=WAIT_MS)
    box = supervisor.window.hours.plan
    assert not box.save_button.isEnabled()
    # Tuesday afternoon for service O, and Monday now ends at 13:00.
    assert hours.add_slot("O", 1, "14:00", "16:00")
    monday = hours.plan_model.index(0, 3)
    assert hours.plan_model.setData(monday, "13:00")
    assert not hours.plan_model.setData(monday, "25:00")
    assert box.save_button.isEnabled()
    level, text = supervisor.run(qtbot, hours.save_plan)
    assert level == "info", text
    weekly = api_ok(hub, "GET", "/api/hours/plan", supervisor.token)["weekly"]
    slots = {(s["service"], s["weekday"], s["start"][:5], s["end"][:5]) for s in weekly}
    assert slots == {
        (None, 0, "08:00", "13:00"),
        (None, 2, "08:00", "12:00"),
        (None, 4, "08:00", "12:00"),
        ("O", 1, "14:00", "16:00"),
    }
    events.wait_for(qtbot, "hours_changed")
    assert not hours.plan_dirty
    qtbot.waitUntil(lambda: not box.save_button.isEnabled(), timeout=WAIT_MS)


def test_refused_plan_leaves_the_edit_in_place(
    hub: Any, supervisor: Supervisor, qtbot: Any
) -> None:
    hours = supervisor.vm.hours
    qtbot.waitUntil(lambda: hours.plan_model.rowCount() == 3, timeout=WAIT_MS)
    assert hours.add_slot("Z", 1, "14:00", "16:00")  # no such service: the hub refuses
    level, _text = supervisor.run(qtbot, hours.save_plan)
    assert level == "error"
    assert hours.plan_dirty and hours.plan_model.rowCount() == 4
    assert len(api_ok(hub, "GET", "/api/hours/plan", supervisor.token)["weekly"]) == 3
