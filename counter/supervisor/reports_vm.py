"""Berichte: a day, week or month in figures, staffing per hour, and exports to files."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from counter.hub_state import HubState, Json
from counter.supervisor import endpoints, texts
from counter.supervisor.download import Download
from counter.supervisor.report_models import ReportRowsModel, StaffingModel
from counter.supervisor.requests import Requests

PERIODS = ("day", "week", "month")
FORMATS = ("csv", "xlsx")



class ReportsViewModel(QObject):
    """The report shown, its staffing table and the export.

    Attributes:
        period, day: what the report covers ("day" | "week" | "month", and a date in it).
        target_wait_min, target_share: the staffing target (80 % within 20 min).
        report, staffing: the hub's last answers ({} before the first).
        per_service, per_hour, per_counter, staffing_model: the tables.

    Signals:
        report_changed(): a new report arrived.
        staffing_changed(): a new staffing table arrived.
        exported(str): a file was written (its path).
    """

    report_changed = Signal()
    staffing_changed = Signal()
    exported = Signal(str)

    def __init__(self, state: HubState, requests: Requests, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._requests = requests
        self.period = "day"
        self.day: date | None = None
        self.target_wait_min = 20
        self.target_share = 0.8
        self.report: Json = {}
        self.staffing: Json = {}
        self.per_service = ReportRowsModel("service", state, self)
        self.per_hour = ReportRowsModel("hour", state, self)
        self.per_counter = ReportRowsModel("counter", state, self)
        self.staffing_model = StaffingModel(self)
        self._exports = 0

    def item_models(self) -> list[Any]:
        return [self.per_service, self.per_hour, self.per_counter, self.staffing_model]

    def today(self) -> date:
        return self._state.clock.now().astimezone(endpoints.OFFICE_TZ).date()

    def load(self, period: str | None = None, day: date | None = None) -> bool:
        """Fetch the report (and the staffing of its date) for `period` around `day`."""
        self.period = period or self.period
        self.day = day or self.day or self.today()
        sent = self._requests.get(
            "report.load", endpoints.report_path(self.period, self.day), self._on_report
        )
        self.load_staffing()
        return sent

    def load_staffing(self, target_wait_min: int | None = None,
                      target_share: float | None = None) -> bool:
        if target_wait_min is not None:
            self.target_wait_min = target_wait_min
        if target_share is not None:
            self.target_share = target_share
        day = self.day or self.today()
        path = endpoints.staffing_path(day, self.target_wait_min, self.target_share)
        return self._requests.get("report.staffing", path, self._on_staffing)

    def export_busy(self) -> bool:
        return self._requests.busy("report.export")

    def export(self, fmt: str, target: Path) -> bool:
        """Download the current period's report as `fmt` ("csv"/"xlsx") into `target`."""
        if fmt not in FORMATS or not self._requests.begin("report.export"):
            return False
        day = self.day or self.today()
        path = self._requests.scoped(endpoints.export_path(self.period, day, fmt))
        download = Download(self._requests.client, path, target, self)
        download.succeeded.connect(self._on_export_succeeded)
        download.failed.connect(self._on_export_failed)
        return True

    def suggested_name(self, fmt: str) -> str:
        day = self.day or self.today()
        if self.period == "week":
            monday = date.fromordinal(day.toordinal() - day.weekday())
            return f"wartemarke-{monday.isoformat()}-woche.{fmt}"
        if self.period == "month":
            return f"wartemarke-{day.strftime('%Y-%m')}-monat.{fmt}"
        return f"wartemarke-{day.isoformat()}-tag.{fmt}"

    def hourly_wait(self) -> list[tuple[str, float | None, float | None]]:
        """(hour, waiting median, waiting 90 %) per hour of the report."""
        return [
            (str(row["key"]), (row.get("wait") or {}).get("median_min"),
             (row.get("wait") or {}).get("p90_min"))
            for row in self.report.get("per_hour") or []
        ]

    def _on_report(self, report: Json) -> None:
        self.report = report
        self.per_service.set_rows(list(report.get("per_service") or []))
        self.per_hour.set_rows(list(report.get("per_hour") or []))
        self.per_counter.set_rows(list(report.get("per_counter") or []))
        self.report_changed.emit()

    def _on_staffing(self, staffing: Json) -> None:
        self.staffing = staffing
        self.staffing_model.set_rows(list(staffing.get("hours") or []))
        self.staffing_changed.emit()

    def _export_finished(self) -> None:
        self._requests.end("report.export")

    def _on_export_succeeded(self, path: str) -> None:
        self._export_finished()
        self._requests.message.emit(
            "info", self.tr("Report saved: {file}").format(file=Path(path).name)
        )
        self.exported.emit(path)

    def _on_export_failed(self, code: str, body: Json) -> None:
        self._export_finished()
        self._requests.message.emit("error", self.tr("Export failed: {reason}").format(
            reason=texts.error(code, body)))
