"""Management through the supervisor view: clerks, device tokens, services, counters, audit."""

from __future__ import annotations

from typing import Any

import pytest

from counter.supervisor.widgets.common import TokenDialog
from counter.widgets.confirm import Confirm
from tests.counter.helpers import WAIT_MS, hub_state
from tests.counter.test_supervisor_support import Supervisor, api_ok, supervisor

__all__ = ["supervisor"]


def test_add_clerk_who_can_then_log_in(hub: Any, supervisor: Supervisor, qtbot: Any) -> None:
    page = supervisor.window.admin_pages["clerks"]
    page.name.setText("Schmidt")
    page.pin.setText("4711")
    level, text = supervisor.run(qtbot, page.add)
    assert level == "info", text
    clerks = {c["name"]: c for c in api_ok(hub, "GET", "/api/clerks", supervisor.token)}
    assert clerks["Schmidt"]["role"] == "clerk" and clerks["Schmidt"]["active"]
    answer = hub.api("POST", "/api/login", {"name": "Schmidt", "pin": "4711", "counter": "2"})
    assert answer.status_code == 200, answer.text
    assert page.name.text() == "" and page.pin.text() == ""
    model = supervisor.vm.admin.clerks_model
    qtbot.waitUntil(lambda: model.row_of("Schmidt") >= 0, timeout=WAIT_MS)


def test_short_pin_is_refused_before_sending(hub: Any, supervisor: Supervisor, qtbot: Any) -> None:
    page = supervisor.window.admin_pages["clerks"]
    page.name.setText("Kurz")
    page.pin.setText("12")
    level, _text = supervisor.run(qtbot, page.add)
    assert level == "error"
    names = [c["name"] for c in api_ok(hub, "GET", "/api/clerks", supervisor.token)]
    assert "Kurz" not in names


def test_existing_clerk_name_shows_the_conflict(
    hub: Any, supervisor: Supervisor, qtbot: Any
) -> None:
    level, text = supervisor.run(qtbot, supervisor.vm.admin.add_clerk, hub.clerk["name"], "5555")
    assert level == "error"
    assert text == "There is already a person with this name."  # German once translated


def test_change_pin_and_deactivate(
    hub: Any, supervisor: Supervisor, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = supervisor.vm.admin
    supervisor.run(qtbot, admin.change_clerk, hub.clerk["name"], pin="2468")
    answer = hub.api(
        "POST", "/api/login", {"name": hub.clerk["name"], "pin": "2468", "counter": "2"}
    )
    assert answer.status_code == 200, answer.text
    page = supervisor.window.admin_pages["clerks"]
    model = admin.clerks_model
    qtbot.waitUntil(lambda: model.row_of(hub.clerk["name"]) >= 0, timeout=WAIT_MS)
    page.view.selectRow(model.row_of(hub.clerk["name"]))
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *_a: True))
    level, text = supervisor.run(qtbot, page.toggle_active)
    assert level == "info", text
    clerks = {c["name"]: c for c in api_ok(hub, "GET", "/api/clerks", supervisor.token)}
    assert clerks[hub.clerk["name"]]["active"] is False


def test_create_device_token_shows_it_once_and_it_works(
    hub: Any, supervisor: Supervisor, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[dict[str, Any]] = []
    monkeypatch.setattr(
        TokenDialog, "ask", classmethod(lambda cls, _p, device: shown.append(device))
    )
    page = supervisor.window.admin_pages["devices"]
    page.role.setCurrentIndex(page.role.findData("display"))
    page.name.setText("Anzeige Flur")
    level, text = supervisor.run(qtbot, page.create)
    assert level == "info", text
    assert len(shown) == 1 and shown[0]["name"] == "Anzeige Flur"
    token = shown[0]["token"]
    assert hub.api("GET", "/api/state", token=token).status_code == 200
    model = supervisor.vm.admin.devices_model
    qtbot.waitUntil(lambda: model.row_of(shown[0]["id"]) >= 0, timeout=WAIT_MS)
    # The dialog itself shows the token in a copyable field.
    dialog = TokenDialog(shown[0], supervisor.window)
    qtbot.addWidget(dialog)
    assert dialog.field.text() == token and dialog.field.isReadOnly()
    # Revoke: the device is locked out at once.
    page.view.selectRow(model.row_of(shown[0]["id"]))
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *_a: True))
    level, text = supervisor.run(qtbot, page.revoke)
    assert level == "info", text
    assert hub.api("GET", "/api/state", token=token).status_code == 401


def test_services_add_rename_deactivate(hub: Any, supervisor: Supervisor, qtbot: Any) -> None:
    admin = supervisor.vm.admin
    level, text = supervisor.run(qtbot, admin.add_service, "b", "Bauamt", "")
    assert level == "info", text
    qtbot.waitUntil(lambda: "B" in supervisor.vm.state.services, timeout=WAIT_MS)
    supervisor.run(qtbot, admin.change_service, "B", name_de="Bauen & Wohnen")
    supervisor.run(qtbot, admin.change_service, "B", active=False)
    service = next(s for s in hub_state(hub)["services"] if s["letter"] == "B")
    assert service["name_de"] == "Bauen & Wohnen" and service["active"] is False
    qtbot.waitUntil(lambda: not supervisor.vm.state.services["B"]["active"], timeout=WAIT_MS)
    assert supervisor.vm.dashboard.queue_model.row_of("B") == -1


def test_add_and_remove_a_counter(
    hub: Any, supervisor: Supervisor, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = supervisor.window.admin_pages["counters"]
    page.new_id.setText("7")
    page.checks["A"].setChecked(True)
    level, text = supervisor.run(qtbot, page.add)
    assert level == "info", text
    counter = next(c for c in hub_state(hub)["counters"] if c["id"] == "7")
    assert counter["services"] == ["A"] and counter["state"] == "closed"
    model = supervisor.vm.counters.model
    qtbot.waitUntil(lambda: model.row_of("7") >= 0, timeout=WAIT_MS)
    page.view.selectRow(model.row_of("7"))
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *_a: True))
    level, text = supervisor.run(qtbot, page.remove)
    assert level == "info", text
    assert all(c["id"] != "7" for c in hub_state(hub)["counters"])
    qtbot.waitUntil(lambda: model.row_of("7") == -1, timeout=WAIT_MS)


def test_audit_log_names_who_did_what(hub: Any, supervisor: Supervisor, qtbot: Any) -> None:
    admin = supervisor.vm.admin
    supervisor.run(qtbot, admin.add_clerk, "Yilmaz", "13579")
    model = admin.audit_model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=WAIT_MS)
    assert model.index(0, 1).data() == hub.supervisor["name"]
    assert model.index(0, 2).data() == "clerk added"
    assert "Yilmaz" in model.index(0, 3).data()
    assert model.index(0, 0).data().startswith("25.11.2026")
