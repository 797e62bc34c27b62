"""The display's view model fed directly with hub-shaped data (no hub, no window)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from display.calls import AnnouncementLedger, spoken_number
from display.config import DisplayConfig
from display.view_model import HISTORY_SIZE, MAX_ACTIVE_CALLS, DisplayViewModel

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def ticket(tid: int, number: str, counter: str | None, state: str = "called",
           at: datetime = NOW, recalls: int = 0, service: str = "A") -> dict[str, Any]:
    return {"id": tid, "number": number, "service": service, "state": state,
            "counter": counter, "called_at": iso(at) if counter else None, "recalls": recalls}


def snapshot(**extra: Any) -> dict[str, Any]:
    state: dict[str, Any] = {
        "seq": 1, "now": iso(NOW), "org": {"id": "main", "name": "Bürgerbüro Test"},
        "services": [{"letter": "A", "name_de": "Ausweis & Pass", "name_en": "ID card"}],
        "counters": [{"id": "1", "name": "Schalter 1"}],
        "queues": [{"service": "A", "waiting": 4, "estimate": {"low_min": 10, "high_min": 25}},
                   {"service": "M", "waiting": 2, "estimate": None}],
        "hours": {"open": True, "until": iso(NOW + timedelta(hours=3))},
        "calls": [], "recent_calls": [], "ticker": [],
    }
    state.update(extra)
    return state


def event(kind: str, tk: dict[str, Any], at: datetime = NOW, seq: int = 2) -> dict[str, Any]:
    return {"seq": seq, "type": kind, "at": iso(at), "ticket": tk,
            "queues": [{"service": "A", "waiting": 3, "estimate": None}]}


def test_snapshot_fills_everything_and_events_update_it(qtbot: Any) -> None:
    vm = DisplayViewModel(DisplayConfig())
    assert vm.stale and not vm.has_data
    vm.set_connected(True)
    vm.apply_snapshot(snapshot())
    assert not vm.stale
    assert vm.office_name == "Bürgerbüro Test"
    assert [q["waiting"] for q in vm.queues] == [4, 2]
    with qtbot.waitSignal(vm.call_arrived) as arrived:
        vm.apply_event(event("ticket_called", ticket(7, "A007", "1")))
    assert arrived.args[1:] == ["A007", "1"]
    assert [c.number for c in vm.active_calls] == ["A007"]
    assert vm.queues[0]["waiting"] == 3
    vm.apply_event(event("ticket_started", ticket(7, "A007", "1", state="serving")))
    assert vm.active_calls[0].state == "serving"
    vm.apply_event(event("ticket_done", ticket(7, "A007", "1", state="done")))
    assert vm.active_calls == []
    assert [c.number for c in vm.recent_calls()] == ["A007"]


def test_one_call_per_counter_and_several_counters_at_once(qtbot: Any) -> None:
    vm = DisplayViewModel(DisplayConfig())
    vm.apply_snapshot(snapshot())
    vm.apply_event(event("ticket_called", ticket(1, "A001", "1")))
    vm.apply_event(event("ticket_called", ticket(2, "A002", "2")))
    vm.apply_event(event("ticket_called", ticket(3, "A003", "1")))
    assert [c.number for c in vm.active_calls] == ["A003", "A002"]
    assert [c.number for c in vm.recent_calls(shown=2)] == ["A001"]
    assert [c.number for c in vm.recent_calls(shown=1)] == ["A002", "A001"]


def test_recall_is_announced_again_but_a_repeat_is_not(qtbot: Any) -> None:
    vm = DisplayViewModel(DisplayConfig())
    vm.apply_snapshot(snapshot())
    keys: list[str] = []
    vm.call_arrived.connect(lambda key, *_: keys.append(key))
    called = event("ticket_called", ticket(1, "A001", "1"))
    vm.apply_event(called)
    vm.apply_event(called)  # e.g. replayed after a reconnect
    vm.apply_snapshot(snapshot(calls=[ticket(1, "A001", "1")]))
    vm.apply_event(event("ticket_recalled", ticket(1, "A001", "1", recalls=1)))
    assert len(keys) == 2 and keys[0] != keys[1]


def test_old_calls_are_shown_but_not_announced(qtbot: Any) -> None:
    vm = DisplayViewModel(DisplayConfig())
    old = NOW - timedelta(seconds=90)
    keys: list[str] = []
    vm.call_arrived.connect(lambda key, *_: keys.append(key))
    vm.apply_snapshot(snapshot(calls=[ticket(1, "A001", "1", at=old),
                                      ticket(2, "A002", "2", at=NOW - timedelta(seconds=5))]))
    vm.apply_event(event("ticket_called", ticket(3, "A003", "3", at=old), at=old))
    assert [c.number for c in vm.active_calls] == ["A003", "A001", "A002"]
    assert len(keys) == 1 and keys[0].startswith("2:")


def test_filter_applies_to_calls_queues_and_announcements(qtbot: Any) -> None:
    vm = DisplayViewModel(DisplayConfig(services=("A",), counters=("1", "2")))
    vm.apply_snapshot(snapshot())
    keys: list[str] = []
    vm.call_arrived.connect(lambda key, *_: keys.append(key))
    vm.apply_event(event("ticket_called", ticket(1, "M001", "1", service="M")))
    vm.apply_event(event("ticket_called", ticket(2, "A002", "5")))
    vm.apply_event(event("ticket_called", ticket(3, "A003", "2")))
    assert [c.number for c in vm.active_calls] == ["A003"]
    assert [q["service"] for q in vm.queues] == ["A"]
    assert len(keys) == 1


def test_losing_the_hub_keeps_data_and_marks_it_stale(qtbot: Any) -> None:
    vm = DisplayViewModel(DisplayConfig())
    vm.set_connected(True)
    vm.apply_snapshot(snapshot(calls=[ticket(1, "A001", "1")]))
    with qtbot.waitSignal(vm.stale_changed) as changed:
        vm.set_connected(False)
    assert changed.args == [True]
    assert [q["waiting"] for q in vm.queues] == [4, 2]  # never "0 waiting"
    assert [c.number for c in vm.active_calls] == ["A001"]


def test_expired_ticker_messages_are_left_out(qtbot: Any) -> None:
    vm = DisplayViewModel(DisplayConfig())
    vm.apply_snapshot(snapshot(ticker=[
        {"id": 1, "text": "Bitte Unterlagen bereithalten", "until": None},
        {"id": 2, "text": "vorbei", "until": iso(NOW - timedelta(minutes=1))},
    ]))
    assert vm.ticker_texts() == ["Bitte Unterlagen bereithalten"]


def test_memory_stays_flat_over_100000_calls(qtbot: Any) -> None:
    vm = DisplayViewModel(DisplayConfig())
    vm.apply_snapshot(snapshot())
    stamp = iso(NOW)
    queues = [{"service": "A", "waiting": 3, "estimate": None}]
    for i in range(100_000):
        tk = {"id": i, "number": f"A{i % 1000:03d}", "service": "A", "state": "called",
              "counter": str(i % 40), "called_at": stamp, "recalls": 0}
        vm.apply_event({"seq": i + 2, "type": "ticket_called", "at": stamp, "ticket": tk,
                        "queues": queues})
    assert len(vm.active_calls) <= MAX_ACTIVE_CALLS
    assert vm.history_size == HISTORY_SIZE
    assert len(vm.recent_calls()) == vm.config.recent_count
    assert len(vm.ledger) <= vm.ledger.capacity


def test_ledger_and_spoken_numbers() -> None:
    ledger = AnnouncementLedger(max_age_s=60, capacity=3)
    assert ledger.admit("a", NOW, NOW)
    assert not ledger.admit("a", NOW, NOW)
    assert not ledger.admit("b", NOW - timedelta(seconds=61), NOW)
    for key in "cdef":
        ledger.admit(key, NOW, NOW)
    assert len(ledger) == 3
    assert spoken_number("A017") == "A 17"
    assert spoken_number("M100") == "M 100"
    assert spoken_number("B000") == "B 0"
