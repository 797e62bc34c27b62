"""Fixtures of the storage tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from shared.storage.seed import seed_example
from shared.storage.store import Store


@pytest.fixture
def store(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Store]:
    """A store on a fresh file holding the example office (`seed_example`), or nothing for
    a test marked `empty_store` (a module: `pytestmark = pytest.mark.empty_store`); a test
    module may define its own."""
    opened = Store(tmp_path / "db.sqlite3")
    if request.node.get_closest_marker("empty_store") is None:
        opened.write_sync(seed_example)
    yield opened
    opened.close()
