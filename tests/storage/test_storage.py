"""The database: WAL, migrations, BEGIN IMMEDIATE, event seq, daily numbering."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from shared.storage import migrations
from shared.storage.db import StorageUnavailable, connect, immediate
from shared.storage.seed import seed_example
from shared.storage.store import Store

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


pytestmark = pytest.mark.empty_store


def test_wal_synchronous_normal_and_journals_in_memory(store: Store) -> None:
    mode, sync, temp = store.read_sync(lambda r: (
        r.db.execute("PRAGMA journal_mode").fetchone()[0],
        r.db.execute("PRAGMA synchronous").fetchone()[0],
        r.db.execute("PRAGMA temp_store").fetchone()[0]))
    assert (mode, sync, temp) == ("wal", 1, 2)


def test_migrations_apply_once(tmp_path: Path) -> None:
    db = connect(tmp_path / "m.sqlite3")
    assert migrations.migrate(db) == [n for n, _, _ in migrations.MIGRATIONS]
    assert migrations.migrate(db) == []
    assert migrations.applied(db) == [n for n, _, _ in migrations.MIGRATIONS]
    db.conn.close()


def test_sessions_keep_their_rows_when_the_counter_becomes_optional(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Migration 6 rebuilds `sessions` (counter may be NULL) without losing a session."""
    db = connect(tmp_path / "db.sqlite3")
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:5])
    migrations.migrate(db)
    db.execute("INSERT INTO sessions (hash, clerk, role, org, counter, created_at) "
                "VALUES ('h1', 'anna', 'clerk', 'main', '1', '2026-11-25T08:00:00Z')")
    monkeypatch.undo()
    assert migrations.migrate(db) == [6, 7, 8]
    assert db.execute("SELECT hash, clerk, counter FROM sessions").fetchall() == [
        ("h1", "anna", "1")]
    db.execute("INSERT INTO sessions (hash, clerk, role, org, counter, created_at) "
                "VALUES ('h2', 'lea', 'supervisor', 'main', NULL, '2026-11-25T08:00:00Z')")
    assert db["sessions"].pks == ["hash"]


def test_failed_migration_leaves_no_trace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(db):  # type: ignore[no-untyped-def]
        db.execute("CREATE TABLE half (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (99, "bad", broken)])
    db = connect(tmp_path / "m.sqlite3")
    with pytest.raises(RuntimeError):
        migrations.migrate(db)
    assert 99 not in migrations.applied(db)
    assert "half" not in db.table_names()
    db.conn.close()


def test_begin_immediate_takes_the_write_lock_up_front(tmp_path: Path) -> None:
    path = tmp_path / "lock.sqlite3"
    first = connect(path)
    migrations.migrate(first)
    other = sqlite3.connect(str(path), isolation_level=None, timeout=0)
    with immediate(first), pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()
    first.conn.close()


def test_error_rolls_back_everything(store: Store) -> None:
    def half(r):  # type: ignore[no-untyped-def]
        r.events.append("main", "x", NOW, {})
        raise ValueError("rule refused")

    with pytest.raises(ValueError):
        store.write_sync(half)
    assert store.read_sync(lambda r: r.events.last_seq()) == 0


def test_event_seq_is_monotonic_and_replayable(store: Store) -> None:
    seqs = [store.write_sync(lambda r: r.events.append("main", "t", NOW, {"i": 1})["seq"])
            for _ in range(5)]
    assert seqs == sorted(seqs) and len(set(seqs)) == 5
    after = store.read_sync(lambda r: r.events.after(seqs[1]))
    assert [e["seq"] for e in after] == seqs[2:]


def test_numbering_restarts_per_service_and_day(store: Store) -> None:
    def take(service: str, day: str) -> int:
        return store.write_sync(lambda r: r.tickets.next_seq("main", service, day))

    assert [take("A", "2026-11-25") for _ in range(3)] == [1, 2, 3]
    assert take("M", "2026-11-25") == 1
    assert take("A", "2026-11-26") == 1


def test_full_disk_is_storage_unavailable_and_recovers(store: Store) -> None:
    store.write_sync(lambda r: seed_example(r))
    pages = store.read_sync(lambda r: r.db.execute("PRAGMA page_count").fetchone()[0])
    store.read_sync(lambda r: r.db.execute(f"PRAGMA max_page_count = {pages}"))

    def grow(r):  # type: ignore[no-untyped-def]
        for _ in range(200):
            r.events.append("main", "t", NOW, {"pad": "x" * 4000})

    with pytest.raises(StorageUnavailable):
        store.write_sync(grow)
    assert store.read_sync(lambda r: r.events.last_seq()) == 0
    store.read_sync(lambda r: r.db.execute("PRAGMA max_page_count = 1073741823"))
    store.write_sync(grow)
    assert store.read_sync(lambda r: r.events.last_seq()) == 200


def test_a_stored_answer_is_found_while_it_is_young_enough(store: Store) -> None:
    at = datetime(2026, 11, 25, 8, 0, 0, 500_000, tzinfo=UTC)
    store.write_sync(lambda r: r.requests.remember("device:1", "r-1", 201, {"id": 7}, at))

    def find(caller: str, not_before: datetime) -> object:
        return store.read_sync(lambda r: r.requests.find(caller, "r-1", not_before))

    assert find("device:1", at) == (201, {"id": 7})
    assert find("device:1", at - timedelta(hours=24)) == (201, {"id": 7})
    assert find("device:1", at + timedelta(microseconds=1)) is None  # too old by then
    assert find("device:2", at) is None  # another caller's request id
