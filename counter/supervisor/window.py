"""The department lead's window: tabs over `SupervisorViewModel`, layout and bindings only."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from counter.supervisor.view_model import SupervisorViewModel
from counter.supervisor.widgets.admin_office import CountersPage, ServicesPage
from counter.supervisor.widgets.admin_people import AuditPage, ClerksPage, DevicesPage
from counter.supervisor.widgets.counters_tab import CountersTab
from counter.supervisor.widgets.dashboard_tab import DashboardTab
from counter.supervisor.widgets.hours_tab import HoursTab
from counter.supervisor.widgets.orgs import OrgSelector, OrgsPage
from counter.supervisor.widgets.reports_tab import ReportsTab
from counter.supervisor.widgets.ticker_tab import TickerTab
from counter.widgets.banner import Banner


class SupervisorWindow(QWidget):
    """Übersicht, Schalter, Sprechstunden, Laufschrift, Verwaltung, Berichte.

    Attributes:
        vm: the view model (owned by this window once created by `create_supervisor_view`).
        dashboard, counters, hours, ticker, reports: the tabs; admin_pages the management
            sub-pages by name ("services", "counters", "clerks", "devices", "audit", "orgs").
        org_selector: the organisation every tab talks to (hidden with only one).
    """

    def __init__(self, vm: SupervisorViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self._dates_set = False
        layout = QVBoxLayout(self)
        self.org_selector = OrgSelector(vm)
        layout.addWidget(self.org_selector)
        self.offline = Banner("offline")
        self.error = Banner("error")
        self.info = Banner("info")
        for banner in (self.offline, self.error, self.info):
            layout.addWidget(banner)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.dashboard = DashboardTab(vm)
        self.counters = CountersTab(vm)
        self.hours = HoursTab(vm)
        self.ticker = TickerTab(vm)
        self.admin = QTabWidget()
        self.admin_pages: dict[str, QWidget] = {
            "services": ServicesPage(vm),
            "counters": CountersPage(vm),
            "clerks": ClerksPage(vm),
            "devices": DevicesPage(vm),
            "audit": AuditPage(vm),
            "orgs": OrgsPage(vm),
        }
        for page in self.admin_pages.values():
            self.admin.addTab(page, "")
        self.reports = ReportsTab(vm)
        for tab in (self.dashboard, self.counters, self.hours, self.ticker, self.admin,
                    self.reports):
            self.tabs.addTab(tab, "")
        vm.connection_changed.connect(self._on_vm_connection_changed)
        vm.message.connect(self._on_vm_message)
        vm.state_changed.connect(self._on_vm_state_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.resize(1180, 760)
        self.retranslate()
        self._on_vm_connection_changed(vm.connected)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Department lead – Wartemarke"))
        for index, title in enumerate((
            self.tr("Overview"), self.tr("Counters"), self.tr("Open hours"),
            self.tr("Ticker"), self.tr("Management"), self.tr("Reports"),
        )):
            self.tabs.setTabText(index, title)
        for index, title in enumerate((
            self.tr("Services"), self.tr("Counters"), self.tr("Clerks"),
            self.tr("Device tokens"), self.tr("Audit log"), self.tr("Organisations"),
        )):
            self.admin.setTabText(index, title)
        self._on_vm_connection_changed(self.vm.connected)

    def shutdown(self) -> None:
        self.vm.shutdown()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.vm.set_language(self.vm.lang)
            for tab in (self.dashboard, self.counters, self.hours, self.ticker, self.reports,
                        self.hours.plan, self.org_selector, *self.admin_pages.values()):
                tab.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    # -- slots ------------------------------------------------------------------------

    def _on_vm_connection_changed(self, connected: bool) -> None:
        self.offline.say("" if connected else self.tr(
            "No connection to the server. The figures shown are the last known ones."
        ))

    def _on_vm_message(self, level: str, text: str) -> None:
        if level == "error":
            self.info.say("")
            self.error.say(text)
        else:
            self.error.say("")
            self.info.say(text)

    def _on_vm_state_changed(self) -> None:
        if self._dates_set:
            return
        # Dates default to the hub's today (its clock may differ from this PC's).
        self._dates_set = True
        today = QDate(self.vm.reports.today())
        for edit in (self.hours.closure_day, self.hours.session_day, self.reports.day):
            edit.setDate(today)
        self.ticker.reset_until()

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.reports and not self.vm.reports.report:
            self.reports.show_report()
