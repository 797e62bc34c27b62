"""Committed events go from the writer thread to the event loop in commit order, a group's
events in one hand-over, and every event before the answer of its command."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from shared.config import HubSettings
from shared.domain.clock import FakeClock
from shared.hub.hub import Hub
from shared.storage.store import Store


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    store = Store(tmp_path / "db.sqlite3")
    yield Hub(store, FakeClock(datetime(2026, 11, 25, 8, tzinfo=UTC)), HubSettings())
    store.close()


def _events(first: int, count: int) -> list[dict[str, Any]]:
    return [{"seq": seq, "org": "main", "type": "ticket_called"}
            for seq in range(first, first + count)]


def test_the_events_of_a_group_go_out_in_one_hand_over(hub: Hub) -> None:
    published: list[list[int]] = []

    async def main() -> None:
        hub.bind_loop()
        real = hub.broadcaster.publish
        hub.broadcaster.publish = lambda events: (  # type: ignore[method-assign]
            published.append([e["seq"] for e in events]), real(events))
        sub = hub.broadcaster.subscribe("main")
        for first in (1, 3, 4):  # three commands committed together
            hub._publish(_events(first, 2 if first == 1 else 1))
        hub._publish([])  # a command without events
        await asyncio.sleep(0)  # one turn of the loop
        hub._publish(_events(5, 1))  # the next group
        await asyncio.sleep(0)
        assert [o.seq for o in sub.inbox] == [1, 2, 3, 4, 5]

    asyncio.run(main())
    assert published == [[1, 2, 3, 4], [5]]


def test_every_event_is_out_once_in_order_before_its_answer(hub: Hub) -> None:
    """A writer thread commits groups while the loop runs; each group's answers are
    scheduled after its events, as GroupCommit does."""
    groups = 300
    late: list[int] = []

    async def main() -> list[int]:
        hub.bind_loop()
        loop = asyncio.get_running_loop()
        sub = hub.broadcaster.subscribe("main")
        answered = asyncio.Event()

        def answer(group: int, last_seq: int) -> None:
            if not sub.inbox or sub.inbox[-1].seq < last_seq:
                late.append(group)
            if group == groups - 1:
                answered.set()

        def writer() -> None:
            seq = 1
            for group in range(groups):
                for _command in range(1 + group % 4):
                    hub._publish(_events(seq, 1 + group % 2))
                    seq += 1 + group % 2
                loop.call_soon_threadsafe(answer, group, seq - 1)

        thread = threading.Thread(target=writer)
        thread.start()
        await answered.wait()
        thread.join()
        return [o.seq for o in sub.inbox]

    seqs = asyncio.run(main())
    assert seqs == list(range(1, len(seqs) + 1)) and len(seqs) > groups
    assert late == []


def test_a_new_loop_starts_with_an_empty_outbox(hub: Hub) -> None:
    ended = asyncio.new_event_loop()
    hub.loop = ended
    hub._publish(_events(1, 1))  # handed to a loop that closes before it takes them
    ended.close()

    async def next_loop() -> list[int]:
        hub.bind_loop()
        sub = hub.broadcaster.subscribe("main")
        hub._publish(_events(2, 1))
        await asyncio.sleep(0)
        return [o.seq for o in sub.inbox]

    assert asyncio.run(next_loop()) == [2]
