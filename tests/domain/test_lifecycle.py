"""The ticket state machine: every legal move, and refusals of the rest."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.domain import lifecycle as lc
from shared.domain.clock import FakeClock
from shared.domain.errors import DomainError
from shared.domain.model import FINAL_STATES, Ticket, TicketState

T0 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
S = TicketState


def issued(clock: FakeClock, **changes: object) -> Ticket:
    ticket = lc.new_ticket(
        org="main", service="A", day="2026-11-25", seq=17, now=clock.now(), status_key="k"
    )
    return replace(ticket, **changes)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


def test_new_ticket(clock: FakeClock) -> None:
    t = lc.new_ticket(
        org="main", service="A", day="2026-11-25", seq=17, now=clock.now(),
        priority=2, status_key="key", printed=False,
    )
    assert (t.id, t.number, t.state, t.priority, t.printed) == (0, "A017", S.WAITING, 2, False)
    assert t.issued_at == t.queued_at == T0


@pytest.mark.parametrize("priority", [-1, 3, True])
def test_new_ticket_refuses_unknown_priority(clock: FakeClock, priority: int) -> None:
    with pytest.raises(DomainError) as err:
        lc.new_ticket(org="m", service="A", day="d", seq=1, now=T0, priority=priority,
                      status_key="k")
    assert err.value.code == "bad_priority"


def test_naive_time_is_a_bug(clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="aware"):
        lc.start(issued(clock, state=S.CALLED), datetime(2026, 11, 25, 8, 0))


def test_happy_path(clock: FakeClock) -> None:
    t = issued(clock)
    t = lc.call(t, clock.advance(minutes=10), counter="3", clerk="Meyer")
    assert (t.state, t.counter, t.clerk, t.called_at) == (S.CALLED, "3", "Meyer", clock.now())
    t = lc.start(t, clock.advance(minutes=1))
    assert (t.state, t.started_at) == (S.SERVING, clock.now())
    t = lc.finish(t, clock.advance(minutes=8))
    assert (t.state, t.finished_at) == (S.DONE, clock.now())


def test_finish_from_called_counts_service_from_the_call(clock: FakeClock) -> None:
    t = lc.call(issued(clock), clock.advance(minutes=5), counter="1")
    called = clock.now()
    t = lc.finish(t, clock.advance(minutes=7))
    assert (t.state, t.started_at, t.finished_at) == (S.DONE, called, clock.now())


def test_recall_then_no_show_past_limit(clock: FakeClock) -> None:
    t = lc.call(issued(clock), clock.now(), counter="1")
    first_call = t.called_at
    t = lc.recall(t, clock.advance(minutes=1), max_recalls=2)
    t = lc.recall(t, clock.advance(minutes=1), max_recalls=2)
    assert (t.state, t.recalls, t.called_at) == (S.CALLED, 2, first_call)
    t = lc.recall(t, clock.advance(minutes=1), max_recalls=2)
    assert (t.state, t.finished_at) == (S.NO_SHOW, clock.now())


def test_recall_with_zero_allowed_is_no_show(clock: FakeClock) -> None:
    t = lc.call(issued(clock), clock.now(), counter="1")
    assert lc.recall(t, clock.now(), max_recalls=0).state is S.NO_SHOW


def test_no_show(clock: FakeClock) -> None:
    t = lc.no_show(lc.call(issued(clock), T0, counter="1"), clock.advance(minutes=3))
    assert (t.state, t.finished_at) == (S.NO_SHOW, clock.now())


@pytest.mark.parametrize("state", [S.CALLED, S.SERVING])
def test_park_frees_counter_and_call_back(clock: FakeClock, state: TicketState) -> None:
    t = issued(clock, state=state, counter="1", clerk="Meyer", called_at=T0, recalls=1,
               started_at=T0 if state is S.SERVING else None)
    parked = lc.park(t, clock.advance(minutes=2))
    assert (parked.state, parked.counter, parked.clerk) == (S.PARKED, None, None)
    back = lc.call(parked, clock.advance(minutes=20), counter="2", clerk="Schulz")
    assert (back.state, back.counter, back.recalls, back.started_at) == (S.CALLED, "2", 0, None)
    assert back.called_at == clock.now()


@pytest.mark.parametrize("state", [S.WAITING, S.CALLED, S.SERVING, S.PARKED])
def test_transfer_keeps_number_issue_time_and_priority(
    clock: FakeClock, state: TicketState
) -> None:
    at_counter = "1" if state in (S.CALLED, S.SERVING) else None
    t = issued(clock, state=state, priority=1, counter=at_counter, called_at=T0, recalls=1)
    moved = lc.transfer(t, clock.advance(minutes=15), service="M", note="Meldebescheinigung")
    assert (moved.state, moved.service, moved.number, moved.priority) == (S.WAITING, "M", "A017", 1)
    assert (moved.issued_at, moved.queued_at) == (T0, clock.now())
    assert (moved.counter, moved.called_at, moved.recalls, moved.note) == (
        None, None, 0, "Meldebescheinigung")


def test_transfer_to_counter_reserves_it(clock: FakeClock) -> None:
    t = lc.call(issued(clock), T0, counter="1")
    moved = lc.transfer(t, clock.advance(minutes=5), counter="4")
    assert (moved.state, moved.service, moved.counter) == (S.WAITING, "A", "4")
    with pytest.raises(DomainError) as err:
        lc.call(moved, clock.now(), counter="1")
    assert err.value.code == "reserved_for_other_counter"
    assert err.value.details["counter"] == "4"
    assert lc.call(moved, clock.now(), counter="4").counter == "4"


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [({}, "bad_request"), ({"service": "a"}, "bad_letter"),
     ({"service": "M", "note": "x" * 201}, "bad_request")],
)
def test_transfer_refuses_bad_arguments(clock: FakeClock, kwargs: dict, code: str) -> None:
    with pytest.raises(DomainError) as err:
        lc.transfer(issued(clock), T0, **kwargs)
    assert err.value.code == code


def test_transfer_note_of_200_chars_is_fine(clock: FakeClock) -> None:
    assert lc.transfer(issued(clock), T0, service="M", note="x" * 200).note == "x" * 200


@pytest.mark.parametrize("state", sorted(set(S) - FINAL_STATES))
def test_void_any_open_ticket(clock: FakeClock, state: TicketState) -> None:
    t = lc.void(issued(clock, state=state), clock.advance(minutes=1), reason="printer jam")
    assert (t.state, t.finished_at, t.note) == (S.VOIDED, clock.now(), "printer jam")


@pytest.mark.parametrize("state", [S.WAITING, S.CALLED, S.SERVING, S.PARKED])
def test_expire(clock: FakeClock, state: TicketState) -> None:
    t = lc.expire(issued(clock, state=state), clock.advance(hours=10))
    assert (t.state, t.finished_at) == (S.EXPIRED, clock.now())


ACTIONS: dict[str, Callable[[Ticket, datetime], Ticket]] = {
    "call": lambda t, now: lc.call(t, now, counter="1"),
    "recall": lambda t, now: lc.recall(t, now, max_recalls=2),
    "start": lc.start,
    "finish": lc.finish,
    "no_show": lc.no_show,
    "park": lc.park,
    "transfer": lambda t, now: lc.transfer(t, now, service="M"),
    "void": lc.void,
    "expire": lc.expire,
}

LEGAL = {
    "call": {S.WAITING, S.PARKED},
    "recall": {S.CALLED},
    "start": {S.CALLED},
    "finish": {S.CALLED, S.SERVING},
    "no_show": {S.CALLED},
    "park": {S.CALLED, S.SERVING},
    "transfer": {S.WAITING, S.CALLED, S.SERVING, S.PARKED},
    "void": {S.WAITING, S.CALLED, S.SERVING, S.PARKED},
    "expire": {S.WAITING, S.CALLED, S.SERVING, S.PARKED},
}
CASES = [(action, state) for action in ACTIONS for state in S]


@pytest.mark.parametrize(("action", "state"), CASES)
def test_transition_table(clock: FakeClock, action: str, state: TicketState) -> None:
    ticket = issued(clock, state=state, called_at=T0 if state is not S.WAITING else None)
    if state in LEGAL[action]:
        assert ACTIONS[action](ticket, clock.now()).state in set(S)
        assert action in lc.allowed_actions(ticket)
        return
    with pytest.raises(DomainError) as err:
        ACTIONS[action](ticket, clock.now())
    assert err.value.code == "illegal_transition"
    assert err.value.details == {"state": state.value, "action": action}
    assert action in err.value.message
    assert action not in lc.allowed_actions(ticket)


def test_final_states_allow_nothing(clock: FakeClock) -> None:
    for state in FINAL_STATES:
        assert lc.allowed_actions(issued(clock, state=state)) == frozenset()


@given(st.lists(st.sampled_from(sorted(ACTIONS)), max_size=12))
def test_random_action_sequences_respect_the_table(actions: list[str]) -> None:
    ticket, now = issued(FakeClock(T0)), T0
    for action in actions:
        now += timedelta(minutes=1)
        legal = ticket.state in LEGAL[action]
        try:
            after = ACTIONS[action](ticket, now)
        except DomainError as err:
            assert not legal and err.code == "illegal_transition"
            continue
        assert legal
        assert after.number == ticket.number and after.issued_at == T0
        assert (after.finished_at is not None) == (after.state in FINAL_STATES)
        assert after.counter is None or after.state is not S.PARKED
        ticket = after
