"""A deterministic office day for report tests, with figures worked out by hand.

Wednesday 2026-11-25 in Berlin (UTC+1). Service A: 24 served tickets, A[i] issued at
08:00 + 5*i min, waiting (i % 12) + 1 min, walking 1 min to the counter, then 6 min of
service (even i, counter 1, Meyer) or 10 min (odd i, counter 2, Schulz). Service M: 10 served
tickets, M[j] issued at 08:02 + 6*j min, waiting 20 + 2*j min, served 15 min at counter 3
by Yilmaz without a separate start. Then six special tickets from 10:00 (two no-shows, two
expired, one voided, one still waiting), one ticket of the day before, and refusals.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from shared.domain.reports import Refusal, TicketRecord

BERLIN = ZoneInfo("Europe/Berlin")
DAY = date(2026, 11, 25)
CLERKS = ("Meyer", "Schulz", "Yilmaz")


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    """Local wall time on `day` as an aware UTC datetime (as the hub stores it)."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN).astimezone(UTC)


def day_records(day: date = DAY) -> list[TicketRecord]:
    records = []
    for i in range(24):
        issued = at(8, day=day) + timedelta(minutes=5 * i)
        called = issued + timedelta(minutes=i % 12 + 1)
        started = called + timedelta(minutes=1)
        even = i % 2 == 0
        records.append(
            TicketRecord(
                number=f"A{i + 1:03d}",
                service="A",
                counter="1" if even else "2",
                clerk="Meyer" if even else "Schulz",
                state="done",
                issued_at=issued,
                called_at=called,
                started_at=started,
                finished_at=started + timedelta(minutes=6 if even else 10),
            )
        )
    for j in range(10):
        issued = at(8, 2, day) + timedelta(minutes=6 * j)
        called = issued + timedelta(minutes=20 + 2 * j)
        records.append(
            TicketRecord(
                number=f"M{j + 1:03d}",
                service="M",
                counter="3",
                clerk="Yilmaz",
                state="done",
                issued_at=issued,
                called_at=called,
                finished_at=called + timedelta(minutes=15),
            )
        )

    def special(
        number: str, minute: int, state: str, wait: int | None, counter: str | None
    ) -> TicketRecord:
        issued = at(10, minute, day)
        called = issued + timedelta(minutes=wait) if wait is not None else None
        clerk = {"1": "Meyer", "2": "Schulz"}.get(counter or "")
        return TicketRecord(number, number[0], counter, clerk, state, issued, called, None, called)

    records += [
        special("A025", 0, "no_show", 30, "1"),
        special("A026", 10, "expired", None, None),
        special("A027", 20, "voided", None, None),
        special("M011", 30, "waiting", None, None),
        special("A028", 40, "no_show", 2, "2"),
        special("M012", 50, "expired", None, None),
    ]
    return records


def day_refusals(day: date = DAY) -> list[Refusal]:
    return [
        Refusal("A", at(7, 30, day), "closed"),
        Refusal("A", at(11, 30, day), "capacity"),
        Refusal("A", at(11, 30, day), "capacity"),
        Refusal("M", at(11, 45, day), "capacity"),
    ]


def other_day_noise() -> tuple[list[TicketRecord], list[Refusal]]:
    """A ticket and a refusal of the day before, which a report of DAY must ignore."""
    before = DAY - timedelta(days=1)
    issued = at(9, day=before)
    ticket = TicketRecord(
        "A001", "A", "1", "Meyer", "done", issued, issued, issued, issued + timedelta(hours=1)
    )
    return [ticket], [Refusal("M", at(11, day=before), "capacity")]
