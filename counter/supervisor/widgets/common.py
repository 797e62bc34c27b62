"""Small pieces the supervisor's tabs share: busy buttons, tables, dialogs tests replace."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from counter.supervisor.view_model import SupervisorViewModel


class BusyButtons:
    """Keeps buttons disabled while their request is in flight (or the hub is away).

    Each button has a key prefix (e.g. "ticker.add") and an optional extra condition.
    """

    def __init__(self, vm: SupervisorViewModel) -> None:
        self._vm = vm
        self._bound: list[tuple[QAbstractButton, str, Callable[[], bool] | None]] = []
        vm.busy_changed.connect(lambda _key, _busy: self.update())
        vm.connection_changed.connect(lambda _connected: self.update())

    def bind(self, button: QAbstractButton, prefix: str,
             when: Callable[[], bool] | None = None) -> QAbstractButton:
        self._bound.append((button, prefix, when))
        self.update()
        return button

    def update(self) -> None:
        for button, prefix, when in self._bound:
            ok = self._vm.connected and not self._vm.requests.any_busy(prefix)
            button.setEnabled(ok and (when is None or when()))


def table(model: object, *, stretch: int = -1, select_rows: bool = True) -> QTableView:
    """A read-only table view over `model`, rows selectable one at a time."""
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    if select_rows:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch < 0)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def selected_row(view: QTableView) -> int:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else -1


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setDate(QDate.currentDate())
    return edit


def time_edit(text: str, parent: QWidget | None = None) -> QTimeEdit:
    edit = QTimeEdit(QTime.fromString(text, "HH:mm"), parent)
    edit.setDisplayFormat("HH:mm")
    return edit


class SaveFileDialog:
    """Where to save an export. Tests replace `ask`."""

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, suggested: str, filter_text: str
    ) -> Path | None:
        path, _selected = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
        return Path(path) if path else None


class TokenDialog(QDialog):
    """Shows a new device token once, with a button to copy it. Tests replace `ask`."""

    def __init__(self, device: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New device token"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "Token for \"{name}\" ({role}). It is shown only now: copy it into the device's "
            "settings. If it gets lost, revoke it and create a new one."
        ).format(name=device.get("name", ""), role=device.get("role", "")))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.field = QLineEdit(str(device.get("token") or ""))
        self.field.setReadOnly(True)
        self.field.selectAll()
        layout.addWidget(self.field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(self.copy)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.field.text())

    @classmethod
    def ask(cls, parent: QWidget | None, device: dict) -> None:
        dialog = cls(device, parent)
        dialog.exec()
        dialog.deleteLater()
