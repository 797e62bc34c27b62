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


def _whole_axis(axis: QValueAxis, top: float, minimum: int = 1) -> None:
    """0 to a whole number above `top`, one tick per whole number up to 10 (else nice ones)."""
    upper = max(minimum, int(top) + 1)
    axis.setLabelFormat("%d")
    if upper <= 10:
        axis.setRange(0, upper)
        axis.setTickCount(upper + 1)
    else:
        step = 5 if upper <= 50 else 10 if upper <= 100 else 50
        upper = -(-upper // step) * step
        axis.setRange(0, upper)
        axis.setTickCount(upper // step + 1)


def _new_chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    return chart


class StaffingChart(QChartView):
    """Bars: arrivals per hour (left axis); lines: counters needed and open (right axis).

    The axes live as long as the chart (removing axes leaves stray drawings behind);
    only the series are replaced.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_new_chart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(280)
        chart = self.chart()
        self.axis_x = QBarCategoryAxis()
        self.left = QValueAxis()
        self.right = QValueAxis()
        self.right.setGridLineVisible(False)  # the left axis draws the grid
        chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.left, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.right, Qt.AlignmentFlag.AlignRight)

    def show_hours(self, hours: list[dict[str, Any]], titles: dict[str, str]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
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
        self.axis_x.setCategories(categories or [""])
        for series in (bars, needed, opened):
            series.attachAxis(self.axis_x)
        self.left.setTitleText(titles["arrivals_axis"])
        _whole_axis(self.left, max((h.get("arrivals") or 0 for h in hours), default=0))
        bars.attachAxis(self.left)
        self.right.setTitleText(titles["counters_axis"])
        top = max([float(h.get("needed") or 0) for h in hours]
                  + [float(h.get("actually_open") or 0) for h in hours] + [1.0])
        _whole_axis(self.right, top)
        needed.attachAxis(self.right)
        opened.attachAxis(self.right)

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
        self.setMinimumHeight(280)
        self.axis_x = QBarCategoryAxis()
        self.axis_y = QValueAxis()
        self.chart().addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart().addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)

    def show_hours(self, rows: list[tuple[str, float | None, float | None]],
                   titles: dict[str, str]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
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
        self.axis_x.setCategories([h for h, _m, _p in rows] or [""])
        series.attachAxis(self.axis_x)
        self.axis_y.setTitleText(titles["axis"])
        top = max([float(p or 0) for _h, _m, p in rows] + [float(m or 0) for _h, m, _p in rows]
                  + [0.0])
        _whole_axis(self.axis_y, top, minimum=5)
        series.attachAxis(self.axis_y)
