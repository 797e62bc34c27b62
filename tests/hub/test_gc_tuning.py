"""The hub keeps the cyclic garbage collector off the command path once it is up."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from shared.hub.server import GC_YOUNG_THRESHOLD, tune_gc


@pytest.fixture
def restore_gc() -> Iterator[None]:
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


@pytest.mark.usefixtures("restore_gc")
def test_start_up_objects_are_frozen_and_young_collections_are_rare() -> None:
    tune_gc()
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold()[0] == GC_YOUNG_THRESHOLD


@pytest.mark.usefixtures("restore_gc")
def test_cycles_made_after_start_up_are_still_collected() -> None:
    tune_gc()

    class Node:
        other: object = None

    a, b = Node(), Node()
    a.other, b.other = b, a  # a cycle: reference counting alone never frees it
    gone = weakref.ref(a)
    del a, b
    assert gone() is not None
    gc.collect()
    assert gone() is None
