"""Which of the clerk's actions make sense in which state (the hub has the last word)."""

from __future__ import annotations

from counter.hub_state import AT_COUNTER

#: Actions on the current ticket, and the ticket states they need.
TICKET_ACTIONS: dict[str, frozenset[str]] = {
    "recall": frozenset({"called"}),
    "start": frozenset({"called"}),
    "no-show": frozenset({"called"}),
    "done": AT_COUNTER,
    "park": AT_COUNTER,
    "transfer": AT_COUNTER,
}

#: Counter-state commands, and the counter states they make sense in.
COUNTER_ACTIONS: dict[str, frozenset[str]] = {
    "open": frozenset({"paused", "closed"}),
    "paused": frozenset({"open"}),
    "closed": frozenset({"open", "paused"}),
}


def allowed(action: str, ticket_state: str | None, counter_state: str) -> bool:
    """Whether `action` fits a current ticket in `ticket_state` at a counter in `counter_state`.

    "next" needs an open counter; "call" (a chosen ticket) is left to the hub to judge.
    """
    if action == "next":
        return counter_state == "open"
    if action in TICKET_ACTIONS:
        return ticket_state in TICKET_ACTIONS[action]
    if action in COUNTER_ACTIONS:
        return counter_state in COUNTER_ACTIONS[action]
    return action == "call"
