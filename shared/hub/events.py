"""`WS /api/events?since=N&org=ID&batch=1`: replay what was missed, then live events, each
exactly once; with `batch=1` the events ready at one moment go as one JSON array.

`org` (supervisors only, default: the token's organisation) follows another organisation
the supervisor is responsible for (`steer.target_org`); anyone else gets close code 4403.

Order of work on connect: subscribe first (live events start to pile up in the inbox),
then replay `seq > since` from the database, then drain the inbox skipping every `seq`
already sent. So nothing committed around the moment of connecting is lost or doubled.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re

from fastapi import APIRouter, WebSocket, WebSocketDisconnect

from shared.hub.auth import Caller, bearer, resolve
from shared.hub.broadcaster import Outgoing, Subscription, batch_text, encode
from shared.hub.errors import ApiError
from shared.hub.hub import Hub
from shared.hub.steer import target_org
from shared.storage.store import Repos

log = logging.getLogger(__name__)
router = APIRouter()

PING_INTERVAL_S = 15.0
REPLAY_PAGE = 500
#: At most this many events in one message of a `batch=1` stream.
BATCH_LIMIT = 200
#: Close codes: 4401 no valid token; 4403 `org` not allowed; 4408 too slow (fell behind),
#: reconnect with since.
CLOSE_UNAUTHORIZED = 4401
CLOSE_FORBIDDEN = 4403
CLOSE_TOO_SLOW = 4408
_ORG_ID = re.compile(r"[a-z0-9_-]{1,32}")
PING = encode({"type": "ping"})


@router.websocket("/api/events")
async def events(websocket: WebSocket) -> None:
    hub: Hub = websocket.app.state.hub
    token = websocket.query_params.get("token") or bearer(websocket.headers.get("authorization"))
    caller = await hub.store.read(lambda repos: resolve(repos, token)) if token else None
    await websocket.accept()
    if caller is None:
        await websocket.send_json({"type": "error", "code": "unauthorized",
                                   "message": "A valid token is needed"})
        await websocket.close(CLOSE_UNAUTHORIZED)
        return
    wanted = websocket.query_params.get("org")
    org = caller.org if wanted is None else await hub.store.read(
        lambda repos: _followed_org(repos, caller, wanted))
    if org is None:
        await websocket.send_json({"type": "error", "code": "forbidden",
                                   "message": f"Not responsible for organisation {wanted}"})
        await websocket.close(CLOSE_FORBIDDEN)
        return
    since = _since(websocket.query_params.get("since"))
    out = _Sender(websocket, caller.role, websocket.query_params.get("batch") in ("1", "true"))
    sub = hub.broadcaster.subscribe(org, caller.principal)
    reader = asyncio.create_task(_drain_client(websocket))
    try:
        await _serve(out, hub, sub, since, reader)
    except (WebSocketDisconnect, RuntimeError, OSError):
        pass  # client went away mid-send
    finally:
        hub.broadcaster.unsubscribe(sub)
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await reader


def _followed_org(repos: Repos, caller: Caller, wanted: str) -> str | None:
    """The organisation a supervisor may follow (None: not a supervisor or not theirs)."""
    if caller.role != "supervisor" or not _ORG_ID.fullmatch(wanted):
        return None
    try:
        return target_org(repos, caller, wanted)
    except ApiError:
        return None


def _since(text: str | None) -> int | None:
    if text is None or text == "":
        return None
    try:
        value = int(text)
    except ValueError:
        return -1  # answered with resync
    return value


async def _drain_client(websocket: WebSocket) -> None:
    """Read (and ignore) what the client sends, so we notice when it disconnects."""
    with contextlib.suppress(WebSocketDisconnect, RuntimeError):
        while True:
            message = await websocket.receive()
            if message["type"] == "websocket.disconnect":
                return


class _Sender:
    """Sends events to one client: one JSON object per message, or with `batch=1` a JSON
    array of every event that is ready at that moment (one message, one socket write,
    instead of one per event: what makes 20 displays cheap under load)."""

    def __init__(self, websocket: WebSocket, role: str, batch: bool) -> None:
        self.websocket, self.role, self.batch = websocket, role, batch

    async def text(self, text: str) -> None:
        await self.websocket.send_text(text)

    async def events(self, ready: list[Outgoing]) -> None:
        if not ready:
            return
        if not self.batch:
            for outgoing in ready:
                await self.websocket.send_text(outgoing.text(self.role))
            return
        for start in range(0, len(ready), BATCH_LIMIT):
            await self.websocket.send_text(batch_text(ready[start:start + BATCH_LIMIT],
                                                      self.role))

    async def close(self, code: int) -> None:
        await self.websocket.close(code)


async def _serve(out: _Sender, hub: Hub, sub: Subscription, since: int | None,
                 reader: asyncio.Task[None]) -> None:
    last_sent = await _replay(out, hub, sub, since)
    await _send_live(out, sub, last_sent, reader)


async def _replay(out: _Sender, hub: Hub, sub: Subscription, since: int | None) -> int:
    """Send `seq > since` from the database in pages (or `resync`); returns the last seq sent."""
    if since is None:
        return -1
    first, last = await hub.store.read(
        lambda repos: (repos.events.first_seq(), repos.events.last_seq()))
    if since < 0 or since > last or (first > 0 and since < first - 1):
        await out.text(encode({"type": "resync", "seq": last}))
        return last
    last_sent = since
    while True:
        page = await hub.store.read(
            lambda repos, after=last_sent: repos.events.after(after, REPLAY_PAGE))
        await out.events([Outgoing(event) for event in page if event["org"] == sub.org])
        if page:
            last_sent = page[-1]["seq"]
        if len(page) < REPLAY_PAGE:
            return last_sent


async def _send_live(out: _Sender, sub: Subscription, last_sent: int,
                     reader: asyncio.Task[None]) -> None:
    """Send live events until the client goes, is revoked or falls too far behind.

    Everything queued is sent before waiting again; a wait is one `Event.wait` (woken by
    `publish`, a disconnect or the ping timer), never one per event.
    """
    reader.add_done_callback(lambda _task: sub.wakeup.set())
    silence = _Silence(sub)
    try:
        while not reader.done():
            if sub.revoked:
                await out.close(CLOSE_UNAUTHORIZED)
                return
            if sub.overflowed:
                await out.close(CLOSE_TOO_SLOW)
                return
            if sub.inbox:
                last_sent = await _send_queued(out, sub, last_sent)
                silence.reset()
            elif silence.due:
                await out.text(PING)
                silence.reset()
            else:
                sub.wakeup.clear()
                await sub.wakeup.wait()
    finally:
        silence.cancel()


async def _send_queued(out: _Sender, sub: Subscription, last_sent: int) -> int:
    """Send what the inbox holds, in order, skipping what replay already sent; returns the
    last seq sent. The inbox is emptied by the broadcaster on revoke or overflow."""
    inbox = sub.inbox
    ready = []
    while inbox:
        outgoing = inbox.popleft()
        if outgoing.seq > last_sent:
            ready.append(outgoing)
            last_sent = outgoing.seq
    await out.events(ready)
    return last_sent


class _Silence:
    """Wakes the sender for a ping after `PING_INTERVAL_S` without a message.

    One timer per interval, re-armed lazily, rather than a timeout around every wait: a busy
    stream only moves `last` forward.
    """

    def __init__(self, sub: Subscription) -> None:
        self._loop = asyncio.get_running_loop()
        self._sub = sub
        self._last = self._loop.time()
        self.due = False
        self._timer = self._loop.call_later(PING_INTERVAL_S, self._check)

    def reset(self) -> None:
        """Something was sent just now."""
        self._last = self._loop.time()
        self.due = False

    def cancel(self) -> None:
        self._timer.cancel()

    def _check(self) -> None:
        quiet = self._loop.time() - self._last
        if quiet >= PING_INTERVAL_S:
            self.due = True
            self._sub.wakeup.set()
            quiet = 0.0
        self._timer = self._loop.call_later(PING_INTERVAL_S - quiet, self._check)
