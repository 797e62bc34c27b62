"""Schalter: pick a counter, open/pause/close it, tick the services it serves."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter.keyed_table_model import KEY_ROLE
from counter.supervisor.view_model import SupervisorViewModel
from counter.supervisor.widgets.common import BusyButtons, selected_row, table


class CountersTab(QWidget):
    def __init__(self, vm: SupervisorViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = vm
        self._counters = vm.counters
        self._busy = BusyButtons(vm)
        layout = QHBoxLayout(self)
        self.view = table(self._counters.model, stretch=3)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        layout.addWidget(self.view, 3)
        side = QVBoxLayout()
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        self.title.setFont(font)
        side.addWidget(self.title)
        self.state_box = QGroupBox()
        state_layout = QHBoxLayout(self.state_box)
        self.state_buttons: dict[str, QPushButton] = {}
        for state in ("open", "paused", "closed"):
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, s=state: self._counters.set_state(s))
            self._busy.bind(button, "counter.", lambda s=state: self._counters.can_set_state(s))
            state_layout.addWidget(button)
            self.state_buttons[state] = button
        side.addWidget(self.state_box)
        self.services_box = QGroupBox()
        self.services_layout = QVBoxLayout(self.services_box)
        self.checks: dict[str, QCheckBox] = {}
        self._shown: tuple[str, tuple[str, ...]] = ("", ())
        side.addWidget(self.services_box)
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self.apply_services)
        self._busy.bind(self.apply_button, "counter.", self._services_changed)
        side.addWidget(self.apply_button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        side.addWidget(self.hint)
        side.addStretch(1)
        layout.addLayout(side, 2)
        self._counters.selection_changed.connect(self.update_side)
        self.retranslate()

    def retranslate(self) -> None:
        self.state_box.setTitle(self.tr("State"))
        self.services_box.setTitle(self.tr("Services of this counter"))
        self.state_buttons["open"].setText(self.tr("Open"))
        self.state_buttons["paused"].setText(self.tr("Pause"))
        self.state_buttons["closed"].setText(self.tr("Close"))
        self.apply_button.setText(self.tr("Apply services"))
        self.hint.setText(self.tr(
            "Changes take effect at once: the counter's next call uses the new services. "
            "A clerk stays logged in when the counter is paused or closed."
        ))
        self.update_side()

    def select(self, counter_id: str) -> None:
        row = self._counters.model.row_of(counter_id)
        if row >= 0:
            self.view.selectRow(row)

    def checked_services(self) -> list[str]:
        return [letter for letter, box in self.checks.items() if box.isChecked()]

    def set_checked(self, letters: list[str]) -> None:
        for letter, box in self.checks.items():
            box.setChecked(letter in letters)

    def apply_services(self) -> None:
        self._counters.set_services(self.checked_services())

    def update_side(self) -> None:
        counter = self._counters.counter
        self.title.setText(
            str(counter.get("name") or "") if counter else self.tr("Select a counter on the left.")
        )
        services = self._counters.services()
        if [s[0] for s in services] != list(self.checks):
            for box in self.checks.values():
                box.deleteLater()
            self.checks = {}
            self._shown = ("", ())
            for letter, _name, _on in services:
                box = QCheckBox()
                box.toggled.connect(lambda _on: self._busy.update())
                self.services_layout.addWidget(box)
                self.checks[letter] = box
        # Keep the supervisor's ticks while unrelated events arrive; reset them only when
        # another counter is chosen or the hub's services of this one changed.
        shown = (self._counters.selected, tuple(s[0] for s in services if s[2]))
        reset = shown != self._shown
        self._shown = shown
        for letter, name, on in services:
            box = self.checks[letter]
            box.setText(f"{letter} – {name}")
            if reset:
                box.blockSignals(True)
                box.setChecked(on)
                box.blockSignals(False)
            box.setEnabled(bool(counter))
        self._busy.update()

    def _services_changed(self) -> bool:
        served = sorted(self._counters.counter.get("services") or [])
        return bool(self._counters.selected) and sorted(self.checked_services()) != served

    def _on_view_selection_changed(self, *_args: object) -> None:
        row = selected_row(self.view)
        key = self._counters.model.index(row, 0).data(KEY_ROLE) if row >= 0 else ""
        self._counters.select(str(key or ""))
