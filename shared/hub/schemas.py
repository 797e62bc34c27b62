"""Request and answer models. Strict: unknown fields and wrong JSON types are refused."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr

RequestId = Annotated[StrictStr, Field(min_length=1, max_length=64)]
Letter = Annotated[StrictStr, Field(pattern=r"^[A-Z]$")]
CounterId = Annotated[StrictStr, Field(min_length=1, max_length=32)]
Day = Annotated[StrictStr, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]
HourMinute = Annotated[StrictStr, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]
UtcTime = Annotated[
    StrictStr, Field(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class IssueIn(_In):
    service: Letter
    priority: Annotated[StrictInt, Field(ge=0, le=2)] = 0
    request_id: RequestId | None = None
    printed: StrictBool = True


class CommandIn(_In):
    request_id: RequestId | None = None


class ActionIn(_In):
    """Body of `POST /api/tickets/{id}/{action}`; which keys apply depends on the action."""

    request_id: RequestId | None = None
    service: Letter | None = None
    counter: CounterId | None = None
    note: Annotated[StrictStr, Field(max_length=200)] | None = None
    reason: Annotated[StrictStr, Field(max_length=200)] | None = None


class CounterStateIn(_In):
    state: Literal["open", "paused", "closed"]
    request_id: RequestId | None = None


class LoginIn(_In):
    name: Annotated[StrictStr, Field(min_length=1, max_length=100)]
    pin: Annotated[StrictStr, Field(min_length=1, max_length=64)]
    #: The counter to work at. A supervisor may leave it out to steer and read reports
    #: only: no counter is opened, so no estimate counts a counter nobody serves at.
    counter: CounterId | None = None
    takeover: StrictBool = False
    #: Accepted like on every command, but a login is never answered from memory: its
    #: answer holds a fresh secret token, which the request table must not keep.
    request_id: RequestId | None = None


class ClosureIn(_In):
    day: Day
    reason: Annotated[StrictStr, Field(min_length=1, max_length=200)]
    start: HourMinute | None = None
    end: HourMinute | None = None
    service: Letter | None = None
    request_id: RequestId | None = None


class SessionIn(_In):
    day: Day
    start: HourMinute
    end: HourMinute
    service: Letter | None = None
    request_id: RequestId | None = None


class WeeklySlotIn(_In):
    service: Letter | None = None
    weekday: Annotated[StrictInt, Field(ge=0, le=6)]
    start: HourMinute
    end: HourMinute


class PlanIn(_In):
    weekly: Annotated[list[WeeklySlotIn], Field(max_length=200)]
    request_id: RequestId | None = None


class TickerIn(_In):
    text: Annotated[StrictStr, Field(min_length=1, max_length=280)]
    until: UtcTime | None = None
    request_id: RequestId | None = None


# answers ------------------------------------------------------------------------------------
class EstimateOut(BaseModel):
    low_min: int
    high_min: int


class TicketOut(BaseModel):
    id: int
    number: str
    service: str
    org: str
    state: str
    priority: int
    issued_at: str
    queued_at: str | None
    called_at: str | None
    started_at: str | None
    finished_at: str | None
    counter: str | None
    recalls: int
    note: str | None
    clerk: str | None
    printed: bool
    day: str
    status_key: str | None


class IssuedOut(TicketOut):
    position: int
    estimate: EstimateOut | None


class QueueOut(BaseModel):
    service: str
    waiting: int
    longest_wait_s: int
    estimate: EstimateOut | None


class CounterOut(BaseModel):
    id: str
    name: str
    services: list[str]
    state: str
    clerk: str | None


class ServiceOut(BaseModel):
    letter: str
    name_de: str
    name_en: str
    active: bool


class ServiceHoursOut(BaseModel):
    open: bool
    until: str | None
    next_opening: str | None
    reason: str | None
    capacity_reached: bool
    holiday: str | None = None


class HoursOut(BaseModel):
    open: bool
    until: str | None
    next_opening: str | None
    reason: str | None
    holiday: str | None = None
    services: dict[str, ServiceHoursOut]
    waiting_served: bool = True


class TickerOut(BaseModel):
    id: int
    text: str
    until: str | None


class OrgOut(BaseModel):
    id: str
    name: str


class StateOut(BaseModel):
    seq: int
    now: str
    org: OrgOut
    services: list[ServiceOut]
    counters: list[CounterOut]
    queues: list[QueueOut]
    hours: HoursOut
    calls: list[TicketOut]
    recent_calls: list[TicketOut]
    ticker: list[TickerOut]
    tickets: list[TicketOut] | None = None


class HealthOut(BaseModel):
    status: str
    seq: int
    version: str


class ClerkOut(BaseModel):
    name: str
    role: str


class LoginOut(BaseModel):
    token: str
    clerk: ClerkOut
    #: None for a supervisor logged in without a counter
    counter: CounterOut | None


class VisitorStatusOut(BaseModel):
    number: str
    service: str
    state: str
    position: int | None
    estimate: EstimateOut | None
    counter: str | None
    called_at: str | None


class ClosureOut(BaseModel):
    id: int
    day: str
    reason: str
    start: str | None
    end: str | None
    service: str | None


class SessionOut(BaseModel):
    id: int
    day: str
    start: str
    end: str
    service: str | None


class WeeklySlotOut(BaseModel):
    service: str | None
    weekday: int
    start: str
    end: str


class PlanOut(BaseModel):
    weekly: list[WeeklySlotOut]
    closures: list[ClosureOut]
    sessions: list[SessionOut]
