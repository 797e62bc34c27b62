"""Layout of the counter view: the current ticket and its keys left, the queues right."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter import texts
from counter.widgets.action_button import ActionButton
from counter.widgets.current_ticket import CurrentTicketPanel
from counter.widgets.ticket_table import TicketTable

#: Actions on the current ticket, their keys, in the order of the buttons (two rows).
TICKET_KEYS: list[tuple[str, list[str]]] = [
    ("recall", ["F5"]),
    ("start", ["F6"]),
    ("park", ["F7"]),
    ("done", ["F8"]),
    ("no-show", ["F9"]),
    ("transfer", ["F10"]),
]
#: Keys of "next ticket"; Space and Enter press the focused button (by default "next").
NEXT_KEYS = ["F12", "Space", "Enter"]


class CounterPage(QWidget):
    """The clerk's main view. Only layout; the window binds it to the view model.

    Attributes:
        current: the current-ticket panel.
        buttons: action name -> button ("next", "recall", ..., "transfer").
        queues: the per-service table; waiting, parked, counters, served: the lists.
        call_button: calls the ticket selected in the waiting or parked list.
    """

    def __init__(
        self,
        seconds_since: Callable[[str | None], float | None],
        service_name: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.current = CurrentTicketPanel(seconds_since, service_name)
        self.buttons: dict[str, ActionButton] = {"next": ActionButton(NEXT_KEYS)}
        next_button = self.buttons["next"]
        next_button.setMinimumHeight(96)
        next_button.setStyleSheet(
            "QPushButton { font-size:24px; font-weight:bold; background:#0b5cad; color:white;"
            " border-radius:8px; } QPushButton:disabled { background:#9db3c8; color:#eef2f6; }"
            " QPushButton:focus { border:3px solid #f2b705; }"
        )
        grid = QGridLayout()
        for i, (action, keys) in enumerate(TICKET_KEYS):
            button = ActionButton(keys)
            self.buttons[action] = button
            grid.addWidget(button, i // 3, i % 3)
        left = QVBoxLayout()
        left.addWidget(self.current, 3)
        left.addWidget(next_button)
        left.addLayout(grid)
        left.addStretch(1)

        self.queues_caption = QLabel()
        self.queues_caption.setStyleSheet("font-weight:bold;")
        self.queues = QTableView()
        self.queues.verticalHeader().hide()
        self.queues.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.queues.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.queues.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.queues.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.waiting = TicketTable()
        self.parked = TicketTable()
        self.counters = TicketTable()
        self.served = TicketTable()
        self.lists = QTabWidget()
        for table in (self.waiting, self.parked, self.counters, self.served):
            self.lists.addTab(table, "")
        self.call_button = QPushButton()
        right = QVBoxLayout()
        right.addWidget(self.queues_caption)
        right.addWidget(self.queues)
        right.addWidget(self.lists, 1)
        right.addWidget(self.call_button)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 5)
        layout.addLayout(right, 6)
        order = [next_button] + [self.buttons[a] for a, _ in TICKET_KEYS]
        order += [self.lists, self.waiting, self.parked, self.call_button]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self.retranslate()

    def set_models(
        self,
        queues: QAbstractItemModel,
        waiting: QAbstractItemModel,
        parked: QAbstractItemModel,
        counters: QAbstractItemModel,
        served: QAbstractItemModel,
    ) -> None:
        self.queues.setModel(queues)
        for signal in (queues.rowsInserted, queues.rowsRemoved, queues.modelReset):
            signal.connect(self._fit_queues)
        self._fit_queues()
        for table, model in (
            (self.waiting, waiting),
            (self.parked, parked),
            (self.counters, counters),
            (self.served, served),
        ):
            table.setModel(model)
            model.rowsInserted.connect(self.update_counts)
            model.rowsRemoved.connect(self.update_counts)
            model.modelReset.connect(self.update_counts)

    def _fit_queues(self) -> None:
        """As tall as its rows: there are only a few services."""
        view = self.queues
        rows = view.model().rowCount() if view.model() is not None else 0
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        height += sum(
            view.rowHeight(r) or view.verticalHeader().defaultSectionSize() for r in range(rows)
        )
        view.setFixedHeight(max(height, 60))

    def selected_ticket(self) -> object | None:
        """The ticket selected in the list shown (waiting or parked), if any."""
        table = self.lists.currentWidget()
        if table in (self.waiting, self.parked) and isinstance(table, TicketTable):
            return table.selected_key()
        return None

    def retranslate(self) -> None:
        self.buttons["next"].set_label(self.tr("Next ticket"))
        for action, _keys in TICKET_KEYS:
            self.buttons[action].set_label(texts.action_name(action))
        self.queues_caption.setText(self.tr("Waiting per service"))
        self.call_button.setText(self.tr("Call selected ticket (Enter, double-click)"))
        self.update_counts()

    def update_counts(self) -> None:
        def count(table: QTableView) -> int:
            model = table.model()
            return model.rowCount() if model is not None else 0

        self.lists.setTabText(0, self.tr("Waiting ({n})").format(n=count(self.waiting)))
        self.lists.setTabText(1, self.tr("Parked ({n})").format(n=count(self.parked)))
        self.lists.setTabText(2, self.tr("Counters"))
        self.lists.setTabText(3, self.tr("Served today ({n})").format(n=count(self.served)))
