"""Remembering visitors the kiosk turned away (409 `closed` / `capacity`) for the reports.

A refusal is not a command: the refused command rolls back, so the refusal is written in
its own small transaction afterwards. A retry with the same request id counts once.
Failing to store it never changes the visitor's answer.
"""

from __future__ import annotations

import logging
import sqlite3

from shared.hub.auth import Caller
from shared.hub.hub import Hub
from shared.storage.db import StorageUnavailable
from shared.storage.reports import ReportRepository
from shared.storage.store import Repos

log = logging.getLogger(__name__)
REASONS = frozenset({"closed", "capacity"})


async def record(hub: Hub, caller: Caller, service: str, reason: str,
                 request_id: str | None) -> None:
    if reason not in REASONS:
        return
    now = hub.clock.now()

    def write(repos: Repos) -> None:
        ReportRepository(repos.db).add_refusal(caller.org, service, now, reason,
                                                caller.principal, request_id)

    try:
        await hub.store.write(write)
    except (StorageUnavailable, sqlite3.Error) as exc:
        log.warning("could not record a refusal (%s): %s", reason, exc)
