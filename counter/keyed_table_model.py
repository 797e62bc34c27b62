"""A table model over rows with stable keys, updated row by row.

Lists are refreshed many times a minute; resetting the model would lose the clerk's
selection and scroll position each time. `set_rows` instead removes, moves, inserts and
updates single rows, so a selected ticket stays selected while others come and go.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

#: Role under which every model gives a row's key (e.g. the ticket id).
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class KeyedTableModel(QAbstractTableModel):
    """Base for the counter's tables. Subclasses define `headers()` and `cell()`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        #: Language of names in cells ("de", "en").
        self.lang = "de"

    # -- for subclasses ---------------------------------------------------------------

    def key(self, row: dict[str, Any]) -> Hashable:
        return row["id"]

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        raise NotImplementedError

    # -- updating ---------------------------------------------------------------------

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def row_of(self, key: Hashable) -> int:
        for i, row in enumerate(self._rows):
            if self.key(row) == key:
                return i
        return -1

    def set_rows(self, new_rows: list[dict[str, Any]]) -> None:
        wanted = {self.key(r) for r in new_rows}
        for i in reversed(range(len(self._rows))):
            if self.key(self._rows[i]) not in wanted:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
        for i, row in enumerate(new_rows):
            if i < len(self._rows) and self.key(self._rows[i]) == self.key(row):
                self._rows[i] = row
                continue
            j = self.row_of(self.key(row))
            if j > i:
                self.beginMoveRows(QModelIndex(), j, j, QModelIndex(), i)
                self._rows.insert(i, self._rows.pop(j))
                self.endMoveRows()
                self._rows[i] = row
            else:
                self.beginInsertRows(QModelIndex(), i, i)
                self._rows.insert(i, row)
                self.endInsertRows()
        self.refresh()

    def refresh(self, column: int | None = None) -> None:
        """Tell views that cells changed (all, or one column, e.g. a running wait)."""
        if not self._rows:
            return
        first = 0 if column is None else column
        last = self.columnCount() - 1 if column is None else column
        self.dataChanged.emit(self.index(0, first), self.index(len(self._rows) - 1, last))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self.refresh()

    # -- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == KEY_ROLE:
            return self.key(row)
        return self.cell(row, index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None
