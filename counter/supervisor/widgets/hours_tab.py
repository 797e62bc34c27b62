"""Sprechstunden: cancel or shorten a day with a reason, add extra sessions, edit the plan."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counter.supervisor.view_model import SupervisorViewModel
from counter.supervisor.widgets.common import (
    BusyButtons,
    date_edit,
    selected_row,
    table,
    time_edit,
)
from counter.supervisor.widgets.plan_box import PlanBox


def service_combo(vm: SupervisorViewModel, combo: QComboBox, all_text: str) -> None:
    """Fill `combo` with "all services" and each service, keeping the choice."""
    current = combo.currentData()
    combo.clear()
    combo.addItem(all_text, "")
    for letter in vm.state.services:
        combo.addItem(f"{letter} – {vm.state.service_name(letter, vm.lang)}", letter)
    combo.setCurrentIndex(max(combo.findData(current), 0))


class HoursTab(QWidget):
    def __init__(self, vm: SupervisorViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = vm
        self._hours = vm.hours
        self._busy = BusyButtons(vm)
        layout = QHBoxLayout(self)
        self.plan = PlanBox(vm)
        layout.addWidget(self.plan, 1)
        right = QVBoxLayout()
        layout.addLayout(right, 1)
        # Cancel or shorten.
        self.closure_box = QGroupBox()
        form = QFormLayout(self.closure_box)
        self.closure_day = date_edit()
        self.closure_service = QComboBox()
        self.whole_day = QRadioButton()
        self.whole_day.setChecked(True)
        self.part_day = QRadioButton()
        self.closure_start = time_edit("10:00")
        self.closure_end = time_edit("12:00")
        self.part_day.toggled.connect(self._on_part_day_toggled)
        span = QHBoxLayout()
        for widget in (self.whole_day, self.part_day, self.closure_start, QLabel("–"),
                       self.closure_end):
            span.addWidget(widget)
        span.addStretch(1)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.closure_button = QPushButton()
        self.closure_button.clicked.connect(self.add_closure)
        self._busy.bind(self.closure_button, "hours.closure")
        self.waiting_note = QLabel()
        self.waiting_note.setWordWrap(True)
        self.waiting_note.setStyleSheet("color:#0b3d6b;")
        self.labels = [QLabel() for _ in range(5)]
        form.addRow(self.labels[0], self.closure_day)
        form.addRow(self.labels[1], self.closure_service)
        form.addRow(self.labels[2], span)
        form.addRow(self.labels[3], self.reason)
        form.addRow(self.waiting_note)
        form.addRow(self.closure_button)
        right.addWidget(self.closure_box)
        # Extra session.
        self.session_box = QGroupBox()
        session_form = QFormLayout(self.session_box)
        self.session_day = date_edit()
        self.session_service = QComboBox()
        self.session_start = time_edit("13:00")
        self.session_end = time_edit("15:00")
        session_span = QHBoxLayout()
        for widget in (self.session_start, QLabel("–"), self.session_end):
            session_span.addWidget(widget)
        session_span.addStretch(1)
        self.session_button = QPushButton()
        self.session_button.clicked.connect(self.add_session)
        self._busy.bind(self.session_button, "hours.session")
        self.session_labels = [QLabel() for _ in range(3)]
        session_form.addRow(self.session_labels[0], self.session_day)
        session_form.addRow(self.session_labels[1], self.session_service)
        session_form.addRow(self.session_labels[2], session_span)
        session_form.addRow(self.session_button)
        right.addWidget(self.session_box)
        # Closures and sessions.
        self.list_box = QGroupBox()
        list_layout = QVBoxLayout(self.list_box)
        self.exceptions_view = table(self._hours.exceptions_model, stretch=4)
        list_layout.addWidget(self.exceptions_view)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self._busy.bind(self.delete_button, "hours.delete")
        list_layout.addWidget(self.delete_button)
        right.addWidget(self.list_box, 1)
        self._on_part_day_toggled(False)
        self._hours.closure_added.connect(self.reason.clear)
        vm.state_changed.connect(self.fill_services)
        self.retranslate()

    def retranslate(self) -> None:
        self.closure_box.setTitle(self.tr("Cancel or shorten open hours"))
        for label, text in zip(
            self.labels,
            (self.tr("Date"), self.tr("Service"), self.tr("Cancelled"), self.tr("Reason")),
            strict=False,
        ):
            label.setText(text)
        self.whole_day.setText(self.tr("whole day"))
        self.part_day.setText(self.tr("from"))
        self.reason.setPlaceholderText(self.tr("e.g. due to illness"))
        self.reason.setToolTip(self.tr("Kiosk and display show this reason as typed."))
        self.waiting_note.setText(self.tr(
            "Tickets already drawn stay valid and will be called. The kiosk issues no new "
            "tickets in the cancelled time and shows the reason."
        ))
        self.closure_button.setText(self.tr("Cancel open hours"))
        self.session_box.setTitle(self.tr("Extra session"))
        for label, text in zip(
            self.session_labels, (self.tr("Date"), self.tr("Service"), self.tr("Time")),
            strict=True,
        ):
            label.setText(text)
        self.session_button.setText(self.tr("Add extra session"))
        self.list_box.setTitle(self.tr("Cancelled hours and extra sessions"))
        self.delete_button.setText(self.tr("Delete selected"))
        self.fill_services()

    def fill_services(self) -> None:
        service_combo(self._vm, self.closure_service, self.tr("all services"))
        service_combo(self._vm, self.session_service, self.tr("all services"))

    def add_closure(self) -> None:
        start = end = ""
        if self.part_day.isChecked():
            start = self.closure_start.time().toString("HH:mm")
            end = self.closure_end.time().toString("HH:mm")
        self._hours.add_closure(self.closure_day.date().toPython(), self.reason.text(),
                                start, end, str(self.closure_service.currentData() or ""))

    def add_session(self) -> None:
        self._hours.add_session(self.session_day.date().toPython(),
                                self.session_start.time().toString("HH:mm"),
                                self.session_end.time().toString("HH:mm"),
                                str(self.session_service.currentData() or ""))

    def delete_selected(self) -> None:
        row = selected_row(self.exceptions_view)
        if row >= 0:
            self._hours.delete_exception(row)

    def _on_part_day_toggled(self, checked: bool) -> None:
        self.closure_start.setEnabled(checked)
        self.closure_end.setEnabled(checked)
