"""Fan-out of committed events to WebSocket subscribers.

Up to 20 displays and the counters follow every command, so the work per event must not
grow with the subscribers more than it has to:

- `publish` wraps each event once in an `Outgoing`, whose JSON text is made lazily and at
  most once per audience (public: kiosk and display; staff: everyone else), however many
  subscribers send it; so is the JSON array of a run of events that `batch=1` subscribers
  send as one message (`batch_text`): the displays, woken by the same publish, all send
  the same run;
- each subscriber's inbox is a deque plus one `asyncio.Event`: publishing appends and sets
  the event, the sender drains everything queued before it waits again, so a steady stream
  of events costs no futures or `asyncio.wait` per event.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import orjson

from shared.hub.views import PUBLIC_ROLES, event_for_role

log = logging.getLogger(__name__)

#: A subscriber that falls this far behind is dropped; it reconnects with `since`.
QUEUE_LIMIT = 10_000


def encode(message: dict[str, Any]) -> str:
    """One message as sent on the WebSocket: a compact JSON object, non-ASCII kept as is.

    orjson writes the same text as `json.dumps(..., ensure_ascii=False)` with compact
    separators (what Starlette's `send_json` sent before) for our str/int/bool/None/list/dict
    payloads, several times faster.
    """
    return orjson.dumps(message).decode()


class Outgoing:
    """One event on its way out, with its wire text cached per audience.

    `views.event_for_role` only tells public roles from staff, so the first subscriber of an
    audience pays for filtering and encoding and every other one reuses the text.
    """

    __slots__ = ("_batches", "_public", "_staff", "event", "org", "seq")

    def __init__(self, event: dict[str, Any]) -> None:
        self.event = event
        self.seq: int = event["seq"]
        self.org: str = event["org"]
        self._public: str | None = None
        self._staff: str | None = None
        #: arrays ending with this event, by (length, public audience)
        self._batches: dict[tuple[int, bool], str] | None = None

    def text(self, role: str) -> str:
        """The event as `role` may see it, JSON-encoded (made once per audience)."""
        if role in PUBLIC_ROLES:
            if self._public is None:
                self._public = encode(event_for_role(self.event, role))
            return self._public
        if self._staff is None:
            self._staff = encode(event_for_role(self.event, role))
        return self._staff


def batch_text(run: list[Outgoing], role: str) -> str:
    """`run` (a non-empty run of one organisation's events in publish order) as one JSON
    array for `role`, made once for every subscriber that sends the same run.

    The array is kept on the run's last event, under the run's length and the audience:
    every subscriber of an organisation queues the same events in the same order and drops
    only a prefix (what its replay already sent), so two runs that end with the same event
    and are as long are the same events.
    """
    last = run[-1]
    key = (len(run), role in PUBLIC_ROLES)
    if last._batches is None:
        last._batches = {}
    elif (text := last._batches.get(key)) is not None:
        return text
    text = "[" + ",".join(outgoing.text(role) for outgoing in run) + "]"
    last._batches[key] = text
    return text


@dataclass(eq=False)
class Subscription:
    """One connected client's inbox.

    The sender drains `inbox` and waits on `wakeup` only when it is empty. `overflowed` and
    `revoked` tell it to close the connection (the inbox is emptied then: nothing more
    goes out).
    """

    org: str
    #: who holds the connection ("device:3", "clerk:Meyer"); `revoked` when access ended.
    principal: str = ""
    inbox: deque[Outgoing] = field(default_factory=deque)
    wakeup: asyncio.Event = field(default_factory=asyncio.Event)
    overflowed: bool = False
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
            self._end(sub)
        return len(dropped)

    @property
    def count(self) -> int:
        return len(self._subs)

    def publish(self, events: list[dict[str, Any]]) -> None:
        """Queue `events` (in order) for every subscriber of their organisation."""
        if not self._subs or not events:
            return
        by_org: dict[str, list[Outgoing]] = {}
        for event in events:
            outgoing = Outgoing(event)
            by_org.setdefault(outgoing.org, []).append(outgoing)
        for sub in tuple(self._subs):
            batch = by_org.get(sub.org)
            if batch:
                self._deliver(sub, batch)

    def _deliver(self, sub: Subscription, batch: list[Outgoing]) -> None:
        if len(sub.inbox) + len(batch) > QUEUE_LIMIT:
            log.warning("dropping a subscriber that fell %d events behind", QUEUE_LIMIT)
            sub.overflowed = True
            self._end(sub)
            return
        sub.inbox.extend(batch)
        sub.wakeup.set()

    def _end(self, sub: Subscription) -> None:
        """Stop feeding `sub` and wake its sender, which closes the connection."""
        sub.inbox.clear()
        sub.wakeup.set()
        self._subs.discard(sub)
