"""The hub paths the supervisor uses, in one place (see docs/api.md, "Supervisor API")."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

#: The office's time zone: hub times are UTC, screens show Berlin time.
OFFICE_TZ = ZoneInfo("Europe/Berlin")

STATE = "/api/state"
PLAN = "/api/hours/plan"
CLOSURES = "/api/closures"
SESSIONS = "/api/sessions"
TICKER = "/api/ticker"
SERVICES = "/api/services"
COUNTERS = "/api/counters"
CLERKS = "/api/clerks"
DEVICES = "/api/devices"
AUDIT = "/api/audit"
ORGS = "/api/orgs"
DASHBOARD = "/api/dashboard"
#: Paths that are never about another organisation: the list of the supervisor's ones.
UNSCOPED = frozenset({ORGS})


def with_org(path: str, org: str) -> str:
    """`path` about organisation `org` (`?org=ID` appended); unchanged when `org` is ""."""
    if not org or path.split("?", 1)[0] in UNSCOPED:
        return path
    return f"{path}{'&' if '?' in path else '?'}org={part(org)}"


def part(value: str | int) -> str:
    return quote(str(value), safe="")


def counter_state(counter_id: str) -> str:
    return f"{COUNTERS}/{part(counter_id)}/state"


def counter(counter_id: str) -> str:
    return f"{COUNTERS}/{part(counter_id)}"


def service(letter: str) -> str:
    return f"{SERVICES}/{part(letter)}"


def clerk(name: str) -> str:
    return f"{CLERKS}/{part(name)}"


def device(device_id: str | int) -> str:
    return f"{DEVICES}/{part(device_id)}"


def closure(closure_id: int) -> str:
    return f"{CLOSURES}/{part(closure_id)}"


def session(session_id: int) -> str:
    return f"{SESSIONS}/{part(session_id)}"


def ticker(ticker_id: int) -> str:
    return f"{TICKER}/{part(ticker_id)}"



def report_path(period: str, day: date) -> str:
    return "/api/reports?" + urlencode({"period": period, "date": day.isoformat()})


def staffing_path(day: date, target_wait_min: int, target_share: float) -> str:
    query = {"date": day.isoformat(), "target_wait_min": target_wait_min,
             "target_share": target_share}
    return "/api/reports/staffing?" + urlencode(query)


def export_path(period: str, day: date, fmt: str) -> str:
    return "/api/reports/export?" + urlencode({"format": fmt, "period": period,
                                               "date": day.isoformat()})


def audit_path(limit: int = 100) -> str:
    return f"{AUDIT}?limit={limit}"
