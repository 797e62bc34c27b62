"""The waiting-room screen: lays out the widgets and binds them to the view model."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from display.config import DisplayConfig
from display.format import hours_lines, language, time_text, tr
from display.view_model import DisplayViewModel
from display.widgets.call_panel import CallPanelWidget
from display.widgets.clock import ClockWidget
from display.widgets.qr import QrWidget, overview_url
from display.widgets.queue_table import QueueTableWidget
from display.widgets.recent_calls import RecentCallsWidget
from display.widgets.theme import Theme
from display.widgets.ticker import TickerWidget


class DisplayWindow(QWidget):
    """Landscape: calls left, lists right. Portrait: calls on top, lists below.

    Attributes:
        theme: sizes and colours for the current window size.
    """

    def __init__(
        self,
        view_model: DisplayViewModel,
        config: DisplayConfig,
        status_url: str,
        *,
        portrait: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.view_model = view_model
        self.config = config
        self.portrait = portrait
        self.theme = Theme(config.colours, 720)
        self.setObjectName("display")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setCursor(Qt.CursorShape.BlankCursor)

        self.office = QLabel(self)
        self.office.setWordWrap(True)
        self.stale_marker = QLabel(self)
        self.stale_marker.setObjectName("stale")
        self.clock = ClockWidget(view_model.hub_now, self)
        self.calls = CallPanelWidget(
            config.blink_seconds, others=3 if portrait else 2, columns=1 if portrait else 2,
            parent=self)
        self.recent = RecentCallsWidget(config.recent_count, self)
        self.queues = QueueTableWidget(not portrait, self)
        self.status_url = status_url
        self.qr = QrWidget(status_url, self)
        self.hours = QLabel(self)
        self.hours.setWordWrap(True)
        self.ticker = TickerWidget(self)
        self._build_layout()
        for label in self.findChildren(QLabel):
            # Text never widens the window: sizes follow the screen, not the other way round.
            label.setMinimumWidth(1)

        view_model.calls_changed.connect(self._on_view_model_calls_changed)
        view_model.call_arrived.connect(self._on_view_model_call_arrived)
        view_model.queues_changed.connect(self._on_view_model_queues_changed)
        view_model.hours_changed.connect(self._on_view_model_hours_changed)
        view_model.ticker_changed.connect(self._on_view_model_ticker_changed)
        view_model.office_changed.connect(self._on_view_model_office_changed)
        view_model.stale_changed.connect(self._on_view_model_stale_changed)
        self.refresh()
        self._apply_theme()

    def _build_layout(self) -> None:
        heading = QVBoxLayout()
        heading.addWidget(self.office)
        heading.addWidget(self.stale_marker, 0, Qt.AlignmentFlag.AlignLeft)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignTop)
        body: QBoxLayout
        if self.portrait:
            body = QVBoxLayout()
            body.addWidget(self.calls)
            middle = QHBoxLayout()
            middle.addWidget(self.recent, 1)
            middle.addWidget(self.qr, 1, Qt.AlignmentFlag.AlignBottom)
            body.addLayout(middle)
            body.addWidget(self.queues)
            body.addStretch(1)
        else:
            body = QHBoxLayout()
            left = QVBoxLayout()
            left.addWidget(self.calls, 1)
            left.addWidget(self.queues)
            right = QVBoxLayout()
            right.addWidget(self.recent, 1)
            right.addWidget(self.qr)
            body.addLayout(left, 62)
            body.addLayout(right, 38)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addLayout(body, 1)
        self._layout.addWidget(self.hours)
        self._layout.addWidget(self.ticker)

    # -- sizes and colours ----------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        unit = min(event.size().width(), event.size().height())
        if unit > 0 and unit != self.theme.unit:
            self.theme = Theme(self.config.colours, unit)
            self._apply_theme()

    def _apply_theme(self) -> None:
        t, c = self.theme, self.config.colours
        margin = t.px(0.025)
        self._layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self._layout.setSpacing(t.px(0.015))
        self.setStyleSheet(f"QWidget#display {{ background: {c.background}; }}")
        self.office.setFont(t.font(Theme.HEADING * 1.2, bold=True))
        self.office.setStyleSheet(f"color: {c.text};")
        pad = t.px(0.008)
        self.stale_marker.setFont(t.font(Theme.SMALL, bold=True))
        self.stale_marker.setStyleSheet(
            f"color: {c.stale_text}; background: {c.stale_background}; "
            f"padding: {pad}px {2 * pad}px; border-radius: {pad}px;"
        )
        self.hours.setFont(t.font(Theme.HEADING, bold=True))
        self.hours.setStyleSheet(f"color: {c.text};")
        self.ticker.setFont(t.font(Theme.TABLE))
        self.ticker.setFixedHeight(t.px(Theme.TABLE * 1.8))
        self.ticker.set_colours(c.highlight_text, c.highlight_background)
        for widget in (self.clock, self.calls, self.recent, self.queues, self.qr):
            widget.set_theme(t)

    # -- bindings ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-reads everything from the view model (also after a language change)."""
        self._on_view_model_office_changed()
        self._on_view_model_calls_changed()
        self._on_view_model_queues_changed()
        self._on_view_model_hours_changed()
        self._on_view_model_ticker_changed()
        self._on_view_model_stale_changed(self.view_model.stale)
        self.clock.refresh()
        self.qr.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def stop(self) -> None:
        """Stops every timer (blink, ticker, clock)."""
        self.calls.stop()
        self.ticker.stop()
        self.clock.stop()

    def _on_view_model_office_changed(self) -> None:
        self.office.setText(self.view_model.office_name or tr("Citizens' office"))
        self.qr.set_url(overview_url(self.status_url, self.view_model.org_id))

    def _on_view_model_calls_changed(self) -> None:
        self.calls.set_calls(self.view_model.active_calls)
        self.recent.set_calls(self.view_model.recent_calls(self.calls.capacity))

    def _on_view_model_call_arrived(self, _key: str, _number: str, _counter: str) -> None:
        self.calls.start_blink()

    def _on_view_model_queues_changed(self) -> None:
        lang = language()
        self.queues.set_queues(
            self.view_model.queues, lambda s: self.view_model.service_name(s, lang)
        )

    def _on_view_model_hours_changed(self) -> None:
        lines = hours_lines(
            self.view_model.hours, self.view_model.hub_now(),
            lambda s: self.view_model.service_name(s, language()),
        )
        self.hours.setText("\n".join(lines))
        self.hours.setVisible(bool(lines))

    def _on_view_model_ticker_changed(self) -> None:
        messages = self.view_model.ticker_texts()
        self.ticker.set_messages(messages)
        self.ticker.setVisible(bool(messages))

    def _on_view_model_stale_changed(self, stale: bool) -> None:
        vm = self.view_model
        if not vm.has_data:
            text = tr("Connecting …")
        elif vm.last_update is not None:
            text = tr("Not current – as of %1").replace("%1", time_text(vm.last_update))
        else:
            text = tr("Not current")
        self.stale_marker.setText(text)
        self.stale_marker.setVisible(stale)
