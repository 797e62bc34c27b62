"""Fan-out of committed events to WebSocket subscribers."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

#: A subscriber that falls this far behind is dropped; it reconnects with `since`.
QUEUE_LIMIT = 10_000


@dataclass(eq=False)
class Subscription:
    """One connected client's inbox. `overflowed` tells the sender to close it."""

    org: str
    queue: asyncio.Queue[dict[str, Any]] = field(
        default_factory=lambda: asyncio.Queue(QUEUE_LIMIT))
    overflowed: bool = False
    wakeup: asyncio.Event = field(default_factory=asyncio.Event)
    #: who holds the connection ("device:3", "clerk:Meyer"); `revoked` when access ended.
    principal: str = ""
    revoked: bool = False


class Broadcaster:
    """Subscriptions on the event loop; `publish` runs on the loop (via call_soon_threadsafe)."""

    def __init__(self) -> None:
        self._subs: set[Subscription] = set()

    def subscribe(self, org: str, principal: str = "") -> Subscription:
        sub = Subscription(org, principal=principal)
        self._subs.add(sub)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        self._subs.discard(sub)

    def drop(self, principal: str) -> int:
        """Tell the connections of `principal` to close (its token was revoked)."""
        dropped = [sub for sub in self._subs if sub.principal == principal]
        for sub in dropped:
            sub.revoked = True
            sub.wakeup.set()
            self._subs.discard(sub)
        return len(dropped)

    @property
    def count(self) -> int:
        return len(self._subs)

    def publish(self, events: list[dict[str, Any]]) -> None:
        for sub in list(self._subs):
            for event in events:
                if event["org"] != sub.org:
                    continue
                try:
                    sub.queue.put_nowait(event)
                except asyncio.QueueFull:
                    log.warning("dropping a subscriber that fell %d events behind", QUEUE_LIMIT)
                    sub.overflowed = True
                    sub.wakeup.set()
                    self._subs.discard(sub)
                    break
