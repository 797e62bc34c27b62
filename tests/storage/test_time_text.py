"""The stored and sent time text: the fast formatting writes what strftime would."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from shared.storage.db import iso, parse_iso, seconds_z

BERLIN = ZoneInfo("Europe/Berlin")


def _moments() -> list[datetime]:
    rng = random.Random(7)
    start = datetime(1999, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC)
    moments = [start, datetime(2026, 1, 1, tzinfo=UTC),
               datetime(1970, 2, 3, 4, 5, 6, 7, tzinfo=UTC)]
    moments += [start + timedelta(seconds=rng.uniform(0, 40 * 365 * 86400)) for _ in range(300)]
    return moments


def test_iso_is_strftime_of_the_utc_time() -> None:
    for moment in _moments():
        for zone in (UTC, BERLIN, timezone(timedelta(hours=-9, minutes=-30))):
            local = moment.astimezone(zone)
            assert iso(local) == moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            assert parse_iso(iso(local)) == moment


def test_iso_keeps_none() -> None:
    assert iso(None) is None


def test_seconds_z_is_strftime_without_the_fraction() -> None:
    for moment in _moments():
        assert seconds_z(moment) == moment.strftime("%Y-%m-%dT%H:%M:%SZ")
