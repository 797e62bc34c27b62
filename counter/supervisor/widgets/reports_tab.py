"""Berichte: period and date, totals, tables, charts, staffing, export to CSV/XLSX."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter.supervisor import texts
from counter.supervisor.reports_vm import PERIODS
from counter.supervisor.view_model import SupervisorViewModel
from counter.supervisor.widgets.charts import StaffingChart, WaitChart
from counter.supervisor.widgets.common import BusyButtons, SaveFileDialog, date_edit, table


class ReportsTab(QWidget):
    def __init__(self, vm: SupervisorViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = vm
        self._reports = vm.reports
        self._busy = BusyButtons(vm)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.period = QComboBox()
        self.day = date_edit()
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.show_report)
        self._busy.bind(self.show_button, "report.load")
        self.csv_button, self.xlsx_button = QPushButton(), QPushButton()
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        for button in (self.csv_button, self.xlsx_button):
            self._busy.bind(button, "report.export", lambda: bool(self._reports.report))
        for widget in (self.period, self.day, self.show_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.xlsx_button)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.tables = QTabWidget()
        self.service_view = table(self._reports.per_service, select_rows=False)
        self.hour_view = table(self._reports.per_hour, select_rows=False)
        self.counter_view = table(self._reports.per_counter, select_rows=False)
        staffing_page = QWidget()
        staffing_layout = QVBoxLayout(staffing_page)
        target = QHBoxLayout()
        self.target_share = QSpinBox()
        self.target_share.setRange(50, 99)
        self.target_share.setSuffix(" %")
        self.target_share.setValue(80)
        self.target_wait = QSpinBox()
        self.target_wait.setRange(1, 120)
        self.target_wait.setSuffix(" min")
        self.target_wait.setValue(20)
        self.target_label, self.within_label = QLabel(), QLabel()
        self.recalc_button = QPushButton()
        self.recalc_button.clicked.connect(self.recalculate)
        self._busy.bind(self.recalc_button, "report.staffing")
        for widget in (self.target_label, self.target_share, self.within_label,
                       self.target_wait, self.recalc_button):
            target.addWidget(widget)
        target.addStretch(1)
        staffing_layout.addLayout(target)
        self.staffing_view = table(self._reports.staffing_model, select_rows=False)
        staffing_layout.addWidget(self.staffing_view)
        self.tables.addTab(self.service_view, "")
        self.tables.addTab(self.hour_view, "")
        self.tables.addTab(self.counter_view, "")
        self.tables.addTab(staffing_page, "")
        splitter.addWidget(self.tables)
        charts = QWidget()
        charts_layout = QHBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        self.staffing_chart = StaffingChart()
        self.wait_chart = WaitChart()
        charts_layout.addWidget(self.staffing_chart)
        charts_layout.addWidget(self.wait_chart)
        splitter.addWidget(charts)
        splitter.setSizes([220, 420])
        layout.addWidget(splitter, 1)
        self._reports.report_changed.connect(self.update_report)
        self._reports.staffing_changed.connect(self.update_staffing)
        self._reports.report_changed.connect(self._busy.update)
        self.retranslate()

    def retranslate(self) -> None:
        names = {"day": self.tr("Day"), "week": self.tr("Week"), "month": self.tr("Month")}
        current = self.period.currentData() or "day"
        self.period.clear()
        for period in PERIODS:
            self.period.addItem(names[period], period)
        self.period.setCurrentIndex(self.period.findData(current))
        self.show_button.setText(self.tr("Show"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.xlsx_button.setText(self.tr("Export Excel…"))
        self.target_label.setText(self.tr("Target:"))
        self.within_label.setText(self.tr("of visitors called within"))
        self.recalc_button.setText(self.tr("Recalculate"))
        for index, title in enumerate((self.tr("Per service"), self.tr("Per hour"),
                                       self.tr("Per counter"), self.tr("Staffing"))):
            self.tables.setTabText(index, title)
        self.update_report()
        self.update_staffing()

    def set_day(self, day: QDate) -> None:
        self.day.setDate(day)

    def show_report(self) -> None:
        self._reports.load(str(self.period.currentData()), self.day.date().toPython())

    def recalculate(self) -> None:
        self._reports.load_staffing(self.target_wait.value(), self.target_share.value() / 100)

    def export(self, fmt: str) -> None:
        filters = {"csv": self.tr("CSV (semicolon, for Excel) (*.csv)"),
                   "xlsx": self.tr("Excel workbook (*.xlsx)")}
        target = SaveFileDialog.ask(self, self.tr("Save report"),
                                    self._reports.suggested_name(fmt), filters[fmt])
        if target is not None:
            if target.suffix.lower() != f".{fmt}":
                target = target.with_name(target.name + f".{fmt}")
            self._reports.export(fmt, target)

    def update_report(self) -> None:
        report = self._reports.report
        if not report:
            self.summary.setText(self.tr("Choose a period and press Show."))
        else:
            totals, wait = report.get("totals") or {}, report.get("wait") or {}
            service = report.get("service_time") or {}
            lang = self._vm.lang
            self.summary.setText(self.tr(
                "{period} from {day}: {issued} issued, {served} served, {no_show} no-show, "
                "{away} turned away (capacity {cap}). Waiting median {wait} min, 90 % within "
                "{p90} min; service time median {service} min."
            ).format(
                period=self.period.currentText(), day=self.day.date().toString("dd.MM.yyyy"),
                issued=totals.get("issued", 0), served=totals.get("served", 0),
                no_show=totals.get("no_show", 0),
                away=int(totals.get("turned_away_capacity") or 0)
                + int(totals.get("turned_away_closed") or 0),
                cap=totals.get("turned_away_capacity", 0),
                wait=texts.number(wait.get("median_min"), lang),
                p90=texts.number(wait.get("p90_min"), lang),
                service=texts.number(service.get("median_min"), lang),
            ))
        self.wait_chart.show_hours(self._reports.hourly_wait(), {
            "title": self.tr("Waiting time per hour of arrival"),
            "median": self.tr("median"), "p90": self.tr("90 % within"),
            "axis": self.tr("minutes"),
        })

    def update_staffing(self) -> None:
        self.staffing_chart.show_hours(list(self._reports.staffing.get("hours") or []), {
            "title": self.tr("Arrivals per hour and counters"),
            "arrivals": self.tr("arrivals"), "needed": self.tr("counters needed"),
            "open": self.tr("counters open"), "arrivals_axis": self.tr("visitors"),
            "counters_axis": self.tr("counters"),
        })
