"""The hub killed with SIGKILL at random moments under load, 20 times.

Clients: two kiosks issuing, two counters calling "next" (each retries a command whose answer
was lost with the same request id, as the apps do), two raw WebSocket clients that
reconnect with `since=<last seq>`, and a HubClient in the Qt event loop.

After the last restart: every answer the clients saw (201 issue, 200 next) is in the
database; no ticket was called twice; each service's numbers of the day are exactly
1..N (the hub never consumes a number without committing its ticket); every client came
back within 2 s of each restart; each client saw every event once, in order, none
missing (compared with the event table).
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.exceptions import WebSocketException
from websockets.sync.client import connect

from shared.client.hub_client import HubClient
from tests.helpers.hub import RunningHub

KILLS = int(os.environ.get("WARTEMARKE_KILLS", "20"))
RESUME_LIMIT_S = 2.0


class Commander(threading.Thread):
    """Sends one kind of command again and again; a lost answer is retried, same id."""

    def __init__(self, hub: RunningHub, path: str, body: dict[str, Any], token: str,
                 stop: threading.Event, acked: list[dict[str, Any]], lock: threading.Lock,
                 progress: threading.Condition) -> None:
        super().__init__(daemon=True)
        self.hub, self.path, self.body, self.token = hub, path, body, token
        self.stop, self.acked, self.lock, self.progress = stop, acked, lock, progress
        self.other: list[int] = []

    def run(self) -> None:
        with httpx.Client(timeout=5) as client:
            while not self.stop.is_set():
                request_id = uuid.uuid4().hex
                for _attempt in range(400):  # retry until the hub is back (bounded)
                    if self.stop.is_set():
                        return
                    try:
                        answer = client.post(self.hub.url + self.path,
                                             json={**self.body, "request_id": request_id},
                                             headers={"Authorization": f"Bearer {self.token}"})
                    except httpx.HTTPError:
                        self.stop.wait(0.02)  # backoff while the hub restarts
                        continue
                    if answer.status_code in (200, 201):
                        with self.progress:
                            self.acked.append({"rid": request_id, **answer.json()})
                            self.progress.notify_all()
                    else:
                        self.other.append(answer.status_code)
                        self.stop.wait(0.01)  # e.g. queue_empty: let the kiosks issue
                    break


class Watcher(threading.Thread):
    """A raw WebSocket display that reconnects with `since=<last seq>`."""

    def __init__(self, hub: RunningHub, since: int, stop: threading.Event) -> None:
        super().__init__(daemon=True)
        self.hub, self.last, self.stop = hub, since, stop
        self.seqs: list[int] = []
        self.connects: list[float] = []

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                with connect(self.hub.ws_url(self.hub.display_token, since=self.last),
                             open_timeout=2, close_timeout=0.2) as ws:
                    self.connects.append(time.monotonic())
                    while not self.stop.is_set():
                        try:
                            message = json.loads(ws.recv(timeout=0.2))
                        except TimeoutError:
                            continue
                        if isinstance(message.get("seq"), int) and "type" in message \
                                and message["type"] not in ("ping", "resync"):
                            self.seqs.append(message["seq"])
                            self.last = message["seq"]
            except (OSError, WebSocketException, TimeoutError):
                self.stop.wait(0.02)  # reconnect backoff


def _db(hub: RunningHub) -> sqlite3.Connection:
    return sqlite3.connect(Path(hub.data_dir) / "wartemarke.sqlite3")


@pytest.mark.timeout(400)  # 20 restarts of a Python hub: ~5 s each on a busy 2-core machine
def test_sigkill_under_load_loses_nothing(hub: RunningHub, qtbot: Any) -> None:
    rng = random.Random(20261125)
    clerks = {c: hub.login(c) for c in ("1", "5")}  # counter 1 serves A, 5 serves M
    start_seq = hub.api("GET", "/api/health").json()["seq"]
    stop = threading.Event()
    lock = threading.Lock()
    progress = threading.Condition(lock)
    issued: list[dict[str, Any]] = []
    called: list[dict[str, Any]] = []
    workers = [Commander(hub, "/api/tickets", {"service": s}, hub.kiosk_token, stop, issued,
                         lock, progress) for s in ("A", "M")]
    workers += [Commander(hub, f"/api/counters/{c}/next", {}, token, stop, called, lock,
                          progress) for c, token in clerks.items()]
    watching = threading.Event()  # set: the raw clients stop (after they caught up)
    watchers = [Watcher(hub, start_seq, watching) for _ in range(2)]

    client = HubClient(hub.url, hub.display_token)
    qt_seqs: list[int] = []
    qt_connects: list[float] = []
    client.event_received.connect(lambda e: qt_seqs.append(e["seq"]))
    client.connection_changed.connect(lambda up: up and qt_connects.append(time.monotonic()))
    client.start()
    qtbot.waitUntil(lambda: client.connected, timeout=10_000)
    qt_first_seq = client.last_seq
    resumes: list[list[float]] = []  # per restart: HubClient, raw clients (s after restart)
    for thread in [*workers, *watchers]:
        thread.start()
    try:
        for _kill in range(KILLS):
            with lock:
                target = len(issued) + len(called) + rng.randint(1, 12)
            qtbot.waitUntil(lambda t=target: len(issued) + len(called) >= t, timeout=20_000)
            hub.stop(kill=True)
            connects = ([len(w.connects) for w in watchers], len(qt_connects))
            hub.start()
            restarted = time.monotonic()
            qtbot.waitUntil(lambda c=connects: len(qt_connects) > c[1]
                            and all(len(w.connects) > n for w, n in zip(watchers, c[0],
                                                                         strict=True)),
                            timeout=10_000)
            resumes.append([round(t - restarted, 2)
                            for t in (qt_connects[-1], *(w.connects[-1] for w in watchers))])
        with lock:
            target = len(issued) + len(called) + 5
        qtbot.waitUntil(lambda: len(issued) + len(called) >= target, timeout=20_000)
    except BaseException:
        watching.set()  # a failed run must not leave the raw clients reconnecting forever
        raise
    finally:
        stop.set()
        for thread in workers:
            thread.join(15)
    last_seq = hub.api("GET", "/api/health").json()["seq"]
    qtbot.waitUntil(lambda: client.last_seq >= last_seq
                    and all(w.last >= last_seq for w in watchers), timeout=10_000)
    client.stop()
    watching.set()
    for watcher in watchers:
        watcher.join(10)
    hub.stop()

    with _db(hub) as db:
        tickets = {row[0]: row for row in db.execute(
            "SELECT id, number, service, day, seq, state, counter, called_at FROM tickets")}
        for answer in issued:
            assert answer["id"] in tickets, f"acknowledged ticket lost: {answer}"
            assert tickets[answer["id"]][1] == answer["number"]
        ids = [a["id"] for a in called]
        assert len(ids) == len(set(ids)), "a ticket was called twice"
        for answer in called:
            row = tickets[answer["id"]]
            assert row[6] == answer["counter"] and row[7] is not None, (answer, row)
        calls = db.execute("SELECT payload FROM events WHERE type = 'ticket_called'").fetchall()
        called_ids = [json.loads(p)["ticket"]["id"] for (p,) in calls]
        assert len(called_ids) == len(set(called_ids)), "a ticket_called event was doubled"
        for service, day in {(r[2], r[3]) for r in tickets.values()}:
            seqs = sorted(r[4] for r in tickets.values() if r[2] == service and r[3] == day)
            assert seqs == list(range(1, len(seqs) + 1)), (service, day, seqs)
            (last,) = db.execute("SELECT last_seq FROM ticket_numbers WHERE service = ? "
                                 "AND day = ?", (service, day)).fetchone()
            assert last == len(seqs), f"{service}: number {last} consumed, {len(seqs)} tickets"
        events = [s for (s,) in db.execute("SELECT seq FROM events ORDER BY seq")]
    db.close()
    for watcher in watchers:
        assert watcher.seqs == [s for s in events if s > start_seq], "raw client missed/doubled"
    assert qt_seqs == [s for s in events if s > qt_first_seq], "HubClient missed/doubled"
    assert len(issued) > KILLS and len(called) > KILLS
    slow = [r for r in resumes if max(r) > RESUME_LIMIT_S]
    assert not slow, f"clients back later than {RESUME_LIMIT_S} s after a restart: {resumes}"
