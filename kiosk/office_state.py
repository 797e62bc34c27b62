"""The kiosk's copy of the hub's public state, kept current from the snapshot and events.

Plain Python, no Qt: the view model feeds it dicts from the hub and asks it what to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


def parse_time(value: str | None) -> datetime | None:
    """An API timestamp ("2026-11-25T07:01:02Z") as an aware datetime, or None."""
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


@dataclass(frozen=True, slots=True)
class Estimate:
    """A wait estimate in minutes, shown as a range."""

    low_min: int
    high_min: int

    @classmethod
    def from_api(cls, value: dict[str, Any] | None) -> Estimate | None:
        if not value:
            return None
        return cls(int(value["low_min"]), int(value["high_min"]))


@dataclass(frozen=True, slots=True)
class ServiceEntry:
    """One service as the start screen shows it.

    Attributes:
        open_now: the service takes walk-in tickets now (a button is shown).
        full: capacity reached: the people waiting fill the rest of today's open hours.
        next_opening: the next start of open hours (when closed or full), if known.
        reason: a closure's reason when a closure is why the service is closed.
    """

    letter: str
    name_de: str
    name_en: str
    waiting: int
    estimate: Estimate | None
    open_now: bool
    full: bool
    next_opening: datetime | None
    reason: str | None

    def name(self, language: str) -> str:
        return self.name_de if language == "de" else self.name_en


@dataclass(frozen=True, slots=True)
class Closed:
    """Why the kiosk issues nothing now and when it will again."""

    next_opening: datetime | None
    reason: str | None
    holiday: str | None = None


class OfficeState:
    """Services, queues and open hours of the kiosk's organisation."""

    def __init__(self) -> None:
        self.loaded = False
        self.seq = 0
        self.org_name = ""
        self._services: list[dict[str, Any]] = []
        self._queues: dict[str, dict[str, Any]] = {}
        self._hours: dict[str, Any] = {}
        self._clock_offset = timedelta(0)

    def apply_snapshot(self, snapshot: dict[str, Any]) -> None:
        self.seq = int(snapshot.get("seq", 0))
        self.org_name = str((snapshot.get("org") or {}).get("name", ""))
        self._services = list(snapshot.get("services", []))
        self._queues = {q["service"]: q for q in snapshot.get("queues", [])}
        self._hours = dict(snapshot.get("hours") or {})
        self._sync_clock(snapshot.get("now"))
        self.loaded = True

    def apply_event(self, event: dict[str, Any]) -> bool:
        """Take in one event; True if anything the kiosk shows may have changed."""
        self.seq = max(self.seq, int(event.get("seq", 0)))
        self._sync_clock(event.get("at"))
        changed = False
        if "queues" in event:
            self._queues = {q["service"]: q for q in event["queues"]}
            changed = True
        if event.get("type") == "hours_changed" and "hours" in event:
            self._hours = dict(event["hours"])
            changed = True
        return changed

    def hub_now(self) -> datetime:
        """The hub's clock (the hub is the clock), estimated from the last timestamp it sent."""
        return datetime.now(UTC) + self._clock_offset

    def _sync_clock(self, stamp: str | None) -> None:
        hub_time = parse_time(stamp)
        if hub_time is not None:
            self._clock_offset = hub_time - datetime.now(UTC)

    def service(self, letter: str) -> ServiceEntry | None:
        return next((s for s in self.services() if s.letter == letter), None)

    def services(self) -> list[ServiceEntry]:
        """Every active service, open or not, in the hub's order."""
        entries = []
        office_open = bool(self._hours.get("open", False))
        per_service = self._hours.get("services") or {}
        for service in self._services:
            if not service.get("active", True):
                continue
            letter = service["letter"]
            hours = per_service.get(letter) or {}
            queue = self._queues.get(letter) or {}
            entries.append(ServiceEntry(
                letter=letter,
                name_de=service.get("name_de", letter),
                name_en=service.get("name_en", service.get("name_de", letter)),
                waiting=int(queue.get("waiting", 0)),
                estimate=Estimate.from_api(queue.get("estimate")),
                open_now=bool(hours.get("open", office_open)),
                full=bool(hours.get("capacity_reached", False)),
                next_opening=parse_time(hours.get("next_opening") or
                                        self._hours.get("next_opening")),
                reason=hours.get("reason"),
            ))
        return entries

    def open_services(self) -> list[ServiceEntry]:
        return [s for s in self.services() if s.open_now]

    def closed(self) -> Closed | None:
        """None while at least one service is open; otherwise why and until when."""
        if self.open_services():
            return None
        reason = self._hours.get("reason")
        next_opening = parse_time(self._hours.get("next_opening"))
        if reason is None or next_opening is None:
            # The office-wide answer may lack what a single service's closure carries.
            for service in self.services():
                reason = reason or service.reason
                if service.next_opening and (next_opening is None
                                             or service.next_opening < next_opening):
                    next_opening = service.next_opening
        holiday = self._hours.get("holiday")
        return Closed(next_opening=next_opening, reason=reason,
                      holiday=str(holiday) if holiday else None)
