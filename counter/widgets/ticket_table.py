"""A read-only table of tickets from which one can be called (double-click or Enter)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from counter.keyed_table_model import KEY_ROLE

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TicketTable(QTableView):
    """Rows are selected whole; Enter or a double-click asks for the row's key.

    Signals:
        chosen(object): the key (ticket id) of the row to act on.
    """

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.doubleClicked.connect(self._on_double_clicked)

    def selected_key(self) -> object | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row()):
            return None
        return index.siblingAtColumn(0).data(KEY_ROLE)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in _ENTER_KEYS:
            key = self.selected_key()
            if key is not None:
                self.chosen.emit(key)
            return
        super().keyPressEvent(e)

    def _on_double_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.chosen.emit(index.siblingAtColumn(0).data(KEY_ROLE))
