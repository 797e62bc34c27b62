"""Übersicht: figure tiles, waiting per service and the counters, all live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from counter import texts as counter_texts
from counter.supervisor.ticker_vm import local_time
from counter.supervisor.view_model import SupervisorViewModel
from counter.supervisor.widgets.common import table
from counter.traffic_light import COLOURS, light_for

TILE_STYLE = (
    "QFrame#tile { background:%s; border:1px solid #d0d4da; border-radius:6px; }"
    "QLabel { background:transparent; color:%s; }"
)


class Tile(QFrame):
    """A big figure with a caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.value.font()
        font.setPointSize(22)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.set_colours("#f6f7f9", "#202124")

    def set_colours(self, background: str, foreground: str) -> None:
        self.setStyleSheet(TILE_STYLE % (background, foreground))


class DashboardTab(QWidget):
    def __init__(self, vm: SupervisorViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = vm
        self._dashboard = vm.dashboard
        layout = QVBoxLayout(self)
        self.hours_label = QLabel()
        self.hours_label.setWordWrap(True)
        layout.addWidget(self.hours_label)
        tiles = QGridLayout()
        self.waiting = Tile()
        self.longest = Tile()
        self.counters = Tile()
        self.served = Tile()
        self.issued = Tile()
        for column, tile in enumerate(
            (self.waiting, self.longest, self.counters, self.served, self.issued)
        ):
            tiles.addWidget(tile, 0, column)
        layout.addLayout(tiles)
        self.queues_box = QGroupBox()
        box_layout = QVBoxLayout(self.queues_box)
        self.queue_view = table(self._dashboard.queue_model, stretch=0, select_rows=False)
        box_layout.addWidget(self.queue_view)
        layout.addWidget(self.queues_box, 2)
        self.counters_box = QGroupBox()
        box_layout = QVBoxLayout(self.counters_box)
        self.counter_view = table(self._dashboard.counter_model, stretch=3, select_rows=False)
        box_layout.addWidget(self.counter_view)
        layout.addWidget(self.counters_box, 3)
        self._dashboard.changed.connect(self.update_figures)
        vm.hours.changed.connect(self.update_figures)
        vm.tick.connect(self.update_figures)
        self.retranslate()

    def retranslate(self) -> None:
        self.queues_box.setTitle(self.tr("Waiting per service"))
        self.counters_box.setTitle(self.tr("Counters"))
        self.waiting.caption.setText(self.tr("waiting now"))
        self.longest.caption.setText(self.tr("longest wait"))
        self.counters.caption.setText(self.tr("counters open · paused · closed"))
        self.served.caption.setText(self.tr("served today"))
        self.issued.caption.setText(self.tr("tickets issued today"))
        self.update_figures()

    def update_figures(self) -> None:
        dashboard = self._dashboard
        self.waiting.value.setText(str(dashboard.waiting_total()))
        longest = dashboard.longest_wait_s()
        has_waiting = dashboard.waiting_total() > 0
        self.longest.value.setText(counter_texts.minutes(longest) if has_waiting else "–")
        if has_waiting:
            self.longest.set_colours(*COLOURS[light_for(longest)])
        else:
            self.longest.set_colours("#f6f7f9", "#202124")
        counts = dashboard.counts()
        self.counters.value.setText(f"{counts['open']} · {counts['paused']} · {counts['closed']}")
        served, issued = dashboard.served_today, dashboard.issued_today
        self.served.value.setText("–" if served is None else str(served))
        self.issued.value.setText("–" if issued is None else str(issued))
        self.hours_label.setText(self._hours_text())

    def _hours_text(self) -> str:
        hours = self._vm.hours.status
        if not hours:
            return ""
        if hours.get("open"):
            until = local_time(hours.get("until"))[-5:]
            return self.tr("Open hours now, until {time}.").format(time=until)
        text = self.tr("No open hours now.")
        if hours.get("reason"):
            text += " " + self.tr("Reason: {reason}.").format(reason=hours["reason"])
        if hours.get("next_opening"):
            text += " " + self.tr("Next opening: {time}.").format(
                time=local_time(hours.get("next_opening"))
            )
        if self._dashboard.waiting_total():
            text += " " + self.tr("Tickets already drawn stay valid and will be called.")
        return text
