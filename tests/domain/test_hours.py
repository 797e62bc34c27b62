"""Open hours: weekly plan, public holidays, closures, extra sessions, DST days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

import pytest

from shared.domain.errors import DomainError
from shared.domain.hours import (
    Closure,
    ExtraSession,
    HoursPlan,
    OpenStatus,
    WeeklySlot,
    holiday_name,
    office_status,
    open_status,
    sessions_on,
)

# Mon, Wed, Fri 08:00–12:00 for every service; Tue 14:00–18:00 for "A" only.
PLAN = HoursPlan(
    slots=(*(WeeklySlot(None, day, time(8), time(12)) for day in (0, 2, 4)),
           WeeklySlot("A", 1, time(14), time(18))),
    closures=(),
    extras=(),
)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def with_(**changes: tuple) -> HoursPlan:
    return HoursPlan(
        slots=PLAN.slots, closures=changes.get("closures", ()), extras=changes.get("extras", ())
    )


def test_open_during_slot() -> None:
    # Wed 2026-11-25, 09:00 local = 08:00Z (CET, UTC+1).
    status = open_status(PLAN, "A", utc(2026, 11, 25, 8, 0))
    assert status == OpenStatus(open=True, until=utc(2026, 11, 25, 11, 0))


def test_slot_start_is_open_and_end_is_closed() -> None:
    assert open_status(PLAN, "A", utc(2026, 11, 25, 7, 0)).open
    status = open_status(PLAN, "A", utc(2026, 11, 25, 11, 0))
    assert not status.open
    assert status.next_opening == utc(2026, 11, 27, 7, 0)


def test_outside_hours_gives_next_opening() -> None:
    # Tuesday morning: "A" opens the same afternoon, "M" only on Wednesday.
    assert open_status(PLAN, "A", utc(2026, 11, 24, 8, 0)).next_opening == utc(2026, 11, 24, 13)
    assert open_status(PLAN, "M", utc(2026, 11, 24, 8, 0)).next_opening == utc(2026, 11, 25, 7)


def test_christmas_in_nrw_is_closed_until_monday() -> None:
    status = open_status(PLAN, "A", utc(2026, 12, 25, 8, 0))  # a Friday
    assert not status.open
    assert status.holiday == "Erster Weihnachtstag"
    assert status.reason is None
    assert status.next_opening == utc(2026, 12, 28, 7, 0)  # Mon 08:00 local
    assert sessions_on(PLAN, "A", date(2026, 12, 25)) == []


def test_holiday_depends_on_state() -> None:
    assert holiday_name("NW", date(2026, 6, 4)) == "Fronleichnam"
    assert holiday_name("BE", date(2026, 6, 4)) is None
    assert HoursPlan(slots=PLAN.slots, state="BE").state == "BE"


def test_whole_day_closure_with_reason() -> None:
    plan = with_(closures=(Closure(1, date(2026, 11, 25), "Betriebsausflug"),))
    status = open_status(plan, "M", utc(2026, 11, 25, 8, 0))
    assert (status.open, status.reason) == (False, "Betriebsausflug")
    assert status.next_opening == utc(2026, 11, 27, 7, 0)
    # Before the usual opening the reason is already known: today's hours are cancelled.
    assert open_status(plan, "M", utc(2026, 11, 25, 5, 0)).reason == "Betriebsausflug"


def test_closure_for_one_service_only() -> None:
    plan = with_(closures=(Closure(1, date(2026, 11, 25), "Krankheit", service="M"),))
    assert open_status(plan, "A", utc(2026, 11, 25, 8, 0)).open
    assert not open_status(plan, "M", utc(2026, 11, 25, 8, 0)).open


def test_partial_closure_shortens_the_session() -> None:
    plan = with_(closures=(Closure(2, date(2026, 11, 25), "Systemausfall", time(10), time(12)),))
    assert sessions_on(plan, "A", date(2026, 11, 25)) == [
        (utc(2026, 11, 25, 7), utc(2026, 11, 25, 9))]
    assert open_status(plan, "A", utc(2026, 11, 25, 8, 30)) == OpenStatus(
        open=True, until=utc(2026, 11, 25, 9))
    closed = open_status(plan, "A", utc(2026, 11, 25, 9, 30))
    assert (closed.open, closed.reason) == (False, "Systemausfall")
    # After the usual end of hours the closure is no longer why it is closed.
    assert open_status(plan, "A", utc(2026, 11, 25, 12, 0)).reason is None


def test_closure_in_the_middle_splits_the_session() -> None:
    plan = with_(closures=(Closure(3, date(2026, 11, 25), "Besprechung", time(9), time(10)),))
    assert sessions_on(plan, "A", date(2026, 11, 25)) == [
        (utc(2026, 11, 25, 7), utc(2026, 11, 25, 8)), (utc(2026, 11, 25, 9), utc(2026, 11, 25, 11))]
    status = open_status(plan, "A", utc(2026, 11, 25, 8, 15))
    assert (status.next_opening, status.reason) == (utc(2026, 11, 25, 9), "Besprechung")


def test_extra_session_adds_and_merges() -> None:
    extras = (ExtraSession(1, date(2026, 11, 25), time(11), time(14)),   # overlaps the slot
              ExtraSession(2, date(2026, 11, 26), time(15), time(17), service="M"))
    plan = with_(extras=extras)
    assert sessions_on(plan, "A", date(2026, 11, 25)) == [
        (utc(2026, 11, 25, 7), utc(2026, 11, 25, 13))]
    assert sessions_on(plan, "M", date(2026, 11, 26)) == [
        (utc(2026, 11, 26, 14), utc(2026, 11, 26, 16))]
    assert sessions_on(plan, "A", date(2026, 11, 26)) == []


def test_extra_session_on_a_holiday() -> None:
    plan = with_(extras=(ExtraSession(1, date(2026, 12, 25), time(10), time(11)),))
    status = open_status(plan, "A", utc(2026, 12, 25, 9, 30))
    assert (status.open, status.holiday) == (True, "Erster Weihnachtstag")


@pytest.mark.parametrize(
    ("day", "opens", "closes"),
    [
        (date(2026, 3, 27), utc(2026, 3, 27, 7), utc(2026, 3, 27, 11)),       # Fri before, CET
        (date(2026, 3, 29), utc(2026, 3, 29, 6), utc(2026, 3, 29, 10)),       # change day, CEST
        (date(2026, 10, 25), utc(2026, 10, 25, 7), utc(2026, 10, 25, 11)),    # back to CET
        (date(2026, 10, 23), utc(2026, 10, 23, 6), utc(2026, 10, 23, 10)),    # Fri before, CEST
    ],
)
def test_dst_days_keep_local_times_and_length(day: date, opens: datetime, closes: datetime) -> None:
    slot = WeeklySlot(None, day.weekday(), time(8), time(12))
    plan = HoursPlan(slots=(slot,))
    assert sessions_on(plan, "A", day) == [(opens, closes)]
    assert closes - opens == timedelta(hours=4)


def test_next_opening_over_dst_change() -> None:
    # Fri 2026-03-27 after hours: next Monday 08:00 is already summer time.
    status = open_status(PLAN, "A", utc(2026, 3, 27, 12))
    assert status.next_opening == utc(2026, 3, 30, 6)


def test_no_opening_within_60_days() -> None:
    assert open_status(HoursPlan(), "A", utc(2026, 11, 25, 8)) == OpenStatus(open=False)


def test_office_status() -> None:
    now = utc(2026, 11, 24, 14)  # Tuesday 15:00: only "A" is open
    assert office_status(PLAN, ["A", "M"], now) == OpenStatus(
        open=True, until=utc(2026, 11, 24, 17))
    morning = office_status(PLAN, ["A", "M"], utc(2026, 11, 24, 8))
    assert (morning.open, morning.next_opening) == (False, utc(2026, 11, 24, 13))
    closed = with_(closures=(Closure(1, date(2026, 11, 24), "Personalversammlung"),))
    assert office_status(closed, ["A", "M"], now).reason == "Personalversammlung"
    assert office_status(PLAN, [], now) == OpenStatus(open=False)


@pytest.mark.parametrize(
    "build",
    [
        lambda: WeeklySlot(None, 0, time(12), time(8)),
        lambda: WeeklySlot(None, 0, time(8), time(8)),
        lambda: WeeklySlot(None, 7, time(8), time(12)),
        lambda: WeeklySlot("a", 0, time(8), time(12)),
        lambda: WeeklySlot(None, 0, time(8, tzinfo=UTC), time(12, tzinfo=UTC)),
        lambda: Closure(1, date(2026, 1, 2), "x", start=time(9)),
        lambda: Closure(1, date(2026, 1, 2), "x", start=time(9), end=time(8)),
        lambda: ExtraSession(1, date(2026, 1, 2), time(15), time(13)),
        lambda: HoursPlan(tz="Mars/Olympus"),
        lambda: HoursPlan(state="XX"),
    ],
)
def test_bad_hours_refused(build: Callable[[], object]) -> None:
    with pytest.raises(DomainError) as err:
        build()
    assert err.value.code == "bad_hours"


def test_plan_accepts_lists_and_stays_immutable() -> None:
    plan = HoursPlan(slots=list(PLAN.slots))  # type: ignore[arg-type]
    assert isinstance(plan.slots, tuple)


def test_naive_now_is_a_bug() -> None:
    with pytest.raises(ValueError, match="aware"):
        open_status(PLAN, "A", datetime(2026, 11, 25, 9))
