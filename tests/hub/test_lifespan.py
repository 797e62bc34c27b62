"""The hub's start and stop: background checkpoints run exactly while the hub does."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from shared.config import load_settings
from shared.domain.clock import FakeClock
from shared.hub.app import create_app
from shared.hub.cli import open_store
from tests.resilience.conftest import WEDNESDAY_0900


def test_checkpoints_start_with_the_hub_and_stop_with_it(tmp_path: Path) -> None:
    store = open_store(load_settings(tmp_path))
    try:
        app = create_app(store, FakeClock(WEDNESDAY_0900), load_settings(tmp_path))
        assert store._checkpointer is None
        with TestClient(app):
            checkpointer = store._checkpointer
            assert checkpointer is not None and checkpointer._thread.is_alive()
        assert store._checkpointer is None
        assert not checkpointer._thread.is_alive()
    finally:
        store.close()
