"""Fixtures of the storage tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from shared.storage.seed import seed_example
from shared.storage.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A store on a fresh file holding the example office (`seed_example`); a test module may
    define its own."""
    opened = Store(tmp_path / "db.sqlite3")
    opened.write_sync(seed_example)
    yield opened
    opened.close()
