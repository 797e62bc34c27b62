"""Request and answer models of the supervisor API (strict, like `schemas`)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, StrictBool, StrictStr

from shared.hub.schemas import CounterId, Letter, RequestId, _In

OrgId = Annotated[StrictStr, Field(pattern=r"^[a-z0-9_-]{1,32}$")]
Name = Annotated[StrictStr, Field(min_length=1, max_length=100)]
Pin = Annotated[StrictStr, Field(pattern=r"^[0-9]{4,12}$")]
StateCode = Annotated[StrictStr, Field(pattern=r"^[A-Z]{2}$")]
Services = Annotated[list[Letter], Field(max_length=26)]


class OrgIn(_In):
    id: OrgId
    name: Name
    state: StateCode = "NW"
    request_id: RequestId | None = None


class CounterIn(_In):
    id: CounterId
    name: Name
    services: Services
    request_id: RequestId | None = None


class CounterEditIn(_In):
    name: Name | None = None
    services: Services | None = None
    request_id: RequestId | None = None


class ServiceIn(_In):
    letter: Letter
    name_de: Name
    name_en: Name
    request_id: RequestId | None = None


class ServiceEditIn(_In):
    name_de: Name | None = None
    name_en: Name | None = None
    active: StrictBool | None = None
    request_id: RequestId | None = None


class ClerkIn(_In):
    name: Name
    pin: Pin
    role: Literal["clerk", "supervisor"] = "clerk"
    orgs: Annotated[list[OrgId], Field(max_length=20)] | None = None
    request_id: RequestId | None = None


class ClerkEditIn(_In):
    pin: Pin | None = None
    role: Literal["clerk", "supervisor"] | None = None
    active: StrictBool | None = None
    orgs: Annotated[list[OrgId], Field(max_length=20)] | None = None
    request_id: RequestId | None = None


class DeviceIn(_In):
    role: Literal["kiosk", "display"]
    name: Name
    request_id: RequestId | None = None


# answers ------------------------------------------------------------------------------------
class OrgFullOut(BaseModel):
    id: str
    name: str
    state: str


class ClerkFullOut(BaseModel):
    name: str
    role: str
    org: str
    orgs: list[str]
    active: bool


class DeviceOut(BaseModel):
    id: int
    role: str
    name: str
    org: str
    created_at: str | None
    revoked_at: str | None


class DeviceCreatedOut(DeviceOut):
    token: str


class AuditOut(BaseModel):
    id: int
    at: str
    org: str
    who: str
    action: str
    details: dict[str, Any]
