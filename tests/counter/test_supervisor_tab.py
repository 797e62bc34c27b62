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
