"""The weekly plan per service: a table of weekday/from/until, edited then saved at once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter.supervisor import texts
from counter.supervisor.view_model import SupervisorViewModel
from counter.supervisor.widgets.common import BusyButtons, selected_row, table, time_edit


class PlanBox(QGroupBox):
    def __init__(self, vm: SupervisorViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = vm
        self._hours = vm.hours
        self._busy = BusyButtons(vm)
        layout = QVBoxLayout(self)
        self.view = table(self._hours.plan_model, stretch=1)
        layout.addWidget(self.view)
        add_row = QHBoxLayout()
        self.service = QComboBox()
        self.weekday = QComboBox()
        self.start = time_edit("08:00")
        self.end = time_edit("12:00")
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_slot)
        self.until_label = QLabel("–")
        for widget in (self.service, self.weekday, self.start, self.until_label, self.end,
                       self.add_button):
            add_row.addWidget(widget)
        layout.addLayout(add_row)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_slot)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._hours.save_plan)
        self._busy.bind(self.save_button, "hours.plan", lambda: self._hours.plan_dirty)
        self.discard_button = QPushButton()
        self.discard_button.clicked.connect(self._hours.discard_plan)
        self._busy.bind(self.discard_button, "hours.plan", lambda: self._hours.plan_dirty)
        self.dirty_label = QLabel()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.dirty_label)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self._hours.changed.connect(self._busy.update)
        self._hours.changed.connect(self._update_dirty)
        vm.state_changed.connect(self.fill_services)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Weekly plan (open hours per service)"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove selected"))
        self.save_button.setText(self.tr("Save plan"))
        self.discard_button.setText(self.tr("Discard changes"))
        self.view.setToolTip(self.tr("Double-click a time to change it (HH:MM)."))
        self.weekday.clear()
        self.weekday.addItems([texts.weekday(d) for d in range(7)])
        self.fill_services()
        self._update_dirty()

    def fill_services(self) -> None:
        current = self.service.currentData()
        self.service.clear()
        self.service.addItem(self.tr("all services"), "")
        for letter in self._vm.state.services:
            self.service.addItem(letter, letter)
        index = self.service.findData(current)
        self.service.setCurrentIndex(max(index, 0))

    def add_slot(self) -> None:
        letter = self.service.currentData()
        if letter is not None:
            self._hours.add_slot(str(letter), self.weekday.currentIndex(),
                                 self.start.time().toString("HH:mm"),
                                 self.end.time().toString("HH:mm"))

    def remove_slot(self) -> None:
        row = selected_row(self.view)
        if row >= 0:
            self._hours.remove_slot(row)

    def _update_dirty(self) -> None:
        self.dirty_label.setText(self.tr("Not saved yet.") if self._hours.plan_dirty else "")
