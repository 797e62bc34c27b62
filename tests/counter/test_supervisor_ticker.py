"""Ticker messages through the supervisor view: add (with and without end), delete."""

from __future__ import annotations

from typing import Any

from tests.counter.helpers import WAIT_MS, hub_state
from tests.counter.test_supervisor_support import Supervisor, supervisor

__all__ = ["supervisor"]


def test_add_and_delete_ticker_messages(
    hub: Any, supervisor: Supervisor, events: Any, qtbot: Any
) -> None:
    tab = supervisor.window.ticker
    tab.text.setText("Heute ab 11 Uhr nur Termine mit Buchung.")
    tab.limited.setChecked(True)  # suggested end: 18:00 of the hub's today
    level, text = supervisor.run(qtbot, tab.add)
    assert level == "info", text
    ticker = hub_state(hub)["ticker"]
    assert [(t["text"], t["until"]) for t in ticker] == [
        ("Heute ab 11 Uhr nur Termine mit Buchung.", "2026-11-25T17:00:00Z")
    ]
    event = events.wait_for(qtbot, "ticker_changed")
    assert event["ticker"][0]["text"].startswith("Heute ab 11")
    assert tab.text.text() == ""
    model = supervisor.vm.ticker.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT_MS)
    assert model.index(0, 1).data() == "25.11.2026 18:00"
    tab.text.setText("Bitte Wartenummer bereithalten")
    supervisor.run(qtbot, tab.add)
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=WAIT_MS)
    assert model.index(1, 1).data() == "until deleted"
    tab.view.selectRow(0)
    events.seen.clear()
    level, text = supervisor.run(qtbot, tab.delete_selected)
    assert level == "info", text
    assert [t["text"] for t in hub_state(hub)["ticker"]] == ["Bitte Wartenummer bereithalten"]
    event = events.wait_for(qtbot, "ticker_changed")
    assert len(event["ticker"]) == 1
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT_MS)


def test_ticker_end_in_the_past_is_refused_locally(
    hub: Any, supervisor: Supervisor, qtbot: Any
) -> None:
    tab = supervisor.window.ticker
    tab.text.setText("Zu spät")
    tab.limited.setChecked(True)
    tab.until.setDateTime(tab.until.dateTime().addDays(-2))
    level, _text = supervisor.run(qtbot, tab.add)
    assert level == "error"
    assert hub_state(hub)["ticker"] == []
    assert tab.text.text() == "Zu spät"  # nothing half-done: the form keeps the text
