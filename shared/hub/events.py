"""`WS /api/events?since=N&org=ID`: replay what was missed, then live events, each exactly once.

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
from typing import Any

from fastapi import APIRouter, WebSocket, WebSocketDisconnect

from shared.hub.auth import Caller, bearer, resolve
from shared.hub.broadcaster import Subscription
from shared.hub.errors import ApiError
from shared.hub.hub import Hub
from shared.hub.steer import target_org
from shared.hub.views import event_for_role
from shared.storage.store import Repos

log = logging.getLogger(__name__)
router = APIRouter()

PING_INTERVAL_S = 15.0
REPLAY_PAGE = 500
#: Close codes: 4401 no valid token; 4403 `org` not allowed; 4408 too slow (fell behind),
#: reconnect with since.
CLOSE_UNAUTHORIZED = 4401
CLOSE_FORBIDDEN = 4403
CLOSE_TOO_SLOW = 4408
_ORG_ID = re.compile(r"[a-z0-9_-]{1,32}")


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
    sub = hub.broadcaster.subscribe(org, caller.principal)
    reader = asyncio.create_task(_drain_client(websocket))
    try:
        await _serve(websocket, hub, caller, sub, since, reader)
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


async def _serve(websocket: WebSocket, hub: Hub, caller: Caller, sub: Subscription,
                 since: int | None, reader: asyncio.Task[None]) -> None:
    last_sent = since if since is not None else -1
    if since is not None:
        first, last = await hub.store.read(
            lambda repos: (repos.events.first_seq(), repos.events.last_seq()))
        if since < 0 or since > last or (first > 0 and since < first - 1):
            await websocket.send_json({"type": "resync", "seq": last})
            last_sent = last
        else:
            while True:
                page = await hub.store.read(
                    lambda repos, after=last_sent: repos.events.after(after, REPLAY_PAGE))
                for event in page:
                    if event["org"] == sub.org:
                        await websocket.send_json(event_for_role(event, caller.role))
                    last_sent = event["seq"]
                if len(page) < REPLAY_PAGE:
                    break
    while not reader.done():
        if sub.revoked:
            await websocket.close(CLOSE_UNAUTHORIZED)
            return
        if sub.overflowed:
            await websocket.close(CLOSE_TOO_SLOW)
            return
        event = await _next_event(sub, reader)
        if event is None:
            if reader.done():
                return
            await websocket.send_json({"type": "ping"})
            continue
        if event["seq"] <= last_sent:
            continue
        await websocket.send_json(event_for_role(event, caller.role))
        last_sent = event["seq"]


async def _next_event(sub: Subscription, reader: asyncio.Task[None]) -> dict[str, Any] | None:
    """The next live event, or None after `PING_INTERVAL_S` of silence or a disconnect."""
    if not sub.queue.empty():
        return sub.queue.get_nowait()
    getter = asyncio.ensure_future(sub.queue.get())
    waker = asyncio.ensure_future(sub.wakeup.wait())
    done, _ = await asyncio.wait({getter, reader, waker}, timeout=PING_INTERVAL_S,
                                 return_when=asyncio.FIRST_COMPLETED)
    waker.cancel()
    if getter in done:
        return getter.result()
    getter.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await getter
    if not getter.cancelled() and getter.done() and getter.exception() is None:
        return getter.result()  # an event arrived while cancelling
    return None
