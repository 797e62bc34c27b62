"""Who is called next, positions in the queue, and the one-key "next"."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.domain.model import Counter, Ticket, TicketState
from shared.domain.queue import call_next, current_of, pick_next, position

T0 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
S = TicketState
COUNTER_3 = Counter(org="main", id="3", name="Schalter 3", services=("A", "M"))


def ticket(
    id: int, service: str = "A", minutes: int = 0, *, priority: int = 0,
    state: TicketState = S.WAITING, counter: str | None = None, org: str = "main",
) -> Ticket:
    at = T0 + timedelta(minutes=minutes)
    return Ticket(
        id=id, org=org, service=service, number=f"{service}{id:03d}", seq=id,
        day="2026-11-25", issued_at=at, queued_at=at, state=state, priority=priority,
        counter=counter,
    )


def test_empty_queue() -> None:
    assert pick_next(COUNTER_3, []) is None
    assert pick_next(COUNTER_3, [ticket(1, "P"), ticket(2, state=S.CALLED, counter="9")]) is None


def test_longest_wait_across_services() -> None:
    tickets = [ticket(1, "A", 10), ticket(2, "M", 5), ticket(3, "P", 0)]
    assert pick_next(COUNTER_3, tickets).id == 2


def test_priority_before_wait() -> None:
    tickets = [ticket(1, "A", 0), ticket(2, "M", 30, priority=2), ticket(3, "A", 20, priority=1)]
    assert pick_next(COUNTER_3, tickets).id == 2
    assert pick_next(COUNTER_3, tickets[:1] + tickets[2:]).id == 3


def test_transfer_time_not_issue_time_counts() -> None:
    transferred = replace(ticket(1, "A", 30), issued_at=T0 - timedelta(hours=1))
    assert pick_next(COUNTER_3, [transferred, ticket(2, "A", 10)]).id == 2


def test_reserved_for_this_counter_first_within_class_any_service() -> None:
    reserved = ticket(5, "P", 40, counter="3")
    tickets = [ticket(1, "A", 0), reserved, ticket(2, "A", 1, priority=1)]
    assert pick_next(COUNTER_3, tickets).id == 2  # higher class still wins
    assert pick_next(COUNTER_3, tickets[:2]).id == 5


def test_reserved_for_other_counter_never_taken() -> None:
    tickets = [ticket(1, "A", 0, counter="4", priority=2), ticket(2, "A", 10)]
    assert pick_next(COUNTER_3, tickets).id == 2
    assert pick_next(COUNTER_3, tickets[:1]) is None


def test_other_organisation_never_taken() -> None:
    assert pick_next(COUNTER_3, [ticket(1, org="partner")]) is None


def test_same_time_falls_back_to_id() -> None:
    assert pick_next(COUNTER_3, [ticket(9, "A"), ticket(4, "M")]).id == 4


def test_position() -> None:
    tickets = [ticket(1, "A", 0), ticket(2, "A", 5), ticket(3, "M", 1), ticket(4, "A", 7,
               priority=1), ticket(5, "A", 2, state=S.CALLED, counter="1")]
    assert [position(t, tickets) for t in tickets[:4]] == [1, 2, 0, 0]


def test_position_with_reservations() -> None:
    r4, r5 = ticket(1, "A", 10, counter="4"), ticket(2, "A", 20, counter="5")
    plain = ticket(3, "A", 0)
    tickets = [r4, r5, plain]
    assert position(plain, tickets) == 2
    assert position(r4, tickets) == 0
    assert position(r5, tickets) == 0


def test_position_of_non_waiting_is_a_bug() -> None:
    with pytest.raises(ValueError, match="not waiting"):
        position(ticket(1, state=S.PARKED), [])


def test_current_of() -> None:
    tickets = [ticket(1, state=S.SERVING, counter="3"), ticket(2, state=S.CALLED, counter="4"),
               ticket(3, state=S.PARKED), ticket(4, state=S.DONE, counter="3")]
    assert current_of("3", tickets).id == 1
    assert current_of("4", tickets).id == 2
    assert current_of("5", tickets) is None


def test_call_next_finishes_current_first() -> None:
    now = T0 + timedelta(minutes=30)
    tickets = [ticket(1, state=S.SERVING, counter="3"), ticket(2, "M", 5), ticket(3, "A", 9)]
    result = call_next(COUNTER_3, tickets, now, clerk="Meyer")
    assert (result.finished.id, result.finished.state) == (1, S.DONE)
    assert (result.called.id, result.called.state, result.called.counter) == (2, S.CALLED, "3")
    assert result.called.clerk == "Meyer"


def test_call_next_on_empty_queue_still_finishes() -> None:
    result = call_next(COUNTER_3, [ticket(1, state=S.CALLED, counter="3")], T0)
    assert result.finished.state is S.DONE
    assert result.called is None


tickets_strategy = st.lists(
    st.builds(
        ticket,
        id=st.integers(1, 500),
        service=st.sampled_from("AMP"),
        minutes=st.integers(0, 300),
        priority=st.integers(0, 2),
        state=st.sampled_from(list(S)),
        counter=st.sampled_from([None, "3", "4"]),
        org=st.sampled_from(["main", "partner"]),
    ),
    max_size=30,
)


@given(tickets_strategy)
def test_pick_next_only_takes_what_the_counter_may_call(tickets: list[Ticket]) -> None:
    chosen = pick_next(COUNTER_3, tickets)
    eligible = [
        t for t in tickets
        if t.state is S.WAITING and t.org == "main"
        and (t.counter == "3" or (t.counter is None and t.service in COUNTER_3.services))
    ]
    if chosen is None:
        assert not eligible
        return
    assert chosen.state is S.WAITING and chosen.org == "main"
    assert chosen.counter in (None, "3")
    assert chosen.priority == max(t.priority for t in eligible)


@given(tickets_strategy)
def test_next_of_a_service_has_position_zero(tickets: list[Ticket]) -> None:
    counter = Counter(org="main", id="9", name="x", services=("A",))
    plain = [t for t in tickets if t.counter is None and t.org == "main"]
    chosen = pick_next(counter, plain)
    if chosen is not None:
        assert position(chosen, plain) == 0
