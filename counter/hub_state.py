"""The counter's picture of the hub, built from snapshots, events and command answers.

Plain Python, no Qt: the view model feeds it and reads from it. Tickets are kept by id in
one table whatever their state, so an event or answer simply replaces what was known.
"""

from __future__ import annotations

from typing import Any

from counter.hub_clock import HubClock

Json = dict[str, Any]

#: Ticket states shown in the lists.
IN_QUEUE = frozenset({"waiting", "parked"})
#: Ticket states that occupy a counter.
AT_COUNTER = frozenset({"called", "serving"})
#: Ticket states that are gone for good and need not be kept.
DROPPED = frozenset({"voided", "expired"})

TICKET_EVENTS = frozenset(
    {
        "ticket_issued",
        "ticket_called",
        "ticket_recalled",
        "ticket_started",
        "ticket_done",
        "ticket_no_show",
        "ticket_parked",
        "ticket_transferred",
        "ticket_voided",
        "ticket_expired",
    }
)


class HubState:
    """What the hub last told us.

    Attributes:
        clock: the hub's time, synchronised from snapshots and events.
        org_name: the office's name.
        services: service letter -> Service, in the hub's order.
        counters: counter id -> Counter, in the hub's order.
        queues: service letter -> Queue; `longest_wait_s` as of `queues_at`.
        tickets: ticket id -> Ticket (today's, any state except voided/expired).
    """

    def __init__(self, clock: HubClock | None = None) -> None:
        self.clock = clock or HubClock()
        self.org_name = ""
        self.services: dict[str, Json] = {}
        self.counters: dict[str, Json] = {}
        self.queues: dict[str, Json] = {}
        self.queues_at = 0.0
        self.tickets: dict[int, Json] = {}

    def clear(self) -> None:
        self.org_name = ""
        self.services, self.counters, self.queues, self.tickets = {}, {}, {}, {}

    # -- feeding ----------------------------------------------------------------------

    def apply_snapshot(self, snapshot: Json) -> None:
        self.clock.sync(snapshot.get("now"), force=True)
        self.org_name = str((snapshot.get("org") or {}).get("name") or "")
        self.services = {s["letter"]: s for s in snapshot.get("services") or []}
        self.counters = {str(c["id"]): c for c in snapshot.get("counters") or []}
        self.tickets = {}
        # Oldest knowledge first, so the more current lists win for the same ticket.
        for key in ("recent_calls", "tickets", "calls"):
            for ticket in reversed(snapshot.get(key) or []):
                self.apply_ticket(ticket)
        self.set_queues(snapshot.get("queues") or [])

    def apply_event(self, event: Json) -> str:
        """Take one event in; returns its type ("" if nothing changed here)."""
        kind = str(event.get("type") or "")
        self.clock.sync(event.get("at"))
        if kind in TICKET_EVENTS and isinstance(event.get("ticket"), dict):
            self.apply_ticket(event["ticket"])
        elif kind == "counter_changed" and isinstance(event.get("counter"), dict):
            self.apply_counter(event["counter"])
        else:
            return kind if kind in {"hours_changed", "ticker_changed", "config_changed"} else ""
        if isinstance(event.get("queues"), list):
            self.set_queues(event["queues"])
        return kind

    def apply_ticket(self, ticket: Json) -> None:
        ticket_id = ticket.get("id")
        if not isinstance(ticket_id, int):
            return
        if ticket.get("state") in DROPPED:
            self.tickets.pop(ticket_id, None)
        else:
            self.tickets[ticket_id] = ticket

    def apply_counter(self, counter: Json) -> None:
        self.counters[str(counter.get("id"))] = counter

    def set_queues(self, queues: list[Json]) -> None:
        self.queues = {q["service"]: q for q in queues if isinstance(q, dict)}
        self.queues_at = self.clock.now().timestamp()

    # -- reading ----------------------------------------------------------------------

    def queue_wait_s(self, letter: str) -> float:
        """The longest wait in a service's queue now (the hub's figure, run forward)."""
        queue = self.queues.get(letter) or {}
        if not queue.get("waiting"):
            return 0.0
        elapsed = max(0.0, self.clock.now().timestamp() - self.queues_at)
        return float(queue.get("longest_wait_s") or 0) + elapsed

    def in_queue(self, state: str) -> list[Json]:
        """Waiting (or parked) tickets, the one to call first at the top."""
        rows = [t for t in self.tickets.values() if t.get("state") == state]
        rows.sort(key=lambda t: (-int(t.get("priority") or 0), t.get("queued_at") or "", t["id"]))
        return rows

    def at_counter(self, counter_id: str) -> Json | None:
        """The ticket now called to or served at a counter (the newest call)."""
        here = [
            t
            for t in self.tickets.values()
            if t.get("state") in AT_COUNTER and str(t.get("counter")) == counter_id
        ]
        return max(here, key=lambda t: t.get("called_at") or "", default=None)

    def served_by(self, clerk: str) -> list[Json]:
        """Tickets a clerk finished as done today, newest first."""
        rows = [
            t for t in self.tickets.values() if t.get("state") == "done" and t.get("clerk") == clerk
        ]
        rows.sort(key=lambda t: t.get("finished_at") or "", reverse=True)
        return rows

    def service_name(self, letter: str, lang: str) -> str:
        service = self.services.get(letter) or {}
        return str(service.get(f"name_{lang}") or service.get("name_de") or letter)
