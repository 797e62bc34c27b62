"""The nouns of Wartemarke as frozen dataclasses and enums.

Code uses the English word, screens the German one (see README glossary). Every entity
belongs to an organisation (`org`), so one hub can serve several offices.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum, StrEnum


class TicketState(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    PARKED = "parked"
    VOIDED = "voided"
    EXPIRED = "expired"


#: States in which a ticket is finished for good.
FINAL_STATES = frozenset(
    {TicketState.DONE, TicketState.NO_SHOW, TicketState.VOIDED, TicketState.EXPIRED}
)
#: States in which a ticket occupies a counter.
AT_COUNTER_STATES = frozenset({TicketState.CALLED, TicketState.SERVING})


class CounterState(StrEnum):
    OPEN = "open"
    PAUSED = "paused"
    CLOSED = "closed"


class Role(StrEnum):
    """Who holds a token. Devices: kiosk, display. People: clerk, supervisor, admin."""

    KIOSK = "kiosk"
    DISPLAY = "display"
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Priority(IntEnum):
    """Priority class of a ticket: higher is called first."""

    NORMAL = 0
    APPOINTMENT = 1
    URGENT = 2


@dataclass(frozen=True, slots=True)
class Organisation:
    id: str
    name: str
    #: German state code for public holidays, e.g. "NW" (North Rhine-Westphalia).
    state: str = "NW"
    timezone: str = "Europe/Berlin"


@dataclass(frozen=True, slots=True)
class Service:
    """An Anliegen: what a visitor came for. `letter` prefixes its ticket numbers."""

    org: str
    letter: str
    name_de: str
    name_en: str
    active: bool = True


@dataclass(frozen=True, slots=True)
class Counter:
    """A Schalter. `services` are the letters it serves, in its own order of preference."""

    org: str
    id: str
    name: str
    services: tuple[str, ...] = ()
    state: CounterState = CounterState.CLOSED
    clerk: str | None = None


@dataclass(frozen=True, slots=True)
class Clerk:
    name: str
    role: Role = Role.CLERK
    #: Organisations this person works for (a supervisor may lead several).
    orgs: tuple[str, ...] = ("main",)
    active: bool = True


@dataclass(frozen=True, slots=True)
class Ticket:
    """One visitor's place in a queue. No personal data, ever.

    Attributes:
        id: storage key (0 until stored).
        number: what people see, e.g. "A017"; unique per org, service and `day`.
        seq: the running number inside the day (17 for "A017").
        day: the office's local ISO date the ticket belongs to.
        service: the letter of the service it is queued for now (changes on transfer).
        counter: counter it is called to or reserved for (transfer to a counter).
        recalls: how often it was called again after the first call.
        status_key: unguessable key of the visitor status page.
    """

    id: int
    org: str
    service: str
    number: str
    seq: int
    day: str
    issued_at: datetime
    state: TicketState = TicketState.WAITING
    priority: int = Priority.NORMAL
    counter: str | None = None
    called_at: datetime | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None
    #: When it last entered the waiting queue (issue, transfer, call back from parked).
    queued_at: datetime | None = None
    recalls: int = 0
    note: str | None = None
    clerk: str | None = None
    status_key: str = ""
    printed: bool = True

    @property
    def waiting_since(self) -> datetime:
        return self.queued_at or self.issued_at


@dataclass(frozen=True, slots=True)
class WaitEstimate:
    """A range in whole minutes. Absent (None where used) means "unknown"."""

    low_min: int
    high_min: int


@dataclass(frozen=True, slots=True)
class OfficeSettings:
    """Rules an office can tune; defaults are sensible for a small Bürgerbüro."""

    max_recalls: int = 2
    #: Capacity cutoff margin: stop issuing when the estimated end of service of the last
    #: waiting person is later than `close - margin_min`.
    capacity_margin_min: int = 0
    #: Service time assumed for capacity when nothing has been measured yet.
    default_service_min: float = 8.0
    retention_days: int = 90
