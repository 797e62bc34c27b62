"""The stored and sent time text: the fast formatting writes what strftime would, and the
texts kept for recent moments are the same as freshly written ones."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from shared.storage import db
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
        assert seconds_z(moment.replace(tzinfo=None)) == moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_the_same_moment_in_any_zone_is_the_same_utc_text() -> None:
    """Moments are kept by value, and a moment equals itself in every zone: the kept text
    must be the UTC one whichever zone came first."""
    for moment in _moments():
        for zone in (BERLIN, timezone(timedelta(hours=5, minutes=45)), UTC):
            local = moment.astimezone(zone)
            assert seconds_z(local) == moment.strftime("%Y-%m-%dT%H:%M:%SZ")
            assert iso(local) == moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def test_kept_texts_stay_few(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db, "_TEXTS_LIMIT", 10)
    monkeypatch.setattr(db, "_ISO_TEXTS", {})
    monkeypatch.setattr(db, "_SECONDS_TEXTS", {})
    moments = _moments()[:25]
    for moment in moments:
        iso(moment)
        seconds_z(moment)
    assert len(db._ISO_TEXTS) <= 10 and len(db._SECONDS_TEXTS) <= 10
    for moment in moments:  # kept or written again: the same text
        assert iso(moment) == moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
