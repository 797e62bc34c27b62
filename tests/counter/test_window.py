"""The counter window: German first, English at runtime, keys, dialogs, and its picture."""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counter.i18n import Translations
from counter.queue_model import LIGHT_ROLE
from counter.transfer_dialog import TransferChoice, TransferDialog
from counter.widgets.confirm import Confirm
from tests.counter.helpers import WAIT_MS, hub_state, hub_ticket, issue


@pytest.fixture
def german(qapp: QApplication) -> Any:
    translations = Translations(qapp)
    translations.switch("de")
    yield translations
    translations.switch("en")


def _act(qtbot: Any, vm: Any, press: Any) -> tuple[str, str]:
    with qtbot.waitSignal(vm.message, timeout=WAIT_MS) as blocker:
        press()
    return tuple(blocker.args)  # type: ignore[return-value]


def test_main_screen_in_german(
    hub: Any, make_vm: Any, make_window: Any, german: Any, qtbot: Any, tmp_path: Path
):
    for service in "AAMAO":
        issue(hub, service)
    helper = make_vm("1", who="supervisor")
    _act(qtbot, helper, helper.call_next)
    vm = make_vm("3")
    window = make_window(vm)
    window.resize(1280, 800)
    page = window.page
    assert page.buttons["next"].text().startswith("Nächste Nummer\nF12")
    _act(qtbot, vm, vm.call_next)
    _act(qtbot, vm, vm.park)
    _act(qtbot, vm, vm.call_next)
    _act(qtbot, vm, vm.done)
    level, text = _act(qtbot, vm, vm.call_next)
    current = vm.current
    assert current is not None
    assert (level, text) == ("info", f"{current['number']} aufgerufen")
    assert page.current.number.text() == current["number"]
    names = {"A": "Ausweis & Pass", "M": "Meldewesen"}
    assert page.current.service.text() == names[current["service"]]
    assert page.current.status.text() == "aufgerufen · wartet seit < 1 Min."
    assert window.counter_state.text() == "geöffnet"
    assert page.lists.tabText(0) == "Wartend (1)"
    assert page.lists.tabText(1) == "Zurückgestellt (1)"
    assert page.lists.tabText(3) == "Heute bedient (1)"
    assert not window.offline_banner.isVisible()
    assert vm.queue_model.index(0, 2).data(LIGHT_ROLE) == "green"
    target = tmp_path / "counter.png"
    assert window.grab().save(str(target))
    assert target.stat().st_size > 10_000
    if os.environ.get("WARTEMARKE_SCREENSHOT_DIR"):
        shutil.copyfile(target, Path(os.environ["WARTEMARKE_SCREENSHOT_DIR"]) / "counter.png")


def test_english_at_runtime_and_back(
    hub: Any, make_vm: Any, make_window: Any, german: Any, qtbot: Any
):
    window = make_window(make_vm("3"))
    assert window.logout_button.text() == "Abmelden"
    window.language = "en"
    german.switch("en")  # Qt posts LanguageChange to every widget
    qtbot.waitUntil(lambda: window.logout_button.text() == "Log out", timeout=WAIT_MS)
    assert window.page.buttons["next"].text().startswith("Next ticket")
    assert window.page.lists.tabText(0) == "Waiting (0)"
    assert window.language_button.text() == "Deutsch"
    window.language = "de"
    german.switch("de")
    qtbot.waitUntil(lambda: window.page.buttons["done"].text().startswith("Erledigt"))


def test_keys_drive_the_counter(hub: Any, make_vm: Any, make_window: Any, qtbot: Any):
    ticket = issue(hub, "A")
    vm = make_vm("3")
    window = make_window(vm)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    assert window.page.buttons["next"].text().endswith("F12 · Space · Enter")
    _act(qtbot, vm, lambda: qtbot.keyClick(window, Qt.Key.Key_F12))
    assert vm.current is not None and vm.current["id"] == ticket["id"]
    _act(qtbot, vm, lambda: qtbot.keyClick(window, Qt.Key.Key_F5))
    assert hub_ticket(hub, ticket["id"])["recalls"] == 1
    _act(qtbot, vm, lambda: qtbot.keyClick(window, Qt.Key.Key_F6))
    assert hub_ticket(hub, ticket["id"])["state"] == "serving"
    _act(qtbot, vm, lambda: qtbot.keyClick(window, Qt.Key.Key_F8))
    assert hub_ticket(hub, ticket["id"])["state"] == "done"
    second = issue(hub, "A")
    window.page.buttons["next"].setFocus()
    _act(qtbot, vm, lambda: qtbot.keyClick(window.page.buttons["next"], Qt.Key.Key_Return))
    assert vm.current is not None and vm.current["id"] == second["id"]


def test_enter_in_the_list_calls_the_selected_ticket(
    hub: Any, make_vm: Any, make_window: Any, qtbot: Any
):
    issue(hub, "A")
    chosen = issue(hub, "M")
    vm = make_vm("3")
    window = make_window(vm)
    window.activateWindow()
    table = window.page.waiting
    qtbot.waitUntil(lambda: vm.waiting_model.rowCount() == 2, timeout=WAIT_MS)
    table.setFocus()
    table.selectRow(vm.waiting_model.row_of(chosen["id"]))
    _act(qtbot, vm, lambda: qtbot.keyClick(table, Qt.Key.Key_Return))
    assert vm.current is not None and vm.current["id"] == chosen["id"]
    assert [c["number"] for c in hub_state(hub)["calls"]] == [chosen["number"]]


def test_transfer_button_asks_where_to(
    hub: Any, make_vm: Any, make_window: Any, qtbot: Any, monkeypatch: Any
):
    ticket = issue(hub, "A")
    vm = make_vm("3")
    window = make_window(vm)
    _act(qtbot, vm, vm.call_next)
    offered: dict[str, Any] = {}

    def ask(_cls: Any, _parent: Any, services: Any, counters: Any) -> TransferChoice:
        offered.update(services=services, counters=counters)
        return TransferChoice(service="O", note="bitte Ausweis prüfen")

    monkeypatch.setattr(TransferDialog, "ask", classmethod(ask))
    _act(
        qtbot,
        vm,
        lambda: qtbot.mouseClick(window.page.buttons["transfer"], Qt.MouseButton.LeftButton),
    )
    assert [letter for letter, _ in offered["services"]] == ["M", "O"]
    assert "3" not in [c for c, _ in offered["counters"]]
    after = hub_ticket(hub, ticket["id"])
    assert (after["service"], after["state"]) == ("O", "waiting")


def test_transfer_dialog_offers_service_or_counter(qtbot: Any):
    dialog = TransferDialog([("M", "Meldewesen")], [("4", "Schalter 4")])
    qtbot.addWidget(dialog)
    assert dialog.choice() == TransferChoice(service="M")
    dialog.to_counter.setChecked(True)
    qtbot.keyClicks(dialog.note, "x" * 250)
    assert dialog.choice() == TransferChoice(counter="4", note="x" * 200)


def test_pause_and_close_from_the_header(
    hub: Any, make_vm: Any, make_window: Any, qtbot: Any, monkeypatch: Any
):
    vm = make_vm("3")
    window = make_window(vm)
    _act(qtbot, vm, lambda: qtbot.mouseClick(window.pause_button, Qt.MouseButton.LeftButton))
    assert vm.counter_state == "paused" and not window.page.buttons["next"].isEnabled()
    assert window.pause_button.label == "Resume"
    _act(qtbot, vm, lambda: qtbot.mouseClick(window.pause_button, Qt.MouseButton.LeftButton))
    assert vm.counter_state == "open"
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *_args: True))
    _act(qtbot, vm, lambda: qtbot.mouseClick(window.close_button, Qt.MouseButton.LeftButton))
    assert vm.counter_state == "closed"
    assert next(c for c in hub_state(hub)["counters"] if c["id"] == "3")["state"] == "closed"


def test_tab_order_starts_at_next_and_walks_the_actions(hub: Any, make_vm: Any, make_window: Any):
    page = make_window(make_vm("3")).page
    order = ["next", "recall", "start", "park", "done", "no-show", "transfer"]
    for first, second in itertools.pairwise(order):
        assert page.buttons[first].nextInFocusChain() is page.buttons[second]
