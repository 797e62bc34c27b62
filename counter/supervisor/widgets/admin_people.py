"""Verwaltung, people and devices: clerks, device tokens, and the audit log."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter.supervisor.admin_models import role_name
from counter.supervisor.view_model import SupervisorViewModel
from counter.supervisor.widgets.common import BusyButtons, TokenDialog, selected_row, table
from counter.widgets.confirm import Confirm


def pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(12)
    field.setInputMask("")
    return field


def role_combo(roles: tuple[str, ...]) -> QComboBox:
    combo = QComboBox()
    for role in roles:
        combo.addItem(role_name(role), role)
    return combo


class ClerksPage(QWidget):
    def __init__(self, vm: SupervisorViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._admin = vm.admin
        self._busy = BusyButtons(vm)
        layout = QHBoxLayout(self)
        self.view = table(self._admin.clerks_model, stretch=0)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._busy.update())
        layout.addWidget(self.view, 3)
        side = QVBoxLayout()
        self.edit_box = QGroupBox()
        edit = QFormLayout(self.edit_box)
        self.new_pin = pin_field()
        self.pin_button, self.role_button, self.active_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.role = role_combo(("clerk", "supervisor"))
        self.pin_button.clicked.connect(self.change_pin)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        for button in (self.pin_button, self.role_button, self.active_button):
            self._busy.bind(button, "clerk.change", lambda: bool(self.selected()))
        edit.addRow("PIN", self.new_pin)
        edit.addRow(self.pin_button)
        edit.addRow(self.role)
        edit.addRow(self.role_button)
        edit.addRow(self.active_button)
        side.addWidget(self.edit_box)
        self.add_box = QGroupBox()
        add = QFormLayout(self.add_box)
        self.name, self.pin = QLineEdit(), pin_field()
        self.new_role = role_combo(("clerk", "supervisor"))
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self._busy.bind(self.add_button, "clerk.add")
        add.addRow("Name", self.name)
        add.addRow("PIN", self.pin)
        add.addRow(self.new_role)
        add.addRow(self.add_button)
        side.addWidget(self.add_box)
        side.addStretch(1)
        layout.addLayout(side, 2)
        self._admin.done.connect(self._on_admin_done)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit_box.setTitle(self.tr("Selected person"))
        self.pin_button.setText(self.tr("Change PIN"))
        self.role_button.setText(self.tr("Change role"))
        self.active_button.setText(self.tr("Deactivate / activate"))
        self.active_button.setToolTip(self.tr(
            "Deactivating logs the person out at once; their counter closes."))
        self.add_box.setTitle(self.tr("New clerk"))
        self.pin.setPlaceholderText(self.tr("4 to 12 digits"))
        self.new_pin.setPlaceholderText(self.tr("4 to 12 digits"))
        self.add_button.setText(self.tr("Add clerk"))

    def selected(self) -> dict:
        row = selected_row(self.view)
        rows = self._admin.clerks_model.rows()
        return rows[row] if 0 <= row < len(rows) else {}

    def add(self) -> None:
        self._admin.add_clerk(self.name.text(), self.pin.text(),
                              str(self.new_role.currentData()))

    def change_pin(self) -> None:
        clerk = self.selected()
        if clerk:
            self._admin.change_clerk(clerk["name"], pin=self.new_pin.text())

    def change_role(self) -> None:
        clerk = self.selected()
        if clerk:
            self._admin.change_clerk(clerk["name"], role=str(self.role.currentData()))

    def toggle_active(self) -> None:
        clerk = self.selected()
        if not clerk:
            return
        active = not clerk.get("active", True)
        if not active and not Confirm.ask(self, self.tr("Deactivate"), self.tr(
            "Deactivate {name}? They are logged out at once."
        ).format(name=clerk["name"])):
            return
        self._admin.change_clerk(clerk["name"], active=active)

    def _on_admin_done(self, key: str) -> None:
        if key == "clerk.add":
            self.name.clear()
            self.pin.clear()
        elif key.startswith("clerk.change"):
            self.new_pin.clear()


class DevicesPage(QWidget):
    def __init__(self, vm: SupervisorViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._admin = vm.admin
        self._busy = BusyButtons(vm)
        layout = QHBoxLayout(self)
        self.view = table(self._admin.devices_model, stretch=0)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._busy.update())
        layout.addWidget(self.view, 3)
        side = QVBoxLayout()
        self.add_box = QGroupBox()
        add = QFormLayout(self.add_box)
        self.role = role_combo(("kiosk", "display"))
        self.name = QLineEdit()
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create)
        self._busy.bind(self.create_button, "device.add")
        add.addRow(self.role)
        add.addRow("Name", self.name)
        add.addRow(self.create_button)
        side.addWidget(self.add_box)
        self.revoke_button = QPushButton()
        self.revoke_button.clicked.connect(self.revoke)
        self._busy.bind(self.revoke_button, "device.revoke", self._revocable)
        side.addWidget(self.revoke_button)
        side.addStretch(1)
        layout.addLayout(side, 2)
        self._admin.token_created.connect(self._on_admin_token_created)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_box.setTitle(self.tr("New device token"))
        self.name.setPlaceholderText(self.tr("e.g. Kiosk entrance"))
        self.create_button.setText(self.tr("Create token"))
        self.revoke_button.setText(self.tr("Revoke selected token"))

    def selected(self) -> dict:
        row = selected_row(self.view)
        rows = self._admin.devices_model.rows()
        return rows[row] if 0 <= row < len(rows) else {}

    def create(self) -> None:
        self._admin.create_device(str(self.role.currentData()), self.name.text())

    def revoke(self) -> None:
        device = self.selected()
        if device and Confirm.ask(self, self.tr("Revoke token"), self.tr(
            "Revoke the token of \"{name}\"? The device stops working at once."
        ).format(name=device.get("name", ""))):
            self._admin.revoke_device(device["id"])

    def _revocable(self) -> bool:
        device = self.selected()
        return bool(device) and not device.get("revoked_at")

    def _on_admin_token_created(self, device: dict) -> None:
        self.name.clear()
        TokenDialog.ask(self, device)


class AuditPage(QWidget):
    def __init__(self, vm: SupervisorViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._admin = vm.admin
        self._busy = BusyButtons(vm)
        layout = QVBoxLayout(self)
        self.view = table(self._admin.audit_model, stretch=3, select_rows=False)
        layout.addWidget(self.view)
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self._admin.load_audit)
        self._busy.bind(self.reload_button, "admin.audit")
        layout.addWidget(self.reload_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.reload_button.setText(self.tr("Refresh"))
