"""Disk full and a read-only database: clear 503s, nothing acknowledged lost, recovery.

The faults are real SQLite refusals on the hub's own connection, set from the test (no hub
hook needed): `PRAGMA max_page_count` caps the file at its current size, so the next write
that needs a new page fails with SQLITE_FULL ("database or disk is full"), exactly as a full
disk does; `PRAGMA query_only` makes every write fail with SQLITE_READONLY, as a database
on a read-only or remounted file system does — and it works as root, where taking write
permission away from the folder would not.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.resilience.conftest import LocalHub

#: More than enough issues to fill the last free pages of a fresh database.
FILL_LIMIT = 400


def _pragma(hub: LocalHub, text: str) -> Any:
    return hub.store.read_sync(lambda r: r.db.conn.execute(text).fetchall())


def _issue(hub: LocalHub, service: str = "A") -> Any:
    return hub.api("POST", "/api/tickets", {"service": service}, hub.kiosk)


def _assert_consistent(hub: LocalHub, acknowledged: list[dict[str, Any]]) -> None:
    for ticket in acknowledged:
        rows = hub.sql("SELECT number, state FROM tickets WHERE id = ?", ticket["id"])
        assert rows and rows[0][0] == ticket["number"], ticket
    for service, day in hub.sql("SELECT DISTINCT service, day FROM tickets"):
        seqs = [s for (s,) in hub.sql("SELECT seq FROM tickets WHERE service = ? AND day = ? "
                                      "ORDER BY seq", service, day)]
        assert seqs == list(range(1, len(seqs) + 1)), (service, day, seqs)
        (last,) = hub.sql("SELECT last_seq FROM ticket_numbers WHERE service = ? AND day = ?",
                          service, day)[0]
        assert last == len(seqs), "a number was consumed without its ticket"
    seqs = [s for (s,) in hub.sql("SELECT seq FROM events ORDER BY seq")]
    assert seqs == sorted(set(seqs))


@pytest.mark.parametrize("fault", ["disk_full", "read_only"])
def test_storage_fault_answers_503_and_recovers(inprocess: LocalHub, fault: str) -> None:
    hub = inprocess
    acknowledged = [_issue(hub).json() for _ in range(3)]
    if fault == "disk_full":
        (pages,) = _pragma(hub, "PRAGMA page_count")[0]
        _pragma(hub, f"PRAGMA max_page_count = {pages}")
    else:
        _pragma(hub, "PRAGMA query_only = ON")

    refusal = None
    for _ in range(FILL_LIMIT):
        answer = _issue(hub)
        if answer.status_code != 201:
            refusal = answer
            break
        acknowledged.append(answer.json())
    assert refusal is not None, "the database never filled up"
    assert refusal.status_code == 503, refusal.text
    assert refusal.json()["code"] == "storage_unavailable"
    called = hub.api("POST", "/api/counters/1/next", {}, hub.clerk)
    assert called.status_code == 503, called.text
    assert called.json()["code"] == "storage_unavailable"
    # Reads go on: the apps keep their picture of the office while the disk is full.
    assert hub.api("GET", "/api/health").status_code == 200
    state = hub.api("GET", "/api/state", token=hub.clerk)
    assert state.status_code == 200
    waiting = {t["id"] for t in state.json()["tickets"] if t["state"] == "waiting"}
    assert waiting == {t["id"] for t in acknowledged}

    if fault == "disk_full":
        _pragma(hub, "PRAGMA max_page_count = 1073741823")
    else:
        _pragma(hub, "PRAGMA query_only = OFF")
    after = _issue(hub)
    assert after.status_code == 201, after.text
    assert after.json()["number"] == f"A{len(acknowledged) + 1:03d}"
    called = hub.api("POST", "/api/counters/1/next", {}, hub.clerk)
    assert called.status_code == 200, called.text
    assert called.json()["id"] == acknowledged[0]["id"]
    _assert_consistent(hub, [*acknowledged, after.json()])
