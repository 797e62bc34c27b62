"""The department lead's tab appears in the counter window only while a supervisor works."""

from __future__ import annotations

from typing import Any

from counter.i18n import Translations
from counter.supervisor.attach import SupervisorTab
from counter.view_model import CounterViewModel
from shared.client.hub_client import HubClient

WAIT_MS = 20_000


def _login(qtbot: Any, vm: CounterViewModel, person: dict[str, str], counter: str) -> None:
    with qtbot.waitSignal(vm.session.logged_in, timeout=WAIT_MS):
        assert vm.session.login(person["name"], person["pin"], counter, takeover=True)


def test_tab_follows_the_supervisors_session(hub: Any, make_window: Any, qtbot: Any,
                                             qapp: Any) -> None:
    from counter.settings import CounterSettings

    client = HubClient(hub.url)
    vm = CounterViewModel(client, CounterSettings())
    window = make_window(vm)
    translations = Translations(qapp)
    translations.switch("de")
    tab = SupervisorTab(window, vm.session, client, translations)
    try:
        _login(qtbot, vm, hub.clerk, "2")
        assert window.views.count() == 1 and tab.view is None

        vm.session.logout()
        _login(qtbot, vm, hub.supervisor, "6")
        assert window.views.count() == 2
        assert window.views.tabText(1) == "Abteilungsleitung"

        translations.switch("en")
        assert window.views.tabText(1) == "Department lead"

        vm.session.logout()
        assert window.views.count() == 1 and tab.view is None
    finally:
        translations.switch("en")
        vm.shutdown()


def test_a_supervisor_without_a_counter_sees_only_the_lead_view(
        hub: Any, make_window: Any, qtbot: Any, qapp: Any, tmp_path: Any) -> None:
    """An empty counter on the login screen: the lead's view is selected, the counter view
    and its controls are off, no counter is opened, and the PC keeps its counter."""
    from counter.login_dialog import LoginDialog
    from counter.settings import CounterSettings
    from tests.counter.helpers import hub_state

    settings = CounterSettings()
    settings.counter = "4"
    client = HubClient(hub.url)
    vm = CounterViewModel(client, settings)
    window = make_window(vm)
    translations = Translations(qapp)
    translations.switch("de")
    tab = SupervisorTab(window, vm.session, client, translations)
    dialog = LoginDialog(vm.session)
    qtbot.addWidget(dialog)
    before = {c["id"]: c["state"] for c in hub_state(hub)["counters"]}
    try:
        dialog.name.setText(hub.supervisor["name"])
        dialog.pin.setText(hub.supervisor["pin"])
        dialog.counter.clear()
        with qtbot.waitSignal(vm.session.logged_in, timeout=WAIT_MS):
            dialog.login_button.click()
        assert not vm.session.at_counter and vm.session.role == "supervisor"
        assert window.views.currentWidget() is tab.view
        assert not window.views.isTabEnabled(0)
        assert window.pause_button.isHidden() and window.close_button.isHidden()
        assert window.title.text() == f"Aufsicht · {hub.supervisor['name']}"
        assert not any(vm.can(action) for action in ("next", "open", "paused", "closed"))
        window.grab().save(str(tmp_path / "supervising.png"))
        assert {c["id"]: c["state"] for c in hub_state(hub)["counters"]} == before
        assert CounterSettings().counter == "4"

        vm.session.logout()
        assert window.views.count() == 1 and window.views.isTabEnabled(0)
        assert vm.session.counter_id == "4"
    finally:
        translations.switch("en")
        vm.shutdown()


def test_a_clerk_is_asked_for_the_counter(hub: Any, make_window: Any, qtbot: Any) -> None:
    from counter import texts
    from counter.login_dialog import LoginDialog
    from counter.settings import CounterSettings

    vm = CounterViewModel(HubClient(hub.url), CounterSettings())
    dialog = LoginDialog(vm.session)
    qtbot.addWidget(dialog)
    try:
        dialog.name.setText(hub.clerk["name"])
        dialog.pin.setText(hub.clerk["pin"])
        dialog.counter.clear()
        with qtbot.waitSignal(vm.session.login_failed, timeout=WAIT_MS):
            dialog.login_button.click()
        assert dialog.error.text() == texts.error("counter_required")
        assert not vm.session.active
    finally:
        vm.shutdown()
