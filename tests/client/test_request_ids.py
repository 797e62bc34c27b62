"""The apps' request ids: unique, accepted by the hub's schema, and growing with time."""

from __future__ import annotations

import re

from shared.client.request_ids import new_request_id


def test_ids_are_unique_hex_and_fit_the_hub_schema() -> None:
    ids = [new_request_id() for _ in range(10_000)]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[0-9a-f]{32}", i) for i in ids)  # RequestId: 1-64 characters


def test_ids_grow_with_time_so_the_hub_stores_them_side_by_side() -> None:
    ids = [new_request_id() for _ in range(1_000)]
    assert [i[:14] for i in ids] == sorted(i[:14] for i in ids)
