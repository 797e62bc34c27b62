"""Turning stored state into the API's JSON (tickets, queues, counters, hours, snapshot).

Everything here runs on the store's thread with its repositories; the numbers it derives
(positions, estimates, open hours, capacity) come from the domain rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from shared.config import HubSettings
from shared.domain import capacity, estimate, hours
from shared.domain.clock import local_day
from shared.domain.model import (
    AT_COUNTER_STATES,
    Counter,
    CounterState,
    Organisation,
    Ticket,
    TicketState,
    WaitEstimate,
)
from shared.storage.db import seconds_z
from shared.storage.store import Repos

#: How far back measured service times count for estimates.
SERVICE_TIME_WINDOW = timedelta(days=14)
#: How many of the most recent measured service times count for estimates.
SERVICE_TIMES_LIMIT = 50
PUBLIC_ROLES = frozenset({"kiosk", "display"})


def z(moment: datetime | None) -> str | None:
    """API time: UTC, whole seconds, with a Z."""
    return seconds_z(moment) if moment is not None else None


def ticket_json(ticket: Ticket) -> dict[str, Any]:
    """The full ticket (as stored in events and shown to clerks)."""
    return {
        "id": ticket.id, "number": ticket.number, "service": ticket.service, "org": ticket.org,
        "state": str(ticket.state), "priority": int(ticket.priority),
        "issued_at": z(ticket.issued_at), "queued_at": z(ticket.queued_at),
        "called_at": z(ticket.called_at), "started_at": z(ticket.started_at),
        "finished_at": z(ticket.finished_at), "counter": ticket.counter,
        "recalls": ticket.recalls, "note": ticket.note, "clerk": ticket.clerk,
        "printed": ticket.printed, "day": ticket.day, "status_key": ticket.status_key,
    }


def for_role(ticket: dict[str, Any], role: str, own: bool = False) -> dict[str, Any]:
    """Strip what a role may not see: kiosk and display never get clerk, note, status_key."""
    if role not in PUBLIC_ROLES:
        return ticket
    return {**ticket, "clerk": None, "note": None,
            "status_key": ticket["status_key"] if own else None}


def event_for_role(event: dict[str, Any], role: str) -> dict[str, Any]:
    if role in PUBLIC_ROLES:
        if isinstance(event.get("ticket"), dict):
            event = {**event, "ticket": for_role(event["ticket"], role)}
        if isinstance(event.get("counter"), dict):
            event = {**event, "counter": {**event["counter"], "clerk": None}}
    return event


def counter_json(counter: Counter) -> dict[str, Any]:
    return {"id": counter.id, "name": counter.name, "services": list(counter.services),
            "state": str(counter.state), "clerk": counter.clerk}


def estimate_json(value: WaitEstimate | None) -> dict[str, int] | None:
    return {"low_min": value.low_min, "high_min": value.high_min} if value else None


def serving_counts(counters: Sequence[Counter]) -> dict[str, int]:
    """Per service letter: how many of `counters` are open and serve it."""
    counts: dict[str, int] = {}
    for counter in counters:
        if counter.state is CounterState.OPEN:
            for letter in set(counter.services):
                counts[letter] = counts.get(letter, 0) + 1
    return counts


class OfficeView:
    """Derived facts of one org at one moment, computed lazily within one transaction.

    The office's set-up (counters, services, plan) is asked of `OfficeRepository` on every
    use: its cache is keyed by the stored set-up version, so a write earlier in the same
    command (a counter opened, a service added) is always seen, at the cost of one
    primary-key SELECT. What is derived from the set-up is kept by the repository with it
    (`OfficeRepository.derived`), so it is computed once per set-up, not once per command.
    """

    def __init__(self, repos: Repos, org: Organisation, now: datetime,
                 settings: HubSettings, times: dict[str, list[float]] | None = None) -> None:
        self.repos, self.org, self.now, self.settings = repos, org, now, settings
        #: measured service times per service; may be the hub's cache (see `Hub.times_cache`)
        self._times: dict[str, list[float]] = {} if times is None else times

    @property
    def stats(self) -> dict[str, tuple[int, datetime | None]]:
        """The queue figures as they are now, after every write so far (kept in memory by
        the store, `shared.storage.waiting`: asking again costs no SQL)."""
        return self.repos.tickets.queue_stats(self.org.id)

    @property
    def counters(self) -> Sequence[Counter]:
        return self.repos.office.counters(self.org.id)

    @property
    def plan(self) -> Any:
        return self.repos.office.hours_plan(self.org)

    def service_letters(self) -> list[str]:
        return list(self._letters())

    def _letters(self) -> tuple[str, ...]:
        office = self.repos.office
        return office.derived(("letters", self.org.id), lambda: tuple(
            s.letter for s in office.services(self.org.id)))

    def _serving_counts(self) -> dict[str, int]:
        """Open counters per service; shared with every later command: do not change it."""
        office = self.repos.office
        return office.derived(("serving", self.org.id),
                              lambda: serving_counts(office.counters(self.org.id)))

    def times(self, service: str) -> list[float]:
        if service not in self._times:
            self._times[service] = self.repos.tickets.service_times_min(
                self.org.id, service, self.now - SERVICE_TIME_WINDOW, SERVICE_TIMES_LIMIT
            )
        return self._times[service]

    def serving(self, service: str) -> int:
        return self._serving_counts().get(service, 0)

    def estimate_at(self, service: str, position: int,
                    serving: dict[str, int] | None = None) -> WaitEstimate | None:
        counts = self._serving_counts() if serving is None else serving
        return estimate.estimate_wait(position, self.times(service), counts.get(service, 0))

    def waiting_count(self, service: str) -> int:
        return self.stats.get(service, (0, None))[0]

    def queues(self) -> list[dict[str, Any]]:
        """Per service: waiting, longest wait, estimate (in every ticket event)."""
        serving, stats = self._serving_counts(), self.stats
        result = []
        for letter in self._letters():
            count, oldest = stats.get(letter, (0, None))
            longest = (self.now - oldest).total_seconds() if oldest is not None else 0
            result.append({
                "service": letter, "waiting": count, "longest_wait_s": max(int(longest), 0),
                "estimate": estimate_json(self.estimate_at(letter, count, serving)),
            })
        return result

    def position(self, ticket: Ticket) -> int:
        """People ahead: `queue.position` over the ticket's service queue (`count_ahead`)."""
        if ticket.state is not TicketState.WAITING:
            raise ValueError(f"ticket {ticket.number} is {ticket.state}, not waiting")
        return self.repos.tickets.count_ahead(ticket)

    def add_time(self, ticket: Ticket) -> None:
        """A ticket was just finished: put its service time in front of the cached ones,
        exactly as `service_times_min` would now return them (no query per finished ticket).
        """
        cached = self._times.get(ticket.service)
        start = ticket.started_at or ticket.called_at
        if cached is None or start is None or ticket.finished_at is None:
            self._times.pop(ticket.service, None)
            return
        minutes = (ticket.finished_at - start).total_seconds() / 60
        self._times[ticket.service] = [minutes, *cached][:SERVICE_TIMES_LIMIT]

    def open_status(self, service: str) -> Any:
        return hours.open_status(self.plan, service, self.now)

    def capacity_ok(self, service: str, closes_at: datetime | None) -> bool:
        return capacity.capacity_check(
            waiting=self.waiting_count(service), service_times_min=self.times(service),
            counters_serving=self.serving(service), now=self.now, closes_at=closes_at,
            margin_min=self.settings.capacity_margin_min,
            default_service_min=self.settings.default_service_min,
        )

    def hours(self) -> dict[str, Any]:
        letters = self.service_letters()
        office = hours.office_status(self.plan, letters, self.now)
        services = {}
        for letter in letters:
            st = self.open_status(letter)
            services[letter] = {
                "open": st.open, "until": z(st.until), "next_opening": z(st.next_opening),
                "reason": st.reason, "holiday": st.holiday,
                "capacity_reached": bool(st.open and not self.capacity_ok(letter, st.until)),
            }
        return {"open": office.open, "until": z(office.until),
                "next_opening": z(office.next_opening), "reason": office.reason,
                "holiday": office.holiday, "services": services,
                # Tickets already issued stay valid and are called even after a closure.
                "waiting_served": True}

    def snapshot(self, role: str) -> dict[str, Any]:
        org_id = self.org.id
        today = local_day(self.now)
        active = self.repos.tickets.in_states(org_id, AT_COUNTER_STATES)
        active.sort(key=lambda t: (t.called_at or t.issued_at, t.id), reverse=True)
        recent = self.repos.tickets.recent_calls(org_id, today)
        state: dict[str, Any] = {
            "seq": self.repos.events.last_seq(), "now": z(self.now),
            "org": {"id": org_id, "name": self.org.name},
            "services": [
                {"letter": s.letter, "name_de": s.name_de, "name_en": s.name_en,
                 "active": s.active}
                for s in self.repos.office.services(org_id)
            ],
            "counters": [self._counter_for(c, role) for c in self.counters],
            "queues": self.queues(), "hours": self.hours(),
            "calls": [for_role(ticket_json(t), role) for t in active],
            "recent_calls": [for_role(ticket_json(t), role) for t in recent],
            "ticker": self.repos.office.ticker(org_id, self.now),
        }
        if role not in PUBLIC_ROLES:
            open_ = self.repos.tickets.in_states(
                org_id, [TicketState.WAITING, TicketState.PARKED])
            state["tickets"] = [ticket_json(t) for t in open_]
        return state

    @staticmethod
    def _counter_for(counter: Counter, role: str) -> dict[str, Any]:
        data = counter_json(counter)
        if role in PUBLIC_ROLES:
            data["clerk"] = None
        return data
