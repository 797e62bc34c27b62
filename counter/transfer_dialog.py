"""Asking where a ticket goes on to: another service or a specific counter, with a note."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

#: The hub refuses longer notes.
NOTE_MAX = 200


@dataclass(frozen=True, slots=True)
class TransferChoice:
    """Where to: exactly one of `service` (letter) and `counter` (id) is set."""

    service: str | None = None
    counter: str | None = None
    note: str = ""


class TransferDialog(QDialog):
    """Choose the target of a transfer. Use `TransferDialog.ask(...)` (tests replace it)."""

    def __init__(
        self,
        services: list[tuple[str, str]],
        counters: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer ticket"))
        self.to_service = QRadioButton(self.tr("To another service"))
        self.to_counter = QRadioButton(self.tr("To a specific counter"))
        self.service = QComboBox()
        for letter, name in services:
            self.service.addItem(f"{letter}  {name}", letter)
        self.counter = QComboBox()
        for counter_id, name in counters:
            self.counter.addItem(name, counter_id)
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("optional, at most 200 characters"))
        self.to_service.setEnabled(bool(services))
        self.to_counter.setEnabled(bool(counters))
        (self.to_service if services else self.to_counter).setChecked(True)
        self.to_service.toggled.connect(self._on_choice_toggled)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.to_service, self.service)
        form.addRow(self.to_counter, self.counter)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._on_choice_toggled()

    def choice(self) -> TransferChoice:
        note = self.note.text().strip()
        if self.to_service.isChecked():
            return TransferChoice(service=self.service.currentData(), note=note)
        return TransferChoice(counter=self.counter.currentData(), note=note)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: list[tuple[str, str]],
        counters: list[tuple[str, str]],
    ) -> TransferChoice | None:
        """The clerk's choice, or None if cancelled."""
        dialog = cls(services, counters, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choice = dialog.choice() if accepted else None
        dialog.deleteLater()
        return choice

    def _on_choice_toggled(self) -> None:
        self.service.setEnabled(self.to_service.isChecked())
        self.counter.setEnabled(self.to_counter.isChecked())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.to_service.isEnabled() or self.to_counter.isEnabled())
