"""The office cache: every write to the set-up, from any code path or process, is seen at once.

`OfficeRepository` keeps organisations, services, counters and open-hours plans in memory,
keyed by the `office_version` row that triggers change in the writing transaction.
"""

from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from shared.config import load_settings
from shared.domain import lifecycle
from shared.domain.model import Counter, CounterState, Organisation, Service
from shared.hub.views import OfficeView
from shared.storage.admin import AdminRepository
from shared.storage.db import immediate
from shared.storage.migrations import VERSIONED_TABLES
from shared.storage.seed import seed_example
from shared.storage.store import Repos, Store

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)  # a Wednesday, 09:00 in Berlin: open


class RollbackError(Exception):
    """Raised inside a transaction to roll it back."""


def _counter(store: Store, counter_id: str = "1") -> Counter | None:
    return store.read_sync(lambda r: r.office.counter("main", counter_id))


def _ids(store: Store) -> list[str]:
    return store.read_sync(lambda r: [c.id for c in r.office.counters("main")])


def _issue(repos: Repos) -> None:
    seq = repos.tickets.next_seq("main", "A", "2026-11-25")
    ticket = lifecycle.new_ticket(org="main", service="A", day="2026-11-25", seq=seq,
                                  now=NOW, priority=0, status_key=f"k{seq}", printed=True)
    repos.tickets.insert(ticket)


def test_every_office_table_bumps_the_version_on_insert_update_delete(store: Store) -> None:
    triggers = store.read_sync(lambda r: {row[0] for row in r.db.execute(
        "SELECT tbl_name || ':' || substr(name, length('office_version_' || tbl_name) + 2) "
        "FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'office_version_%'")})
    assert triggers == {f"{t}:{op}" for t in VERSIONED_TABLES
                        for op in ("insert", "update", "delete")}


def test_unchanged_set_up_is_served_from_memory_even_across_ticket_writes(store: Store) -> None:
    first = store.read_sync(lambda r: r.office.counters("main"))
    store.write_sync(_issue)
    assert store.read_sync(lambda r: r.office.counters("main")) is first
    assert _counter(store, "3") is first[2]


def test_a_write_transaction_reads_the_version_once_across_ticket_writes(store: Store) -> None:
    """Commands of one group share a transaction: their ticket and event writes do not
    make the set-up uncertain, only a change of an office table does (TEMP triggers)."""
    versions: list[str] = []

    def body(repos: Repos) -> None:
        repos.db.conn.set_trace_callback(
            lambda sql: versions.append(sql) if "office_version" in sql else None)
        try:
            for _ in range(3):
                repos.office.counters("main")
                _issue(repos)
            assert len(versions) == 1
            repos.office.set_counter("main", "1", CounterState.OPEN, "anna")
            assert repos.office.counter("main", "1").state is CounterState.OPEN  # type: ignore[union-attr]
            assert len(versions) == 2  # read again after the change, once
        finally:
            repos.db.conn.set_trace_callback(None)

    store.write_sync(body)


def test_a_connection_that_does_not_watch_reads_the_version_each_time(tmp_path: Path) -> None:
    """Another process without the TEMP triggers (e.g. an old CLI) is slower, never stale."""
    store = Store(tmp_path / "db.sqlite3")
    store.write_sync(seed_example)
    store.close()
    conn = sqlite3.connect(tmp_path / "db.sqlite3", isolation_level=None)
    try:
        from sqlite_utils import Database

        from shared.storage.office import OfficeRepository

        office = OfficeRepository(Database(conn))
        conn.execute("BEGIN IMMEDIATE")
        assert office.counter("main", "1").state is CounterState.CLOSED  # type: ignore[union-attr]
        conn.execute("UPDATE counters SET state = 'open' WHERE org = 'main' AND id = '1'")
        assert office.counter("main", "1").state is CounterState.OPEN  # type: ignore[union-attr]
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_cached_facts_cannot_be_changed_by_a_caller(store: Store) -> None:
    counters = store.read_sync(lambda r: r.office.counters("main"))
    services = store.read_sync(lambda r: r.office.services("main"))
    assert isinstance(counters, tuple) and isinstance(services, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        counters[0].name = "changed"  # type: ignore[misc]
    ids = store.read_sync(lambda r: r.office.org_ids())
    ids.append("intruder")
    assert store.read_sync(lambda r: r.office.org_ids()) == ["main"]


def test_admin_rename_is_seen_by_the_next_look_up(store: Store) -> None:
    assert _counter(store).name == "Schalter 1"  # type: ignore[union-attr]
    store.write_sync(lambda r: AdminRepository(r.db).update_counter("main", "1", "Empfang", None))
    assert _counter(store).name == "Empfang"  # type: ignore[union-attr]
    assert store.read_sync(lambda r: r.office.counters("main")[0].name) == "Empfang"


def test_admin_services_change_is_seen_by_the_next_look_up(store: Store) -> None:
    assert _counter(store).services == ("A",)  # type: ignore[union-attr]
    store.write_sync(
        lambda r: AdminRepository(r.db).update_counter("main", "1", None, ["M", "A"]))
    assert _counter(store).services == ("M", "A")  # type: ignore[union-attr]


def test_admin_delete_is_seen_by_the_next_look_up(store: Store) -> None:
    assert "2" in _ids(store)
    store.write_sync(lambda r: AdminRepository(r.db).remove_counter("main", "2", NOW))
    assert _counter(store, "2") is None
    assert "2" not in _ids(store)


def test_counter_state_change_is_seen_within_the_same_transaction(store: Store) -> None:
    def body(repos: Repos) -> tuple[Counter | None, Counter | None]:
        before = repos.office.counter("main", "1")
        repos.office.set_counter("main", "1", CounterState.OPEN, "anna")
        return before, repos.office.counter("main", "1")

    before, after = store.write_sync(body)
    assert before is not None and before.state is CounterState.CLOSED
    assert after is not None and (after.state, after.clerk) == (CounterState.OPEN, "anna")


def test_services_orgs_and_plan_changes_are_seen(store: Store) -> None:
    org = store.read_sync(lambda r: r.office.org("main"))
    assert org is not None
    plan = store.read_sync(lambda r: r.office.hours_plan(org))
    assert store.read_sync(lambda r: r.office.org("other")) is None

    def change(repos: Repos) -> None:
        repos.office.add_service(Service("main", "B", "Bauamt", "Building"), 9)
        AdminRepository(repos.db).update_service("main", "A", None, None, False)
        repos.office.add_org(Organisation("other", "Nachbarstadt"))
        repos.office.add_closure("main", "2026-11-25", "Betriebsausflug", None, None, None)

    store.write_sync(change)
    services = store.read_sync(lambda r: r.office.services("main"))
    assert [(s.letter, s.active) for s in services] == [
        ("A", False), ("M", True), ("O", True), ("B", True)]
    assert store.read_sync(lambda r: r.office.org("other")) is not None
    assert store.read_sync(lambda r: r.office.org_ids()) == ["main", "other"]
    after = store.read_sync(lambda r: r.office.hours_plan(org))
    assert after is not plan and [c.reason for c in after.closures] == ["Betriebsausflug"]


def test_a_second_store_on_the_same_file_is_seen(store: Store) -> None:
    """Like the CLI: another connection (or process) writes the same database file."""
    assert _counter(store).name == "Schalter 1"  # type: ignore[union-attr]
    other = Store(store.path)
    try:
        other.write_sync(lambda r: AdminRepository(r.db).update_counter(
            "main", "1", "Schalter Eins", None))
        other.write_sync(lambda r: r.office.set_counter("main", "4", CounterState.PAUSED, None))
    finally:
        other.close()
    assert _counter(store).name == "Schalter Eins"  # type: ignore[union-attr]
    assert _counter(store, "4").state is CounterState.PAUSED  # type: ignore[union-attr]


def _renamed_then_rolled_back(repos: Repos, name: str) -> None:
    with pytest.raises(RollbackError), immediate(repos.db):
        AdminRepository(repos.db).update_counter("main", "1", name, None)
        assert repos.office.counter("main", "1").name == name  # type: ignore[union-attr]
        raise RollbackError


def test_a_rolled_back_write_is_never_served(store: Store) -> None:
    store.read_sync(lambda r: _renamed_then_rolled_back(r, "Gone"))
    assert _counter(store).name == "Schalter 1"  # type: ignore[union-attr]


def test_a_rolled_back_command_is_never_served(store: Store) -> None:
    """A command of a group opens a counter, reads it (cached), then is refused: what it
    wrote is rolled back, and the next command of the group reads "closed"."""
    def opens_then_fails(repos: Repos) -> None:
        repos.office.set_counter("main", "1", CounterState.OPEN, "anna")
        assert repos.office.counter("main", "1").state is CounterState.OPEN  # type: ignore[union-attr]
        raise RollbackError

    def reads(repos: Repos) -> str:
        return str(repos.office.counter("main", "1").state)  # type: ignore[union-attr]

    async def group() -> list[object]:
        waiting = [asyncio.ensure_future(store.write_grouped(job))
                   for job in (opens_then_fails, reads)]
        return await asyncio.gather(*waiting, return_exceptions=True)

    failed, state = asyncio.run(group())
    assert isinstance(failed, RollbackError)
    assert state == "closed"


def test_a_write_between_two_transactions_is_seen(store: Store, tmp_path: Path) -> None:
    """Inside a transaction the version is read once until this connection writes; a new
    transaction reads it again, so another process's write in between is seen."""
    store.read_sync(lambda repos: repos.office.counter("main", "1"))
    assert store.write_sync(lambda repos: repos.office.counter("main", "1").name) == "Schalter 1"  # type: ignore[union-attr]
    other = sqlite3.connect(tmp_path / "db.sqlite3", isolation_level=None)
    other.execute("UPDATE counters SET name = 'Anderswo' WHERE id = '1'")
    other.close()
    assert store.write_sync(lambda repos: repos.office.counter("main", "1").name) == "Anderswo"  # type: ignore[union-attr]


def test_forget_drops_the_cache_even_if_the_version_repeats(store: Store) -> None:
    """After a rollback the version may repeat one the cache has seen with other rows (the
    random version makes that a 2**-64 chance; here it is forced): `forget()` recovers."""
    def body(repos: Repos) -> tuple[str, str]:
        with immediate(repos.db):
            AdminRepository(repos.db).update_counter("main", "1", "Neu", None)
            version = repos.db.execute("SELECT n FROM office_version").fetchone()[0]
            repos.office.counter("main", "1")  # cached under `version` with "Neu"
            repos.db.execute("UPDATE counters SET name = 'Zwei' WHERE id = '1'")
            repos.db.execute("UPDATE office_version SET n = ?", [version])  # forced repeat
            stale = repos.office.counter("main", "1").name  # type: ignore[union-attr]
            repos.office.forget()
            fresh = repos.office.counter("main", "1").name  # type: ignore[union-attr]
        return stale, fresh

    assert store.read_sync(body) == ("Neu", "Zwei")


def test_view_sees_a_counter_opened_after_it_was_made(store: Store) -> None:
    """`OfficeView` asks the repository each time, so a counter changed is seen at once."""
    def body(repos: Repos) -> tuple[int, int, int]:
        org = repos.office.org("main")
        assert org is not None
        view = OfficeView(repos, org, NOW, load_settings(None), {"A": [6.0, 8.0, 10.0]})
        before = view.serving("A")
        repos.office.set_counter("main", "3", CounterState.OPEN, "anna")
        repos.office.set_counter("main", "4", CounterState.OPEN, "ben")
        after = view.serving("A")
        AdminRepository(repos.db).update_counter("main", "4", None, ["M"])
        return before, after, view.serving("A")

    assert store.write_sync(body) == (0, 2, 1)
