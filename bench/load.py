"""Simulated office traffic over real sockets: displays, counters calling, kiosks issuing.

* 20 displays: WebSocket clients with the display token, stamping each `ticket_called`.
* 50 counters: each calls "next" on its own keep-alive connection, paced so the office
  makes `rate` calls per second in total (staggered, not in bursts).
* kiosks: issue tickets at the same rate on keep-alive connections, after a backlog.

call → every display = from just before the counter's request is written to the moment
the last of the 20 displays has the event.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

import websockets

from bench.common import SERVICES, HttpConn, Office, now_ns


@dataclass
class Traffic:
    sent: dict[int, int] = field(default_factory=dict)  # ticket id -> request written
    answered: dict[int, int] = field(default_factory=dict)  # ticket id -> answer read
    seen: dict[int, list[int]] = field(default_factory=dict)  # ticket id -> display stamps
    errors: dict[str, int] = field(default_factory=dict)
    issued: int = 0

    def error(self, what: str) -> None:
        self.errors[what] = self.errors.get(what, 0) + 1


async def _display(url: str, token: str, traffic: Traffic, ready: asyncio.Event,
                   stop: asyncio.Event, count: list[int]) -> None:
    ws_url = url.replace("http://", "ws://") + f"/api/events?token={token}&batch=1"
    async with websockets.connect(ws_url, max_size=None, ping_interval=None) as ws:
        count[0] += 1
        if count[0] >= count[1]:
            ready.set()
        while not stop.is_set():
            try:
                text = await asyncio.wait_for(ws.recv(), 0.5)
            except TimeoutError:
                continue
            stamp = now_ns()
            if '"ticket_called"' not in text:
                continue
            message = json.loads(text)
            for event in message if isinstance(message, list) else [message]:
                if event.get("type") == "ticket_called":
                    traffic.seen.setdefault(int(event["ticket"]["id"]), []).append(stamp)


async def _counter(office: Office, cid: str, period_s: float, offset_s: float,
                   traffic: Traffic, stop: asyncio.Event) -> None:
    conn = HttpConn.for_url(office.url)
    token = office.counter_tokens[cid]
    loop = asyncio.get_running_loop()
    due = loop.time() + offset_s
    while not stop.is_set():
        await asyncio.sleep(max(0.0, due - loop.time()))
        due += period_s
        if stop.is_set():
            break
        sent = now_ns()
        try:
            status, body = await conn.request("POST", f"/api/counters/{cid}/next", {}, token)
        except OSError:
            traffic.error("counter connection")
            continue
        if status == 200:
            traffic.sent[int(body["id"])] = sent
            traffic.answered[int(body["id"])] = now_ns()
        else:
            traffic.error(f"next {status} {(body or {}).get('code')}")
    conn.close()


async def _backlog(office: Office, service: str, count: int, traffic: Traffic) -> None:
    conn = HttpConn.for_url(office.url)
    for _ in range(count):
        status, _ = await conn.request("POST", "/api/tickets", {"service": service},
                                       office.kiosk_token)
        traffic.issued += status == 201
    conn.close()


async def _kiosk(office: Office, service: str, period_s: float, traffic: Traffic,
                 stop: asyncio.Event) -> None:
    conn = HttpConn.for_url(office.url)
    loop = asyncio.get_running_loop()
    due = loop.time()
    while not stop.is_set():
        await asyncio.sleep(max(0.0, due - loop.time()))
        due += period_s
        try:
            status, body = await conn.request("POST", "/api/tickets", {"service": service},
                                              office.kiosk_token)
        except OSError:
            traffic.error("kiosk connection")
            continue
        if status == 201:
            traffic.issued += 1
        else:
            traffic.error(f"issue {status} {(body or {}).get('code')}")
    conn.close()


async def run_office(office: Office, *, seconds: float, rate: float, displays: int = 20,
                     backlog: int = 150, started: asyncio.Event | None = None,
                     go: asyncio.Event | None = None) -> dict[str, Any]:
    """Run the office for `seconds`; `started` is set once every display is subscribed,
    then the calling starts when `go` is set (the real apps are ready)."""
    traffic = Traffic()
    stop = asyncio.Event()
    calling = asyncio.Event()  # set: counters and kiosks stop
    subscribed = asyncio.Event()
    count = [0, displays]
    tasks = [asyncio.create_task(_display(office.url, office.display_token, traffic,
                                          subscribed, stop, count)) for _ in range(displays)]
    await asyncio.wait_for(subscribed.wait(), 30)
    await asyncio.gather(*[_backlog(office, s, backlog // len(SERVICES), traffic)
                           for s in SERVICES])
    if started is not None:
        started.set()
    if go is not None:
        await go.wait()
    counters = sorted(office.counter_tokens, key=int)
    period = len(counters) / rate
    kiosk_period = len(SERVICES) / rate
    tasks += [asyncio.create_task(_kiosk(office, s, kiosk_period, traffic, calling))
              for s in SERVICES]
    await asyncio.sleep(0)
    tasks += [asyncio.create_task(_counter(office, cid, period, i * period / len(counters),
                                           traffic, calling)) for i, cid in enumerate(counters)]
    await asyncio.sleep(seconds)
    calling.set()
    await asyncio.gather(*tasks[displays:], return_exceptions=True)
    for _ in range(100):  # let the displays catch up with the last calls (bounded)
        if all(len(traffic.seen.get(t, ())) >= displays for t in traffic.sent):
            break
        await asyncio.sleep(0.05)
    stop.set()
    await asyncio.gather(*tasks[:displays], return_exceptions=True)
    return analyse(traffic, displays)


def analyse(traffic: Traffic, displays: int) -> dict[str, Any]:
    every, answer, missing = [], [], 0
    for ticket_id, sent in traffic.sent.items():
        stamps = traffic.seen.get(ticket_id, [])
        answer.append((traffic.answered[ticket_id] - sent) / 1e6)
        if len(stamps) < displays:
            missing += 1
            continue
        every.append((max(stamps) - sent) / 1e6)
    return {"calls": len(traffic.sent), "issued": traffic.issued, "every_display_ms": every,
            "answer_ms": answer, "calls_missing_at_some_display": missing,
            "errors": traffic.errors, "sent": traffic.sent}
