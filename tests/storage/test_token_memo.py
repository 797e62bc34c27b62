"""Token look-ups are remembered with the set-up version: every command asks who calls, and a
revoked device or an ended session must still be refused by the very next command."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from shared.storage.admin import AdminRepository
from shared.storage.db import immediate
from shared.storage.store import Repos, Store

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def _holder(store: Store, token: str) -> dict[str, object] | None:
    return store.read_sync(lambda r: r.auth.holder(token))


def _token_selects(repos: Repos, token: str, times: int) -> list[str]:
    """The token SELECTs that `times` look-ups in one write transaction ran."""
    seen: list[str] = []
    repos.db.conn.set_trace_callback(
        lambda sql: seen.append(sql) if "device_tokens" in sql else None)
    try:
        for _ in range(times):
            assert repos.auth.holder(token) is not None
    finally:
        repos.db.conn.set_trace_callback(None)
    return seen


def test_a_known_token_is_looked_up_once_per_set_up_version(store: Store) -> None:
    store.write_sync(lambda r: r.auth.add_device("kiosk-token", "kiosk", "Eingang", "main", NOW))
    assert len(store.write_sync(lambda r: _token_selects(r, "kiosk-token", 5))) == 1
    assert store.write_sync(lambda r: _token_selects(r, "kiosk-token", 5)) == []


def test_the_answer_is_a_fresh_dict_each_time(store: Store) -> None:
    store.write_sync(lambda r: r.auth.add_device("kiosk-token", "kiosk", "Eingang", "main", NOW))
    first = _holder(store, "kiosk-token")
    assert first is not None and first["role"] == "kiosk" and first["kind"] == "device"
    first["role"] = "supervisor"
    assert _holder(store, "kiosk-token")["role"] == "kiosk"  # type: ignore[index]


def test_a_revoked_device_is_refused_by_the_next_look_up(store: Store) -> None:
    device = store.write_sync(
        lambda r: r.auth.add_device("kiosk-token", "kiosk", "Eingang", "main", NOW))
    assert _holder(store, "kiosk-token") is not None
    store.write_sync(lambda r: AdminRepository(r.db).revoke_device("main", device, NOW))
    assert _holder(store, "kiosk-token") is None


def test_an_ended_session_is_refused_within_the_same_transaction(store: Store) -> None:
    def body(repos: Repos) -> tuple[object, object]:
        repos.auth.add_session("clerk-token", "anna", "clerk", "main", "1", NOW)
        before = repos.auth.holder("clerk-token")
        repos.auth.end_sessions_at("main", "1", NOW)
        return before, repos.auth.holder("clerk-token")

    before, after = store.write_sync(body)
    assert before is not None and after is None


def test_a_token_unknown_at_first_is_found_once_stored(store: Store) -> None:
    assert _holder(store, "later-token") is None
    store.write_sync(lambda r: r.auth.add_session("later-token", "anna", "clerk", "main", "2",
                                                  NOW))
    found = _holder(store, "later-token")
    assert found is not None
    assert {k: found[k] for k in ("kind", "role", "name", "org", "counter")} == {
        "kind": "session", "role": "clerk", "name": "anna", "org": "main", "counter": "2"}


def test_a_session_added_in_a_rolled_back_transaction_is_not_remembered(store: Store) -> None:
    class RollbackError(Exception):
        pass

    def rolled_back(repos: Repos) -> None:
        with pytest.raises(RollbackError), immediate(repos.db):
            repos.auth.add_session("ghost-token", "anna", "clerk", "main", "1", NOW)
            assert repos.auth.holder("ghost-token") is not None
            raise RollbackError

    store.read_sync(rolled_back)
    assert _holder(store, "ghost-token") is None


def test_another_process_ending_a_session_is_seen(store: Store) -> None:
    store.write_sync(lambda r: r.auth.add_session("clerk-token", "anna", "clerk", "main", "1",
                                                  NOW))
    assert _holder(store, "clerk-token") is not None
    conn = sqlite3.connect(store.path, isolation_level=None)
    try:
        conn.execute("UPDATE sessions SET ended_at = '2026-11-25T08:01:00Z'")
    finally:
        conn.close()
    assert _holder(store, "clerk-token") is None


def test_made_up_tokens_are_never_remembered(store: Store) -> None:
    def flood(repos: Repos) -> int:
        for n in range(1_000):
            assert repos.auth.holder(f"made-up-{n}") is None
        return len(repos.office.memo("token_holders"))

    assert store.write_sync(flood) == 0
