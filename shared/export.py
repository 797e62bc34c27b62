"""Reports as CSV and Excel files for the department lead. File I/O only: no Qt, no SQL.

Both formats hold the same tables (`tables(report)`): Übersicht, Je Anliegen, Je Stunde,
Je Schalter, and Je Person only when the report has per-clerk figures. Headers are German
first with English beside them; counts are whole numbers, times are minutes with one
decimal, missing times (nothing measured) are empty cells.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Font

from shared.domain.reports import Report, Row

Cell = int | float | str | datetime | None

_COUNT_HEADERS = (
    ("issued", "Ausgegeben / Issued"),
    ("served", "Bedient / Served"),
    ("no_show", "Nicht erschienen / No-show"),
    ("voided", "Storniert / Voided"),
    ("expired", "Verfallen / Expired"),
    ("open", "Offen / Open"),
    ("turned_away_capacity", "Abgewiesen, Kapazität / Turned away, capacity"),
    ("turned_away_closed", "Abgewiesen, geschlossen / Turned away, closed"),
)
_TIME_HEADERS = (
    "Wartezeit Median (min) / Waiting time median (min)",
    "Wartezeit 90 % (min) / Waiting time 90th percentile (min)",
    "Wartezeit Mittel (min) / Waiting time mean (min)",
    "Bearbeitungszeit Median (min) / Service time median (min)",
    "Bearbeitungszeit 90 % (min) / Service time 90th percentile (min)",
    "Bearbeitungszeit Mittel (min) / Service time mean (min)",
)
#: Sheet names (Excel forbids "/" in them, hence "Je Person" for clerks).
SHEETS = ("Übersicht", "Je Anliegen", "Je Stunde", "Je Schalter", "Je Person")


@dataclass(frozen=True, slots=True)
class Table:
    """One sheet: its name, a header row and data rows."""

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def _minutes(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _row_cells(row: Row) -> tuple[Cell, ...]:
    counts = tuple(getattr(row.counts, name) for name, _ in _COUNT_HEADERS)
    wait, service = row.wait, row.service_time
    times = (wait.median_min, wait.p90_min, wait.mean_min,
             service.median_min, service.p90_min, service.mean_min)  # fmt: skip
    return (row.key, *counts, *(_minutes(t) for t in times))


def _overview(report: Report) -> Table:
    zone = ZoneInfo(report.tz)
    total = Row("", report.totals, report.wait, report.service_time)
    cells = _row_cells(total)[1:]
    labels = [label for _, label in _COUNT_HEADERS] + list(_TIME_HEADERS)
    source = "Tagesaggregate / Daily aggregates" if report.from_aggregates else (
        "Einzelne Wartemarken / Single tickets")  # fmt: skip
    rows: list[tuple[Cell, ...]] = [
        ("Von / From", report.start.astimezone(zone).replace(tzinfo=None)),
        ("Bis / To", report.end.astimezone(zone).replace(tzinfo=None)),
        ("Zeitzone / Time zone", report.tz),
        ("Quelle / Source", source),
        *zip(labels, cells, strict=True),
    ]
    return Table(SHEETS[0], ("Kennzahl / Figure", "Wert / Value"), tuple(rows))


def tables(report: Report) -> list[Table]:
    """The report's tables in sheet order; Je Person only when per-clerk figures exist."""
    header = tuple(label for _, label in _COUNT_HEADERS) + _TIME_HEADERS
    keyed = [
        (SHEETS[1], "Anliegen / Service", report.per_service),
        (SHEETS[2], "Stunde / Hour", report.per_hour),
        (SHEETS[3], "Schalter / Counter", report.per_counter),
    ]
    if report.per_clerk:
        keyed.append((SHEETS[4], "Sachbearbeiter/in / Clerk", report.per_clerk))
    result = [_overview(report)]
    for name, first, rows in keyed:
        result.append(Table(name, (first, *header), tuple(_row_cells(r) for r in rows)))
    return result


def _text(cell: Cell, decimal: str) -> str:
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.strftime("%Y-%m-%d %H:%M")
    if isinstance(cell, float):
        return f"{cell:.1f}".replace(".", decimal)
    return str(cell)


def to_csv(report: Report, path: str | Path, *, german_excel: bool = True) -> None:
    """All tables in one CSV file: each a title line, a header line, rows, a blank line.

    `german_excel` (default) writes what a German Excel opens directly: ";" between
    fields and a decimal comma. Otherwise "," and a decimal point. UTF-8 with BOM, so
    Excel reads the umlauts right.
    """
    delimiter, decimal = (";", ",") if german_excel else (",", ".")
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        for index, table in enumerate(tables(report)):
            if index:
                writer.writerow([])
            writer.writerow([table.name])
            writer.writerow(table.header)
            writer.writerows([_text(c, decimal) for c in row] for row in table.rows)


def _widths(table: Table) -> Sequence[int]:
    columns = zip(table.header, *table.rows, strict=True)
    return [min(60, max(len(_text(c, ".")) for c in column) + 2) for column in columns]


def to_xlsx(report: Report, path: str | Path) -> None:
    """One sheet per table; numbers stay numbers (minutes shown as 0.0), dates as dates."""
    book = Workbook()
    book.remove(book.active)
    for table in tables(report):
        sheet = book.create_sheet(table.name)
        sheet.append(list(table.header))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(list(row))
        for line in sheet.iter_rows(min_row=2):
            for cell in line:
                if isinstance(cell.value, float):
                    cell.number_format = "0.0"
                elif isinstance(cell.value, datetime):
                    cell.number_format = "DD.MM.YYYY HH:MM"
        for index, width in enumerate(_widths(table), start=1):
            sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
        sheet.freeze_panes = "B2"
    book.save(Path(path))
