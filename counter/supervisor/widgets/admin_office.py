"""Verwaltung, office part: services (add, rename, activate) and counters (add, remove)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter.keyed_table_model import KEY_ROLE
from counter.supervisor.view_model import SupervisorViewModel
from counter.supervisor.widgets.common import BusyButtons, selected_row, table
from counter.widgets.confirm import Confirm


class ServicesPage(QWidget):
    def __init__(self, vm: SupervisorViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._admin = vm.admin
        self._busy = BusyButtons(vm)
        layout = QHBoxLayout(self)
        self.view = table(self._admin.services_model, stretch=1)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        layout.addWidget(self.view, 3)
        side = QVBoxLayout()
        self.edit_box = QGroupBox()
        edit = QFormLayout(self.edit_box)
        self.name_de, self.name_en = QLineEdit(), QLineEdit()
        self.rename_button, self.toggle_button = QPushButton(), QPushButton()
        self.rename_button.clicked.connect(self.rename)
        self.toggle_button.clicked.connect(self.toggle_active)
        self._busy.bind(self.rename_button, "service.change", lambda: bool(self.selected()))
        self._busy.bind(self.toggle_button, "service.change", lambda: bool(self.selected()))
        edit.addRow("Deutsch", self.name_de)
        edit.addRow("English", self.name_en)
        edit.addRow(self.rename_button)
        edit.addRow(self.toggle_button)
        side.addWidget(self.edit_box)
        self.add_box = QGroupBox()
        add = QFormLayout(self.add_box)
        self.new_letter, self.new_de, self.new_en = QLineEdit(), QLineEdit(), QLineEdit()
        self.new_letter.setMaxLength(1)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self._busy.bind(self.add_button, "service.add")
        add.addRow("A–Z", self.new_letter)
        add.addRow("Deutsch", self.new_de)
        add.addRow("English", self.new_en)
        add.addRow(self.add_button)
        side.addWidget(self.add_box)
        side.addStretch(1)
        layout.addLayout(side, 2)
        self._admin.done.connect(self._on_admin_done)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit_box.setTitle(self.tr("Selected service"))
        self.rename_button.setText(self.tr("Rename"))
        self.toggle_button.setText(self.tr("Activate / deactivate"))
        self.toggle_button.setToolTip(self.tr(
            "An inactive service issues no tickets; people already waiting are still served."
        ))
        self.add_box.setTitle(self.tr("New service"))
        self.add_button.setText(self.tr("Add service"))

    def selected(self) -> dict:
        row = selected_row(self.view)
        rows = self._admin.services_model.rows()
        return rows[row] if 0 <= row < len(rows) else {}

    def rename(self) -> None:
        service = self.selected()
        if service:
            self._admin.change_service(service["letter"], name_de=self.name_de.text().strip(),
                                       name_en=self.name_en.text().strip())

    def toggle_active(self) -> None:
        service = self.selected()
        if service:
            self._admin.change_service(service["letter"],
                                       active=not service.get("active", True))

    def add(self) -> None:
        self._admin.add_service(self.new_letter.text(), self.new_de.text(), self.new_en.text())

    def _on_view_selection_changed(self, *_args: object) -> None:
        service = self.selected()
        self.name_de.setText(str(service.get("name_de") or ""))
        self.name_en.setText(str(service.get("name_en") or ""))
        self._busy.update()

    def _on_admin_done(self, key: str) -> None:
        if key == "service.add":
            for field in (self.new_letter, self.new_de, self.new_en):
                field.clear()


class CountersPage(QWidget):
    def __init__(self, vm: SupervisorViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = vm
        self._admin = vm.admin
        self._busy = BusyButtons(vm)
        layout = QHBoxLayout(self)
        self.view = table(vm.counters.model, stretch=3)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._busy.update())
        layout.addWidget(self.view, 3)
        side = QVBoxLayout()
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove)
        self._busy.bind(self.remove_button, "counter.", lambda: bool(self.selected()))
        side.addWidget(self.remove_button)
        self.add_box = QGroupBox()
        add = QFormLayout(self.add_box)
        self.new_id, self.new_name = QLineEdit(), QLineEdit()
        self.services_row = QHBoxLayout()
        self.checks: dict[str, QCheckBox] = {}
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self._busy.bind(self.add_button, "counter.add")
        add.addRow("Nr.", self.new_id)
        add.addRow("Name", self.new_name)
        add.addRow(self.services_row)
        add.addRow(self.add_button)
        side.addWidget(self.add_box)
        side.addStretch(1)
        layout.addLayout(side, 2)
        vm.state_changed.connect(self.fill_services)
        self._admin.done.connect(self._on_admin_done)
        self.retranslate()

    def retranslate(self) -> None:
        self.remove_button.setText(self.tr("Remove selected counter"))
        self.add_box.setTitle(self.tr("New counter"))
        self.new_name.setPlaceholderText(self.tr("e.g. Counter 7"))
        self.add_button.setText(self.tr("Add counter"))
        self.fill_services()

    def fill_services(self) -> None:
        letters = list(self._vm.state.services)
        if letters == list(self.checks):
            return
        for box in self.checks.values():
            box.deleteLater()
        self.checks = {letter: QCheckBox(letter) for letter in letters}
        for box in self.checks.values():
            self.services_row.addWidget(box)

    def selected(self) -> str:
        row = selected_row(self.view)
        return str(self._vm.counters.model.index(row, 0).data(KEY_ROLE) or "") if row >= 0 else ""

    def add(self) -> None:
        letters = [letter for letter, box in self.checks.items() if box.isChecked()]
        self._admin.add_counter(self.new_id.text(), self.new_name.text(), letters)

    def remove(self) -> None:
        counter_id = self.selected()
        if counter_id and Confirm.ask(self, self.tr("Remove counter"), self.tr(
            "Remove counter {id}? Its clerk is logged out; its history stays."
        ).format(id=counter_id)):
            self._admin.remove_counter(counter_id)

    def _on_admin_done(self, key: str) -> None:
        if key == "counter.add":
            self.new_id.clear()
            self.new_name.clear()
