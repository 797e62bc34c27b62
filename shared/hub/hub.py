"""The hub's core: run a command in one transaction, remember its answer, then broadcast.

A command body runs on the store's writer thread inside a `BEGIN IMMEDIATE` transaction that
the commands waiting at the same moment share (group commit, `shared.storage.group`; a
refused command leaves nothing behind). It loads what the rule needs, applies the domain
rule, writes the new state and its events; the answer is stored under the request id in the
same transaction. After COMMIT, still on the writer thread, the events are handed to the event
loop with `call_soon_threadsafe`, which keeps them in commit order for every subscriber, and
only then does the caller get its answer. The commands of one group hand their events over
together (`_publish`): one wake-up of the loop and one round of the subscribers per group,
not per command.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from shared.config import HubSettings
from shared.domain import lifecycle
from shared.domain.clock import Clock, local_day
from shared.domain.model import Organisation, Ticket, TicketState
from shared.hub import retention
from shared.hub.auth import Caller, resolve
from shared.hub.broadcaster import Broadcaster
from shared.hub.errors import ApiError
from shared.hub.views import OfficeView, ticket_json
from shared.storage.store import Repos, Store

log = logging.getLogger(__name__)

REQUEST_MEMORY = timedelta(hours=24)
#: How long measured service times are reused while no ticket of the service is finished.
TIMES_TTL = timedelta(seconds=60)


@dataclass
class Tx:
    """What a command body gets: repositories, the time, and a place to put events."""

    repos: Repos
    now: datetime
    settings: HubSettings
    events: list[dict[str, Any]] = field(default_factory=list)
    times_cache: Callable[[str, datetime], dict[str, list[float]]] | None = None
    _views: dict[str, OfficeView] = field(default_factory=dict)
    #: ticket events waiting for their `queues` (org, type, ticket JSON), see `flush`
    _pending: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)

    def org(self, org_id: str) -> Organisation:
        org = self.repos.office.org(org_id)
        if org is None:
            raise ApiError("not_found", f"Unknown organisation {org_id}")
        return org

    def view(self, org_id: str, *, plan_changed: bool = False) -> OfficeView:
        """Derived facts of an organisation, as they are after every write so far.

        One view per organisation lives as long as the command. Counters, services and the
        plan come from the office repository's cache, which sees every write at once
        (`shared.storage.office`), the queue figures from the waiting tickets the store
        keeps in memory (`shared.storage.waiting`); `plan_changed=True` also starts a new
        view, which is harmless and keeps the intent visible where a command changes the plan.
        """
        view = self._views.get(org_id)
        if view is None or plan_changed:
            times = self.times_cache(org_id, self.now) if self.times_cache else None
            view = OfficeView(self.repos, self.org(org_id), self.now, self.settings, times)
            self._views[org_id] = view
        return view

    def emit(self, org: str, type_: str, **payload: Any) -> dict[str, Any]:
        """Store an event now (after the ticket events before it: order is kept)."""
        self.flush()
        return self._append(org, type_, payload)

    def _append(self, org: str, type_: str, payload: dict[str, Any]) -> dict[str, Any]:
        event = self.repos.events.append(org, type_, self.now, payload)
        self.events.append(event)
        return event

    def ticket_event(self, type_: str, ticket: Ticket) -> None:
        """A ticket event; it carries the `queues` as they are after the command's writes.

        The events of one command are committed and sent together, so nobody can see the
        queues between them: "next" (done, then called) or a day's expiries compute the
        queue figures once, not once per event. `flush` stores them.
        """
        if ticket.state is TicketState.DONE:  # a new measured service time
            self.view(ticket.org).add_time(ticket)
        self._pending.append((ticket.org, type_, ticket_json(ticket)))

    def flush(self) -> None:
        """Store the pending ticket events, with each organisation's queues computed once."""
        pending, self._pending = self._pending, []
        queues: dict[str, list[dict[str, Any]]] = {}
        for org, type_, ticket in pending:
            if org not in queues:
                queues[org] = self.view(org).queues()
            self._append(org, type_, {"ticket": ticket, "queues": queues[org]})


@dataclass
class Answer:
    """A command's answer: HTTP status and JSON body (None for 204)."""

    status: int
    body: Any = None


#: The first step of a command: who calls (caller, principal) and the body to run.
Start = Callable[[Repos], tuple[Caller | None, str, Callable[[Tx], Answer]]]


class Hub:
    """Commands, snapshots and the broadcaster of one running hub."""

    def __init__(self, store: Store, clock: Clock, settings: HubSettings) -> None:
        self.store = store
        self.clock = clock
        self.settings = settings
        self.broadcaster = Broadcaster()
        self.loop: asyncio.AbstractEventLoop | None = None
        self._day: str | None = None
        #: committed events not yet taken by the event loop (`_publish`)
        self._outbox: list[dict[str, Any]] = []
        self._outbox_lock = threading.Lock()
        self._times: dict[str, tuple[datetime, dict[str, list[float]]]] = {}
        # Work rolled back may have filled the cache with times that were never stored.
        store.rolled_back.append(self._times.clear)

    def times_cache(self, org_id: str, now: datetime) -> dict[str, list[float]]:
        """Measured service times per service of an org, shared by commands and reads.

        Only the writer thread touches it. A `ticket_done` puts its time in front of its
        service's entry (`OfficeView.add_time`), a rolled-back command drops everything (it
        may have cached uncommitted times), and an entry older than `TIMES_TTL` on the
        hub's clock is recomputed (the window moves).
        """
        entry = self._times.get(org_id)
        if entry is None or not timedelta(0) <= now - entry[0] <= TIMES_TTL:
            entry = (now, {})
            self._times[org_id] = entry
        return entry[1]

    def bind_loop(self) -> None:
        self.loop = asyncio.get_running_loop()
        with self._outbox_lock:  # left over from a loop that ended: its subscribers are gone
            self._outbox = []

    # ---------------------------------------------------------------------------------
    async def command(self, caller: Caller | None, request_id: str | None,
                      body: Callable[[Tx], Answer]) -> Answer:
        """Run `body` as one durable command and broadcast its events after commit."""
        principal = caller.principal if caller else "anonymous"
        return await self._submit(lambda _repos: (caller, principal, body), request_id)

    async def command_as(self, token: str, request_id: str | None,
                         make: Callable[[Caller], Callable[[Tx], Answer]]) -> Answer:
        """Like `command`, for a caller known only by its token: the token is resolved in
        the command's own transaction (no extra trip to the writer thread), then
        `make(caller)` gives the body (it may refuse with `ApiError`, e.g. a wrong role).

        An `ApiError` raised for a known caller carries it as `exc.caller`.
        """

        def start(repos: Repos) -> tuple[Caller, str, Callable[[Tx], Answer]]:
            caller = resolve(repos, token)
            if caller is None:
                raise ApiError("unauthorized", "A valid bearer token is needed")
            try:
                return caller, caller.principal, make(caller)
            except ApiError as exc:
                exc.caller = caller
                raise

        return await self._submit(start, request_id)

    async def _submit(self, start: Start, request_id: str | None) -> Answer:
        done = await self.store.write_grouped(
            lambda repos: self._run_tx(repos, start, request_id), self._committed)
        return done[0]

    def _run_tx(self, repos: Repos,
                start: Start, request_id: str | None) -> tuple[Answer, list[dict[str, Any]], str]:
        """One command on the writer thread, inside the transaction of its group."""
        tx = Tx(repos, self.clock.now(), self.settings, times_cache=self.times_cache)
        rolled_to = self._roll_over(tx)
        caller, principal, body = start(repos)
        if request_id is not None:
            found = repos.requests.find(principal, request_id, tx.now - REQUEST_MEMORY)
            if found is not None:
                tx.flush()  # the day's expiries, if this was the first command of the day
                return Answer(*found), tx.events, rolled_to
        try:
            answer = body(tx)
        except ApiError as exc:
            exc.caller = caller
            raise
        tx.flush()
        if request_id is not None:
            repos.requests.remember(principal, request_id, answer.status, answer.body, tx.now)
        return answer, tx.events, rolled_to

    def _committed(self, done: tuple[Answer, list[dict[str, Any]], str]) -> None:
        """After COMMIT, on the writer thread: the day's expiries are stored, events go out."""
        _answer, events, rolled_to = done
        # Only now: a refused command rolls its day's expiries back, and the next must redo them.
        self._day = rolled_to
        self._publish(events)

    def _publish(self, events: list[dict[str, Any]]) -> None:
        """Hand committed events to the loop, in commit order.

        Only the first events put into an empty outbox schedule the hand-over; the commands
        committed with them (the rest of the group) add theirs to the same outbox until the
        loop takes it. The answers are scheduled after the group's events, so every event is
        out before its command's answer.
        """
        if not events or self.loop is None:
            return
        with self._outbox_lock:
            first = not self._outbox
            self._outbox.extend(events)
        if first:
            self.loop.call_soon_threadsafe(self._hand_over)

    def _hand_over(self) -> None:
        """On the event loop: publish everything committed since the last hand-over."""
        with self._outbox_lock:
            events, self._outbox = self._outbox, []
        self.broadcaster.publish(events)

    def _roll_over(self, tx: Tx) -> str:
        """On the first command of a new local day, expire earlier days' open tickets.

        Returns the day the expiries were written for; the caller records it after COMMIT.
        """
        today = local_day(tx.now)
        if self._day == today:
            return today
        for ticket in tx.repos.tickets.unfinished_before(today):
            expired = lifecycle.expire(ticket, tx.now)
            tx.repos.tickets.update(expired)
            tx.ticket_event("ticket_expired", expired)
        return today

    async def maintain(self) -> None:
        """Periodic work: day roll-over, purges, and `hours_changed` at openings/closings."""

        def body(tx: Tx) -> Answer:
            # Aggregates first, then ticket history, refusals, old events (once a day).
            retention.purge_daily(tx.repos, tx.now, self.settings)
            tx.repos.requests.purge_before(tx.now - REQUEST_MEMORY)
            for org_id in tx.repos.office.org_ids():
                opened = {k: v["open"] for k, v in tx.view(org_id).hours()["services"].items()}
                key = f"hours_open:{org_id}"
                if tx.repos.meta.get(key) != repr(sorted(opened.items())):
                    if tx.repos.meta.get(key) is not None:
                        tx.emit(org_id, "hours_changed", hours=tx.view(org_id).hours())
                    tx.repos.meta.set(key, repr(sorted(opened.items())))
            return Answer(204)

        await self.command(None, None, body)

    async def read(self, fn: Callable[[Repos, datetime], Any]) -> Any:
        return await self.store.read(lambda repos: fn(repos, self.clock.now()))

    def view(self, repos: Repos, org_id: str, now: datetime) -> OfficeView:
        org = repos.office.org(org_id)
        if org is None:
            raise ApiError("not_found", f"Unknown organisation {org_id}")
        return OfficeView(repos, org, now, self.settings, self.times_cache(org_id, now))
