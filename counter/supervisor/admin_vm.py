"""Verwaltung: services, counters, clerks, device tokens and the audit log."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from counter.hub_state import HubState, Json
from counter.supervisor import endpoints
from counter.supervisor.admin_models import AuditModel, ClerksModel, DevicesModel, ServicesModel
from counter.supervisor.requests import Requests


class AdminViewModel(QObject):
    """Lists and commands of the management tab.

    Signals:
        token_created(dict): a new device (with its token, shown only this once).
        done(str): a form's command succeeded; the form named (e.g. "clerk.add") may clear.
    """

    token_created = Signal(dict)
    done = Signal(str)

    def __init__(self, state: HubState, requests: Requests, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._requests = requests
        self.services_model = ServicesModel(self)
        self.clerks_model = ClerksModel(self)
        self.devices_model = DevicesModel(self)
        self.audit_model = AuditModel(self)

    def item_models(self) -> list[Any]:
        return [self.services_model, self.clerks_model, self.devices_model, self.audit_model]

    def load(self) -> None:
        self.services_model.set_rows(list(self._state.services.values()))
        self._requests.get("admin.clerks", endpoints.CLERKS, self._list(self.clerks_model))
        self._requests.get("admin.devices", endpoints.DEVICES, self._list(self.devices_model))
        self.load_audit()

    def load_audit(self) -> None:
        self._requests.get("admin.audit", endpoints.audit_path(), self._list(self.audit_model))

    # -- services ---------------------------------------------------------------------

    def add_service(self, letter: str, name_de: str, name_en: str) -> bool:
        letter = letter.strip().upper()
        if not (len(letter) == 1 and letter.isalpha() and name_de.strip()):
            return self._refuse(self.tr("Please give one letter and a German name."))
        body = {"letter": letter, "name_de": name_de.strip(),
                "name_en": name_en.strip() or name_de.strip()}
        return self._command("service.add", "POST", endpoints.SERVICES, body,
                             self.tr("Service {letter} added.").format(letter=letter),
                             self.tr("There is already a service with this letter."))

    def change_service(self, letter: str, **fields: Any) -> bool:
        """Rename (`name_de`, `name_en`) or (de)activate (`active`) a service."""
        body = {k: v for k, v in fields.items() if v is not None and v != ""}
        if not body:
            return False
        return self._command(f"service.change.{letter}", "PUT", endpoints.service(letter), body,
                             self.tr("Service {letter} changed.").format(letter=letter))

    # -- counters ---------------------------------------------------------------------

    def add_counter(self, counter_id: str, name: str, services: list[str]) -> bool:
        counter_id = counter_id.strip()
        if not counter_id or not services:
            return self._refuse(self.tr("Please give a number and at least one service."))
        name = name.strip() or self.tr("Counter {id}").format(id=counter_id)
        body = {"id": counter_id, "name": name, "services": services}
        return self._command("counter.add", "POST", endpoints.COUNTERS, body,
                             self.tr("Counter {id} added.").format(id=counter_id),
                             self.tr("There is already a counter with this number."))

    def remove_counter(self, counter_id: str) -> bool:
        return self._command(f"counter.{counter_id}.remove", "DELETE",
                             endpoints.counter(counter_id), None,
                             self.tr("Counter {id} removed.").format(id=counter_id),
                             self.tr("The counter cannot be removed while a ticket is called to "
                                 "it, served there or transferred to it."))

    # -- clerks -----------------------------------------------------------------------

    def add_clerk(self, name: str, pin: str, role: str = "clerk") -> bool:
        name = name.strip()
        if not name:
            return self._refuse(self.tr("Please enter a name."))
        if not self._pin_ok(pin):
            return False
        return self._command("clerk.add", "POST", endpoints.CLERKS,
                             {"name": name, "pin": pin, "role": role},
                             self.tr("{name} added.").format(name=name),
                             self.tr("There is already a person with this name."))

    def change_clerk(self, name: str, *, pin: str | None = None, role: str | None = None,
                     active: bool | None = None) -> bool:
        body: Json = {}
        if pin is not None:
            if not self._pin_ok(pin):
                return False
            body["pin"] = pin
        if role is not None:
            body["role"] = role
        if active is not None:
            body["active"] = active
        if not body:
            return False
        return self._command(f"clerk.change.{name}", "PUT", endpoints.clerk(name), body,
                             self.tr("{name} changed.").format(name=name),
                             self.tr("You cannot change your own role or deactivate yourself."))

    # -- devices ----------------------------------------------------------------------

    def create_device(self, role: str, name: str) -> bool:
        name = name.strip()
        if not name:
            return self._refuse(self.tr("Please name the device (e.g. \"Kiosk Eingang\")."))
        return self._requests.send(
            "device.add", "POST", endpoints.DEVICES, {"role": role, "name": name},
            on_done=self._on_device_created, done_text=self.tr("Device token created."),
        )

    def revoke_device(self, device_id: int | str) -> bool:
        return self._command(f"device.revoke.{device_id}", "DELETE", endpoints.device(device_id),
                             None, self.tr("Device token revoked."))

    # -- helpers ----------------------------------------------------------------------

    def _command(self, key: str, method: str, path: str, body: Json | None, text: str,
                 conflict: str = "") -> bool:
        def after(_answer: Json) -> None:
            self.done.emit(key)
            self.load()

        errors = {"conflict": conflict} if conflict else None
        return self._requests.send(key, method, path, body, on_done=after, done_text=text,
                                   errors=errors)

    def _list(self, model: Any) -> Any:
        def apply(answer: Json) -> None:
            rows = answer.get("items")
            model.set_rows([r for r in rows or [] if isinstance(r, dict)])

        return apply

    def _pin_ok(self, pin: str) -> bool:
        if pin.isdigit() and 4 <= len(pin) <= 12:
            return True
        return self._refuse(self.tr("The PIN must have 4 to 12 digits."))

    def _refuse(self, text: str) -> bool:
        self._requests.message.emit("error", text)
        return False

    def _on_device_created(self, device: Json) -> None:
        self.token_created.emit(device)
        self.done.emit("device.add")
        self.load()
