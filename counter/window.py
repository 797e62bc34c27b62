"""The counter app's main window: lays out the views and binds them to the view model."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter import texts
from counter.transfer_dialog import TransferDialog
from counter.view_model import CounterViewModel
from counter.widgets.action_button import ActionButton
from counter.widgets.banner import Banner
from counter.widgets.confirm import Confirm
from counter.widgets.counter_page import TICKET_KEYS, CounterPage
from counter.widgets.ticket_table import TicketTable

#: How long a success message stays in the status bar.
INFO_MS = 8_000
PAUSE_KEY = "Ctrl+P"


class CounterWindow(QMainWindow):
    """Header (counter, clerk, state, language, logout), banners, and the views.

    Views sit in `views` (a QTabWidget); the counter view is the first. Further views
    (e.g. a supervisor's) are added with `add_view`.

    Signals:
        language_requested(str): the clerk asked for another language.
        closing(): the clerk closed the window (the app logs out and ends).
    """

    language_requested = Signal(str)
    closing = Signal()

    def __init__(self, vm: CounterViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = vm
        self.language = "de"
        self.offline_banner = Banner("offline")
        self.error_banner = Banner("error")
        self.title = QLabel()
        self.title.setStyleSheet("font-size:18px; font-weight:bold;")
        self.counter_state = QLabel()
        self.counter_state.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.pause_button = ActionButton([PAUSE_KEY])
        self.pause_button.setMinimumHeight(44)
        self.close_button = QPushButton()
        self.language_button = QPushButton()
        self.logout_button = QPushButton()
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.counter_state)
        header.addStretch(1)
        for button in (self.close_button, self.language_button, self.logout_button):
            button.setMinimumHeight(self.pause_button.minimumHeight())
        header.addWidget(self.pause_button)
        header.addWidget(self.close_button)
        header.addSpacing(24)
        header.addWidget(self.language_button)
        header.addWidget(self.logout_button)
        self.page = CounterPage(vm.seconds_since, vm.service_name)
        self.page.set_models(
            vm.queue_model, vm.waiting_model, vm.parked_model, vm.counters_model, vm.served_model
        )
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(self.page, "")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.offline_banner)
        layout.addLayout(header)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.views, 1)
        self.setCentralWidget(central)
        self.resize(1280, 800)
        self._bind()
        self.retranslate()
        self._on_vm_current_changed()
        self._on_vm_actions_changed()

    def add_view(self, widget: QWidget, title: str) -> int:
        """Add another view (tab) next to the counter view."""
        return self.views.addTab(widget, title)

    # -- bindings ---------------------------------------------------------------------

    def _bind(self) -> None:
        vm, page = self._vm, self.page
        vm.current_changed.connect(self._on_vm_current_changed)
        vm.counter_changed.connect(self._update_header)
        vm.session.logged_in.connect(self._update_header)
        vm.session.logged_out.connect(self._update_header)
        vm.actions_changed.connect(self._on_vm_actions_changed)
        vm.connection_changed.connect(self._on_vm_connection_changed)
        vm.message.connect(self._on_vm_message)
        vm.tick.connect(page.current.update_texts)
        commands = {
            "next": vm.call_next,
            "recall": vm.recall,
            "start": vm.start,
            "done": vm.done,
            "no-show": vm.no_show,
            "park": vm.park,
            "transfer": self._on_transfer_clicked,
        }
        for action, command in commands.items():
            page.buttons[action].clicked.connect(command)
        for action, keys in [("next", ["F12"]), *TICKET_KEYS]:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.activated.connect(page.buttons[action].click)
        for key in ("Space", "Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._on_confirm_key)
        QShortcut(QKeySequence(PAUSE_KEY), self).activated.connect(self.pause_button.click)
        self.pause_button.clicked.connect(self._on_pause_clicked)
        self.close_button.clicked.connect(self._on_close_clicked)
        self.logout_button.clicked.connect(vm.session.logout)
        self.language_button.clicked.connect(self._on_language_button_clicked)
        page.waiting.chosen.connect(self._on_ticket_chosen)
        page.parked.chosen.connect(self._on_ticket_chosen)
        page.call_button.clicked.connect(lambda: self._on_ticket_chosen(page.selected_ticket()))

    def _on_confirm_key(self) -> None:
        """Space or Enter: press the focused button, call the selected ticket, or "next"."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton):
            focus.click()
        elif isinstance(focus, TicketTable):
            self._on_ticket_chosen(focus.selected_key())
        else:
            self.page.buttons["next"].click()

    def _on_vm_current_changed(self) -> None:
        self.page.current.set_ticket(self._vm.current)

    def _on_vm_actions_changed(self) -> None:
        for action, button in self.page.buttons.items():
            button.setEnabled(self._vm.can(action))
        self.page.call_button.setEnabled(self._vm.can("call"))
        self.pause_button.setEnabled(self._vm.can(self._pause_action()))
        self.close_button.setEnabled(self._vm.can("closed"))
        self.logout_button.setEnabled(self._vm.session.active)
        # A supervisor logged in without a counter has no counter to work or pause.
        at_counter = self._vm.session.at_counter or not self._vm.session.active
        self.views.setTabEnabled(0, at_counter)
        self.pause_button.setVisible(at_counter)
        self.close_button.setVisible(at_counter)

    def _on_vm_connection_changed(self, connected: bool) -> None:
        self._update_offline_banner()
        if connected:
            self.statusBar().showMessage(self.tr("Connected to the server"), INFO_MS)

    def _on_vm_message(self, level: str, text: str) -> None:
        if level == "error":
            self.error_banner.say(text)
        else:
            self.error_banner.say("")
            self.statusBar().showMessage(text, INFO_MS)

    def _on_ticket_chosen(self, ticket_id: object) -> None:
        if isinstance(ticket_id, int):
            self._vm.call_ticket(ticket_id)

    def _on_transfer_clicked(self) -> None:
        current = self._vm.current
        if current is None or not self._vm.can("transfer"):
            return
        services = [
            (letter, self._vm.service_name(letter))
            for letter, service in self._vm.state.services.items()
            if service.get("active", True) and letter != current.get("service")
        ]
        counters = [
            (counter_id, str(counter.get("name") or counter_id))
            for counter_id, counter in self._vm.state.counters.items()
            if counter_id != self._vm.counter_id
        ]
        choice = TransferDialog.ask(self, services, counters)
        if choice is not None:
            self._vm.transfer(choice.service, choice.counter, choice.note)

    def _pause_action(self) -> str:
        return "paused" if self._vm.counter_state == "open" else "open"

    def _on_pause_clicked(self) -> None:
        self._vm.set_counter_state(self._pause_action())

    def _on_close_clicked(self) -> None:
        if Confirm.ask(
            self,
            self.tr("Close counter"),
            self.tr("Close the counter for today? Nobody will be called here any more."),
        ):
            self._vm.set_counter_state("closed")

    # -- texts ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)

    def _on_language_button_clicked(self) -> None:
        self.language_requested.emit("en" if self.language == "de" else "de")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Wartemarke – counter"))
        self.views.setTabText(0, self.tr("Counter"))
        self.close_button.setText(self.tr("Close for today"))
        self.language_button.setText("English" if self.language == "de" else "Deutsch")
        self.logout_button.setText(self.tr("Log out"))
        self.page.current.retranslate()
        self.page.retranslate()
        self._update_header()
        self._update_offline_banner()

    def _update_header(self) -> None:
        vm = self._vm
        if vm.session.active and not vm.session.at_counter:
            self.title.setText(self.tr("Supervising · {name}").format(name=vm.session.clerk))
            self.counter_state.setVisible(False)
            self._on_vm_actions_changed()
            return
        name = str(vm.counter.get("name") or self.tr("Counter {c}").format(c=vm.counter_id))
        self.title.setText(f"{name} · {vm.session.clerk}" if vm.session.active else name)
        state = vm.counter_state
        colours = {"open": "#1b5e20", "paused": "#7a4b00", "closed": "#8e1b12"}
        self.counter_state.setText(texts.counter_state(state) if state else "")
        self.counter_state.setStyleSheet(
            f"color:white; background:{colours.get(state, '#555')}; padding:3px 10px;"
            " border-radius:10px; font-weight:bold;"
        )
        self.counter_state.setVisible(bool(state))
        resume = self.tr("Resume") if state == "paused" else self.tr("Open")
        self.pause_button.set_label(self.tr("Pause") if state == "open" else resume)
        self._on_vm_actions_changed()

    def _update_offline_banner(self) -> None:
        offline = self._vm.session.active and not self._vm.connected
        self.offline_banner.say(
            self.tr("No connection to the server – retrying") if offline else ""
        )
