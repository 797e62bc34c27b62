"""QtCharts of a report: arrivals vs counters needed/open per hour, waiting time per hour."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

ARRIVALS = "#5b8fd6"
NEEDED = "#c0392b"
OPEN = "#2e7d32"
WAIT_MEDIAN = "#5b8fd6"
WAIT_P90 = "#f0a030"


def _nice_max(value: float) -> float:
    return max(1.0, float(int(value) + 1))


def _new_chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


class StaffingChart(QChartView):
    """Bars: arrivals per hour (left axis); lines: counters needed and open (right axis)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_new_chart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)

    def show_hours(self, hours: list[dict[str, Any]], titles: dict[str, str]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(titles["title"])
        categories = [str(h.get("hour") or "") for h in hours]
        arrivals = QBarSet(titles["arrivals"])
        arrivals.setColor(QColor(ARRIVALS))
        arrivals.append([float(h.get("arrivals") or 0) for h in hours])
        bars = QBarSeries()
        bars.append(arrivals)
        chart.addSeries(bars)
        needed = self._line(titles["needed"], NEEDED, [h.get("needed") for h in hours])
        opened = self._line(titles["open"], OPEN, [h.get("actually_open") for h in hours],
                            dashed=True)
        chart.addSeries(needed)
        chart.addSeries(opened)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories or [""])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        for series in (bars, needed, opened):
            series.attachAxis(axis_x)
        left = QValueAxis()
        left.setTitleText(titles["arrivals_axis"])
        left.setLabelFormat("%d")
        left.setRange(0, _nice_max(max((h.get("arrivals") or 0 for h in hours), default=0)))
        chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(left)
        right = QValueAxis()
        right.setTitleText(titles["counters_axis"])
        right.setLabelFormat("%d")
        top = max([float(h.get("needed") or 0) for h in hours]
                  + [float(h.get("actually_open") or 0) for h in hours] + [1.0])
        right.setRange(0, _nice_max(top))
        right.setTickCount(int(_nice_max(top)) + 1 if top < 10 else 6)
        chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
        needed.attachAxis(right)
        opened.attachAxis(right)

    @staticmethod
    def _line(name: str, colour: str, values: list[Any], dashed: bool = False) -> QLineSeries:
        series = QLineSeries()
        series.setName(name)
        pen = QPen(QColor(colour))
        pen.setWidth(3)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        series.setPen(pen)
        series.setPointsVisible(True)
        for i, value in enumerate(values):
            series.append(float(i), float(value or 0))
        return series


class WaitChart(QChartView):
    """Bars per hour: waiting-time median and 90th percentile in minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_new_chart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)

    def show_hours(self, rows: list[tuple[str, float | None, float | None]],
                   titles: dict[str, str]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(titles["title"])
        median = QBarSet(titles["median"])
        median.setColor(QColor(WAIT_MEDIAN))
        median.append([float(m or 0) for _h, m, _p in rows])
        p90 = QBarSet(titles["p90"])
        p90.setColor(QColor(WAIT_P90))
        p90.append([float(p or 0) for _h, _m, p in rows])
        series = QBarSeries()
        series.append(median)
        series.append(p90)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([h for h, _m, _p in rows] or [""])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setTitleText(titles["axis"])
        axis_y.setLabelFormat("%d")
        top = max([float(p or 0) for _h, _m, p in rows] + [float(m or 0) for _h, m, _p in rows]
                  + [0.0])
        axis_y.setRange(0, _nice_max(top))
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
