"""Reports through the supervisor view: the right counts, staffing, charts, CSV/XLSX export."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from counter.supervisor.widgets.common import SaveFileDialog
from tests.counter.helpers import WAIT_MS, issue
from tests.counter.test_supervisor_support import Supervisor, screenshot, supervisor

__all__ = ["supervisor"]


def _serve_some(hub: Any) -> None:
    """Four tickets issued (A, A, A, M); two served at counter 3, one called there now."""
    for service in ("A", "A", "A", "M"):
        issue(hub, service)
    clerk = hub.login(counter="3", who="clerk")
    for _ in range(3):
        answer = hub.api("POST", "/api/counters/3/next", {}, token=clerk)
        assert answer.status_code == 200, answer.text


def _load_day(supervisor: Supervisor, qtbot: Any) -> None:
    tab = supervisor.window.reports
    supervisor.window.tabs.setCurrentWidget(tab)  # loads today's report on first show
    qtbot.waitUntil(lambda: bool(supervisor.vm.reports.report), timeout=WAIT_MS)
    with qtbot.waitSignal(supervisor.vm.reports.report_changed, timeout=WAIT_MS):
        tab.show_report()
    supervisor.wait_idle(qtbot, "report.")


def test_day_report_counts_what_happened(hub: Any, supervisor: Supervisor, qtbot: Any) -> None:
    _serve_some(hub)
    _load_day(supervisor, qtbot)
    reports = supervisor.vm.reports
    totals = reports.report["totals"]
    assert (totals["issued"], totals["served"], totals["open"]) == (4, 2, 2)
    service = reports.per_service
    row_a = service.row_of("A")
    assert service.index(row_a, 0).data() == "A – Ausweis & Pass"
    assert [service.index(row_a, c).data() for c in (1, 2)] == [3, 2]
    hour = reports.per_hour
    assert hour.index(hour.row_of("09:00"), 1).data() == 4
    counter = reports.per_counter
    assert counter.index(counter.row_of("3"), 0).data() == "Schalter 3"
    assert "4" in supervisor.window.reports.summary.text()
    staffing = reports.staffing_model
    qtbot.waitUntil(lambda: staffing.row_of("09:00") >= 0, timeout=WAIT_MS)
    assert staffing.index(staffing.row_of("09:00"), 1).data() == 4
    assert int(staffing.index(staffing.row_of("09:00"), 3).data()) >= 1
    chart = supervisor.window.reports.staffing_chart.chart()
    assert len(chart.series()) == 3
    screenshot(supervisor.window, "supervisor-report.png")


def test_staffing_target_is_editable(hub: Any, supervisor: Supervisor, qtbot: Any) -> None:
    _serve_some(hub)
    _load_day(supervisor, qtbot)
    tab = supervisor.window.reports
    tab.target_share.setValue(95)
    tab.target_wait.setValue(5)
    with qtbot.waitSignal(supervisor.vm.reports.staffing_changed, timeout=WAIT_MS):
        tab.recalculate()
    staffing = supervisor.vm.reports.staffing
    assert staffing["target_wait_min"] == 5 and staffing["target_share"] == pytest.approx(0.95)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_writes_a_readable_file(
    hub: Any,
    supervisor: Supervisor,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
) -> None:
    _serve_some(hub)
    _load_day(supervisor, qtbot)
    asked: list[str] = []

    def ask(cls: Any, _parent: Any, _title: str, suggested: str, _filter: str) -> Path:
        asked.append(suggested)
        return tmp_path / "bericht"  # without suffix: the view adds it

    monkeypatch.setattr(SaveFileDialog, "ask", classmethod(ask))
    tab = supervisor.window.reports
    button = tab.csv_button if fmt == "csv" else tab.xlsx_button
    with qtbot.waitSignal(supervisor.vm.reports.exported, timeout=WAIT_MS) as blocker:
        button.click()
        assert not button.isEnabled()  # in flight
    assert asked == [f"wartemarke-2026-11-25-tag.{fmt}"]
    target = tmp_path / f"bericht.{fmt}"
    assert blocker.args == [str(target)]
    assert not list(tmp_path.glob("*.part"))
    if fmt == "csv":
        text = target.read_text(encoding="utf-8-sig")
        rows = list(csv.reader(text.splitlines(), delimiter=";"))
        assert any("Ausgegeben" in cell for row in rows for cell in row)
        assert any(row and row[0] == "A" and "3" in row for row in rows), rows
    else:
        book = load_workbook(target)
        assert "Je Anliegen" in book.sheetnames
        sheet = book["Je Anliegen"]
        values = [[c.value for c in row] for row in sheet.iter_rows()]
        assert any(row[0] == "A" and 3 in row for row in values), values
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)


def test_failed_export_writes_nothing(
    hub: Any,
    supervisor: Supervisor,
    qtbot: Any,
    tmp_path: Path,
) -> None:
    reports = supervisor.vm.reports
    reports.period = "fortnight"  # the hub refuses an unknown period
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "x.csv"
    with qtbot.waitSignal(supervisor.vm.message, timeout=WAIT_MS) as blocker:
        assert reports.export("csv", target)
    assert blocker.args[0] == "error"
    assert not list(folder.iterdir())
