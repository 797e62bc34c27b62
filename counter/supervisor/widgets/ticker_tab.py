"""Laufschrift: the messages the displays run; add one (with an optional end), delete one."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter.supervisor import endpoints
from counter.supervisor.ticker_vm import MAX_TEXT
from counter.supervisor.view_model import SupervisorViewModel
from counter.supervisor.widgets.common import BusyButtons, selected_row, table


class TickerTab(QWidget):
    def __init__(self, vm: SupervisorViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = vm
        self._ticker = vm.ticker
        self._busy = BusyButtons(vm)
        layout = QVBoxLayout(self)
        self.add_box = QGroupBox()
        form = QVBoxLayout(self.add_box)
        self.text = QLineEdit()
        self.text.setMaxLength(MAX_TEXT)
        form.addWidget(self.text)
        row = QHBoxLayout()
        self.limited = QCheckBox()
        self.until = QDateTimeEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.until.setEnabled(False)
        self.limited.toggled.connect(self.until.setEnabled)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self._busy.bind(self.add_button, "ticker.add")
        row.addWidget(self.limited)
        row.addWidget(self.until)
        row.addStretch(1)
        row.addWidget(self.add_button)
        form.addLayout(row)
        layout.addWidget(self.add_box)
        self.list_label = QLabel()
        layout.addWidget(self.list_label)
        self.view = table(self._ticker.model, stretch=0)
        layout.addWidget(self.view, 1)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self._busy.bind(self.delete_button, "ticker.delete")
        layout.addWidget(self.delete_button)
        self._ticker.added.connect(self._on_ticker_added)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_box.setTitle(self.tr("New message for the displays"))
        self.text.setPlaceholderText(
            self.tr("e.g. Today from 11:00 only appointments with booking.")
        )
        self.limited.setText(self.tr("show until"))
        self.add_button.setText(self.tr("Add message"))
        self.list_label.setText(self.tr("Messages running now"))
        self.delete_button.setText(self.tr("Delete selected"))

    def reset_until(self) -> None:
        """Suggest the end of today's office day (18:00 hub time) as end."""
        now = self._vm.state.clock.now().astimezone(endpoints.OFFICE_TZ)
        evening = now.replace(hour=18, minute=0, second=0, microsecond=0)
        self.until.setDateTime(QDateTime(evening.date(), evening.time().replace(tzinfo=None)))

    def until_value(self) -> datetime | None:
        if not self.limited.isChecked():
            return None
        naive = self.until.dateTime().toPython()
        return naive.replace(tzinfo=endpoints.OFFICE_TZ)

    def add(self) -> None:
        self._ticker.add(self.text.text(), self.until_value())

    def delete_selected(self) -> None:
        row = selected_row(self.view)
        if row >= 0:
            self._ticker.delete(row)

    def _on_ticker_added(self) -> None:
        self.text.clear()
        self.limited.setChecked(False)
