"""Reports written as CSV and Excel, read back with the csv module and openpyxl."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from shared.domain.reports import Report, summarise
from shared.domain.reports_aggregate import aggregate_day, summarise_aggregates
from shared.export import SHEETS, to_csv, to_xlsx
from tests.helpers.report_day import CLERKS, DAY, at, day_records, day_refusals

WAIT_MEDIAN = "Wartezeit Median (min) / Waiting time median (min)"
SERVICE_MEAN = "Bearbeitungszeit Mittel (min) / Service time mean (min)"


def day_report(*, per_clerk: bool = False) -> Report:
    return summarise(
        day_records(),
        day_refusals(),
        start=at(0),
        end=at(0, day=DAY + timedelta(days=1)),
        per_clerk=per_clerk,
    )


def read_csv_sections(path: Path, delimiter: str) -> dict[str, list[dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=delimiter))
    sections: dict[str, list[dict[str, str]]] = {}
    blocks: list[list[list[str]]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        else:
            blocks.append([])
    for title, header, *rows in blocks:
        sections[title[0]] = [dict(zip(header, row, strict=True)) for row in rows]
    return sections


def test_csv_round_trip_german_excel(tmp_path: Path) -> None:
    path = tmp_path / "bericht.csv"
    to_csv(day_report(), path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    sections = read_csv_sections(path, ";")
    assert list(sections) == list(SHEETS[:4])

    overview = {r["Kennzahl / Figure"]: r["Wert / Value"] for r in sections["Übersicht"]}
    assert overview["Von / From"] == "2026-11-25 00:00"
    assert overview["Ausgegeben / Issued"] == "40"
    assert overview[WAIT_MEDIAN] == "9,0"

    services = {r["Anliegen / Service"]: r for r in sections["Je Anliegen"]}
    assert services["A"]["Bedient / Served"] == "24"
    assert services["A"][SERVICE_MEAN] == "8,0"
    assert services["M"]["Abgewiesen, Kapazität / Turned away, capacity"] == "1"

    hours = {r["Stunde / Hour"]: r for r in sections["Je Stunde"]}
    assert hours["08:00"]["Ausgegeben / Issued"] == "22"
    assert hours["07:00"][WAIT_MEDIAN] == ""  # nobody waited: empty, not 0

    counters = {r["Schalter / Counter"]: r for r in sections["Je Schalter"]}
    assert counters["3"][WAIT_MEDIAN] == "28,0"


def test_csv_plain(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    to_csv(day_report(), path, german_excel=False)
    sections = read_csv_sections(path, ",")
    overview = {r["Kennzahl / Figure"]: r["Wert / Value"] for r in sections["Übersicht"]}
    assert float(overview["Wartezeit Mittel (min) / Waiting time mean (min)"]) == pytest.approx(
        round((2 * 78 + 32 + 290) / 36, 1)
    )


def test_xlsx_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "bericht.xlsx"
    to_xlsx(day_report(), path)
    book = load_workbook(path)
    assert book.sheetnames == list(SHEETS[:4])

    overview = {row[0]: row[1] for row in book["Übersicht"].iter_rows(min_row=2, values_only=True)}
    assert overview["Von / From"] == datetime(2026, 11, 25, 0, 0)
    assert overview["Ausgegeben / Issued"] == 40
    assert overview[WAIT_MEDIAN] == 9.0

    sheet = book["Je Anliegen"]
    header = [cell.value for cell in sheet[1]]
    assert header[0] == "Anliegen / Service"
    rows = {
        r[0]: dict(zip(header, r, strict=True))
        for r in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert rows["A"]["Bedient / Served"] == 24
    assert isinstance(rows["A"]["Bedient / Served"], int)
    assert rows["M"][WAIT_MEDIAN] == 28.0
    assert rows["A"][SERVICE_MEAN] == 8.0
    assert sheet.cell(2, header.index(SERVICE_MEAN) + 1).number_format == "0.0"

    hours = [r[0] for r in book["Je Stunde"].iter_rows(min_row=2, values_only=True)]
    assert hours == ["07:00", "08:00", "09:00", "10:00", "11:00"]
    counters = {r[0]: r for r in book["Je Schalter"].iter_rows(min_row=2, values_only=True)}
    assert set(counters) == {"1", "2", "3"}


def test_minutes_have_one_decimal(tmp_path: Path) -> None:
    path = tmp_path / "bericht.xlsx"
    to_xlsx(day_report(), path)
    overview = {r[0]: r[1] for r in load_workbook(path)["Übersicht"].iter_rows(values_only=True)}
    # (72 + 120 + 150) / 34 = 10.0588… -> 10.1
    assert overview[SERVICE_MEAN] == 10.1


def test_no_clerk_names_in_files_by_default(tmp_path: Path) -> None:
    to_csv(day_report(), tmp_path / "r.csv")
    to_xlsx(day_report(), tmp_path / "r.xlsx")
    text = (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    cells = [
        str(value)
        for sheet in load_workbook(tmp_path / "r.xlsx").worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
    ]
    for name in CLERKS:
        assert name not in text
        assert not any(name in cell for cell in cells)


def test_per_clerk_sheet_when_asked(tmp_path: Path) -> None:
    to_xlsx(day_report(per_clerk=True), tmp_path / "r.xlsx")
    book = load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames == list(SHEETS)
    names = [r[0] for r in book["Je Person"].iter_rows(min_row=2, values_only=True)]
    assert names == list(CLERKS)


def test_report_from_aggregates_says_so(tmp_path: Path) -> None:
    kept = aggregate_day(day_records(), day_refusals(), DAY)
    report = summarise_aggregates(kept, DAY, DAY + timedelta(days=1))
    to_csv(report, tmp_path / "r.csv")
    overview = {
        r["Kennzahl / Figure"]: r["Wert / Value"]
        for r in read_csv_sections(tmp_path / "r.csv", ";")["Übersicht"]
    }
    assert overview["Quelle / Source"] == "Tagesaggregate / Daily aggregates"
    assert overview["Ausgegeben / Issued"] == "40"
