"""Calls as the display sees them, and the rule for which calls are announced.

No Qt here: this is plain bookkeeping that the view model uses and tests can drive directly.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

_NUMBER = re.compile(r"^([A-Za-z]*)0*(\d+)$")


def parse_time(value: object) -> datetime | None:
    """ISO 8601 from the hub ("2026-11-25T07:01:02Z") -> aware datetime; None if absent."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def spoken_number(number: str) -> str:
    """'A017' -> 'A 17': the letter, then the number without leading zeros."""
    match = _NUMBER.match(number.strip())
    if not match:
        return number
    letter, digits = match.groups()
    return f"{letter} {int(digits)}".strip()


@dataclass(frozen=True, slots=True)
class Call:
    """One ticket called to a counter."""

    ticket_id: int
    number: str
    service: str
    counter: str
    state: str
    called_at: datetime | None
    recalls: int

    @classmethod
    def from_ticket(cls, ticket: dict[str, Any]) -> Call:
        return cls(
            ticket_id=int(ticket.get("id", 0)),
            number=str(ticket.get("number", "")),
            service=str(ticket.get("service", "")),
            counter=str(ticket.get("counter") or ""),
            state=str(ticket.get("state", "")),
            called_at=parse_time(ticket.get("called_at")),
            recalls=int(ticket.get("recalls") or 0),
        )

    @property
    def key(self) -> str:
        """Same for every report of one call; a recall gets a new key."""
        stamp = self.called_at.isoformat() if self.called_at else "-"
        return f"{self.ticket_id}:{self.recalls}:{stamp}"


class AnnouncementLedger:
    """Remembers which calls were announced, so that none is announced twice.

    A call is announced when its key is new and it happened at most `max_age_s` seconds
    ago by the hub's clock. Calls that are older — e.g. replayed by the hub after an outage,
    or already on the counter when the display starts — are shown but not spoken: the
    visitor has most likely seen them or gone to the counter already.

    Attributes:
        max_age_s: oldest call (seconds, hub clock) that is still announced.
        capacity: how many keys are remembered (oldest forgotten first).
    """

    def __init__(self, max_age_s: float = 60.0, capacity: int = 2000) -> None:
        self.max_age_s = max_age_s
        self.capacity = capacity
        self._seen: OrderedDict[str, None] = OrderedDict()

    def __len__(self) -> int:
        return len(self._seen)

    def admit(self, key: str, happened_at: datetime | None, hub_now: datetime) -> bool:
        """Records `key`; True if it should be announced now."""
        if key in self._seen:
            return False
        self._seen[key] = None
        while len(self._seen) > self.capacity:
            self._seen.popitem(last=False)
        if happened_at is None:
            return True
        return (hub_now - happened_at).total_seconds() <= self.max_age_s
