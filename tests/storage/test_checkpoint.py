"""Background checkpoints: the WAL is copied back on another thread and connection."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

import pytest

from shared.storage.checkpoint import WRITER_AUTOCHECKPOINT, Checkpointer
from shared.storage.store import Store

WAIT_S = 10.0


pytestmark = pytest.mark.empty_store


def _write_meta(store: Store, count: int) -> None:
    def write(repos) -> None:  # type: ignore[no-untyped-def]
        for i in range(count):
            repos.meta.set(f"k{i}", "x" * 200)

    store.write_sync(write)


def _next_pass(checkpointer: Checkpointer) -> tuple[int, int, int]:
    checkpointer.passed.clear()
    assert checkpointer.passed.wait(WAIT_S), "no checkpoint pass"
    assert checkpointer.last is not None
    return checkpointer.last


def test_committed_pages_reach_the_database_file(store: Store, tmp_path: Path) -> None:
    checkpointer = store.start_checkpoints()
    _write_meta(store, 50)
    busy, frames, copied = _next_pass(checkpointer)
    # The pass after the commit copied every frame: the file alone holds the rows.
    assert (busy, copied) == (0, frames) and frames > 0
    alone = tmp_path / "copy.sqlite3"
    shutil.copy(store.path, alone)  # the database file without its -wal
    conn = sqlite3.connect(alone)
    try:
        assert conn.execute("SELECT COUNT(*) FROM meta WHERE key LIKE 'k%'").fetchone() == (50,)
    finally:
        conn.close()


def test_the_writer_keeps_a_larger_automatic_checkpoint_as_backstop(store: Store) -> None:
    store.start_checkpoints()
    pages = store.read_sync(lambda r: r.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
    assert pages == WRITER_AUTOCHECKPOINT


def test_close_stops_the_thread(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    checkpointer = store.start_checkpoints()
    assert store.start_checkpoints() is checkpointer  # once per store
    store.close()
    assert not checkpointer._thread.is_alive()


def test_a_failing_checkpoint_is_reported_once_and_recovers(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "not-yet"
    checkpointer = Checkpointer(folder / "db.sqlite3", interval_s=0.01)
    caplog.set_level(logging.INFO, logger="shared.storage.checkpoint")
    checkpointer.start()
    try:
        # The file cannot be opened (no folder): the thread says so once and keeps trying.
        assert checkpointer.failed.wait(WAIT_S)
        store = Store(folder / "db.sqlite3")  # creates the folder and a WAL database
        try:
            _next_pass(checkpointer)
        finally:
            store.close()
    finally:
        checkpointer.stop()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "unable to open" in warnings[0].getMessage()
    assert any("work again" in r.getMessage() for r in caplog.records)
